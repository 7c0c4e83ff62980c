/**
 * RFM scores (RFM_SCORE, docs/FUNCTIONS.md). Each axis gets a score from 1 to n,
 * n being best: most recent (fewest days), most purchases, largest amount.
 */
import { itemAt } from './arrays';
import { MAX_BINS, MAX_GRID_BOUNDS, MIN_BINS } from './choices';
import { PortfolioError } from './errors';
import { percentileInc, sortedAscending } from './quantile';
import type { Binning, Grid, RfmScores, ScoreMethod, Thresholds } from './types';

/** Whether a high value is good (frequency, monetary) or bad (recency in days). */
export type Direction = 'higherIsBetter' | 'lowerIsBetter';

/** Scores of one axis and the breakpoints used to give them. */
export interface AxisScores {
  scores: number[];
  /** Breakpoints: ascending quantiles (`quantile`), ascending lower bounds of classes 2..n (`rfm`, grid), first value of groups 2..n in ranking order (`ntile`). */
  thresholds: number[];
  /** Number of classes of the axis. */
  classes: number;
}

/** Whether `n` is a valid number of classes per axis: a whole number from 2 to 9 (an RFM code holds one digit per score). */
export function isValidBins(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_BINS && n <= MAX_BINS;
}

/** Throws `binsOutOfRange` unless `n` is a whole number from 2 to 9 (an RFM code holds one digit per score). */
export function checkBins(n: number): void {
  if (!isValidBins(n)) throw new PortfolioError('binsOutOfRange', { value: n });
}

/** Number of thresholds among the ascending `thresholds` that `value` passes (`>` or `>=`). */
function countPassed(value: number, thresholds: readonly number[], inclusive: boolean): number {
  let passed = 0;
  for (let k = 0; k < thresholds.length; k += 1) {
    const t = thresholds[k] as number;
    if (inclusive ? value >= t : value > t) passed += 1;
  }
  return passed;
}

/**
 * Quantile scores: breakpoints qₖ = PERCENTILE.INC(values, k/n), k = 1..n−1.
 * Higher-is-better score = 1 + #{k : v > qₖ}; lower-is-better score = n − #{k : v > qₖ}.
 * Equal values always share a score. Example (n = 2, values 1, 2, 3, 4): q₁ = 2.5, scores 1, 1, 2, 2.
 */
export function quantileScores(values: readonly number[], n: number, direction: Direction): AxisScores {
  checkBins(n);
  const sorted = sortedAscending(values);
  const thresholds = Array.from({ length: n - 1 }, (_, k) => percentileInc(sorted, (k + 1) / n));
  // An indexed loop rather than `map`: `map` hands each number to its callback boxed (a heap object per client).
  const scores = new Array<number>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const passed = countPassed(values[i] as number, thresholds, false);
    scores[i] = direction === 'higherIsBetter' ? 1 + passed : n - passed;
  }
  return { scores, thresholds, classes: n };
}

/**
 * Class scores from ascending lower bounds of classes 2..n (a teacher's grid,
 * or the `rfm` method's breakpoints): class = 1 + #{k : v ≥ tₖ}; higher-is-better
 * score = class, lower-is-better score = n + 1 − class.
 * Example: bounds [10, 20] ("less than 10 / 10 to 19 / 20 and more"), value 10 → class 2.
 */
export function boundScores(values: readonly number[], bounds: readonly number[], direction: Direction): AxisScores {
  const n = bounds.length + 1;
  const scores = values.map((v) => {
    const cls = 1 + countPassed(v, bounds, true);
    return direction === 'higherIsBetter' ? cls : n + 1 - cls;
  });
  return { scores, thresholds: [...bounds], classes: n };
}

/**
 * The R package `rfm` 0.3 binning: breakpoints are the k/n quantiles plus 1,
 * classes are `[lower, upper)`, so class = 1 + #{k : v ≥ qₖ + 1}; recency reversed.
 */
export function rfmPackageScores(values: readonly number[], n: number, direction: Direction): AxisScores {
  checkBins(n);
  const sorted = sortedAscending(values);
  const bounds = Array.from({ length: n - 1 }, (_, k) => percentileInc(sorted, (k + 1) / n) + 1);
  return boundScores(values, bounds, direction);
}

/**
 * SQL `NTILE(n)`: values ranked from worst to best (ties broken by row order;
 * for recency, most days first),
 * split into n groups of equal size, the first N mod n groups one larger.
 * Thresholds are the first value of groups 2..n in that ranking.
 */
export function ntileScores(values: readonly number[], n: number, direction: Direction): AxisScores {
  checkBins(n);
  const count = values.length;
  const order = values.map((_, i) => i);
  const sign = direction === 'higherIsBetter' ? 1 : -1;
  order.sort((a, b) => sign * (itemAt(values, a) - itemAt(values, b)) || a - b);
  const size = Math.floor(count / n);
  const larger = count % n;
  const scores = new Array<number>(count);
  const thresholds: number[] = [];
  let position = 0;
  for (let group = 1; group <= n; group += 1) {
    const groupSize = size + (group <= larger ? 1 : 0);
    if (group > 1 && groupSize > 0) thresholds.push(itemAt(values, itemAt(order, position)));
    for (let j = 0; j < groupSize; j += 1) {
      scores[itemAt(order, position)] = group;
      position += 1;
    }
  }
  return { scores, thresholds, classes: n };
}

/** Scores of one axis by `method` with n classes. */
export function axisScores(
  values: readonly number[],
  n: number,
  method: ScoreMethod,
  direction: Direction,
): AxisScores {
  switch (method) {
    case 'quantile':
      return quantileScores(values, n, direction);
    case 'rfm':
      return rfmPackageScores(values, n, direction);
    case 'ntile':
      return ntileScores(values, n, direction);
  }
}

/** What is wrong with the bounds of one grid axis: none, too few or too many, or not strictly ascending. */
export type GridAxisProblem = 'gridShape' | 'gridNotAscending' | null;

/** The problem of the bounds of one grid axis: 1 to 9 finite bounds, strictly ascending, else a problem code. */
export function gridAxisProblem(bounds: readonly number[]): GridAxisProblem {
  if (bounds.length < 1 || bounds.length > MAX_GRID_BOUNDS || bounds.some((b) => !Number.isFinite(b)))
    return 'gridShape';
  return bounds.every((bound, k) => k === 0 || bound > (bounds[k - 1] ?? -Infinity)) ? null : 'gridNotAscending';
}

/**
 * Checks a teacher's grid: each axis 1 to 8 strictly ascending finite bounds (2 to 9 classes, one digit per score in the code).
 * Throws `gridShape` or `gridNotAscending`.
 */
export function checkGrid(grid: Grid): void {
  for (const axis of ['r', 'f', 'm'] as const) {
    const bounds = grid[axis];
    const problem = gridAxisProblem(bounds);
    if (problem === 'gridShape') throw new PortfolioError('gridShape');
    if (problem === 'gridNotAscending')
      throw new PortfolioError('gridNotAscending', { axis: axis.toUpperCase(), values: bounds });
  }
}

/** Scores of all three axes for every client. Inputs are parallel arrays (days, purchases, amount). */
export interface RfmResult {
  scores: RfmScores[];
  thresholds: Thresholds;
  classes: { r: number; f: number; m: number };
}

/**
 * R, F and M scores of every client. Recency is in days (fewer is better).
 * With a grid, `method` is not used.
 */
export function rfmScores(
  recencyDays: readonly number[],
  frequency: readonly number[],
  monetary: readonly number[],
  binning: Binning,
  method: ScoreMethod,
): RfmResult {
  let r: AxisScores;
  let f: AxisScores;
  let m: AxisScores;
  if (binning.kind === 'grid') {
    checkGrid(binning.grid);
    r = boundScores(recencyDays, binning.grid.r, 'lowerIsBetter');
    f = boundScores(frequency, binning.grid.f, 'higherIsBetter');
    m = boundScores(monetary, binning.grid.m, 'higherIsBetter');
  } else {
    r = axisScores(recencyDays, binning.n, method, 'lowerIsBetter');
    f = axisScores(frequency, binning.n, method, 'higherIsBetter');
    m = axisScores(monetary, binning.n, method, 'higherIsBetter');
  }
  const scores = r.scores.map((rs, i) => ({ r: rs, f: itemAt(f.scores, i), m: itemAt(m.scores, i) }));
  return {
    scores,
    thresholds: { r: r.thresholds, f: f.thresholds, m: m.thresholds },
    classes: { r: r.classes, f: f.classes, m: m.classes },
  };
}

/** The RFM code 100·R + 10·F + M (e.g. 543). */
export function rfmCode(scores: RfmScores): number {
  return 100 * scores.r + 10 * scores.f + scores.m;
}

/**
 * The scores of an RFM code such as 543 (or the text "543"): three digits
 * from 1 to `classes` (at most 9). Throws `notAScore`.
 */
export function scoresFromCode(code: number | string, classes = 5): RfmScores {
  const text = typeof code === 'number' ? String(code) : code.trim();
  const digits = /^(\d)(\d)(\d)$/.exec(text);
  const scores = digits ? { r: Number(digits[1]), f: Number(digits[2]), m: Number(digits[3]) } : null;
  if (!scores || [scores.r, scores.f, scores.m].some((s) => s < 1 || s > classes)) {
    throw new PortfolioError('notAScore', { value: typeof code === 'string' ? `"${code}"` : code, max: classes });
  }
  return scores;
}
