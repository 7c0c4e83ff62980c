/**
 * The command-line tools: `npm run sql` prints the builder's query for its
 * options; `npm run analyse` writes RFM_TABLE's per-client table from a CSV
 * or Parquet file through embedded DuckDB; mistakes and bad files give one
 * sentence in the terminal's language, never a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rfmTableQuery } from '../../src/core/sql/rfmTableQuery';
import { analyse } from '../../tools/sql/analyse';
import { openDuckDb } from '../../tools/sql/duckdb';
import { UsageError } from '../../tools/sql/options';
import { sqlFromArgs } from '../../tools/sql/sql';

const ROOT = path.join(__dirname, '../..');
const ORDERS = path.join(ROOT, 'tests/fixtures/reference/rfm_data_orders.csv');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sql-tools-test-'));

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

async function analyseError(args: string[]): Promise<string> {
  try {
    await analyse(args, false);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('npm run sql', () => {
  it('prints the builder query for the options given', () => {
    const args = [
      '--dialect',
      'bigquery',
      '--table',
      'p.d.sales',
      '--client',
      'customer',
      '--date',
      'order date',
      '--amount',
      'revenue',
      '--bins',
      '4',
      '--method',
      'rfm',
      '--scheme',
      'rfm',
      '--as-of',
      '2025-03-31',
      '--lang',
      'en',
    ];
    expect(sqlFromArgs(args)).toBe(
      rfmTableQuery({
        dialect: 'bigquery',
        table: 'p.d.sales',
        columns: { client: 'customer', date: 'order date', amount: 'revenue', order: undefined },
        asOf: '2025-03-31',
        binning: { kind: 'bins', n: 4 },
        method: 'rfm',
        scheme: 'rfm',
        abc: { rule: 'reach', aShare: 0.8, bShare: 0.95 },
        lang: 'en',
      }),
    );
  });

  it('reads a grid and the ABC rule with its default shares', () => {
    const sql = sqlFromArgs([
      '--dialect',
      'duckdb',
      '--table',
      't',
      '--client',
      'c',
      '--date',
      'd',
      '--amount',
      'a',
      '--grid',
      '30,90/2,5/100,500',
      '--abc',
      'clients',
      '--lang',
      'en',
    ]);
    expect(sql).toContain('CASE WHEN days_since >= CAST(90 AS DOUBLE)');
    expect(sql).toContain('< CAST(0.2 AS DOUBLE)');
    expect(sql).toContain('< CAST(0.5 AS DOUBLE)');
  });

  it('names the option at fault, in French or English', () => {
    expect(usageError(() => sqlFromArgs(['--dialect', 'oracle', '--lang', 'en']))).toBe(
      'The option --dialect does not accept "oracle": expected bigquery | duckdb.',
    );
    expect(usageError(() => sqlFromArgs(['--dialect', 'duckdb', '--table', 't', '--lang', 'fr']))).toBe(
      'L’option --client est obligatoire.',
    );
    expect(
      usageError(() =>
        sqlFromArgs([
          '--dialect',
          'duckdb',
          '--table',
          't',
          '--client',
          'c',
          '--date',
          'd',
          '--amount',
          'a',
          '--bins',
          '12',
          '--lang',
          'en',
        ]),
      ),
    ).toBe('The option --bins does not accept "12": expected 2 … 9.');
    expect(usageError(() => sqlFromArgs(['--colour', 'red', '--lang', 'en']))).toBe('Unknown option --colour.');
  });

  it('as a command: the sentence and the usage on stderr, exit code 2, no stack trace', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tools/sql/sql.ts', '--dialect', 'duckdb', '--lang', 'en'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('The option --table is required.');
    expect(result.stderr).toMatch(/^usage: npm run sql/m);
    expect(result.stderr).not.toMatch(/\bat \S+|\.ts:\d/);
  });
});

describe('npm run analyse', () => {
  it("writes one line per client of rfm_data_orders.csv with RFM_TABLE's columns, guessing the columns from the header", async () => {
    const out = path.join(work, 'clients.csv');
    const outcome = await analyse(
      [ORDERS, '--out', out, '--as-of', '2006-12-31', '--method', 'rfm', '--scheme', 'rfm', '--lang', 'en'],
      false,
    );
    expect(outcome).toMatchObject({ rows: 4906, clients: 995 });
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('client,last_purchase,days_since,purchases,amount,r,f,m,code,segment,abc');
    expect(lines).toHaveLength(996);
    // Aden Murphy: published 98 days, 7 orders, 596, scores 5 4 4, Potential Loyalist.
    expect(lines.find((line) => line.startsWith('Aden Murphy,'))).toMatch(
      /^Aden Murphy,2006-09-24,98,7,596\.0,5,4,4,544,Potential Loyalist,[ABC]$/,
    );
  });

  it('gives the same table from the same log as Parquet', async () => {
    const parquet = path.join(work, 'orders.parquet');
    const connection = await openDuckDb();
    await connection.run(`COPY (SELECT * FROM read_csv('${ORDERS}')) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    const fromCsv = path.join(work, 'a.csv');
    const fromParquet = path.join(work, 'b.csv');
    await analyse([ORDERS, '--out', fromCsv, '--bins', '4', '--lang', 'en'], false);
    await analyse([parquet, '--out', fromParquet, '--bins', '4', '--lang', 'en'], false);
    expect(fs.readFileSync(fromParquet, 'utf8')).toBe(fs.readFileSync(fromCsv, 'utf8'));
  });

  it('one sentence for a missing file, an unknown kind, an unreadable file, a missing column, bad dates', async () => {
    expect(await analyseError(['nowhere.csv', '--lang', 'en'])).toBe('The file nowhere.csv does not exist.');
    expect(await analyseError([ORDERS, '--memory-limit', 'lots', '--lang', 'en'])).toBe(
      'The option --memory-limit does not accept "lots": expected 4GB, 500MB….',
    );
    const text = path.join(work, 'notes.docx');
    fs.writeFileSync(text, 'x');
    expect(await analyseError([text, '--lang', 'fr'])).toBe(`Le fichier ${text} n’est ni un .csv ni un .parquet.`);
    const garbage = path.join(work, 'broken.parquet');
    fs.writeFileSync(garbage, 'not parquet at all');
    expect(await analyseError([garbage, '--lang', 'en'])).toMatch(
      new RegExp(`^The file ${garbage} could not be read as PARQUET: .+\\.$`),
    );
    expect(await analyseError([ORDERS, '--client', 'customer', '--lang', 'en'])).toBe(
      'The file has no column "customer" (its columns: "customer_id", "order_date", "revenue", "first_name", "last_name", "email"); name the column with --client.',
    );
    const noAmount = path.join(work, 'no-amount.csv');
    fs.writeFileSync(noAmount, 'client,date\nAnn,2025-01-01\n');
    expect(await analyseError([noAmount, '--lang', 'fr'])).toBe(
      'Aucune colonne du montant n’a été reconnue parmi "client", "date" ; nommez-la avec --amount.',
    );
    const badDates = path.join(work, 'bad-dates.csv');
    fs.writeFileSync(badDates, 'client,date,amount\nAnn,2025-01-01,10\nBob,31/02/2025,5\n');
    expect(await analyseError([badDates, '--lang', 'en'])).toBe(
      'The column "date" holds a value that is not a date ("31/02/2025", data row 2): dates must be written yyyy-mm-dd.',
    );
    // The first faulty row is named, by its data row (1 under the header).
    const badAmounts = path.join(work, 'bad-amounts.csv');
    fs.writeFileSync(
      badAmounts,
      'client,date,amount\nAnn,2025-01-01,10\nBob,2025-01-02,5\nCy,2025-01-03,gratuit\nDee,2025-01-04,x\n',
    );
    expect(await analyseError([badAmounts, '--lang', 'fr'])).toBe(
      'La colonne "amount" contient une valeur qui n’est pas un nombre ("gratuit", ligne de données 3).',
    );
    const partlyBlank = path.join(work, 'partly-blank.csv');
    fs.writeFileSync(partlyBlank, 'client,date,amount\nAnn,2025-01-01,10\n,,\nBob,2025-01-02,\n');
    expect(await analyseError([partlyBlank, '--lang', 'en'])).toBe(
      'Data row 3 has a client, a date or an amount missing: fill it in or clear the whole row (rows with all three blank are skipped).',
    );
  });

  it('as a command: progress on stderr, exit code 1 and one sentence on a bad file', () => {
    const out = path.join(work, 'cmd.csv');
    const ok = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tools/sql/analyse.ts', ORDERS, '--out', out, '--lang', 'en'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(ok).toBe('');
    expect(fs.existsSync(out)).toBe(true);
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tools/sql/analyse.ts', 'nowhere.parquet', '--lang', 'fr'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('Le fichier nowhere.parquet n’existe pas.\n');
  });

  it('as a command: says how many clients with only returns were left out', () => {
    // Ann buys 10 and returns 5 ("ann " is Ann); Bob only returns; Cy buys 7: two clients scored, Bob left out.
    const log = path.join(work, 'returns.csv');
    fs.writeFileSync(
      log,
      'client,date,amount\nAnn,2024-01-02,10\nann ,2024-01-03,-5\nBob,2024-01-04,-3\nCy,2024-01-05,7\n',
    );
    const out = path.join(work, 'returns-out.csv');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tools/sql/analyse.ts', log, '--out', out, '--lang', 'fr'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('2 clients écrits dans');
    expect(run.stderr).toContain('Clients n’ayant que des retours (aucun achat à noter), laissés de côté : 1.');
    expect(
      fs
        .readFileSync(out, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(',')[0]),
    ).toEqual(['client', 'Ann', 'Cy']);
  });
});
