/**
 * Writing the add-on's own sheets. Each table goes with one `setValues`, one
 * `setNumberFormats` and one `setFontWeights`, whatever its size, then its
 * layout (widths, wraps, filter, colours: see sheetLayout.ts). A run
 * first writes every table into new temporary sheets and only then puts
 * them in place of the old ones, so a failed run leaves no half-written sheet.
 */
import { isDate } from '../core/cells';
import type { ChartSpec, ReportCell, SheetTable } from '../core/reports';
import { sheetLayout, type LayoutOptions } from '../core/sheetLayout';
import type { SheetContext } from '../platform/sheetContext';
import { applyLayout } from './sheetLayout';

/** A table to write under a sheet name. */
export interface OwnedSheet {
  name: string;
  table: SheetTable;
  /** Filter and segment colours; every sheet gets widths and wraps from its content. */
  layout?: LayoutOptions;
  /** Other names of this sheet (its name in the other language): such sheets are replaced too. */
  replaces?: string[];
}

function isDayCell(cell: ReportCell): cell is { day: number } {
  return typeof cell === 'object' && cell !== null && !isDate(cell) && 'day' in cell;
}

/**
 * Gives a new sheet exactly `rows` rows and at least `columns` columns (Apps
 * Script refuses ranges outside the grid). The rows are always resized with
 * the same two calls, so that a run makes as many calls for 50 clients as
 * for 50 000; columns never outgrow a new sheet's 26 in practice.
 */
function fitGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  sheet.insertRowsAfter(maxRows, rows);
  sheet.deleteRows(rows + 1, maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function insertChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: ChartSpec): void {
  const type = spec.type === 'LINE' ? Charts.ChartType.LINE : Charts.ChartType.COLUMN;
  let builder = sheet.newChart().setChartType(type).setPosition(spec.anchor[0], spec.anchor[1], 0, 0);
  for (const [row, column, rows, columns] of spec.ranges)
    builder = builder.addRange(sheet.getRange(row, column, rows, columns));
  builder = builder.setNumHeaders(1).setOption('title', spec.title).setOption('legend', { position: 'bottom' });
  const series: Record<number, Record<string, unknown>> = {};
  if (spec.secondAxis) series[1] = { targetAxisIndex: 1 };
  for (const index of spec.dashedSeries ?? [])
    series[index] = { ...series[index], lineDashStyle: [6, 4], lineWidth: 1 };
  if (Object.keys(series).length > 0) builder = builder.setOption('series', series);
  if (spec.axes) {
    builder = builder.setOption('hAxis', { title: spec.axes.h.title, format: spec.axes.h.format });
    const vAxes: Record<number, { title: string; format: string }> = {};
    spec.axes.v.forEach((axis, index) => {
      vAxes[index] = { title: axis.title, format: axis.format };
    });
    builder = builder.setOption('vAxes', vAxes);
  }
  sheet.insertChart(builder.build());
}

/** Writes `table` into the empty `sheet`, then lays it out. */
function writeTable(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  table: SheetTable,
  layout: LayoutOptions,
  context: SheetContext,
): void {
  const rows = table.values.length;
  const columns = table.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return;
  fitGrid(sheet, rows, columns);
  const values = table.values.map((row) => row.map((cell) => (isDayCell(cell) ? context.dateOfDay(cell.day) : cell)));
  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(table.formats);
  range.setValues(values);
  range.setFontWeights(table.bold.map((row) => row.map((bold) => (bold ? 'bold' : 'normal'))));
  if (table.frozenRows > 0) sheet.setFrozenRows(table.frozenRows);
  applyLayout(sheet, sheetLayout(table, layout), rows, columns);
  for (const chart of table.charts) insertChart(sheet, chart);
}

/**
 * Writes every sheet of `sheets` and puts them in place of the sheets of the
 * same names (or of the names it `replaces`), at their positions (new names go last), so that the order of
 * the user's tabs does not change from one run to the next. Nothing is
 * replaced unless every table was written.
 */
export function replaceOwnedSheets(sheets: readonly OwnedSheet[], context: SheetContext): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const stamp = Date.now().toString(36);
  type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
  type Written = { name: string; sheet: Sheet; old: Sheet[] };
  const written: Written[] = [];
  // insertSheet activates the new sheet: after a failure, the user gets back the sheet they were on.
  const active = spreadsheet.getActiveSheet();
  try {
    sheets.forEach(({ name, table, layout, replaces }, i) => {
      const old = [name, ...(replaces ?? [])].flatMap((candidate) => spreadsheet.getSheetByName(candidate) ?? []);
      // getIndex is 1-based and insertSheet's index 0-based: the new sheet goes right after the old one.
      const position = old[0] ? old[0].getIndex() : spreadsheet.getSheets().length;
      const sheet = spreadsheet.insertSheet(`~${stamp}-${i} ${name}`.slice(0, 99), position);
      written.push({ name, sheet, old });
      writeTable(sheet, table, layout ?? {}, context);
    });
  } catch (error) {
    for (const { sheet } of written) spreadsheet.deleteSheet(sheet);
    active.activate();
    throw error;
  }
  for (const { name, sheet, old } of written) {
    for (const replaced of old) spreadsheet.deleteSheet(replaced);
    sheet.setName(name);
  }
}
