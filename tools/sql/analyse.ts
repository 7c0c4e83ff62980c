/**
 * `npm run analyse -- FILE.csv|FILE.parquet [--out clients.csv] [--client COL] [--date COL] [--amount COL] [--memory-limit 4GB] [options]`:
 * RFM_TABLE's per-client table for a sales log too big for a sheet, computed
 * by embedded DuckDB with the core's DuckDB query. The log is loaded into a
 * temporary DuckDB database file, so DuckDB can spill to disk (out of core);
 * the result is written as CSV. Progress and times go to stderr; a bad file or
 * a missing column prints one sentence (French or English by --lang, LC_ALL,
 * LANG) and exits with 1, never a stack trace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Lang } from '../../src/core/types';
import { roleName } from '../../src/core/i18n/roleNames';
import { proposedMapping } from '../../src/core/sourceLayout';
import { clientIsBlank, clientKey, clientText, saleRowBlanks } from '../../src/core/sql/clientKey';
import { quoteName, quoteString } from '../../src/core/sql/dialect';
import { rfmTableQuery, type RfmQuerySettings } from '../../src/core/sql/rfmTableQuery';
import { DuckDbMissing, openDuckDb, queryRows } from './duckdb';
import { say, SCORING_OPTIONS, scoringSettings, splitArgs, terminalLang, UsageError } from './options';

const OPTIONS = ['--out', '--client', '--date', '--amount', '--memory-limit', ...SCORING_OPTIONS];

/** What one analysis did. */
export interface AnalyseOutcome {
  rows: number;
  clients: number;
  out: string;
  seconds: number;
}

type FileKind = 'csv' | 'parquet';

function fileKind(file: string, lang: Lang): FileKind {
  const name = file.toLowerCase();
  if (/\.(csv|tsv|txt)(\.gz)?$/.test(name)) return 'csv';
  if (name.endsWith('.parquet')) return 'parquet';
  throw new UsageError(say(lang, 'fileKind', { file }));
}

function reader(kind: FileKind, file: string, clientColumn?: string): string {
  const literal = quoteString('duckdb', file);
  if (kind === 'parquet') return `read_parquet(${literal})`;
  // The client column is read as text, as a sheet shows it: "007" stays "007".
  const types = clientColumn === undefined ? '' : `, types = {${quoteString('duckdb', clientColumn)}: 'VARCHAR'}`;
  return `read_csv(${literal}${types})`;
}

/** The first line of a DuckDB error, without its "Xxx Error: " prefix. */
function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0] ?? text;
  return first.replace(/^[A-Za-z ]*Error: /, '').replace(/\.$/, '');
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function sizeText(bytes: number): string {
  return bytes >= 1e9
    ? `${(bytes / 1e9).toFixed(1)} GB`
    : bytes >= 1e6
      ? `${(bytes / 1e6).toFixed(1)} MB`
      : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** Runs `sql` while printing DuckDB's progress (percentage) on stderr when `progress` is on. */
async function withProgress(connection: DuckDBConnection, sql: string, progress: boolean): Promise<void> {
  const timer = progress
    ? setInterval(() => {
        const percentage = connection.progress.percentage;
        if (percentage > 0) process.stderr.write(`\r  ${percentage.toFixed(0)} %  `);
      }, 500)
    : undefined;
  try {
    await connection.run(sql);
  } finally {
    if (timer) {
      clearInterval(timer);
      process.stderr.write('\r');
    }
  }
}

/** The column for `role`: the option's value, checked against the file's columns, else the one its header names. */
function column(
  role: 'client' | 'date' | 'amount',
  given: string | undefined,
  names: readonly string[],
  lang: Lang,
): string {
  const option = `--${role}`;
  const list = names.map((name) => `"${name}"`).join(', ');
  if (given !== undefined) {
    if (!names.includes(given))
      throw new UsageError(say(lang, 'columnMissing', { column: `"${given}"`, columns: list, option }));
    return given;
  }
  const index = proposedMapping(names)[role];
  const guessed = index === null ? undefined : names[index];
  if (guessed === undefined)
    throw new UsageError(say(lang, 'columnGuess', { role: roleName(role, lang), columns: list, option }));
  return guessed;
}

/**
 * Checks the rows before scoring, naming the first row at fault by its data
 * row (1 for the first row under the header): a date or an amount that does
 * not convert, a row with only some of its client, date and amount blank.
 * (The query itself would stop on them too, without saying where.)
 */
async function checkValues(
  connection: DuckDBConnection,
  columns: { client: string; date: string; amount: string },
  lang: Lang,
): Promise<void> {
  const client = quoteName('duckdb', columns.client);
  const date = quoteName('duckdb', columns.date);
  const amount = quoteName('duckdb', columns.amount);
  const blanks = saleRowBlanks(clientText('duckdb', client), date, amount);
  const firstRow = (where: string) => `(SELECT rowid FROM sales WHERE ${where} ORDER BY rowid LIMIT 1)`;
  const [found] = await queryRows(
    connection,
    `SELECT
       ${firstRow(`${date} IS NOT NULL AND TRY_CAST(${date} AS DATE) IS NULL`)} AS bad_date,
       ${firstRow(`${amount} IS NOT NULL AND TRY_CAST(${amount} AS DOUBLE) IS NULL`)} AS bad_amount,
       ${firstRow(`${blanks.any} AND NOT ${blanks.all}`)} AS partly_blank`,
  );
  const cellOf = async (rowid: number, column: string) => {
    const [cell] = await queryRows(
      connection,
      `SELECT CAST(${column} AS VARCHAR) AS value FROM sales WHERE rowid = ${rowid}`,
    );
    return `"${String(cell?.value)}"`;
  };
  // Data rows count from 1 under the header; rowid counts from 0.
  if (typeof found?.bad_date === 'number') {
    const value = await cellOf(found.bad_date, date);
    throw new UsageError(
      say(lang, 'badDates', { column: `"${columns.date}"`, value, row: String(found.bad_date + 1) }),
    );
  }
  if (typeof found?.bad_amount === 'number') {
    const value = await cellOf(found.bad_amount, amount);
    throw new UsageError(
      say(lang, 'badAmounts', { column: `"${columns.amount}"`, value, row: String(found.bad_amount + 1) }),
    );
  }
  if (typeof found?.partly_blank === 'number') {
    throw new UsageError(say(lang, 'partlyBlankRow', { row: String(found.partly_blank + 1) }));
  }
}

/** Number of clients of the sales table under the client-key rule (the result leaves out those with only returns). */
async function clientCount(connection: DuckDBConnection, clientColumn: string): Promise<number> {
  const text = clientText('duckdb', quoteName('duckdb', clientColumn));
  const [count] = await queryRows(
    connection,
    `SELECT COUNT(DISTINCT ${clientKey('duckdb', text)}) AS n FROM sales WHERE NOT ${clientIsBlank(text)}`,
  );
  return Number(count?.n ?? 0);
}

/** Runs the analysis of `args` (without `node` and the script). Throws `UsageError` with the sentence to print. */
export async function analyse(args: readonly string[], progress = true): Promise<AnalyseOutcome> {
  const lang = terminalLang(args);
  const { values, positional } = splitArgs(args, OPTIONS, lang);
  const file = positional[0];
  if (file === undefined || positional.length > 1) throw new UsageError(say(lang, 'usageAnalyse'));
  const scoring = scoringSettings(values, lang);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(say(lang, 'fileMissing', { file }));
  const kind = fileKind(file, lang);
  const out = values.get('--out') ?? 'clients.csv';
  const memoryLimit = values.get('--memory-limit');
  if (memoryLimit !== undefined && !/^\d+(\.\d+)?\s*(MB|GB|TB|MiB|GiB|TiB)$/i.test(memoryLimit)) {
    throw new UsageError(
      say(lang, 'badOptionValue', { option: '--memory-limit', value: `"${memoryLimit}"`, expected: '4GB, 500MB…' }),
    );
  }
  const log = (text: string) => {
    if (progress) process.stderr.write(`${text}\n`);
  };
  const started = performance.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-portfolio-'));
  let connection: DuckDBConnection;
  try {
    const config: Record<string, string> = { temp_directory: workDir };
    if (memoryLimit !== undefined) config.memory_limit = memoryLimit;
    connection = await openDuckDb(path.join(workDir, 'analyse.duckdb'), config);
  } catch (error) {
    fs.rmSync(workDir, { recursive: true, force: true });
    if (error instanceof DuckDbMissing) throw new UsageError(say(lang, 'duckdbMissing'));
    throw error;
  }
  try {
    log(say(lang, 'progressReading', { file, size: sizeText(fs.statSync(file).size) }));
    let names: string[];
    try {
      const described = await queryRows(connection, `DESCRIBE SELECT * FROM ${reader(kind, file)}`);
      names = described.map((row) => String(row.column_name));
    } catch (error) {
      throw new UsageError(say(lang, 'fileUnreadable', { file, kind: kind.toUpperCase(), reason: reason(error) }));
    }
    const columns = {
      client: column('client', values.get('--client'), names, lang),
      date: column('date', values.get('--date'), names, lang),
      amount: column('amount', values.get('--amount'), names, lang),
    };
    const line = ['line', 'row_number', 'row_order'].find((name) => !names.includes(name)) ?? '__line';
    const kept = [columns.client, columns.date, columns.amount].map((name) => quoteName('duckdb', name)).join(', ');
    try {
      await withProgress(
        connection,
        `CREATE TABLE sales AS SELECT ${kept} FROM ${reader(kind, file, columns.client)}`,
        progress,
      );
    } catch (error) {
      throw new UsageError(say(lang, 'fileUnreadable', { file, kind: kind.toUpperCase(), reason: reason(error) }));
    }
    // A table keeps the file's row order (insertion order), which rowid numbers: clients come in order of first row.
    await connection.run(`CREATE VIEW sales_rows AS SELECT *, rowid AS ${quoteName('duckdb', line)} FROM sales`);
    const [count] = await queryRows(connection, 'SELECT COUNT(*) AS n FROM sales');
    const rows = Number(count?.n ?? 0);
    log(say(lang, 'progressRead', { rows: rows.toLocaleString(lang), seconds: seconds(started) }));
    await checkValues(connection, columns, lang);
    log(say(lang, 'progressScoring'));
    const settings: RfmQuerySettings = {
      dialect: 'duckdb',
      table: 'sales_rows',
      columns: { ...columns, order: line },
      ...scoring,
    };
    try {
      await withProgress(connection, `CREATE TABLE result AS ${rfmTableQuery(settings)}`, progress);
      await connection.run(`COPY result TO ${quoteString('duckdb', path.resolve(out))} (HEADER, DELIMITER ',')`);
    } catch (error) {
      throw new UsageError(say(lang, 'analysisFailed', { reason: reason(error) }));
    }
    const [written] = await queryRows(connection, 'SELECT COUNT(*) AS n FROM result');
    const outcome = { rows, clients: Number(written?.n ?? 0), out, seconds: (performance.now() - started) / 1000 };
    log(
      say(lang, 'progressWritten', {
        clients: outcome.clients.toLocaleString(lang),
        out,
        seconds: outcome.seconds.toFixed(1),
      }),
    );
    const leftOut = (await clientCount(connection, columns.client)) - outcome.clients;
    if (leftOut > 0) log(say(lang, 'noteOnlyReturns', { clients: leftOut.toLocaleString(lang) }));
    return outcome;
  } finally {
    connection.closeSync();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  try {
    await analyse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && /tools[\\/]sql[\\/]analyse\.ts$/.test(process.argv[1])) void main();
