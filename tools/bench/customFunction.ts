/**
 * `RFM_SCORE` on a 10 000-row client table in one call, through the built
 * bundle (`dist/Code.js`) run by the Apps Script emulator, as a cell formula
 * would call it (AuthMode.CUSTOM_FUNCTION). Timed per call: the emulator's
 * copy of the arguments into the script's realm and of the result back, cell
 * reading and scoring; and the script's own time alone, with the arguments
 * held in the script's realm (see `timeScriptOnly`).
 */
import { rfmCode, rfmScores } from '../../src/core/rfm';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createMemorySpreadsheet, DIST_DIR, loadBundle, type LoadedBundle } from '../gas-emulator/index.ts';
import { clientTotals } from './coreJob';
import type { SalesLog } from './salesLog';
import { timeJob, type RunPlan, type Timing } from './timing';

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
  const lines = clientTotals(log);
  const table = Array.from({ length: clients }, (_, i) => i % lines.names.length);
  const lastDay = (client: number) => lines.lastDay[client] ?? NaN;
  const purchases = (client: number) => lines.purchases[client] ?? NaN;
  const amount = (client: number) => lines.amount[client] ?? NaN;
  const latest = table.reduce((max, client) => Math.max(max, lastDay(client)), -Infinity);
  const result = rfmScores(
    table.map((client) => latest - lastDay(client)),
    table.map(purchases),
    table.map(amount),
    { kind: 'bins', n: 5 },
    'quantile',
  );
  const blanks = Array.from({ length: blankRows }, () => ['']);
  return {
    recency: [...table.map((client) => [new Date(lastDay(client) * MS_PER_DAY)]), ...blanks],
    frequency: [...table.map((client) => [purchases(client)]), ...blanks],
    monetary: [...table.map((client) => [amount(client)]), ...blanks],
    expected: [...result.scores.map(rfmCode), ...blanks.map(() => '' as const)],
  };
}

/**
 * Appended to the bundle for timing: `BENCH_HOLD` keeps three arguments in the
 * script's realm (copied once), `BENCH_RUN(name)` calls custom function `name`
 * on them and returns only the result's length, so that a timed call is the
 * add-on's own work (what Apps Script runs between handing over the arguments
 * and taking back the result), without the emulator's copying.
 * `BENCH_BARE_LOOP()` is the yardstick of a sales log's cost: on the held
 * client, date and amount columns, it reads the three cells of every row and
 * finds the client's number in a hash table (no checks, no sums, no output).
 * `BENCH_SUM_LOOP()` is the floor of the aggregation itself: the same, plus
 * each row's amount, purchase and last day added to its client's figures,
 * rows taken by blocks as `salesLog.ts` does (no checks, no client-key rule,
 * UTC days, no scores, no output); it returns the number of clients found.
 */
const HOLDING_SCRIPT = `
var BENCH_HELD_ = [];
var BENCH_CREATE_ = Object.create;
function BENCH_HOLD(a, b, c) { BENCH_HELD_ = [a, b, c]; return 0; }
function BENCH_RUN(name) { return ClientPortfolio[name](BENCH_HELD_[0], BENCH_HELD_[1], BENCH_HELD_[2]).length; }
function BENCH_BARE_LOOP() {
  var clients = BENCH_HELD_[0], dates = BENCH_HELD_[1], amounts = BENCH_HELD_[2];
  var numbers = BENCH_CREATE_(null), count = 0, check = 0;
  for (var row = 0; row < clients.length; row++) {
    var text = clients[row][0];
    var client = numbers[text];
    if (client === void 0) { client = count++; numbers[text] = client; }
    check += client + (dates[row][0].getTime() > 0 ? 1 : 0) + amounts[row][0];
  }
  return check;
}
function BENCH_SUM_LOOP() {
  var clients = BENCH_HELD_[0], dates = BENCH_HELD_[1], amounts = BENCH_HELD_[2];
  var numbers = BENCH_CREATE_(null), count = 0, figures = new Float64Array(3 * 1024);
  var known = new Int32Array(512), lastTime = NaN, lastDay = NaN;
  for (var start = 0; start < clients.length; start += 512) {
    var end = Math.min(clients.length, start + 512);
    for (var row = start; row < end; row++) {
      var found = numbers[clients[row][0]];
      known[row - start] = found === void 0 ? -1 : found;
    }
    for (row = start; row < end; row++) {
      var time = dates[row][0].getTime();
      if (time !== lastTime) { lastTime = time; lastDay = Math.floor(time / 86400000); }
      var client = known[row - start];
      if (client < 0) {
        var text = clients[row][0];
        client = numbers[text];
        if (client === void 0) {
          client = count++;
          numbers[text] = client;
          if (3 * count > figures.length) { var grown = new Float64Array(2 * figures.length); grown.set(figures); figures = grown; }
        }
      }
      var amount = amounts[row][0], at = 3 * client;
      figures[at] += amount;
      if (amount >= 0) { figures[at + 1] += 1; if (lastDay > figures[at + 2]) figures[at + 2] = lastDay; }
    }
  }
  return count;
}
`;

/** Loads `dist/Code.js` with the holding functions over an empty memory spreadsheet in English, in UTC unless told. */
export function loadBuiltBundle(timeZone = 'Etc/UTC'): LoadedBundle {
  const spreadsheet = createMemorySpreadsheet({ locale: 'en_US', timeZone });
  return loadBundle({
    spreadsheet,
    code: `${readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8')}\n${HOLDING_SCRIPT}`,
  });
}

/** Median time of custom function `name` on `args`, script only (arguments copied into the script's realm once, before timing). */
export function timeScriptOnly(
  bundle: LoadedBundle,
  name: string,
  args: readonly unknown[],
  plan: RunPlan,
): Timing<unknown> {
  return timeHeld(bundle, args, plan, () => bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'BENCH_RUN', name));
}

/** Median time of `BENCH_BARE_LOOP` on a sales log's three columns, held as in `timeScriptOnly`. */
export function timeBareLoop(bundle: LoadedBundle, args: readonly unknown[], plan: RunPlan): Timing<unknown> {
  return timeHeld(bundle, args, plan, () => bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'BENCH_BARE_LOOP'));
}

/** Median time of `BENCH_SUM_LOOP` on a sales log's three columns, held as in `timeScriptOnly`; its result is the number of clients found. */
export function timeSumLoop(bundle: LoadedBundle, args: readonly unknown[], plan: RunPlan): Timing<unknown> {
  return timeHeld(bundle, args, plan, () => bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'BENCH_SUM_LOOP'));
}

/** Holds `args` in the script's realm, times `job`, lets the arguments go. */
function timeHeld(bundle: LoadedBundle, args: readonly unknown[], plan: RunPlan, job: () => unknown): Timing<unknown> {
  bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'BENCH_HOLD', ...args);
  const timing = timeJob(job, plan);
  bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'BENCH_HOLD');
  return timing;
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

/** Times the whole call through the bundle and checks its codes. */
export function timeBundleRfmScore(bundle: LoadedBundle, input: RfmScoreInput, plan: RunPlan): RfmScoreTiming {
  const timing = timeRfmScore(bundle, input, plan);
  return {
    ...timing,
    rows: input.expected.length,
    clients: input.expected.filter((code) => code !== '').length,
    correct: sameCodes(timing.result, input.expected),
  };
}
