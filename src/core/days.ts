/**
 * Calendar days as whole numbers ("day numbers"): day 0 is 1970-01-01.
 * Pure arithmetic on the proleptic Gregorian calendar, no time zone.
 */

const MS_PER_DAY = 86_400_000;

/**
 * Days in a year, on average over the 400-year Gregorian cycle rounded to the
 * Julian 365.25: the length used to turn a span of days into years (a sales
 * log covering 731 days is 731 / 365.25 ≈ 2.001 years) and the span a client
 * table's yearly figures are taken to cover.
 */
export const YEAR_DAYS = 365.25;

/** Day number of a calendar date; month 1–12. Returns NaN for an impossible date (31 February). */
export function dayFromParts(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return NaN;
  }
  return Math.round(ms / MS_PER_DAY);
}

/** The latest of `days` (day numbers); −Infinity for none. A loop, not `Math.max(...)`: columns may be long. */
export function latestDay(days: readonly number[]): number {
  let latest = -Infinity;
  for (const day of days) if (day > latest) latest = day;
  return latest;
}

/** ISO `yyyy-mm-dd` of a day number. */
export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of an ISO `yyyy-mm-dd` string, or NaN when it is not one. */
export function dayFromIso(text: string): number {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return NaN;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}
