/**
 * `PERCENTILE.INC` of Sheets and Excel (R's default `quantile` type 7):
 * linear interpolation between the two order statistics around (n − 1)·p.
 * `sorted` must be sorted ascending and non-empty; `p` in [0, 1].
 * Example: [1, 2, 3, 4] at 0.5 → h = 1.5 → 2 + 0.5 × (3 − 2) = 2.5.
 */
export function percentileInc(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
}

/** A sorted copy of `values`, ascending. */
export function sortedAscending(values: readonly number[]): number[] {
  return Array.from(Float64Array.from(values).sort());
}
