/**
 * The client-key rule of the SQL query, the same as `RFM_TABLE`'s (see
 * `src/core/clientKey.ts`): two client cells name the same client when their
 * texts are equal once every run of white space (spaces, tabs, non-breaking
 * spaces) is collapsed to one space, the ends trimmed and the letters
 * lower-cased ("Ann", "ann " and " ANN" are one client). The client shown is
 * the text of the client's first sale row.
 */
import { dialectWords, type SqlDialect } from './dialect';

/**
 * The white space the key collapses, as an RE2 class (BigQuery and DuckDB both
 * use RE2): ASCII white space and the no-break, narrow no-break, thin and
 * figure spaces, as `clientKey` in the core.
 */
const WHITE_SPACE_RUN = '[\\s\\x{00A0}\\x{202F}\\x{2009}\\x{2007}]+';

/** SQL text of the client cell: `column` (a quoted name) cast to the dialect's string type. */
export function clientText(dialect: SqlDialect, column: string): string {
  return `CAST(${column} AS ${dialectWords(dialect).text})`;
}

/** SQL expression of the key that groups sale rows into clients, from the client's text (`clientText`). */
export function clientKey(dialect: SqlDialect, text: string): string {
  const collapsed =
    dialect === 'bigquery'
      ? `REGEXP_REPLACE(${text}, r'${WHITE_SPACE_RUN}', ' ')`
      : `regexp_replace(${text}, '${WHITE_SPACE_RUN}', ' ', 'g')`;
  return `LOWER(TRIM(${collapsed}))`;
}

/** SQL condition: the client cell is blank (NULL, or text made only of spaces). */
export function clientIsBlank(text: string): string {
  return `(${text} IS NULL OR TRIM(${text}) = '')`;
}

/**
 * SQL conditions on a sale row, from its client text (`clientText`), date and
 * amount: `all` three blank (the row is skipped, as RFM_TABLE skips it) and
 * `any` of them blank (with `all` false, the row is refused).
 */
export function saleRowBlanks(text: string, date: string, amount: string): { all: string; any: string } {
  const blanks = [clientIsBlank(text), `${date} IS NULL`, `${amount} IS NULL`];
  return { all: `(${blanks.join(' AND ')})`, any: `(${blanks.join(' OR ')})` };
}
