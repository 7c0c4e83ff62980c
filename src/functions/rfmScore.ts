import { itemAt } from '../core/arrays';
import { inferDateOrder, readDate, readNumber, referenceDay, type Cell } from '../core/cells';
import { DEFAULT_BINS, DEFAULT_METHOD } from '../core/choices';
import { readPurchaseCount } from '../core/clientCells';
import { latestDay } from '../core/days';
import { PortfolioError } from '../core/errors';
import { readDaysSince, recencyDays, recencyKind } from '../core/recency';
import { rfmCode, rfmScores } from '../core/rfm';
import { parseMethod, readBins, readGrid } from '../core/settingCells';
import type { Binning, ScoreMethod } from '../core/types';
import type { SheetContext } from '../platform/sheetContext';
import {
  type Column,
  columnOf,
  commonLength,
  filledRows,
  isOmitted,
  isRange,
  oneValue,
  optionalSetting,
  readArgument,
  readCells,
  runCustomFunction,
  shapeResult,
  spread,
} from './args';

/**
 * RFM code of each client: 100 × R + 10 × F + M (e.g. 543), each score from 1 to n, n best.
 *
 * @param {Date} recency Dates of last purchase, or numbers of days since the last purchase (not mixed). One row per client.
 * @param {number} frequency Number of purchases of each client (whole number, 0 or more).
 * @param {number} monetary Amount spent by each client.
 * @param {number} bins Optional. Number of classes from 2 to 9 (default 5), or a grid: 3 rows (R, F, M) of ascending lower bounds of classes 2..n (days for R).
 * @param {Date} as_of Optional. Reference date for dates of last purchase (default: the latest date in recency).
 * @param {string} method Optional. "quantile" (default, PERCENTILE.INC breakpoints), "rfm" (R package rfm) or "ntile" (equal-size groups).
 * @return RFM code per row; blank rows stay blank.
 * @customfunction
 */
export function RFM_SCORE(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
  bins?: unknown,
  as_of?: unknown,
  method?: unknown,
): unknown {
  return runCustomFunction('RFM_SCORE', (context) => {
    const columns = {
      recency: readArgument('recency', () => columnOf(recency)),
      frequency: readArgument('frequency', () => columnOf(frequency)),
      monetary: readArgument('monetary', () => columnOf(monetary)),
    };
    const length = commonLength(columns);
    const rows = filledRows(columns, length);
    const days = recencyColumnDays(columns.recency, rows, as_of, context);
    const purchases = readCells('frequency', columns.frequency, rows, (cell) =>
      readPurchaseCount(cell, context.decimalComma),
    );
    const amounts = readCells('monetary', columns.monetary, rows, (cell) => readNumber(cell, context.decimalComma));
    const result = rfmScores(days, purchases, amounts, readBinning(bins, context), readMethod(method));
    const codes = result.scores.map(rfmCode);
    const scalar = Object.values(columns).every((column) => column.scalar);
    return shapeResult(spread(codes, rows, length), scalar);
  });
}

/**
 * Days since the last purchase for `rows` of a recency column of dates (→ days to `as_of`,
 * default the latest date) or of days (`as_of` unused).
 */
export function recencyColumnDays(
  column: Column,
  rows: readonly number[],
  asOf: unknown,
  context: SheetContext,
): number[] {
  const cells = rows.map((row) => column.cells[column.scalar ? 0 : row]);
  const kind = readArgument('recency', () => {
    try {
      return recencyKind(cells);
    } catch (error) {
      throw error instanceof PortfolioError && error.index !== undefined && !column.scalar
        ? error.at(itemAt(rows, error.index))
        : error;
    }
  });
  if (kind === 'days') {
    return readCells('recency', column, rows, (cell) => readDaysSince(cell, context.decimalComma));
  }
  const order = inferDateOrder(cells, context.dateOrder);
  const lastDays = readCells('recency', column, rows, (cell) => readDate(cell, context.dayOf, order));
  const asOfCell = readArgument('as_of', () => oneValue(asOf)) as Cell;
  const reference = readArgument('as_of', () => referenceDay(asOfCell, latestDay(lastDays), context.dayOf, order));
  const late = lastDays.findIndex((day) => day > reference);
  if (late >= 0) {
    // Throws dateAfterAsOf naming the row of the first date after the reference date.
    const dayColumn: Column = { cells: spread(lastDays, rows, column.cells.length), scalar: column.scalar };
    readCells('recency', dayColumn, rows.slice(late, late + 1), (day) => recencyDays(day as number, reference));
  }
  return lastDays.map((day) => reference - day);
}

/** `bins` argument: a number of classes (default 5) or a 3-row grid. */
export function readBinning(bins: unknown, context: SheetContext): Binning {
  return readArgument('bins', () => {
    if (isOmitted(bins)) return { kind: 'bins', n: DEFAULT_BINS };
    if (isRange(bins)) {
      const [onlyRow] = bins;
      if (bins.length === 1 && onlyRow?.length === 1) return readBins(onlyRow[0], context.decimalComma);
      return { kind: 'grid', grid: readGrid(bins, context.decimalComma) };
    }
    return readBins(bins, context.decimalComma);
  });
}

/** `method` argument, default `quantile`. */
export function readMethod(method: unknown): ScoreMethod {
  return optionalSetting('method', method, DEFAULT_METHOD, (value) => parseMethod(String(value)));
}
