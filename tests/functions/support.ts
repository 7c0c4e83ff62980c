/**
 * Helpers of the custom-function tests: the built bundle `dist/Code.js` run in
 * the Apps Script emulator, its six functions called the way Sheets calls them
 * (`AuthMode.CUSTOM_FUNCTION`, a range as a 2-D array of rows, a cell as a
 * scalar, an omitted argument as absent), and calendar helpers written with
 * `Intl` only, independent of the code under test and of the emulator.
 */
import { expect } from 'vitest';
import {
  createMemorySpreadsheet, loadBundle, rangeArgument, type LoadedBundle, type MemorySpreadsheet, type SheetSeed,
} from '../../tools/gas-emulator/index.ts';

export type FunctionName =
  | 'RFM_SCORE' | 'CLIENT_VALUE' | 'PARETO_SHARE' | 'ABC_CLASS' | 'RFM_SEGMENT' | 'RFM_TABLE' | 'POINTS' | 'RFM_POINTS';

/** A spreadsheet with the built add-on loaded over it. */
export interface Workbook {
  spreadsheet: MemorySpreadsheet;
  bundle: LoadedBundle;
  /** Calls a custom function as a cell formula does. */
  call(name: FunctionName, ...args: unknown[]): unknown;
  /** What Sheets passes for an A1 range of this spreadsheet (a 2-D array, or a scalar for one cell). */
  range(a1Notation: string): unknown;
  /** The error a call throws; fails the test when it returns. */
  failure(name: FunctionName, ...args: unknown[]): Error;
}

/** Loads `dist/Code.js` over a new memory spreadsheet. */
export function workbook(options: { locale?: string; timeZone?: string; sheets?: SheetSeed[] } = {}): Workbook {
  const spreadsheet = createMemorySpreadsheet({
    locale: options.locale ?? 'en_US',
    timeZone: options.timeZone ?? 'Europe/Paris',
    sheets: options.sheets,
  });
  const bundle = loadBundle({ spreadsheet });
  const call = (name: FunctionName, ...args: unknown[]) => bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, name, ...args);
  return {
    spreadsheet,
    bundle,
    call,
    range: (a1Notation) => rangeArgument(spreadsheet, a1Notation),
    failure: (name, ...args) => {
      let result: unknown;
      try {
        result = call(name, ...args);
      } catch (error) {
        return error as Error;
      }
      throw new Error(`${name} returned ${JSON.stringify(result)} instead of throwing`);
    },
  };
}

/** A range argument of one column: one row per value. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** The values of a one-column result, as a flat list. */
export function flat(result: unknown): unknown[] {
  expect(Array.isArray(result)).toBe(true);
  return (result as unknown[][]).map((row) => {
    expect(row).toHaveLength(1);
    return row[0];
  });
}

/**
 * Checks the error of a custom function as Sheets shows it: a plain `Error`
 * whose message is exactly `message`, with no stack trace or file path in it.
 */
export function expectCellError(error: Error, message: string): void {
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('Error');
  expect(error.message).toBe(message);
  expect(error.message).not.toMatch(/\n|\bat \S+ \(|Code\.js|\.ts\b|\/work\/|node_modules/);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** Calendar fields of an instant on the wall clock of `timeZone`. */
function wallClock(time: number, timeZone: string): { iso: string; hour: number; minute: number; second: number } {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(time))) parts[part.type] = part.value;
  return {
    iso: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The calendar day (`yyyy-mm-dd`) of `date` in `timeZone`. */
export function calendarDay(date: Date, timeZone: string): string {
  return wallClock(date.getTime(), timeZone).iso;
}

/** True when `date` is 00:00:00 on the wall clock of `timeZone`. */
export function isMidnight(date: Date, timeZone: string): boolean {
  const wall = wallClock(date.getTime(), timeZone);
  return wall.hour === 0 && wall.minute === 0 && wall.second === 0 && date.getMilliseconds() === 0;
}

/**
 * What a date cell holds: the first instant of the day `iso` (`yyyy-mm-dd`)
 * in `timeZone`, found by scanning the 48 hours around UTC midnight hour by hour,
 * then minute by minute.
 */
export function midnight(iso: string, timeZone: string): Date {
  const key = `${iso} ${timeZone}`;
  let time = midnights.get(key);
  if (time === undefined) {
    time = firstInstantOf(iso, timeZone);
    midnights.set(key, time);
  }
  return new Date(time);
}

const midnights = new Map<string, number>();

function firstInstantOf(iso: string, timeZone: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, day);
  const HOUR = 3_600_000;
  for (let time = utcMidnight - 15 * HOUR; time <= utcMidnight + 15 * HOUR; time += HOUR) {
    if (wallClock(time, timeZone).iso !== iso) continue;
    let first = time;
    while (wallClock(first - 60_000, timeZone).iso === iso) first -= 60_000;
    return first;
  }
  throw new Error(`no day ${iso} in ${timeZone}`);
}

/** `iso` moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
