/**
 * From a sales log to the inputs of the buy-till-you-die models: per client,
 * x (repeat purchases), t_x (recency) and T (age) in a chosen time unit, and
 * the mean spend of the repeat purchases.
 *
 * Conventions (those of the published CDNOW summary and of lifetimes'
 * summary_data_from_transaction_data with freq "D"): purchases on the same
 * day count as one purchase whose amount is their sum; x = distinct purchase
 * days − 1; t_x = days from the first to the last purchase day; T = days from
 * the first purchase day to the reference date; times are then divided by the
 * length of the unit (1, 7 or 365.25 / 12 days), so weeks and months are not
 * calendar periods. Rows after the reference date are left out (the end of
 * the calibration period), as are returns (negative amounts: they are not
 * purchases). The mean repeat spend is the mean of the day totals after the
 * first purchase day, 0 when x = 0.
 */
import { PortfolioError } from './errors';

/** Time units of the models. */
export type TimeUnit = 'days' | 'weeks' | 'months';

/** Length of each time unit in days. */
export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = { days: 1, weeks: 7, months: 365.25 / 12 };

const UNIT_NAMES: Readonly<Record<string, TimeUnit>> = {
  day: 'days',
  days: 'days',
  jour: 'days',
  jours: 'days',
  d: 'days',
  j: 'days',
  week: 'weeks',
  weeks: 'weeks',
  semaine: 'weeks',
  semaines: 'weeks',
  w: 'weeks',
  s: 'weeks',
  month: 'months',
  months: 'months',
  mois: 'months',
  m: 'months',
};

/** The time unit named by `text` (English or French, singular or plural, any case). Throws `unknownTimeUnit`. */
export function parseTimeUnit(text: string): TimeUnit {
  const unit = UNIT_NAMES[text.trim().toLowerCase()];
  if (!unit) throw new PortfolioError('unknownTimeUnit', { value: JSON.stringify(text) });
  return unit;
}

/** One client's repeat-purchase summary. */
export interface RepeatPurchaseLine {
  client: string;
  /** 0-based index of the client's first row counted in the log. */
  firstRow: number;
  /** Repeat purchases: distinct purchase days − 1. */
  x: number;
  /** Time from the first to the last purchase day, in the unit. */
  tx: number;
  /** Time from the first purchase day to the reference date, in the unit. */
  T: number;
  /** Mean of the day totals of the repeat purchase days, 0 when x = 0. */
  meanRepeatSpend: number;
}

/**
 * Summarises a sales log given as parallel arrays (client, day number, amount) for the reference day `asOf`, in
 * `unit`. One line per client with a purchase on or before `asOf`, in order of first appearance. Throws
 * `noPurchaseBeforeAsOf` when there is none. Example: Ann buys 10 on day 0, 5 and 5 on day 7, 30 on day 14;
 * asOf = day 21, weeks → x = 2, t_x = 2, T = 3, mean repeat spend = (10 + 30) / 2 = 20.
 */
export function summariseRepeatPurchases(
  clients: readonly string[],
  days: readonly number[],
  amounts: readonly number[],
  asOf: number,
  unit: TimeUnit,
): RepeatPurchaseLine[] {
  const purchaseDays = new Map<string, Map<number, number>>();
  const firstRows = new Map<string, number>();
  for (let row = 0; row < clients.length; row += 1) {
    const day = days[row] ?? Number.NaN;
    const amount = amounts[row] ?? Number.NaN;
    if (!(day <= asOf) || !(amount >= 0)) continue;
    const client = clients[row] ?? '';
    let byDay = purchaseDays.get(client);
    if (!byDay) {
      byDay = new Map();
      purchaseDays.set(client, byDay);
      firstRows.set(client, row);
    }
    byDay.set(day, (byDay.get(day) ?? 0) + amount);
  }
  if (purchaseDays.size === 0) throw new PortfolioError('noPurchaseBeforeAsOf', { asOf });
  const length = DAYS_PER_UNIT[unit];
  const lines: RepeatPurchaseLine[] = [];
  for (const [client, byDay] of purchaseDays) {
    const ordered = [...byDay.entries()].sort((p, q) => p[0] - q[0]);
    const first = ordered[0] as [number, number];
    const last = ordered[ordered.length - 1] as [number, number];
    const repeats = ordered.slice(1);
    const repeatTotal = repeats.reduce((sum, [, amount]) => sum + amount, 0);
    lines.push({
      client,
      firstRow: firstRows.get(client) ?? 0,
      x: repeats.length,
      tx: (last[0] - first[0]) / length,
      T: (asOf - first[0]) / length,
      meanRepeatSpend: repeats.length > 0 ? repeatTotal / repeats.length : 0,
    });
  }
  return lines;
}
