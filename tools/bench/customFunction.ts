/**
 * `RFM_SCORE` on a 10 000-row client table in one call, through the built
 * bundle (`dist/Code.js`) run by the Apps Script emulator, as a cell formula
 * would call it (AuthMode.CUSTOM_FUNCTION). Timed per call: the emulator's
 * copy of the arguments into the script's realm and of the result back, cell
 * reading and scoring. The same call of a script that only returns its third
 * argument measures the copying alone, to tell the script's own time.
 */
import { aggregateSales } from '../../src/core/aggregate';
import { rfmCode, rfmScores } from '../../src/core/rfm';
import { createMemorySpreadsheet, loadBundle, type LoadedBundle } from '../gas-emulator/index.ts';
import type { SalesLog } from './salesLog';
import { timeJob, type RunPlan, type Timing } from './timing';
import { at } from '../indexing';

const MS_PER_DAY = 86_400_000;

/** The three range arguments of `RFM_SCORE` (one column each) and the codes expected back. */
export interface RfmScoreInput {
  recency: unknown[][];
  frequency: unknown[][];
  monetary: unknown[][];
  /** Expected result: one code per filled row, `''` for blank rows. */
  expected: Array<number | ''>;
}

/** One timed shape of the call. */
export interface RfmScoreTiming extends Timing<unknown> {
  /** Rows of the ranges passed. */
  rows: number;
  /** Rows holding a client. */
  clients: number;
  /** True when the bundle returned the codes computed by src/core on the host. */
  correct: boolean;
}

/**
 * A client table of `clients` rows (last purchase date, purchases, amount)
 * aggregated from `log`, repeated when the log has fewer clients, then
 * `blankRows` blank rows (an open range such as `B2:B`). Dates are UTC
 * midnights (the spreadsheet is in UTC); as_of defaults to the latest date.
 */
export function rfmScoreInput(log: SalesLog, clients: number, blankRows: number): RfmScoreInput {
  const lines = aggregateSales(log.clientKeys, log.days, log.amounts, 'net');
  const table = Array.from({ length: clients }, (_, i) => at(lines, i % lines.length));
  const latest = table.reduce((max, line) => Math.max(max, line.lastDay), -Infinity);
  const result = rfmScores(
    table.map((line) => latest - line.lastDay),
    table.map((line) => line.purchases),
    table.map((line) => line.amount),
    { kind: 'bins', n: 5 },
    'quantile',
  );
  const blanks = Array.from({ length: blankRows }, () => ['']);
  return {
    recency: [...table.map((line) => [new Date(line.lastDay * MS_PER_DAY)]), ...blanks],
    frequency: [...table.map((line) => [line.purchases]), ...blanks],
    monetary: [...table.map((line) => [line.amount]), ...blanks],
    expected: [...result.scores.map(rfmCode), ...blanks.map(() => '' as const)],
  };
}

/** A script whose custom function does nothing but hand back a column as large as RFM_SCORE's result. */
const COPY_ONLY_SCRIPT = 'function RFM_SCORE(recency, frequency, monetary) { return monetary; }';

/** Loads `dist/Code.js` (or `code`) over an empty memory spreadsheet in UTC, English. */
export function loadBuiltBundle(code?: string): LoadedBundle {
  const spreadsheet = createMemorySpreadsheet({ locale: 'en_US', timeZone: 'Etc/UTC' });
  return loadBundle({ spreadsheet, code });
}

/** The emulator with the copy-only script in place of the bundle. */
export function loadCopyOnlyScript(): LoadedBundle {
  return loadBuiltBundle(COPY_ONLY_SCRIPT);
}

function sameCodes(result: unknown, expected: ReadonlyArray<number | ''>): boolean {
  return (
    Array.isArray(result) &&
    result.length === expected.length &&
    result.every((row, i) => Array.isArray(row) && row.length === 1 && row[0] === expected[i])
  );
}

/** Times `RFM_SCORE(recency, frequency, monetary)` on `input` as a custom function call. */
export function timeRfmScore(bundle: LoadedBundle, input: RfmScoreInput, plan: RunPlan): Timing<unknown> {
  const call = () =>
    bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'RFM_SCORE', input.recency, input.frequency, input.monetary);
  return timeJob(call, plan);
}

/** Times the call through the bundle and checks its codes. */
export function timeBundleRfmScore(bundle: LoadedBundle, input: RfmScoreInput, plan: RunPlan): RfmScoreTiming {
  const timing = timeRfmScore(bundle, input, plan);
  return {
    ...timing,
    rows: input.expected.length,
    clients: input.expected.filter((code) => code !== '').length,
    correct: sameCodes(timing.result, input.expected),
  };
}
