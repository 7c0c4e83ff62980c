/**
 * R, F and M scores in SQL, for the three methods and for a grid, from a
 * table `figures(days_since, purchases, amount, first_order, client_key)`.
 * Each function returns common table expressions ending with
 * `scored(client_key, r, f, m)`.
 */
import { checkBins, checkGrid } from '../rfm';
import type { Binning, ScoreMethod } from '../types';
import { dialectWords, type SqlDialect } from './dialect';
import { doubleLiteral } from './literals';

const AXES = [
  { axis: 'r', column: 'days_since' },
  { axis: 'f', column: 'purchases' },
  { axis: 'm', column: 'amount' },
] as const;

/** Scores CTEs for `binning` and `method` (the method is not used with a grid). */
export function scoresSql(dialect: SqlDialect, binning: Binning, method: ScoreMethod): string {
  if (binning.kind === 'grid') return gridScores(dialect, binning.grid);
  checkBins(binning.n);
  if (method === 'ntile') return ntileScores(binning.n);
  return quantileScores(dialect, binning.n, method);
}

/** #{k : value `operator` boundₖ} as a sum of CASE terms, e.g. `(CASE WHEN x > q1 THEN 1 ELSE 0 END) + …`. */
function passed(value: string, bounds: readonly string[], operator: '>' | '>='): string {
  return bounds.map((bound) => `(CASE WHEN ${value} ${operator} ${bound} THEN 1 ELSE 0 END)`).join(' + ');
}

/**
 * Grid: class = 1 + #{k : value ≥ tₖ}; F and M score = class, R score = n + 1 − class.
 */
function gridScores(dialect: SqlDialect, grid: { r: number[]; f: number[]; m: number[] }): string {
  checkGrid(grid);
  const select = AXES.map(({ axis, column }) => {
    const bounds = grid[axis].map((bound) => doubleLiteral(dialect, bound));
    const cls = `1 + ${passed(column, bounds, '>=')}`;
    return axis === 'r' ? `    ${bounds.length + 2} - (${cls}) AS r` : `    ${cls} AS ${axis}`;
  });
  return `scored AS (
  SELECT
    client_key,
${select.join(',\n')}
  FROM figures
)`;
}

/**
 * NTILE(n): clients ranked worst to best (most days first for R), ties broken
 * by order of first appearance, as the core's `ntileScores`.
 */
function ntileScores(n: number): string {
  return `scored AS (
  SELECT
    client_key,
    NTILE(${n}) OVER (ORDER BY days_since DESC, first_order, client_key) AS r,
    NTILE(${n}) OVER (ORDER BY purchases, first_order, client_key) AS f,
    NTILE(${n}) OVER (ORDER BY amount, first_order, client_key) AS m
  FROM figures
)`;
}

/**
 * Quantile breakpoints qₖ = PERCENTILE.INC(values, k/n), k = 1..n−1, from the
 * ranks of the values, computed exactly as the core computes them (position
 * h = (N − 1)·k/n in doubles, snapped to the nearest whole number within 10⁻⁹,
 * then sorted[⌊h⌋] + (h − ⌊h⌋)·(sorted[⌊h⌋ + 1] − sorted[⌊h⌋])).
 * PERCENTILE_CONT / quantile_cont compute the same interpolation but without
 * the snap: with 181 clients, k/n = 0.7 gives h = 125.99999999999999 and a
 * breakpoint a hair below the 127th value, which would change the score of the
 * clients sitting on it.
 * Scores, method `quantile`: F, M = 1 + #{k : v > qₖ}; R = n − #{k : days > qₖ}.
 * Method `rfm` (R package rfm 0.3): bounds qₖ + 1, class = 1 + #{k : v ≥ qₖ + 1}; R = n + 1 − class.
 */
function quantileScores(dialect: SqlDialect, n: number, method: 'quantile' | 'rfm'): string {
  const words = dialectWords(dialect);
  const ks = Array.from({ length: n - 1 }, (_, i) => i + 1);
  const cutRows = ks.map((k) => `SELECT ${k} AS k`).join(' UNION ALL ');
  const pick = AXES.flatMap(({ axis, column }) => [
    `    MAX(CASE WHEN ranked.${axis}_pos = cuts.lower_pos THEN ranked.${column} END) AS ${axis}_lower`,
    `    MAX(CASE WHEN ranked.${axis}_pos = cuts.upper_pos THEN ranked.${column} END) AS ${axis}_upper`,
  ]);
  const breaks = AXES.flatMap(({ axis }) =>
    ks.map(
      (k) =>
        `    MAX(CASE WHEN k = ${k} THEN ${axis}_lower + frac * (${axis}_upper - ${axis}_lower) END) AS ${axis}_q${k}`,
    ),
  );
  const score = AXES.map(({ axis, column }) => {
    const bounds = ks.map((k) => (method === 'rfm' ? `breaks.${axis}_q${k} + 1` : `breaks.${axis}_q${k}`));
    const count = passed(`figures.${column}`, bounds, method === 'rfm' ? '>=' : '>');
    return axis === 'r' ? `    ${n} - (${count}) AS r` : `    1 + ${count} AS ${axis}`;
  });
  return `ranked AS (
  SELECT
    CAST(days_since AS ${words.float}) AS days_since,
    CAST(purchases AS ${words.float}) AS purchases,
    amount,
    ROW_NUMBER() OVER (ORDER BY days_since) - 1 AS r_pos,
    ROW_NUMBER() OVER (ORDER BY purchases) - 1 AS f_pos,
    ROW_NUMBER() OVER (ORDER BY amount) - 1 AS m_pos
  FROM figures
),
positions AS (
  -- PERCENTILE.INC position h = (N − 1)·k/n of each breakpoint, snapped to a whole number within 1e-9.
  SELECT k, last_pos, CASE WHEN ABS(h - ROUND(h)) < ${doubleLiteral(dialect, 1e-9)} THEN ROUND(h) ELSE h END AS h
  FROM (
    SELECT k, last_pos, CAST(last_pos AS ${words.float}) * (CAST(k AS ${words.float}) / ${n}) AS h
    FROM (${cutRows}) AS steps
    CROSS JOIN (SELECT COUNT(*) - 1 AS last_pos FROM figures) AS sizes
  ) AS raw_positions
),
cuts AS (
  SELECT
    k,
    CAST(FLOOR(h) AS ${words.integer}) AS lower_pos,
    LEAST(CAST(FLOOR(h) AS ${words.integer}) + 1, last_pos) AS upper_pos,
    h - FLOOR(h) AS frac
  FROM positions
),
picked AS (
  SELECT
    cuts.k,
    cuts.frac,
${pick.join(',\n')}
  FROM cuts
  CROSS JOIN ranked
  GROUP BY cuts.k, cuts.frac
),
breaks AS (
  SELECT
${breaks.join(',\n')}
  FROM picked
),
scored AS (
  SELECT
    figures.client_key,
${score.join(',\n')}
  FROM figures
  CROSS JOIN breaks
)`;
}
