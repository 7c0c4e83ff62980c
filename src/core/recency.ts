/**
 * Recency: whole calendar days between the last purchase and the reference date.
 */
import { isWholeNumber } from './builtins';
import { PortfolioError } from './errors';
import { dayParam } from './i18n/textTable';
import { isBlank, isDate, looksLikeTextDate, readNumber, type Cell } from './cells';

/** Days from `lastDay` to `asOfDay` (day numbers). Throws `dateAfterAsOf` when the purchase is after the reference date. */
export function recencyDays(lastDay: number, asOfDay: number): number {
  if (lastDay > asOfDay)
    throw new PortfolioError('dateAfterAsOf', { date: dayParam(lastDay), asOf: dayParam(asOfDay) });
  return asOfDay - lastDay;
}

/** A recency column is made of dates of last purchase, or of numbers of days since. */
export type RecencyKind = 'dates' | 'days';

/** Whether a non-blank recency cell is a date (date cell or text date) rather than a number of days. */
export function isRecencyDate(cell: Cell): boolean {
  return isDate(cell) || (typeof cell === 'string' && looksLikeTextDate(cell));
}

/**
 * Decides whether a recency column holds dates or days. Throws `mixedRecency`
 * when it holds both, with the index of the first cell of the rarer kind (of
 * the kind met second on a tie). An all-blank column counts as days.
 */
export function recencyKind(cells: readonly Cell[]): RecencyKind {
  const first = { dates: -1, days: -1 };
  const count = { dates: 0, days: 0 };
  cells.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const kind: RecencyKind = isRecencyDate(cell) ? 'dates' : 'days';
    count[kind] += 1;
    if (first[kind] < 0) first[kind] = index;
  });
  if (count.dates > 0 && count.days > 0) {
    const rarer: RecencyKind =
      count.dates === count.days
        ? first.dates > first.days
          ? 'dates'
          : 'days'
        : count.dates < count.days
          ? 'dates'
          : 'days';
    throw new PortfolioError('mixedRecency', {}, first[rarer]);
  }
  return count.dates > 0 ? 'dates' : 'days';
}

/** Reads one cell of a column of days since the last purchase: a whole number ≥ 0. */
export function readDaysSince(cell: Cell, decimalComma: boolean): number {
  const days = readNumber(cell, decimalComma);
  if (days < 0) throw new PortfolioError('negativeDays', { value: days });
  if (!isWholeNumber(days)) throw new PortfolioError('notWholeDays', { value: days });
  return days;
}
