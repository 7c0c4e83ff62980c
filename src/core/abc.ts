/**
 * ABC analysis (ABC_CLASS): clients sorted by amount, descending, cut into
 * classes A, B and C by one of the conventions courses use:
 *
 * - `reach` (default): A = the smallest set of top clients whose cumulative
 *   share of revenue reaches `aShare`, B likewise up to `bShare`, C the rest.
 * - `within`: A = the clients whose cumulative share of revenue, themselves
 *   included, stays within `aShare` (the largest client is A in any case);
 *   B likewise within `bShare`.
 * - `clients`: shares of the number of clients: the client at rank k of N
 *   (equal amounts share the best rank) is A if (k − 1)/N < `aShare`, B if
 *   (k − 1)/N < `bShare`.
 *
 * Under every rule equal amounts get the same, better class, and amounts ≤ 0
 * (a client who returned as much as, or more than, they bought) count as no
 * revenue: they are class C and add nothing to the total.
 */
import { DEFAULT_A_SHARE, DEFAULT_B_SHARE } from './choices';
import { PortfolioError } from './errors';
import type { AbcClass } from './types';

/** The convention that cuts the sorted clients into A, B and C. */
export type AbcRule = 'reach' | 'within' | 'clients';

/** Every ABC rule, the default first. */
export const ABC_RULES: readonly AbcRule[] = ['reach', 'within', 'clients'];

/** The default rule: `reach`. */
export const DEFAULT_ABC_RULE: AbcRule = 'reach';

/**
 * Default shares of each rule: 80 % / 95 % of revenue for `reach` and
 * `within`, 20 % / 50 % of the clients for `clients` (20 % A, 30 % B, 50 % C).
 * A share left out takes the default of the rule used.
 */
export const ABC_DEFAULT_SHARES: Readonly<Record<AbcRule, { readonly a: number; readonly b: number }>> = {
  reach: { a: DEFAULT_A_SHARE, b: DEFAULT_B_SHARE },
  within: { a: DEFAULT_A_SHARE, b: DEFAULT_B_SHARE },
  clients: { a: 0.2, b: 0.5 },
};

/** The rule named by `value` (case and spaces ignored). Throws `unknownAbcRule`. */
export function parseAbcRule(value: string): AbcRule {
  const rule = value.trim().toLowerCase();
  const found = ABC_RULES.find((known) => known === rule);
  if (found === undefined) throw new PortfolioError('unknownAbcRule', { value: `"${value}"` });
  return found;
}

/** Whether the shares closing classes A and B are valid: 0 < aShare < bShare ≤ 1. */
export function areValidAbcShares(aShare: number, bShare: number): boolean {
  return aShare > 0 && aShare < bShare && bShare <= 1;
}

/** Throws `abcSharesOrder` unless 0 < aShare < bShare ≤ 1. */
export function checkAbcShares(aShare: number, bShare: number): void {
  if (!areValidAbcShares(aShare, bShare)) {
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
  // Indexed loops here and below: run once per call on a whole column, they must not allocate per element.
  for (let i = 0; i < amounts.length; i += 1) {
    const amount = amounts[i] as number;
    if (amount > 0) total += amount;
  }
  if (total === Infinity) throw new PortfolioError('sumOverflow');
  return total;
}

/** The smallest amount of class A and of class B (Infinity when a class is empty). */
interface ClassFloors {
  lowestA: number;
  lowestB: number;
}

/**
 * The ABC class of each amount under `rule` (default `reach`), with shares
 * `aShare` < `bShare` (default: those of the rule, see ABC_DEFAULT_SHARES).
 * Equal amounts share the better class. Throws `abcSharesOrder` or
 * `allAmountsZero` when no amount is positive.
 * Example (reach): 50, 30, 15, 5 (total 100), shares 0.8/0.95 → before each: 0, 50, 80, 95 → A, A, B, C.
 *
 * As equal amounts share a class, the class only depends on the amount: the
 * walk down the sorted amounts finds the smallest amount of A and of B, then
 * each client is classed by comparison (no index sort).
 */
export function abcClasses(
  amounts: readonly number[],
  aShare?: number,
  bShare?: number,
  rule: AbcRule = DEFAULT_ABC_RULE,
): AbcClass[] {
  const a = aShare ?? ABC_DEFAULT_SHARES[rule].a;
  const b = bShare ?? ABC_DEFAULT_SHARES[rule].b;
  checkAbcShares(a, b);
  const total = positiveTotal(amounts);
  if (!(total > 0)) throw new PortfolioError('allAmountsZero');
  const descending = new Float64Array(amounts).sort().reverse();
  const floors = rule === 'clients' ? clientFloors(descending, a, b) : revenueFloors(descending, total, a, b, rule);
  const classes = new Array<AbcClass>(amounts.length);
  for (let i = 0; i < amounts.length; i += 1) {
    const amount = amounts[i] as number;
    if (!(amount > 0)) classes[i] = 'C';
    else if (amount >= floors.lowestA) classes[i] = 'A';
    else classes[i] = amount >= floors.lowestB ? 'B' : 'C';
  }
  return classes;
}

/**
 * Floors by share of revenue. Each run of equal amounts is classed by its
 * first client: `reach` looks at the revenue of the clients ranked before it,
 * `within` at that revenue plus its own amount. A relative tolerance of 1e-12
 * keeps a share reached exactly (0.1 + 0.2…) on the intended side.
 */
function revenueFloors(
  descending: Float64Array,
  total: number,
  aShare: number,
  bShare: number,
  rule: AbcRule,
): ClassFloors {
  const tolerance = total * 1e-12;
  const floors: ClassFloors = { lowestA: Infinity, lowestB: Infinity };
  let before = 0;
  let previous: number | undefined;
  for (let i = 0; i < descending.length; i += 1) {
    const amount = descending[i] as number;
    if (!(amount > 0)) break;
    const startsRun = amount !== previous;
    if (startsRun) {
      const inA =
        rule === 'within'
          ? previous === undefined || before + amount <= aShare * total + tolerance
          : before < aShare * total - tolerance;
      const inB =
        rule === 'within' ? before + amount <= bShare * total + tolerance : before < bShare * total - tolerance;
      if (inA) floors.lowestA = amount;
      else if (inB) floors.lowestB = amount;
      else break;
    }
    before += amount;
    previous = amount;
  }
  return floors;
}

/**
 * Floors by share of the number of clients N (every client counts, amounts ≤ 0
 * included). A run of equal amounts starting at 0-based position p has rank
 * k = p + 1, so it is A when p / N < aShare, B when p / N < bShare.
 */
function clientFloors(descending: Float64Array, aShare: number, bShare: number): ClassFloors {
  const count = descending.length;
  const floors: ClassFloors = { lowestA: Infinity, lowestB: Infinity };
  for (let position = 0; position < count; position += 1) {
    const amount = descending[position] ?? 0;
    if (!(amount > 0)) break;
    if (position > 0 && amount === descending[position - 1]) continue;
    if (position < aShare * count - 1e-9) floors.lowestA = amount;
    else if (position < bShare * count - 1e-9) floors.lowestB = amount;
    else break;
  }
  return floors;
}
