/**
 * `RFM_TABLE` on a whole sales log in one call, through the built bundle
 * (`dist/Code.js`) run by the Apps Script emulator, as a cell formula calls
 * it: three one-column ranges (client names as text, sale dates as `Date`
 * cells at midnight in the spreadsheet's time zone, amounts as numbers).
 * Timed: the script's own work, from the arguments handed over to the table
 * handed back (the emulator's copying of a million rows into the script's
 * realm, which Apps Script does on its side, is left out).
 */
import { localDateFromDay } from '../localCalendar';
import { loadBuiltBundle, timeBareLoop, timeScriptOnly, timeSumLoop } from './customFunction';
import type { SalesLog } from './salesLog';
import type { RunPlan } from './timing';

/** The three range arguments of `RFM_TABLE`, one row per sale. */
export interface RfmTableInput {
  clientIds: unknown[][];
  dates: unknown[][];
  amounts: unknown[][];
}

/** The log as RFM_TABLE's arguments: dates at local midnight, read in a spreadsheet in the runtime's time zone. */
export function rfmTableInput(log: SalesLog): RfmTableInput {
  return {
    clientIds: log.clientNames.map((name) => [name]),
    dates: log.days.map((day) => [localDateFromDay(day)]),
    amounts: log.amounts.map((amount) => [amount]),
  };
}

/** What `timeRfmTable` measures. */
export interface RfmTableTimings {
  scriptMs: number;
  bareLoopMs: number;
  sumLoopMs: number;
  /** Clients found by the sum loop, to check it did the job. */
  sumLoopClients: number;
  table: unknown[][];
}

/**
 * Median script time of `RFM_TABLE` on `input` (arguments copied into the script's realm once, see
 * `timeScriptOnly`), of the bare loop and of the sum loop over the same cells (`BENCH_BARE_LOOP`,
 * `BENCH_SUM_LOOP`), and the table of one more call, to check.
 */
export function timeRfmTable(input: RfmTableInput, plan: RunPlan): RfmTableTimings {
  const bundle = loadBuiltBundle(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const args = [input.clientIds, input.dates, input.amounts];
  const script = timeScriptOnly(bundle, 'RFM_TABLE', args, plan);
  const bareLoop = timeBareLoop(bundle, args, plan);
  const sumLoop = timeSumLoop(bundle, args, plan);
  const table = bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'RFM_TABLE', ...args) as unknown[][];
  return {
    scriptMs: script.medianMs,
    bareLoopMs: bareLoop.medianMs,
    sumLoopMs: sumLoop.medianMs,
    sumLoopClients: Number(sumLoop.result),
    table,
  };
}
