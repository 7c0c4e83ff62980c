/**
 * Writes an example table as an XLSX workbook: bold frozen header, real date
 * and number cells with formats of the workbook's language, text as text.
 */
import ExcelJS from 'exceljs';
import { utcMidnight } from './calendarDays';
import type { ColumnKind, ExampleCell, ExampleTable } from './exampleTable';
import { withFixedZipTimestamps } from './zipTimestamps';
import { at } from '../indexing';

/** Fixed authoring date of the examples (document properties and zip entries), for identical files. */
const AUTHORED_ON = { year: 2026, month: 11, day: 1 };

const NUMBER_FORMATS: Record<ExampleTable['lang'], Record<Exclude<ColumnKind, 'text'>, string>> = {
  fr: { date: 'dd/mm/yyyy', count: '0', money: '#,##0.00\\ "€"' },
  en: { date: 'yyyy-mm-dd', count: '0', money: '#,##0.00' },
};

/** The XLSX file of `table`, identical bytes for identical tables. */
export async function writeXlsx(table: ExampleTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const authored = new Date(Date.UTC(AUTHORED_ON.year, AUTHORED_ON.month - 1, AUTHORED_ON.day));
  workbook.creator = 'Client Portfolio examples generator';
  workbook.lastModifiedBy = 'Client Portfolio examples generator';
  workbook.created = authored;
  workbook.modified = authored;
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.kind === 'text' ? {} : { numFmt: NUMBER_FORMATS[table.lang][column.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  table.rows.forEach((row, i) => {
    if (row === null) return;
    const kinds = table.columns.map((column) => column.kind);
    sheet.getRow(i + 2).values = row.map((cell, c) => cellValue(cell, at(kinds, c)));
  });
  const zip = await workbook.xlsx.writeBuffer();
  return withFixedZipTimestamps(new Uint8Array(zip), AUTHORED_ON.year, AUTHORED_ON.month, AUTHORED_ON.day);
}

/** What exceljs should store: a date serial via a UTC-midnight `Date`, dollars or euros from cents, or text. */
function cellValue(cell: ExampleCell, kind: ColumnKind): ExcelJS.CellValue {
  if (cell === '') return null;
  if (kind === 'date') return utcMidnight(Number(cell));
  if (kind === 'money') return Number(cell) / 100;
  return cell;
}
