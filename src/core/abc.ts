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

/** Indexes of `amounts` sorted by amount, largest first, ties in row order. */
export function rankByAmount(amounts: readonly number[]): number[] {
  const order = amounts.map((_, i) => i);
  order.sort((a, b) => amounts[b] - amounts[a] || a - b);
  return order;
}

/** Sum of the positive amounts: the revenue that shares are taken of. */
export function positiveTotal(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) if (amount > 0) total += amount;
  return total;
}

/**
 * The ABC class of each amount. A client is A when the clients ranked before
 * them make less than `aShare` of the total (so the largest client is always A),
 * B when they make less than `bShare`, C otherwise. Equal amounts share the
 * better class. Throws `allAmountsZero` when no amount is positive.
 * Example: 50, 30, 15, 5 (total 100), shares 0.8/0.95 → before each: 0, 50, 80, 95 → A, A, B, C.
 */
export function abcClasses(amounts: readonly number[], aShare = 0.8, bShare = 0.95): AbcClass[] {
  checkAbcShares(aShare, bShare);
  const total = positiveTotal(amounts);
  if (!(total > 0)) throw new PortfolioError('allAmountsZero');
  const tolerance = total * 1e-12;
  const classes = new Array<AbcClass>(amounts.length);
  let before = 0;
  let previous: { amount: number; cls: AbcClass } | null = null;
  for (const index of rankByAmount(amounts)) {
    const amount = amounts[index];
    let cls: AbcClass;
    if (amount <= 0) cls = 'C';
    else if (previous && previous.amount === amount) cls = previous.cls;
    else if (before < aShare * total - tolerance) cls = 'A';
    else if (before < bShare * total - tolerance) cls = 'B';
    else cls = 'C';
    classes[index] = cls;
    previous = { amount, cls };
    if (amount > 0) before += amount;
  }
  return classes;
}
