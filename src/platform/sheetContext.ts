/**
 * What the adapters need to know about the active spreadsheet: its language,
 * number and date conventions, and its calendar (time zone). Read once per
 * call; the only place that asks Apps Script for them.
 */
import type { DateOrder, DayOf } from '../core/cells';
import { DateType } from '../core/builtins';
import { dayFromIso, isoFromDay } from '../core/days';
import { dateOrderOf, langFromLocale, usesDecimalComma } from '../core/i18n/language';
import type { Lang } from '../core/types';

export interface SheetContext {
  lang: Lang;
  locale: string;
  timeZone: string;
  decimalComma: boolean;
  dateOrder: DateOrder;
  /** Day number of a date cell, read in the spreadsheet's time zone. */
  dayOf: DayOf;
  /** A `Date` at midnight of a day number in the spreadsheet's time zone, for writing date cells (computed once per day). */
  dateOfDay: (day: number) => Date;
  /** Today's day number in the spreadsheet's time zone. */
  today: () => number;
}

const DEFAULT_LOCALE = 'en_US';
const DEFAULT_TIME_ZONE = 'Etc/UTC';

/** The context of the active spreadsheet; defaults (English, UTC) when it cannot be read. */
export function activeSheetContext(): SheetContext {
  let locale = DEFAULT_LOCALE;
  let timeZone = DEFAULT_TIME_ZONE;
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    locale = spreadsheet.getSpreadsheetLocale() || DEFAULT_LOCALE;
    timeZone = spreadsheet.getSpreadsheetTimeZone() || DEFAULT_TIME_ZONE;
  } catch {
    // No active spreadsheet (e.g. a custom function being evaluated in a test): defaults.
  }
  return sheetContextFor(locale, timeZone);
}

/** The context for a given locale and time zone. */
export function sheetContextFor(locale: string, timeZone: string): SheetContext {
  const days = new Map<number, number>();
  // The first instant of each day met, as a time: what a date cell of that day holds.
  const midnights = new Map<number, number>();
  const dayOf: DayOf = (date) => {
    const time = date.getTime();
    let day = days.get(time);
    if (day === undefined) {
      const stamp = Utilities.formatDate(date, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS");
      day = dayFromIso(stamp.slice(0, stamp.indexOf('T')));
      days.set(time, day);
      // A date cell (local midnight) gives its day's midnight for free: no more service calls to write that day back.
      const known = midnights.get(day);
      if (stamp.endsWith('T00:00:00.000') && (known === undefined || time < known)) midnights.set(day, time);
    }
    return day;
  };
  const offsetMinutes = (time: number): number => {
    const offset = Utilities.formatDate(new Date(time), timeZone, 'Z');
    const sign = offset.startsWith('-') ? -1 : 1;
    return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  };
  const dateOfDay = (day: number): Date => {
    let time = midnights.get(day);
    if (time === undefined) {
      time = midnightOf(day).getTime();
      midnights.set(day, time);
    }
    return new DateType(time);
  };
  // A day no date cell gave: the offset at UTC midnight may differ from the one at local midnight when a
  // daylight-saving change falls between them (Auckland, 2025-09-28): try both, keep the earliest instant that is
  // on the right calendar day.
  const midnightOf = (day: number): Date => {
    const utcMidnight = new Date(`${isoFromDay(day)}T00:00:00Z`).getTime();
    const first = utcMidnight - offsetMinutes(utcMidnight) * 60_000;
    const second = utcMidnight - offsetMinutes(first) * 60_000;
    const onDay = [first, second].filter((time) => dayOf(new Date(time)) === day);
    return new Date(onDay.length > 0 ? Math.min(...onDay) : first);
  };
  return {
    lang: langFromLocale(locale),
    locale,
    timeZone,
    decimalComma: usesDecimalComma(locale),
    dateOrder: dateOrderOf(locale),
    dayOf,
    dateOfDay,
    today: () => dayOf(new Date()),
  };
}
