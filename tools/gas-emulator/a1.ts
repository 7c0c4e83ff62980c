/**
 * A1 notation: column letters, parsing (`A1`, `A1:C10`, `A:C`, `2:5`, open
 * ranges such as `B2:B`, `$A$1`, an optional `'Sheet name'!` prefix) and
 * formatting. Rows and columns are 1-based, as in Apps Script.
 */
import { appsScriptException } from './errors.ts';

/** A block of cells: first row and column (1-based) and its size (≥ 1). */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed A1 reference; `null` bounds are open (to the sheet's edge). */
export interface A1Reference {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

/** Column letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** 1-based column number of column letters (case-insensitive): A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}

const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([^'!][^!]*))!(.+)$/;
const ENDPOINT = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/;

/** Parses A1 notation; throws Apps Script's `Range not found` when it is not A1. */
export function parseA1(notation: string): A1Reference {
  const text = notation.trim();
  const prefixed = SHEET_PREFIX.exec(text);
  const sheetName = prefixed ? (prefixed[1]?.replace(/''/g, "'") ?? prefixed[2] ?? null) : null;
  const cells = prefixed ? (prefixed[3] ?? '') : text;
  const [first = '', second, ...more] = cells.split(':');
  if (more.length > 0) throw rangeNotFound();
  const start = parseEndpoint(first);
  if (second === undefined) {
    if (start.row === null || start.column === null) throw rangeNotFound();
    return { sheetName, startRow: start.row, startColumn: start.column, endRow: start.row, endColumn: start.column };
  }
  const end = parseEndpoint(second);
  const rowsOnly = start.column === null && end.column === null;
  const columnsOnly = start.row === null && end.row === null;
  if (
    (rowsOnly && (start.row === null || end.row === null)) ||
    (columnsOnly && (start.column === null || end.column === null))
  ) {
    throw rangeNotFound();
  }
  return {
    sheetName,
    startRow: start.row ?? 1,
    startColumn: start.column ?? 1,
    endRow: end.row,
    endColumn: end.column,
  };
}

/** Parses one side of a range: column letters, row digits, or both. */
function parseEndpoint(text: string): { row: number | null; column: number | null } {
  const match = ENDPOINT.exec(text);
  const [, letters = '', digits = ''] = match ?? [];
  if (!match || (letters === '' && digits === '')) throw rangeNotFound();
  const row = digits === '' ? null : Number(digits);
  if (row === 0) throw rangeNotFound();
  return { row, column: letters === '' ? null : columnNumber(letters) };
}

/** Turns a reference into a rectangle; open bounds stop at the sheet's last row / column. */
export function resolveA1(reference: A1Reference, maxRows: number, maxColumns: number): GridRect {
  const rows = ordered(reference.startRow ?? 1, reference.endRow ?? maxRows);
  const columns = ordered(reference.startColumn ?? 1, reference.endColumn ?? maxColumns);
  return {
    row: rows[0],
    column: columns[0],
    numRows: rows[1] - rows[0] + 1,
    numColumns: columns[1] - columns[0] + 1,
  };
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** A1 notation of a rectangle: `B3` for one cell, `B3:D10` otherwise. */
export function formatA1(rect: GridRect): string {
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  const end = `${columnLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
  return `${start}:${end}`;
}

/** A sheet name as written before `!` in A1 notation (quoted when needed). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rangeNotFound(): Error {
  return appsScriptException('Range not found');
}
