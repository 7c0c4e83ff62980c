/**
 * Applies a sheet layout decided by the core (`src/core/sheetLayout.ts`) to a
 * freshly written sheet, with a number of calls that does not depend on the
 * number of rows: one `setColumnWidths` per run of equal widths, one
 * `setWraps` for the whole table when a column wraps, one `createFilter`, and
 * one `setConditionalFormatRules` holding a rule per segment.
 */
import type { SheetLayout } from '../core/sheetLayout';

/** Lays out the table of `rows` × `columns` cells at A1 of `sheet`. */
export function applyLayout(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: SheetLayout,
  rows: number,
  columns: number,
): void {
  for (const [start, count, width] of layout.widthRuns) sheet.setColumnWidths(start, count, width);
  const table = sheet.getRange(1, 1, rows, columns);
  if (layout.wrap.some(Boolean)) {
    const wraps = Array.from({ length: rows }, () => layout.wrap.slice(0, columns));
    table.setWraps(wraps);
  }
  if (layout.filter) table.createFilter();
  if (layout.colours && layout.colours.rules.length > 0 && rows > 1) {
    const cells = sheet.getRange(2, layout.colours.column + 1, rows - 1, 1);
    const rules = layout.colours.rules.map((rule) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(rule.text)
        .setBackground(rule.background)
        .setRanges([cells])
        .build(),
    );
    sheet.setConditionalFormatRules(rules);
  }
}
