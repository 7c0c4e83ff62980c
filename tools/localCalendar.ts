/**
 * Day numbers and `Date` cells in the calendar of the runtime's time zone,
 * for the tools and tests that have no spreadsheet (and so no spreadsheet
 * time zone) to read dates in.
 */
import { dayFromParts, isoFromDay } from '../src/core/days';

/** Day number of a `Date` read in the runtime's local calendar. */
export function dayFromLocalDate(date: Date): number {
  return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A `Date` at local midnight of a day number, as a date cell holds it. */
export function localDateFromDay(day: number): Date {
  const [year = 0, month = 1, dayOfMonth = 1] = isoFromDay(day).split('-').map(Number);
  return new Date(year, month - 1, dayOfMonth);
}
