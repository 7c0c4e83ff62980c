/**
 * ABC analysis (DESIGN §3, ABC_CLASS): clients sorted by amount, descending;
 * A = the smallest set of top clients whose cumulative share of revenue
 * reaches `aShare`, B likewise up to `bShare`, C the rest.
 *
 * Amounts ≤ 0 (a client who returned as much as, or more than, they bought)
 * count as no revenue: they are class C and add nothing to the total.
 */
import { PortfolioError } from './errors';
import type { AbcClass } from './types';

/** Throws unless 0 < aShare < bShare ≤ 1. */
export function checkAbcShares(aShare: number, bShare: number): void {
  if (!(aShare > 0 && aShare < bShare && bShare <= 1)) {
    throw new PortfolioError('abcSharesOrder', { a: aShare, b: bShare });
  }
}

/**
 * Sum of the positive amounts: the revenue that shares are taken of. Throws
 * `sumOverflow` when the sum goes beyond the largest double (about 1.8e308),
 * rather than giving `Infinity` and shares of 0 or NaN.
 */
export function positiveTotal(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) if (amount > 0) total += amount;
  if (total === Infinity) throw new PortfolioError('sumOverflow');
  return total;
}

/**
 * The ABC class of each amount. A client is A when the clients ranked before
 * them make less than `aShare` of the total (so the largest client is always A),
 * B when they make less than `bShare`, C otherwise. Equal amounts share the
 * better class. Throws `allAmountsZero` when no amount is positive.
 * Example: 50, 30, 15, 5 (total 100), shares 0.8/0.95 → before each: 0, 50, 80, 95 → A, A, B, C.
 *
 * As equal amounts share a class, the class only depends on the amount: the
 * walk down the sorted amounts finds the smallest amount of A and of B, then
 * each client is classed by comparison (no index sort).
 */
export function abcClasses(amounts: readonly number[], aShare = 0.8, bShare = 0.95): AbcClass[] {
  checkAbcShares(aShare, bShare);
  const total = positiveTotal(amounts);
  if (!(total > 0)) throw new PortfolioError('allAmountsZero');
  const tolerance = total * 1e-12;
  const descending = new Float64Array(amounts).sort().reverse();
  let lowestA = Infinity;
  let lowestB = Infinity;
  let before = 0;
  for (let rank = 0; rank < descending.length; rank += 1) {
    const amount = descending[rank];
    if (!(amount > 0)) break;
    const startsRun = rank === 0 || amount !== descending[rank - 1];
    if (startsRun) {
      if (before < aShare * total - tolerance) lowestA = amount;
      else if (before < bShare * total - tolerance) lowestB = amount;
      else break;
    }
    before += amount;
  }
  return amounts.map((amount) => {
    if (!(amount > 0)) return 'C';
    if (amount >= lowestA) return 'A';
    return amount >= lowestB ? 'B' : 'C';
  });
}
