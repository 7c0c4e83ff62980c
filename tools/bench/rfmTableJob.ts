/**
 * `RFM_TABLE` on a whole sales log in one call, through the built bundle
 * (`dist/Code.js`) run by the Apps Script emulator, as a cell formula calls
 * it: three one-column ranges (client names as text, sale dates as `Date`
 * cells at midnight in the spreadsheet's time zone, amounts as numbers).
 * The same call of a script that only builds a table of the same size from
 * its arguments measures the emulator's copying, to tell the add-on's own
 * ("script") time, as for RFM_SCORE.
 */
import { localDateFromDay } from '../../src/core/days';
import type { LoadedBundle } from '../gas-emulator/index.ts';
import { loadBuiltBundle } from './customFunction';
import type { SalesLog } from './salesLog';
import { timeJob, type RunPlan } from './timing';

/** The three range arguments of `RFM_TABLE`, one row per sale. */
export interface RfmTableInput {
  clientIds: unknown[][];
  dates: unknown[][];
  amounts: unknown[][];
}

/** The log as RFM_TABLE's arguments (the bench spreadsheet's time zone is the runtime's, see `loadTableBundle`). */
export function rfmTableInput(log: SalesLog): RfmTableInput {
  return {
    clientIds: log.clientNames.map((name) => [name]),
    dates: log.days.map((day) => [localDateFromDay(day)]),
    amounts: log.amounts.map((amount) => [amount]),
  };
}

/** A script returning a table of `clients` rows of 11 cells taken from its arguments: the copying alone. */
function copyOnlyScript(clients: number): string {
  return `function RFM_TABLE(ids, dates, amounts) {
    var out = [];
    for (var i = 0; i < ${clients}; i += 1) out.push([ids[i][0], dates[i][0], 0, 0, amounts[i][0], 0, 0, 0, 0, '', '']);
    return out;
  }`;
}

/** The built bundle over a spreadsheet in the runtime's time zone (so that local-midnight dates are whole days). */
export function loadTableBundle(code?: string): LoadedBundle {
  return loadBuiltBundle(code, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** The copy-only script for a table of `clients` rows. */
export function loadTableCopyOnly(clients: number): LoadedBundle {
  return loadTableBundle(copyOnlyScript(clients));
}

/** One call of RFM_TABLE on `input`. */
export function callRfmTable(bundle: LoadedBundle, input: RfmTableInput): unknown {
  return bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'RFM_TABLE', input.clientIds, input.dates, input.amounts);
}

/** Median times of the call and of the copy-only call, and the table returned (header + one row per client). */
export function timeRfmTable(input: RfmTableInput, clients: number, plan: RunPlan) {
  const bundle = loadTableBundle();
  const copyOnly = loadTableCopyOnly(clients);
  const call = timeJob(() => callRfmTable(bundle, input), plan);
  const copy = timeJob(() => callRfmTable(copyOnly, input), plan);
  return { callMs: call.medianMs, copyMs: copy.medianMs, scriptMs: Math.max(call.medianMs - copy.medianMs, 0), table: call.result as unknown[][] };
}
