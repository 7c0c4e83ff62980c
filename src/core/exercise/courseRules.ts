/**
 * The course conventions the exercises need: ABC classes under the three
 * rules and points scales. Minimal local versions, used until the shared
 * teaching core (points scales and ABC rules) is merged into this branch.
 */
import { abcClasses } from '../abc';
import type { AbcClass } from '../types';
import type { AbcRule } from './types';

/** A points scale: ascending lower bounds (inclusive), each with the points (or label) of its band. */
export type PointsScale<T> = ReadonlyArray<readonly [number, T]>;

/** The entry of the last bound ≤ `value`. Throws when `value` is below the first bound. */
export function pointsFor<T>(value: number, scale: PointsScale<T>): T {
  let found: T | undefined;
  for (const [bound, points] of scale) if (value >= bound) found = points;
  if (found === undefined) throw new Error(`${value} is below the first bound of the scale`);
  return found;
}

/**
 * ABC class of each amount under `rule` (`reach`: as `abcClasses`; `within`:
 * A while the cumulative share including the client is ≤ aShare, the first
 * client always A; `clients`: the client at rank k of N is A if (k − 1)/N < aShare,
 * B if (k − 1)/N < bShare). Equal amounts share the better class.
 */
export function abcByRule(amounts: readonly number[], aShare: number, bShare: number, rule: AbcRule): AbcClass[] {
  if (rule === 'reach') return abcClasses(amounts, aShare, bShare);
  const descending = [...amounts].sort((x, y) => y - x);
  const total = descending.reduce((sum, amount) => sum + Math.max(amount, 0), 0);
  const classOfAmount = new Map<number, AbcClass>();
  let cumulative = 0;
  descending.forEach((amount, rank) => {
    cumulative += Math.max(amount, 0);
    if (classOfAmount.has(amount)) return;
    let cls: AbcClass;
    if (rule === 'clients') {
      const position = rank / descending.length;
      cls = position < aShare - 1e-12 ? 'A' : position < bShare - 1e-12 ? 'B' : 'C';
    } else {
      const share = cumulative / total;
      cls = rank === 0 || share <= aShare + 1e-12 ? 'A' : share <= bShare + 1e-12 ? 'B' : 'C';
    }
    classOfAmount.set(amount, cls);
  });
  return amounts.map((amount) => classOfAmount.get(amount) ?? 'C');
}
