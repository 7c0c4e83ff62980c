/**
 * The client-key rule of the SQL query, in one place so that it follows the
 * rule `RFM_TABLE` uses: today the client's text exactly as written (two ids
 * differing by a space or a capital are two clients), as `RFM_TABLE` keys its
 * aggregation on the cell's text. The client shown is the text of the
 * client's first sale row.
 */
import { dialectWords, type SqlDialect } from './dialect';

/** SQL text of the client cell: `column` (a quoted name) cast to the dialect's string type. */
export function clientText(dialect: SqlDialect, column: string): string {
  return `CAST(${column} AS ${dialectWords(dialect).text})`;
}

/** SQL expression of the key that groups sale rows into clients, from the client's text (`clientText`). */
export function clientKey(text: string): string {
  return text;
}

/** SQL condition: the client cell is blank (NULL, or text made only of spaces). */
export function clientIsBlank(text: string): string {
  return `(${text} IS NULL OR TRIM(${text}) = '')`;
}
