/**
 * ABC classes in SQL, one function per rule. Each returns the common table
 * expressions that give every positive amount its class, from a table
 * `figures` with a column `amount` (one row per client). Amounts ≤ 0 are
 * class C, as in the core; equal amounts share the better class.
 */
import { dialectWords, type SqlDialect } from './dialect';
import { doubleLiteral } from './literals';

/** The ABC conventions of the query. */
export type AbcRule = 'reach' | 'within' | 'clients';

export const ABC_RULES: readonly AbcRule[] = ['reach', 'within', 'clients'];

/** ABC settings: the rule and its two shares (of revenue, or of the number of clients for `clients`). */
export interface AbcSettings {
  rule: AbcRule;
  aShare: number;
  bShare: number;
}

/** Default shares of each rule: 80 % / 95 % of revenue, or 20 % / 50 % of the clients. */
export function defaultAbcShares(rule: AbcRule): { aShare: number; bShare: number } {
  return rule === 'clients' ? { aShare: 0.2, bShare: 0.5 } : { aShare: 0.8, bShare: 0.95 };
}

/**
 * Common table expressions ending with `abc_classes(amount, abc)`: one row per
 * distinct positive amount. Written after a CTE `figures`.
 */
export function abcClassesSql(dialect: SqlDialect, abc: AbcSettings): string {
  switch (abc.rule) {
    case 'reach':
      return revenueRule(dialect, abc, 'abc_runs.before_run');
    case 'within':
      return revenueRule(dialect, abc, 'abc_runs.before_run + abc_runs.amount');
    case 'clients':
      return clientsRule(dialect, abc);
  }
}

/**
 * `reach` and `within`: distinct positive amounts descending, with the revenue
 * of the clients ranked before each run of equal amounts (`before_run`). The
 * run is A when `share` (the revenue before it for `reach`, the revenue up to
 * its first client for `within`) is below (`reach`) or at most (`within`)
 * a_share of the total; the largest amount is A in any case. The core's
 * tolerance of total·10⁻¹² absorbs rounding in the cumulative sums.
 */
function revenueRule(dialect: SqlDialect, abc: AbcSettings, share: string): string {
  const a = doubleLiteral(dialect, abc.aShare);
  const b = doubleLiteral(dialect, abc.bShare);
  const tolerance = doubleLiteral(dialect, 1e-12);
  const test = (limit: string) =>
    abc.rule === 'reach'
      ? `${share} < ${limit} * abc_runs.total - abc_runs.total * ${tolerance}`
      : `${share} <= ${limit} * abc_runs.total + abc_runs.total * ${tolerance}`;
  return `abc_amounts AS (
  -- One row per distinct positive amount, with the revenue of its clients.
  SELECT amount, SUM(amount) AS run_revenue
  FROM figures
  WHERE amount > 0
  GROUP BY amount
),
abc_runs AS (
  SELECT
    amount,
    COALESCE(SUM(run_revenue) OVER (ORDER BY amount DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before_run,
    SUM(run_revenue) OVER () AS total,
    ROW_NUMBER() OVER (ORDER BY amount DESC) AS run_rank
  FROM abc_amounts
),
abc_classes AS (
  SELECT
    amount,
    CASE
      WHEN abc_runs.run_rank = 1 OR ${test(a)} THEN 'A'
      WHEN ${test(b)} THEN 'B'
      ELSE 'C'
    END AS abc
  FROM abc_runs
)`;
}

/**
 * `clients`: shares of the number of clients. The client at rank k of N
 * (amount descending, ties sharing the best rank) is A if (k − 1)/N < a_share,
 * B if (k − 1)/N < b_share.
 */
function clientsRule(dialect: SqlDialect, abc: AbcSettings): string {
  const a = doubleLiteral(dialect, abc.aShare);
  const b = doubleLiteral(dialect, abc.bShare);
  const float = dialectWords(dialect).float;
  return `abc_ranks AS (
  SELECT
    amount,
    RANK() OVER (ORDER BY amount DESC) AS amount_rank,
    COUNT(*) OVER () AS client_count
  FROM figures
),
abc_classes AS (
  SELECT DISTINCT
    amount,
    CASE
      WHEN CAST(amount_rank - 1 AS ${float}) / client_count < ${a} THEN 'A'
      WHEN CAST(amount_rank - 1 AS ${float}) / client_count < ${b} THEN 'B'
      ELSE 'C'
    END AS abc
  FROM abc_ranks
  WHERE amount > 0
)`;
}
