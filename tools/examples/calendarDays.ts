/**
 * Calendar dates as day numbers: whole days since 1970-01-01 (day 0), free of
 * time zones, like the core's dates (src/core/types.ts).
 */

/** The day number of a calendar date (`month` 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Year, month (1–12) and day of a day number. */
export function calendarDate(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The UTC-midnight `Date` of a day number: what exceljs writes as a whole Excel date serial. */
export function utcMidnight(day: number): Date {
  return new Date(day * 86_400_000);
}
