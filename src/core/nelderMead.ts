/**
 * A small, deterministic Nelder–Mead minimiser (Lagarias et al. 1998
 * coefficients: reflection 1, expansion 2, contraction ½, shrink ½), restarted
 * from its best point until a restart no longer improves the minimum, which
 * guards against the simplex collapsing early.
 */

/** Options of `minimise`. */
export interface MinimiseOptions {
  /** Initial step along each axis (default 0.5). */
  step?: number;
  /** Stop when the simplex's function values differ by less than this (default 1e-12, absolute and relative). */
  tolerance?: number;
  /** Maximum evaluations of the function over all restarts (default 20 000). */
  maxEvaluations?: number;
}

/** Result of `minimise`: the best point, its value, and the evaluations spent. */
export interface Minimum {
  point: number[];
  value: number;
  evaluations: number;
  converged: boolean;
}

/**
 * Minimises `f` from `start`. Non-finite values of `f` are treated as +∞ (the simplex moves away from them).
 * Deterministic: the same `f` and `start` give the same result. Example: minimising (x − 1)² + (y + 2)² from
 * (0, 0) returns (1, −2) to about 1e-6.
 */
export function minimise(
  f: (point: readonly number[]) => number,
  start: readonly number[],
  options: MinimiseOptions = {},
): Minimum {
  const step = options.step ?? 0.5;
  const tolerance = options.tolerance ?? 1e-12;
  const maxEvaluations = options.maxEvaluations ?? 20_000;
  let evaluations = 0;
  const evaluate = (point: readonly number[]): number => {
    evaluations += 1;
    const value = f(point);
    return Number.isFinite(value) ? value : Number.POSITIVE_INFINITY;
  };
  let best = { point: [...start], value: evaluate(start) };
  let converged = false;
  for (let restart = 0; restart < 20 && evaluations < maxEvaluations; restart += 1) {
    const run = simplexSearch(evaluate, best.point, best.value, step, tolerance, () => evaluations < maxEvaluations);
    const improved = best.value - run.value > tolerance * (1 + Math.abs(best.value));
    best = run.value <= best.value ? run : best;
    if (!improved && restart > 0) {
      converged = run.converged;
      break;
    }
  }
  return { point: best.point, value: best.value, evaluations, converged };
}

interface Vertex {
  point: number[];
  value: number;
}

/** One Nelder–Mead run from a fresh simplex around `start`. */
function simplexSearch(
  evaluate: (point: readonly number[]) => number,
  start: readonly number[],
  startValue: number,
  step: number,
  tolerance: number,
  budgetLeft: () => boolean,
): Vertex & { converged: boolean } {
  const n = start.length;
  const simplex: Vertex[] = [{ point: [...start], value: startValue }];
  for (let axis = 0; axis < n; axis += 1) {
    const point = [...start];
    point[axis] = (point[axis] ?? 0) + step;
    simplex.push({ point, value: evaluate(point) });
  }
  const combine = (from: readonly number[], to: readonly number[], t: number) =>
    from.map((x, i) => x + t * ((to[i] ?? 0) - x));
  while (budgetLeft()) {
    simplex.sort((p, q) => p.value - q.value);
    const lowest = simplex[0] as Vertex;
    const highest = simplex[n] as Vertex;
    const secondHighest = simplex[n - 1] as Vertex;
    if (Math.abs(highest.value - lowest.value) <= tolerance * (1 + Math.abs(lowest.value))) {
      return { ...lowest, converged: true };
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i += 1) {
      const vertex = simplex[i] as Vertex;
      for (let j = 0; j < n; j += 1) centroid[j] = (centroid[j] ?? 0) + (vertex.point[j] ?? 0) / n;
    }
    const reflected = combine(centroid, highest.point, -1);
    const reflectedValue = evaluate(reflected);
    if (reflectedValue < lowest.value) {
      const expanded = combine(centroid, highest.point, -2);
      const expandedValue = evaluate(expanded);
      simplex[n] =
        expandedValue < reflectedValue
          ? { point: expanded, value: expandedValue }
          : { point: reflected, value: reflectedValue };
      continue;
    }
    if (reflectedValue < secondHighest.value) {
      simplex[n] = { point: reflected, value: reflectedValue };
      continue;
    }
    const outside = reflectedValue < highest.value;
    const contracted = outside ? combine(centroid, reflected, 0.5) : combine(centroid, highest.point, 0.5);
    const contractedValue = evaluate(contracted);
    if (contractedValue < Math.min(reflectedValue, highest.value)) {
      simplex[n] = { point: contracted, value: contractedValue };
      continue;
    }
    for (let i = 1; i <= n; i += 1) {
      const point = combine(lowest.point, (simplex[i] as Vertex).point, 0.5);
      simplex[i] = { point, value: evaluate(point) };
    }
  }
  simplex.sort((p, q) => p.value - q.value);
  return { ...(simplex[0] as Vertex), converged: false };
}
