/**
 * Arguments of custom functions as Sheets passes them: a single cell comes as
 * a value, a range as a 2-D array (rows of cells). These helpers turn them
 * into columns, broadcast scalars and localise errors with the function, the
 * argument and the row at fault.
 */
import { itemAt } from '../core/arrays';
import { isBlank, type Cell } from '../core/cells';
import { isPortfolioError, PortfolioError } from '../core/errors';
import { formatMessage } from '../core/i18n/messages';
import type { Lang } from '../core/types';
import { activeSheetContext, type SheetContext } from '../platform/sheetContext';

/** An argument read as a column: `scalar` when a single value was passed. */
export interface Column {
  cells: Cell[];
  scalar: boolean;
}

/** A bad argument: the core error and the argument's name. */
class ArgumentError extends Error {
  constructor(
    readonly argument: string,
    readonly cause: PortfolioError,
  ) {
    super(cause.message);
  }
}

/** `error` tagged with argument `name`, as `readArgument` tags it (for errors caught after the call). */
export function inArgument(name: string, error: PortfolioError): Error {
  return new ArgumentError(name, error);
}

/** True when `arg` is a 2-D range. */
export function isRange(arg: unknown): arg is Cell[][] {
  return Array.isArray(arg);
}

/** The cells of a one-column or one-row range, or a scalar as a column of one. Throws `notAColumn` for a block. */
export function columnOf(arg: unknown): Column {
  if (!isRange(arg)) return { cells: [arg], scalar: true };
  const rows = arg.length;
  const [firstRow] = arg;
  const columns = Array.isArray(firstRow) ? firstRow.length : 0;
  if (columns === 1) return { cells: arg.map((row) => row[0]), scalar: false };
  if (rows === 1 && firstRow !== undefined) return { cells: [...firstRow], scalar: false };
  throw new PortfolioError('notAColumn', { rows, columns });
}

/**
 * The value of an argument that takes one value (a setting such as `mode`,
 * `scheme` or `as_of`): the value as passed, or the cell of a one-cell range.
 * Throws `oneValueExpected` for a range of several cells, rather than reading
 * one of them silently.
 */
export function oneValue(arg: unknown): unknown {
  if (!isRange(arg)) return arg;
  const rows = arg.length;
  const columns = arg[0]?.length ?? 0;
  if (rows === 1 && columns === 1) return arg[0]?.[0];
  throw new PortfolioError('oneValueExpected', { rows, columns });
}

/**
 * Optional one-value argument `name`: `fallback` when left out or blank, else
 * `read` of its value (see `oneValue`); errors are tagged with the argument's name.
 */
export function optionalSetting<T>(name: string, arg: unknown, fallback: T, read: (value: unknown) => T): T {
  return readArgument(name, () => {
    const value = oneValue(arg);
    return isOmitted(value) ? fallback : read(value);
  });
}

/** True when an optional argument was left out or points at a blank cell. */
export function isOmitted(arg: unknown): boolean {
  return arg === undefined || isBlank(arg);
}

/** Runs `read` for argument `name`, tagging its errors with the argument's name. */
export function readArgument<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isPortfolioError(error)) throw new ArgumentError(name, error);
    throw error;
  }
}

/**
 * The common length of the column arguments (scalars excepted).
 * Throws `lengthMismatch` on the first argument whose length differs.
 */
export function commonLength(columns: Record<string, { cells: { length: number }; scalar: boolean }>): number {
  let length = 1;
  let first = '';
  for (const [name, column] of Object.entries(columns)) {
    if (column.scalar) continue;
    if (!first) {
      first = name;
      length = column.cells.length;
    } else if (column.cells.length !== length) {
      throw new ArgumentError(
        name,
        new PortfolioError('lengthMismatch', { actual: column.cells.length, expected: length, expectedArg: first }),
      );
    }
  }
  return length;
}

/** The cell of `column` at `row`, scalars broadcast. */
export function cellAt(column: Column, row: number): Cell {
  return column.scalar ? column.cells[0] : column.cells[row];
}

/**
 * Index of the last row where a range among `columns` is non-blank, or −1. Lets open ranges (`B2:B`) stay fast.
 * When every column is a single value: 0 if one of them is non-blank, else −1.
 */
export function lastFilledRow(columns: readonly Column[], length: number): number {
  const ranges = columns.filter((column) => !column.scalar);
  if (ranges.length === 0) return columns.some((column) => !isBlank(column.cells[0])) ? 0 : -1;
  for (let row = length - 1; row >= 0; row -= 1) {
    if (!allBlankAt(ranges, row)) return row;
  }
  return -1;
}

/** True when every column of `columns` is blank at `row` (a loop: this runs once per row). */
function allBlankAt(columns: readonly Column[], row: number): boolean {
  for (let k = 0; k < columns.length; k += 1) {
    if (!isBlank((columns[k] as Column).cells[row])) return false;
  }
  return true;
}

/** A list of results as Sheets expects them: a column of rows, or a single value when every input was a scalar. */
export function shapeResult<T>(values: readonly T[], scalar: boolean): T | T[][] {
  return scalar ? itemAt(values, 0) : values.map((value) => [value]);
}

/** The localised message of an error raised while running custom function `fn`. */
export function localisedMessage(fn: string, error: unknown, lang: Lang): string {
  if (error instanceof ArgumentError) {
    const message = formatMessage(lang, error.cause.key, error.cause.params);
    return error.cause.index === undefined
      ? formatMessage(lang, 'inFunctionArg', { fn, arg: error.argument, message })
      : formatMessage(lang, 'inFunction', { fn, arg: error.argument, row: error.cause.index + 1, message });
  }
  if (isPortfolioError(error)) {
    return formatMessage(lang, 'inFunctionAll', { fn, message: formatMessage(lang, error.key, error.params) });
  }
  throw error;
}

/**
 * Runs the body of custom function `fn` with the spreadsheet context; core
 * errors come out as an `Error` with a localised message (shown by Sheets in the cell's tooltip).
 */
export function runCustomFunction<T>(fn: string, body: (context: SheetContext) => T): T {
  const context = activeSheetContext();
  try {
    return body(context);
  } catch (error) {
    throw new Error(localisedMessage(fn, error, context.lang));
  }
}

/**
 * The rows to compute: those where a range among `required` and `optional` holds a value, up to the last such row
 * (single values broadcast and do not make a row filled; when every argument is a single value, row 0).
 * Throws `missingValue` for such a row where a `required` cell is blank, `emptyRange` when no row is filled.
 */
export function filledRows(
  required: Record<string, Column>,
  length: number,
  optional: Record<string, Column> = {},
): number[] {
  const requiredEntries = Object.entries(required);
  const all = [...requiredEntries.map(([, column]) => column), ...Object.values(optional)];
  const ranges = all.filter((column) => !column.scalar);
  const last = lastFilledRow(all, length);
  const rows: number[] = [];
  for (let row = 0; row <= last; row += 1) {
    if (ranges.length > 0 && allBlankAt(ranges, row)) continue;
    for (let k = 0; k < requiredEntries.length; k += 1) {
      const [name, column] = requiredEntries[k] as [string, Column];
      if (isBlank(cellAt(column, row))) throw new ArgumentError(name, new PortfolioError('missingValue', {}, row));
    }
    rows.push(row);
  }
  const [firstRequired] = requiredEntries;
  if (rows.length === 0 && firstRequired !== undefined)
    throw new ArgumentError(firstRequired[0], new PortfolioError('emptyRange'));
  return rows;
}

/** Reads the cells of `column` at `rows` with `read`; errors name the argument and the row. */
export function readCells<T>(name: string, column: Column, rows: readonly number[], read: (cell: Cell) => T): T[] {
  const values = new Array<T>(rows.length);
  let i = 0;
  try {
    for (; i < rows.length; i += 1) values[i] = read(cellAt(column, rows[i] as number));
  } catch (error) {
    if (!isPortfolioError(error)) throw error;
    throw new ArgumentError(name, column.scalar ? error : error.at(rows[i] as number));
  }
  return values;
}

/** Results for `rows` spread over a column of `length` cells, `''` elsewhere. */
export function spread<T>(values: readonly T[], rows: readonly number[], length: number): Array<T | ''> {
  const out = new Array<T | ''>(length).fill('');
  rows.forEach((row, i) => {
    out[row] = itemAt(values, i);
  });
  return out;
}
