/**
 * The in-memory form of one example sheet, written out both as XLSX and as
 * CSV by the writers. Cells are plain data whose meaning the column gives.
 */

/**
 * `text`: a string; `date`: a day number (see calendarDays.ts); `count`: an
 * integer; `money`: an integer number of cents. `''` is a blank cell in any column.
 */
export type ColumnKind = 'text' | 'date' | 'count' | 'money';

export interface ExampleColumn {
  header: string;
  kind: ColumnKind;
  /** Column width in the XLSX, in characters. */
  width: number;
}

export type ExampleCell = string | number;

export interface ExampleTable {
  sheetName: string;
  /** Language of the workbook: French files use French number and date conventions. */
  lang: 'fr' | 'en';
  columns: ExampleColumn[];
  /** Data rows below the header; `null` is a blank row. */
  rows: Array<ExampleCell[] | null>;
}

/**
 * `rows` with a blank row (`null`) inserted after each of the data rows
 * numbered `after` (counted in `rows` as given, ascending), as a user's
 * sheet often has.
 */
export function withBlankRows(rows: ExampleTable['rows'], after: readonly number[]): ExampleTable['rows'] {
  const result = [...rows];
  for (const position of [...after].reverse()) result.splice(position, 0, null);
  return result;
}
