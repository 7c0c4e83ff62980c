/**
 * The active sheet of the emulated spreadsheet as the page's grid shows it:
 * display texts (the emulator's `getDisplayValues`, in the spreadsheet's
 * locale), kinds, bold, backgrounds, frozen rows, column widths and charts.
 * Read through the public Apps Script API of the emulator, capped to
 * `ROW_CAP` × `COLUMN_CAP` cells.
 */
import { AUTOMATIC_NUMBER_FORMAT, formatSimpleDate, type MemorySpreadsheet } from '../gas-emulator/index.ts';
import { chartViews } from './chartView';
import type { CellKind, CellView, SheetView } from './types';
import { cellAt } from '../indexing';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows and columns sent to the page at most. */
export const ROW_CAP = 500;
export const COLUMN_CAP = 60;

const WHITE = '#ffffff';

/** A formula typed in the preview, by `row,column` (1-based): its text and its error, if any. */
export type CellFormulas = ReadonlyMap<string, { formula: string; error: string | null }>;

export function sheetView(spreadsheet: MemorySpreadsheet, sheet: Sheet, formulas: CellFormulas = new Map()): SheetView {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows = Math.min(lastRow, ROW_CAP);
  const columns = Math.min(lastColumn, COLUMN_CAP);
  const widthCount = Math.min(sheet.getMaxColumns(), COLUMN_CAP);
  const columnWidths = Array.from({ length: widthCount }, (_, index) => sheet.getColumnWidth(index + 1));
  return {
    name: sheet.getName(),
    lastRow,
    lastColumn,
    cells:
      rows > 0 && columns > 0
        ? withFormulas(cellViews(spreadsheet, sheet.getRange(1, 1, rows, columns)), formulas)
        : [],
    frozenRows: sheet.getFrozenRows(),
    columnWidths,
    charts: chartViews(spreadsheet, sheet),
  };
}

function cellViews(spreadsheet: Spreadsheet, range: GoogleAppsScript.Spreadsheet.Range): CellView[][] {
  const values = range.getValues();
  const texts = range.getDisplayValues();
  const formats = range.getNumberFormats();
  const weights = range.getFontWeights();
  const backgrounds = range.getBackgrounds();
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return values.map((row, r) =>
    row.map((value, c) => {
      const kind = kindOf(value);
      const automaticDate = kind === 'date' && cellAt(formats, r, c) === AUTOMATIC_NUMBER_FORMAT;
      const text = automaticDate ? localeDateText(value as Date, locale, timeZone) : cellAt(texts, r, c);
      const cell: CellView = { text, kind };
      if (cellAt(weights, r, c) === 'bold') cell.bold = true;
      const background = cellAt(backgrounds, r, c);
      if (background.toLowerCase() !== WHITE) cell.background = background;
      return cell;
    }),
  );
}

/** Marks the cells holding a formula typed in the preview (its text, and its error message). */
function withFormulas(cells: CellView[][], formulas: CellFormulas): CellView[][] {
  for (const [key, { formula, error }] of formulas) {
    const [row, column] = key.split(',').map(Number);
    const cell = cells[(row ?? 0) - 1]?.[(column ?? 0) - 1];
    if (!cell) continue;
    cell.formula = formula;
    if (error !== null) cell.error = error;
  }
  return cells;
}

function kindOf(value: unknown): CellKind {
  if (value === '') return 'blank';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (value instanceof Date) return 'date';
  return 'text';
}

/**
 * A date cell with the automatic format, as Sheets shows it in the locale:
 * `31/10/2026` (French, British), `10/31/2026` (United States), with the
 * time when it is not midnight. (The emulator shows `yyyy-mm-dd` there.)
 */
function localeDateText(date: Date, locale: string, timeZone: string): string {
  const pattern = /^en_US$/i.test(locale) ? 'M/d/yyyy' : 'dd/MM/yyyy';
  const time = formatSimpleDate(date, timeZone, 'HH:mm:ss');
  const day = formatSimpleDate(date, timeZone, pattern);
  return time === '00:00:00' ? day : `${day} ${time}`;
}
