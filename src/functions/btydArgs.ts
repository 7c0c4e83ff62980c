/**
 * Argument reading shared by the satisfaction and value-to-come custom
 * functions: columns of numbers with their rows, model histories, parameter
 * rows, and core errors traced back to the argument and row at fault.
 */
import { isBlank, readNumber, type Cell } from '../core/cells';
import { isPortfolioError, PortfolioError } from '../core/errors';
import type { BgNbdParams, PurchaseHistory } from '../core/bgnbd';
import type { GammaGammaParams } from '../core/gammaGamma';
import type { SheetContext } from '../platform/sheetContext';
import {
  type Column,
  columnOf,
  commonLength,
  filledRows,
  isOmitted,
  isRange,
  optionalSetting,
  readArgument,
  readCells,
} from './args';

/** Re-raises core error `error` against an argument (from its `field` through `argumentOf`, else `fallback`) and `row`. */
function retrace(
  error: PortfolioError,
  row: number | undefined,
  fallback: string,
  argumentOf: Record<string, string>,
): never {
  const argument = argumentOf[String(error.params.field)] ?? fallback;
  return readArgument(argument, () => {
    throw row === undefined ? new PortfolioError(error.key, error.params) : error.at(row);
  });
}

/**
 * Runs `compute`; a core error it raises is re-raised against an argument: the one named by the error's
 * `field` through `argumentOf` (else `fallback`), at row `rows[error.index]` when the error has an index.
 */
export function traced<T>(
  compute: () => T,
  rows: readonly number[],
  fallback: string,
  argumentOf: Record<string, string> = {},
): T {
  try {
    return compute();
  } catch (error) {
    if (!isPortfolioError(error)) throw error;
    return retrace(error, error.index === undefined ? undefined : rows[error.index], fallback, argumentOf);
  }
}

/** Runs the computation of one row; a core error is re-raised against an argument (as `traced`) and `row` (none for single values). */
export function tracedRow<T>(
  compute: () => T,
  row: number | undefined,
  fallback: string,
  argumentOf: Record<string, string> = {},
): T {
  try {
    return compute();
  } catch (error) {
    if (!isPortfolioError(error)) throw error;
    return retrace(error, row, fallback, argumentOf);
  }
}

/** The non-blank cells of a one-column argument read as numbers, with their 0-based rows. Throws `emptyRange`. */
export function answeredNumbers(
  name: string,
  arg: unknown,
  context: SheetContext,
): { values: number[]; rows: number[] } {
  const column = readArgument(name, () => columnOf(arg));
  const rows: number[] = [];
  column.cells.forEach((cell, row) => {
    if (!isBlank(cell)) rows.push(row);
  });
  if (rows.length === 0)
    readArgument(name, () => {
      throw new PortfolioError('emptyRange');
    });
  const values = readCells(name, column, rows, (cell) => readNumber(cell, context.decimalComma));
  return { values, rows };
}

/** An optional number argument that takes one value (see `oneValue`); `undefined` when omitted or blank. */
export function optionalNumber(name: string, arg: unknown, context: SheetContext): number | undefined {
  return optionalSetting<number | undefined>(name, arg, undefined, (value) =>
    readNumber(value as Cell, context.decimalComma),
  );
}

/** Argument names of the history fields raised by the core. */
export const HISTORY_ARGUMENTS: Record<string, string> = {
  frequency: 'frequency',
  recency: 'recency',
  age: 'age',
  monetary: 'monetary',
  horizon: 'horizon',
  margin: 'margin',
  discount: 'discount',
};

/** Columns of a model call, their common length, and the rows to compute. */
export interface ModelColumns {
  columns: Record<string, Column>;
  length: number;
  rows: number[];
  scalar: boolean;
}

/** Reads the required columns `required` and optional `optional` of a model function (blank rows skipped). */
export function modelColumns(required: Record<string, unknown>, optional: Record<string, unknown> = {}): ModelColumns {
  const requiredColumns = Object.fromEntries(
    Object.entries(required).map(([name, arg]) => [name, readArgument(name, () => columnOf(arg))]),
  );
  const optionalColumns = Object.fromEntries(
    Object.entries(optional).map(([name, arg]) => [name, readArgument(name, () => columnOf(arg))]),
  );
  const columns = { ...requiredColumns, ...optionalColumns };
  const length = commonLength(columns);
  const rows = filledRows(requiredColumns, length, optionalColumns);
  const scalar = Object.values(columns).every((column) => column.scalar);
  return { columns, length, rows, scalar };
}

/** The numbers of column `name` at `rows`. */
export function numbersAt(name: string, model: ModelColumns, context: SheetContext): number[] {
  const column = model.columns[name] as Column;
  return readCells(name, column, model.rows, (cell) => readNumber(cell, context.decimalComma));
}

/** The optional numbers of column `name` at `rows`, `fallback` where blank. */
export function optionalNumbersAt(
  name: string,
  model: ModelColumns,
  context: SheetContext,
  fallback: number,
): number[] {
  const column = model.columns[name] as Column;
  return readCells(name, column, model.rows, (cell) =>
    isOmitted(cell) ? fallback : readNumber(cell, context.decimalComma),
  );
}

/** The histories (x, t_x, T) of the `frequency`, `recency` and `age` columns at the model's rows. */
export function historiesAt(model: ModelColumns, context: SheetContext): PurchaseHistory[] {
  const x = numbersAt('frequency', model, context);
  const tx = numbersAt('recency', model, context);
  const T = numbersAt('age', model, context);
  return model.rows.map((_, i) => ({ x: x[i] ?? 0, tx: tx[i] ?? 0, T: T[i] ?? 0 }));
}

/** The first `names.length` numbers of a parameter row (any range shape, read row by row), all above 0. */
function readParamRow(
  name: string,
  arg: unknown,
  names: readonly string[],
  source: string,
  context: SheetContext,
): number[] {
  return readArgument(name, () => {
    const cells = isRange(arg) ? arg.flat() : [arg];
    const invalid = new PortfolioError('paramsInvalid', { count: names.length, names: names.join(', '), source });
    const filled = cells.filter((cell) => !isBlank(cell));
    if (filled.length < names.length) throw invalid;
    return filled.slice(0, names.length).map((cell) => {
      let value: number;
      try {
        value = readNumber(cell, context.decimalComma);
      } catch {
        throw invalid;
      }
      if (!(value > 0)) throw invalid;
      return value;
    });
  });
}

/** BG/NBD parameters from a row whose first four values are r, α, a, b (as BGNBD_PARAMS returns). */
export function readBgNbdParams(name: string, arg: unknown, context: SheetContext): BgNbdParams {
  const [r = 0, alpha = 0, a = 0, b = 0] = readParamRow(name, arg, ['r', 'α', 'a', 'b'], 'BGNBD_PARAMS', context);
  return { r, alpha, a, b };
}

/** Gamma-Gamma parameters from a row whose first three values are p, q, v (as GAMMA_GAMMA_PARAMS returns). */
export function readGammaGammaParams(name: string, arg: unknown, context: SheetContext): GammaGammaParams {
  const [p = 0, q = 0, v = 0] = readParamRow(name, arg, ['p', 'q', 'v'], 'GAMMA_GAMMA_PARAMS', context);
  return { p, q, v };
}
