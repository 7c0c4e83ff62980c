/**
 * Helpers of the custom-function tests: the built bundle `dist/Code.js` run in
 * the Apps Script emulator, its six functions called the way Sheets calls them
 * (`AuthMode.CUSTOM_FUNCTION`, a range as a 2-D array of rows, a cell as a
 * scalar, an omitted argument as absent).
 */
import { expect } from 'vitest';
import {
  createMemorySpreadsheet,
  loadBundle,
  rangeArgument,
  type LoadedBundle,
  type MemorySpreadsheet,
  type SheetSeed,
} from '../../tools/gas-emulator/index.ts';
import { thrownBy } from './thrown';

/** The custom functions: the upper-case exports of the bundle's entry. */
export type FunctionName = Extract<keyof typeof import('../../src/main'), Uppercase<string>>;

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
  const call = (name: FunctionName, ...args: unknown[]) =>
    bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, name, ...args);
  return {
    spreadsheet,
    bundle,
    call,
    range: (a1Notation) => rangeArgument(spreadsheet, a1Notation),
    failure: (name, ...args) => thrownBy(() => call(name, ...args)),
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
