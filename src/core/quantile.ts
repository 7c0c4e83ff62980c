import { itemAt } from './arrays';

/**
 * `PERCENTILE.INC` of Sheets and Excel (R's default `quantile` type 7):
 * linear interpolation between the two order statistics around (n − 1)·p.
 * `sorted` must be sorted ascending and non-empty; `p` in [0, 1].
 * Example: [1, 2, 3, 4] at 0.5 → h = 1.5 → 2 + 0.5 × (3 − 2) = 2.5.
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const exact = (sorted.length - 1) * p;
  const nearest = Math.round(exact);
  // (N − 1)·k/n is often a whole number that floating point misses (90 × 0.7 = 62.999…): snap it.
  const h = Math.abs(exact - nearest) < 1e-9 ? nearest : exact;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const lowerValue = itemAt(sorted, lower);
  return lowerValue + (h - lower) * (itemAt(sorted, upper) - lowerValue);
}

/** A sorted copy of `values`, ascending (a typed array: numeric sort, no boxing). */
export function sortedAscending(values: readonly number[]): Float64Array {
  return new Float64Array(values).sort();
}
