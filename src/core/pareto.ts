/**
 * Revenue concentration (PARETO_SHARE, docs/FUNCTIONS.md): the share of revenue made
 * by the top clients, and the Pareto curve. Amounts ≤ 0 count as no revenue
 * (they rank last and add nothing), as in `abc.ts`.
 */
import { itemAt } from './arrays';
import { PortfolioError } from './errors';
import { positiveTotal } from './abc';

/** Cumulative revenue of the top k clients, k = 0..N (amounts ≤ 0 count as 0). */
export function cumulativeRevenue(amounts: readonly number[]): number[] {
  const ascending = new Float64Array(amounts.length);
  for (let i = 0; i < amounts.length; i += 1) {
    const amount = amounts[i] as number;
    ascending[i] = amount > 0 ? amount : 0;
  }
  ascending.sort();
  const cumulative = new Array<number>(ascending.length + 1);
  cumulative[0] = 0;
  let total = 0;
  for (let k = 1; k <= ascending.length; k += 1) {
    total += ascending[ascending.length - k] as number;
    cumulative[k] = total;
  }
  return cumulative;
}

/** Throws `shareOutOfRange` unless 0 ≤ share ≤ 1. */
export function checkShare(share: number): void {
  if (!(share >= 0 && share <= 1)) throw new PortfolioError('shareOutOfRange', { value: share });
}

/**
 * Share (0–1) of revenue made by the top `clientShare` of the clients, read
 * on `cumulative` (from `cumulativeRevenue`). When clientShare × N is not a
 * whole number, linear interpolation between the two neighbouring counts.
 * Example: 15 clients, top 20 % = 3 clients making 49 228 of 63 064 → 0.7806.
 * Throws `sumOverflow` when the amounts add up beyond the largest double.
 */
export function paretoShareOf(cumulative: readonly number[], clientShare: number): number {
  checkShare(clientShare);
  const clients = cumulative.length - 1;
  const total = cumulative[clients];
  if (total === Infinity) throw new PortfolioError('sumOverflow');
  if (total === undefined || !(total > 0)) throw new PortfolioError('allAmountsZero');
  const position = clientShare * clients;
  const below = Math.floor(position);
  const above = Math.min(below + 1, clients);
  const belowRevenue = itemAt(cumulative, below);
  const revenue = belowRevenue + (position - below) * (itemAt(cumulative, above) - belowRevenue);
  return revenue / total;
}

/** `paretoShareOf` for one list of amounts. Throws `allAmountsZero` when no amount is positive. */
export function paretoShare(amounts: readonly number[], clientShare = 0.2): number {
  if (!(positiveTotal(amounts) > 0)) throw new PortfolioError('allAmountsZero');
  return paretoShareOf(cumulativeRevenue(amounts), clientShare);
}

/** Points of the Pareto curve: (share of clients, share of revenue) for k = 0..N clients. */
export function paretoCurve(amounts: readonly number[]): Array<{ clientShare: number; revenueShare: number }> {
  const cumulative = cumulativeRevenue(amounts);
  const clients = cumulative.length - 1;
  const total = cumulative[clients];
  if (total === Infinity) throw new PortfolioError('sumOverflow');
  if (total === undefined || !(total > 0)) throw new PortfolioError('allAmountsZero');
  return cumulative.map((revenue, k) => ({ clientShare: k / clients, revenueShare: revenue / total }));
}
