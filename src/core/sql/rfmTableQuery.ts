/**
 * One SQL query for the whole RFM_TABLE job on a sales table (one row per
 * sale): aggregation per client, RFM scores (quantile, rfm, ntile or a grid),
 * code, segment, ABC class. Written for BigQuery Standard SQL or DuckDB; its
 * result has RFM_TABLE's columns and values:
 * client, last_purchase, days_since, purchases, amount, r, f, m, code, segment, abc,
 * one row per client in order of first appearance.
 *
 * Rules shared with RFM_TABLE: rows whose client, date and amount are all
 * blank are skipped, a row with only some of them blank fails the query; a
 * negative amount is a return, netted in the amount but neither a purchase
 * nor a move of the last purchase date; a client with only returns is left
 * out; days are whole calendar days to the reference date (default: the
 * latest sale date, returns included); a sale after the reference date fails
 * the query.
 */
import { dayFromIso, isoFromDay } from '../days';
import { sqlText } from '../i18n/sqlTexts';
import type { Binning, Lang, ReturnsPolicy, SchemeId, ScoreMethod } from '../types';
import { abcClassesSql, type AbcSettings } from './abcRules';
import { clientKey, clientText, saleRowBlanks } from './clientKey';
import { dialectWords, quoteName, quoteString, quoteTable, type SqlDialect } from './dialect';
import { doubleLiteral } from './literals';
import { scoresSql } from './scoresSql';
import { segmentCase, type AxisClasses } from './segmentCase';

/** Everything the query depends on. */
export interface RfmQuerySettings {
  dialect: SqlDialect;
  /** Table path, dot-separated (`project.dataset.sales`); each part is quoted. */
  table: string;
  /** Column names as they are in the table (quoted by the builder). */
  columns: {
    client: string;
    date: string;
    amount: string;
    /**
     * Optional column giving the order of the rows (a line number, a timestamp):
     * clients come in order of their first row, as in a sheet. Without it, a
     * warehouse table has no row order: clients come in order of their first
     * sale date, then of their key.
     */
    order?: string;
  };
  /** Reference date `yyyy-mm-dd`; default the latest sale date. */
  asOf?: string;
  binning: Binning;
  method: ScoreMethod;
  scheme: SchemeId;
  abc: AbcSettings;
  /** Negative amounts: `net` (default, RFM_TABLE's rule) or `ignore` (left out, as the sidebar can). */
  returns?: ReturnsPolicy;
  /** Language of the segment names and of the query's error messages. */
  lang: Lang;
}

/** Names of the result columns, in order. */
export const RESULT_COLUMNS = [
  'client',
  'last_purchase',
  'days_since',
  'purchases',
  'amount',
  'r',
  'f',
  'm',
  'code',
  'segment',
  'abc',
] as const;

function axisClasses(binning: Binning): AxisClasses {
  if (binning.kind === 'bins') return { r: binning.n, f: binning.n, m: binning.n };
  return { r: binning.grid.r.length + 1, f: binning.grid.f.length + 1, m: binning.grid.m.length + 1 };
}

/** Throws a RangeError unless `iso` is a real calendar date written yyyy-mm-dd. */
function checkedIso(iso: string): string {
  const day = dayFromIso(iso);
  if (Number.isNaN(day)) throw new RangeError(`not a yyyy-mm-dd date: ${iso}`);
  return isoFromDay(day);
}

/** The query text for `settings`. Throws on bad bins, grid or date (the same checks as the core). */
export function rfmTableQuery(settings: RfmQuerySettings): string {
  const { dialect, lang } = settings;
  const words = dialectWords(dialect);
  const text = clientText(dialect, quoteName(dialect, settings.columns.client));
  const date = quoteName(dialect, settings.columns.date);
  const amount = quoteName(dialect, settings.columns.amount);
  const order = settings.columns.order === undefined ? 'sale_date' : 'row_order';
  const orderColumn =
    settings.columns.order === undefined ? '' : `,\n    ${quoteName(dialect, settings.columns.order)} AS row_order`;
  const asOf = settings.asOf === undefined ? 'MAX(sale_date)' : words.dateLiteral(checkedIso(settings.asOf));
  const fail = (key: Parameters<typeof sqlText>[1], params: Record<string, string> = {}) =>
    words.fail(quoteString(dialect, sqlText(lang, key, params)));
  const afterAsOf =
    settings.asOf === undefined
      ? ''
      : `\n      WHEN latest > as_of THEN ${fail('queryDateAfterAsOf', { asOf: checkedIso(settings.asOf) })}`;
  const scores = scoresSql(dialect, settings.binning, settings.method);
  const largest = doubleLiteral(dialect, Number.MAX_VALUE);
  const blanks = saleRowBlanks('client_text', 'sale_date', 'amount');
  const segment = segmentCase(dialect, settings.scheme, lang, axisClasses(settings.binning), 'scored');
  return `-- RFM table: one row per client (${settings.method === 'ntile' ? 'ntile' : settings.binning.kind === 'grid' ? 'grid' : settings.method}, scheme ${settings.scheme}, ABC rule ${settings.abc.rule}).
WITH rows_read AS (
  SELECT
    ${text} AS client_text,
    CAST(${date} AS DATE) AS sale_date,
    CAST(${amount} AS ${words.float}) AS amount${orderColumn}
  FROM ${quoteTable(dialect, settings.table)}
),
sales AS (
  -- Rows with client, date and amount all blank are skipped.
  SELECT *, ${clientKey(dialect, 'client_text')} AS client_key
  FROM rows_read
  WHERE NOT ${blanks.all}
),
reference AS (
  -- The reference date, and the checks that fail the query as RFM_TABLE fails.
  SELECT
    as_of,
    CASE
      WHEN sale_count = 0 THEN ${fail('queryNoSale')}
      WHEN incomplete > 0 THEN ${fail('queryMissingValue')}${afterAsOf}
      ELSE 0
    END AS failed
  FROM (
    SELECT
      ${asOf} AS as_of,
      MAX(sale_date) AS latest,
      COUNT(*) AS sale_count,
      SUM(CASE WHEN ${blanks.any} THEN 1 ELSE 0 END) AS incomplete
    FROM sales
  ) AS log_summary
),
clients AS (
  -- One row per client: a negative amount (a return) is netted but is no purchase and does not move the last purchase.
  SELECT
    client_key,
    ${words.firstBy('client_text', order)} AS client,
    MIN(${order}) AS first_order,
    MAX(CASE WHEN amount >= 0 THEN sale_date END) AS last_purchase,
    SUM(CASE WHEN amount >= 0 THEN 1 ELSE 0 END) AS purchases,
    SUM(amount) AS amount
  FROM sales${settings.returns === 'ignore' ? '\n  WHERE amount >= 0' : ''}
  GROUP BY client_key
),
figures AS (
  -- Clients with at least one purchase, with the whole days since their last purchase.
  SELECT
    clients.*,
    ${words.daysBetween('clients.last_purchase', 'reference.as_of')} AS days_since
  FROM clients
  CROSS JOIN reference
  WHERE clients.purchases > 0 AND reference.failed = 0
),
${scores},
${abcClassesSql(dialect, settings.abc)},
revenue AS (
  SELECT SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END) AS total FROM figures
)
SELECT
  figures.client AS client,
  figures.last_purchase AS last_purchase,
  figures.days_since AS days_since,
  figures.purchases AS purchases,
  figures.amount AS amount,
  scored.r AS r,
  scored.f AS f,
  scored.m AS m,
  100 * scored.r + 10 * scored.f + scored.m AS code,
  ${segment} AS segment,
  CASE
    -- A client's net amount or the revenue beyond the largest double (Infinity, or NaN from +∞ − ∞) would class
    -- every client alike: refused, as the core refuses it (sumOverflow).
    WHEN NOT (ABS(figures.amount) <= ${largest}) OR NOT (revenue.total <= ${largest}) THEN ${fail('querySumOverflow')}
    WHEN revenue.total > 0 THEN COALESCE(abc_classes.abc, 'C')
    ELSE ${fail('queryNoRevenue')}
  END AS abc
FROM figures
JOIN scored ON scored.client_key = figures.client_key
LEFT JOIN abc_classes ON abc_classes.amount = figures.amount
CROSS JOIN revenue
ORDER BY figures.first_order, figures.client_key
`;
}
