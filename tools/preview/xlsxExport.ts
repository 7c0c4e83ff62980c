/**
 * The emulated spreadsheet as an `.xlsx` workbook, written as a stream
 * (exceljs' streaming writer: rows are written one at a time, so a large
 * sheet does not sit twice in memory). Every sheet in order, with values
 * (dates as dates, on the spreadsheet's wall clock), number formats, bold,
 * wrapped text, frozen rows, column widths, the filter, conditional colours
 * ("text equal to" rules become Excel "cell value equal to" rules with a
 * fill) and hidden state. Charts are left out.
 *
 * Excel is stricter than Sheets on sheet names: at most 31 characters, none
 * of `* ? : \ / [ ]`, no quote at either end, unique ignoring case. Names
 * are adapted (`excelSheetName`); the content is unchanged.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AUTOMATIC_NUMBER_FORMAT, formatSimpleDate, type MemorySpreadsheet } from '../gas-emulator/index.ts';
import { cellAt } from '../indexing';

/** Excel's longest sheet name. */
const EXCEL_NAME_LENGTH = 31;
/** Pixels per Excel character width (Calibri 11), roughly. */
const PIXELS_PER_CHARACTER = 7;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes the workbook to `output` and ends it. */
export async function writeWorkbookXlsx(spreadsheet: MemorySpreadsheet, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Client Portfolio local preview';
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const dateFormat = /^en_US$/i.test(spreadsheet.getSpreadsheetLocale()) ? 'm/d/yyyy' : 'dd/mm/yyyy';
  const used: string[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    const name = excelSheetName(sheet.getName(), used);
    used.push(name);
    const frozenRows = sheet.getFrozenRows();
    const filter = sheet.getFilter();
    const worksheet = workbook.addWorksheet(name, {
      state: sheet.isSheetHidden() ? 'hidden' : 'visible',
      views: frozenRows > 0 ? [{ state: 'frozen', ySplit: frozenRows }] : [],
    });
    if (filter) worksheet.autoFilter = filter.getRange().getA1Notation();
    for (const rule of sheet.getConditionalFormatRules()) addColourRule(worksheet, rule);
    writeSheet(worksheet, sheet, timeZone, dateFormat);
    worksheet.commit();
  }
  await workbook.commit();
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: Sheet, timeZone: string, dateFormat: string): void {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (rows === 0 || columns === 0) return;
  for (let c = 1; c <= columns; c += 1) worksheet.getColumn(c).width = sheet.getColumnWidth(c) / PIXELS_PER_CHARACTER;
  const range = sheet.getRange(1, 1, rows, columns);
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const weights = range.getFontWeights();
  const wraps = range.getWraps();
  values.forEach((line, r) => {
    const row = worksheet.getRow(r + 1);
    line.forEach((value: unknown, c) => {
      const formula = cellAt(formulas, r, c);
      const format = cellAt(formats, r, c);
      const bold = cellAt(weights, r, c) === 'bold';
      const wrap = cellAt(wraps, r, c);
      if (value === '' && formula === '' && !bold && !wrap) return;
      const cell = row.getCell(c + 1);
      if (formula !== '') cell.value = { formula: formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
      else if (value instanceof Date) cell.value = wallClockDate(value, timeZone);
      else if (value !== '') cell.value = value as ExcelJS.CellValue;
      if (format !== AUTOMATIC_NUMBER_FORMAT) cell.numFmt = format;
      else if (value instanceof Date) cell.numFmt = dateFormat;
      if (bold) cell.font = { bold: true };
      if (wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    });
    row.commit();
  });
}

/** A "text equal to" colour rule of the sheet as an Excel rule: cell value = "text", filled. */
function addColourRule(worksheet: ExcelJS.Worksheet, rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): void {
  const condition = rule.getBooleanCondition();
  const background = condition?.getBackground();
  if (!condition || String(condition.getCriteriaType()) !== 'TEXT_EQ' || !background) return;
  const text = String(condition.getCriteriaValues()[0] ?? '');
  worksheet.addConditionalFormatting({
    ref: rule
      .getRanges()
      .map((range) => range.getA1Notation())
      .join(' '),
    rules: [
      {
        type: 'cellIs',
        operator: 'equal',
        priority: 1,
        formulae: [`"${text.replace(/"/g, '""')}"`],
        style: {
          fill: {
            type: 'pattern',
            pattern: 'solid',
            bgColor: { argb: `FF${background.replace('#', '').toUpperCase()}` },
          },
        },
      },
    ],
  });
}

/**
 * A `Date` whose UTC fields are the wall clock of `timeZone` at `date`:
 * exceljs stores a date as its UTC day serial, and the file has no time zone.
 */
function wallClockDate(date: Date, timeZone: string): Date {
  return new Date(`${formatSimpleDate(date, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS")}Z`);
}

/**
 * A sheet name Excel accepts, different (ignoring case) from `used`: illegal
 * characters become `_`, end quotes are dropped, long names are cut to 31
 * characters, and a clash gets a ` (2)`, ` (3)`… suffix.
 */
export function excelSheetName(name: string, used: readonly string[]): string {
  const cleaned =
    name
      .replace(/[*?:/\\[\]]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  const taken = (candidate: string) =>
    candidate.toLowerCase() === 'history' || used.some((other) => other.toLowerCase() === candidate.toLowerCase());
  let candidate = cleaned.slice(0, EXCEL_NAME_LENGTH);
  for (let n = 2; taken(candidate); n += 1) {
    const suffix = ` (${n})`;
    candidate = cleaned.slice(0, EXCEL_NAME_LENGTH - suffix.length) + suffix;
  }
  return candidate;
}
