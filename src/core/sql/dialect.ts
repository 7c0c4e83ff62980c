/**
 * What differs between the two SQL dialects the builder writes: quoting of
 * names and strings, and a few function spellings. Everything else in the
 * query is written once, in SQL both dialects accept.
 */

/** The SQL dialects the query is written in. */
export type SqlDialect = 'bigquery' | 'duckdb';

export const SQL_DIALECTS: readonly SqlDialect[] = ['bigquery', 'duckdb'];

/** Escapes for BigQuery quoted names and strings: backslash escapes, control characters as \xhh. */
function bigQueryEscape(text: string, quote: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === quote) out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return out;
}

/**
 * One quoted name (a column, or one part of a table path). BigQuery:
 * backticks, a backtick or backslash escaped with a backslash; DuckDB: double
 * quotes, a double quote doubled. Nothing in a name can end the quoting.
 * Examples: a`b → `a\`b` (BigQuery); order "date" → "order ""date""" (DuckDB).
 */
export function quoteName(dialect: SqlDialect, name: string): string {
  if (dialect === 'bigquery') return `\`${bigQueryEscape(name, '`')}\``;
  return `"${name.replace(/\0/g, '').replace(/"/g, '""')}"`;
}

/**
 * A table path such as `project.dataset.sales` (BigQuery) or `main.sales`
 * (DuckDB): each dot-separated part quoted on its own.
 */
export function quoteTable(dialect: SqlDialect, path: string): string {
  return path
    .split('.')
    .map((part) => quoteName(dialect, part))
    .join('.');
}

/** A string literal. BigQuery: backslash escapes; DuckDB: single quote doubled (backslashes are plain). */
export function quoteString(dialect: SqlDialect, text: string): string {
  if (dialect === 'bigquery') return `'${bigQueryEscape(text, "'")}'`;
  return `'${text.replace(/\0/g, '').replace(/'/g, "''")}'`;
}

/** The SQL type names and functions that are spelled differently. */
export interface DialectWords {
  text: string;
  float: string;
  integer: string;
  /** Whole days from `from` to `to` (two DATE expressions). */
  daysBetween(from: string, to: string): string;
  /** A statement that fails the query with `message` (a quoted string). */
  fail(message: string): string;
  /** `value` of the row with the smallest `order` in the group. */
  firstBy(value: string, order: string): string;
  /** A DATE literal from an ISO yyyy-mm-dd string. */
  dateLiteral(iso: string): string;
}

const bigQuery: DialectWords = {
  text: 'STRING',
  float: 'FLOAT64',
  integer: 'INT64',
  daysBetween: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
  fail: (message) => `ERROR(${message})`,
  firstBy: (value, order) => `MIN_BY(${value}, ${order})`,
  dateLiteral: (iso) => `DATE '${iso}'`,
};

const duckDb: DialectWords = {
  text: 'VARCHAR',
  float: 'DOUBLE',
  integer: 'BIGINT',
  daysBetween: (from, to) => `DATE_DIFF('day', ${from}, ${to})`,
  fail: (message) => `ERROR(${message})`,
  firstBy: (value, order) => `ARG_MIN(${value}, ${order})`,
  dateLiteral: (iso) => `DATE '${iso}'`,
};

/** The words of `dialect`. */
export function dialectWords(dialect: SqlDialect): DialectWords {
  return dialect === 'bigquery' ? bigQuery : duckDb;
}
