import { isBlank, readNumber, showCell } from '../core/cells';
import { PortfolioError } from '../core/errors';
import {
  checkNumericPoints,
  rfmPoints,
  type PointsCriterion,
  type PointsScale,
  type PointsWeights,
} from '../core/points';
import type { SheetContext } from '../platform/sheetContext';
import {
  columnOf,
  commonLength,
  filledRows,
  inArgument,
  isOmitted,
  isRange,
  readArgument,
  readCells,
  runCustomFunction,
  shapeResult,
  spread,
  type Column,
} from './args';
import { readScale } from './points';
import { recencyColumnDays } from './rfmScore';

/** The argument holding the values of each criterion. */
const VALUE_ARGUMENTS: Record<PointsCriterion, string> = { R: 'recency', F: 'frequency', M: 'monetary', T: 'types' };

/**
 * Total points of each client on a points scale per criterion (RFM, or FRAT with product types), weighted.
 *
 * @param {Date} recency Dates of last purchase, or numbers of days since the last purchase (in the unit r_scale uses). One row per client.
 * @param {number} frequency Number of purchases (or purchase frequency) of each client.
 * @param {number} monetary Amount spent by each client.
 * @param {number} r_scale Recency scale: two columns, ascending lower bounds in days (inclusive) and their points.
 * @param {number} f_scale Frequency scale: two columns, ascending lower bounds and their points.
 * @param {number} m_scale Monetary scale: two columns, ascending lower bounds and their points.
 * @param {Date} as_of Optional. Reference date for dates of last purchase (default: the latest date in recency).
 * @param {string} types Optional. Product type bought by each client (FRAT), scored by label with t_scale.
 * @param {string} t_scale Optional. Product-type scale: two columns, labels ("*" for any other) and their points.
 * @param {number} weights Optional. One row of 3 weights (R, F, M) or 4 (R, F, M, T); default 1 each.
 * @return Total points per row; blank rows stay blank.
 * @customfunction
 */
export function RFM_POINTS(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
  r_scale: unknown,
  f_scale: unknown,
  m_scale: unknown,
  as_of?: unknown,
  types?: unknown,
  t_scale?: unknown,
  weights?: unknown,
): unknown {
  return runCustomFunction('RFM_POINTS', (context) => {
    const hasTypes = !isOmitted(types);
    const hasTypeScale = !isOmitted(t_scale);
    if (hasTypes !== hasTypeScale) {
      readArgument(hasTypes ? 't_scale' : 'types', () => {
        throw new PortfolioError('typesWithoutScale');
      });
    }
    const columns: Record<string, Column> = {
      recency: readArgument('recency', () => columnOf(recency)),
      frequency: readArgument('frequency', () => columnOf(frequency)),
      monetary: readArgument('monetary', () => columnOf(monetary)),
    };
    if (hasTypes) columns.types = readArgument('types', () => columnOf(types));
    const scales = {
      r: numericScale('r_scale', r_scale, context),
      f: numericScale('f_scale', f_scale, context),
      m: numericScale('m_scale', m_scale, context),
      t: hasTypeScale ? numericScale('t_scale', t_scale, context) : undefined,
    };
    const weighting = readWeights(weights, context);
    const length = commonLength(columns);
    const rows = filledRows(columns, length);
    const days = recencyColumnDays(columns.recency as Column, rows, as_of, context);
    const purchases = readCells('frequency', columns.frequency as Column, rows, (cell) =>
      readNumber(cell, context.decimalComma),
    );
    const amounts = readCells('monetary', columns.monetary as Column, rows, (cell) =>
      readNumber(cell, context.decimalComma),
    );
    const typeCells = columns.types ? readCells('types', columns.types, rows, (cell) => cell) : undefined;
    const scalar = Object.values(columns).every((column) => column.scalar);
    let totals: number[];
    try {
      totals = rfmPoints(days, purchases, amounts, scales, { types: typeCells, weights: weighting }).map(
        (client) => client.total,
      );
    } catch (error) {
      throw located(error, rows, scalar);
    }
    return shapeResult(spread(totals, rows, length), scalar);
  });
}

/** A scale argument whose entries must all be numbers of points (errors name the scale row). */
function numericScale(name: string, arg: unknown, context: SheetContext): PointsScale {
  const scale = readScale(name, arg, context);
  readArgument(name, () => checkNumericPoints(scale, context.decimalComma));
  return scale;
}

/** A client's error from `rfmPoints`, tagged with the argument of its criterion and, unless every input is a single value, its row. */
function located(error: unknown, rows: readonly number[], scalar: boolean): unknown {
  if (!(error instanceof PortfolioError) || error.index === undefined) return error;
  const criterion = error.params.criterion as PointsCriterion | undefined;
  const argument = criterion === undefined ? 'recency' : VALUE_ARGUMENTS[criterion];
  const cause = scalar ? new PortfolioError(error.key, error.params) : error.at(rows[error.index] ?? error.index);
  return inArgument(argument, cause);
}

/** `weights`: one row (or column) of 3 or 4 numbers, trailing blanks ignored; default 1 each. */
function readWeights(arg: unknown, context: SheetContext): Partial<PointsWeights> {
  if (isOmitted(arg)) return {};
  return readArgument('weights', () => {
    const cells = isRange(arg) ? arg.flat() : [arg];
    while (cells.length > 0 && isBlank(cells[cells.length - 1])) cells.pop();
    if (cells.length !== 3 && cells.length !== 4) throw new PortfolioError('weightsShape', { count: cells.length });
    const numbers = cells.map((cell) => {
      try {
        return readNumber(cell, context.decimalComma);
      } catch {
        throw new PortfolioError('weightNotNumber', { value: showCell(cell) });
      }
    });
    const [r = 1, f = 1, m = 1, t = 1] = numbers;
    return { r, f, m, t };
  });
}
