/**
 * What the file import layer hands to the local preview: the sheets of a
 * workbook as Apps Script's `Range.getValues()` would return them.
 */

/**
 * One cell value, as `getValues()` gives it: a number, a `Date` (for a date
 * cell: midnight local time of its calendar date), a boolean, a string, or
 * `''` for a blank cell. Error cells (`#N/A`, …) come as their text.
 */
export type ImportedCell = number | string | boolean | Date;

/** One sheet: its name and its values from A1 to the last cell with content. */
export interface ImportedSheet {
  name: string;
  /**
   * Rectangular rows (every row has the same length). Trailing blank rows and
   * columns are dropped, leading ones kept (the grid starts at A1, like
   * `getDataRange()`). An empty sheet gives `[]`.
   */
  values: ImportedCell[][];
  /** Formula cells of an XLSX file (their values hold the cached result, or `''`), 1-based; absent when none. */
  formulas?: Array<{ row: number; column: number; formula: string }>;
}

/** Every sheet of the file, in workbook order (a CSV gives exactly one). */
export interface ImportedWorkbook {
  sheets: ImportedSheet[];
}

/** Options of `readWorkbookFile` and `readWorkbookBuffer`. */
export interface ReadWorkbookOptions {
  /** Largest accepted file, in bytes, checked before parsing. Default 20 MB. */
  maxBytes?: number;
}

/** Default size limit: 20 MB (20 × 1024 × 1024 bytes). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
