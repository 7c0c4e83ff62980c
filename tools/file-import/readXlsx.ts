/**
 * Reads an XLSX workbook with exceljs into sheets of cell values as
 * `getValues()` gives them.
 */
import ExcelJS from 'exceljs';
import { FileImportError } from './errors';
import { toDataRange } from './grid';
import type { ImportedCell, ImportedSheet, ImportedWorkbook } from './types';

/**
 * Every worksheet, hidden ones included, in workbook order. Throws
 * `xlsx_unreadable` when exceljs cannot open the file, `empty_file` when no
 * sheet holds any content.
 */
export async function readXlsx(fileName: string, data: Uint8Array): Promise<ImportedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new FileImportError('xlsx_unreadable', { fileName, cause });
  }
  const sheets: ImportedSheet[] = workbook.worksheets.map((worksheet) => {
    const formulas = worksheetFormulas(worksheet);
    return {
      name: worksheet.name,
      values: toDataRange(worksheetCells(worksheet)),
      ...(formulas.length > 0 ? { formulas } : {}),
    };
  });
  if (sheets.every((sheet) => sheet.values.length === 0)) throw new FileImportError('empty_file', { fileName });
  return { sheets };
}

/** The worksheet's cells by row and column (0-based), as a sparse grid. */
function worksheetCells(worksheet: ExcelJS.Worksheet): ImportedCell[][] {
  const rows: ImportedCell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ImportedCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : sheetValue(cell.value);
    });
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

/** The formula cells of the worksheet, written with their `=`. */
function worksheetFormulas(worksheet: ExcelJS.Worksheet): Array<{ row: number; column: number; formula: string }> {
  const formulas: Array<{ row: number; column: number; formula: string }> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = cell.value;
      if (value !== null && typeof value === 'object' && 'formula' in value && typeof value.formula === 'string') {
        formulas.push({ row: rowNumber, column: columnNumber, formula: `=${value.formula}` });
      }
    });
  });
  return formulas;
}

/**
 * One exceljs value as `getValues()` shows it: formulas → their cached result
 * (none cached → `''`), rich text and hyperlinks → their plain text, error
 * cells → their text (`#N/A`), dates → local time with the same calendar
 * fields (exceljs reads an Excel date as that wall-clock time in UTC).
 */
function sheetValue(value: ExcelJS.CellValue | undefined): ImportedCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return localWallClock(value);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return sheetValue(value.text);
  if ('formula' in value || 'sharedFormula' in value) return sheetValue(value.result);
  return '';
}

/** The local-time `Date` whose calendar fields are the UTC fields of `utc`. */
function localWallClock(utc: Date): Date {
  const local = new Date(2000, 0, 1);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  local.setHours(utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds(), utc.getUTCMilliseconds());
  return local;
}
