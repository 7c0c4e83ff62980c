/**
 * Whether the default reference date (today) suits the data: on a file whose
 * last sale is months or years old, every client would be "lost" and the
 * recency breakpoints read thousands of days. The sidebar then offers the
 * last date of the data in one click.
 */
import { readDate, type DateOrder, type DayOf, type Cell } from './cells';

/** Days between the data's last date and today beyond which the sidebar says so. */
export const STALE_AFTER_DAYS = 90;

/** The latest date of column `column` (0-based), or `null` when it holds none; cells that are not dates are skipped. */
export function lastDateInColumn(
  rows: readonly (readonly Cell[])[],
  column: number,
  dayOf: DayOf,
  order: DateOrder,
): number | null {
  let last: number | null = null;
  for (const row of rows) {
    let day: number;
    try {
      day = readDate(row[column], dayOf, order);
    } catch {
      continue;
    }
    if (last === null || day > last) last = day;
  }
  return last;
}

/** The advice of the settings step: the last date of the data and how many days before today it is. */
export interface ReferenceDateAdvice {
  /** Day number of the last date of the data. */
  lastDay: number;
  /** today − lastDay, in days (more than {@link STALE_AFTER_DAYS}). */
  daysBefore: number;
}

/**
 * Advice when the last date of the data (`lastDay`, day number) is more than
 * {@link STALE_AFTER_DAYS} days before `today`; `null` otherwise or without dates.
 * Example: last sale 2024-01-31, today 2024-06-30 → 151 days before: advice.
 */
export function referenceDateAdvice(lastDay: number | null, today: number): ReferenceDateAdvice | null {
  if (lastDay === null) return null;
  const daysBefore = today - lastDay;
  return daysBefore > STALE_AFTER_DAYS ? { lastDay, daysBefore } : null;
}
