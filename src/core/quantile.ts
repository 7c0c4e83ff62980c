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

/**
 * A sorted copy of `values`, ascending (a typed array: numeric sort, no
 * boxing). Whole numbers of a narrow range (days since the last purchase,
 * numbers of purchases) are sorted by counting them, in linear time.
 */
export function sortedAscending(values: readonly number[]): Float64Array {
  const sorted = new Float64Array(values);
  return sortedByCounting(sorted) ? sorted : sorted.sort();
}

/**
 * Sorts `values` in place by counting each value, when they are all whole
 * numbers (−0 counts as 0) spanning at most about as many values as there are
 * items; returns `false`, untouched, otherwise.
 */
function sortedByCounting(values: Float64Array): boolean {
  if (values.length === 0) return true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if ((value | 0) !== value) return false;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!(max - min <= values.length + 1024)) return false;
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i += 1) {
    const offset = (values[i] as number) - min;
    counts[offset] = (counts[offset] as number) + 1;
  }
  let at = 0;
  for (let offset = 0; offset < counts.length; offset += 1) {
    const count = counts[offset] as number;
    values.fill(min + offset, at, at + count);
    at += count;
  }
  return true;
}
