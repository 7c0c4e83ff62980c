/**
 * The DuckDB query on small hand-checked tables: the three ABC rules on the
 * published 10-client key, quoting of hostile table and column names, and the
 * query's own errors (the cases where RFM_TABLE refuses the log).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AbcSettings } from '../../src/core/sql/abcRules';
import { rfmTableQuery, type RfmQuerySettings } from '../../src/core/sql/rfmTableQuery';
import { openDuckDb, queryRows } from '../../tools/sql/duckdb';

let connection: DuckDBConnection;

beforeAll(async () => {
  connection = await openDuckDb();
});

afterAll(() => {
  connection.closeSync();
});

const BASE: RfmQuerySettings = {
  dialect: 'duckdb',
  table: 'sales',
  columns: { client: 'client', date: 'day', amount: 'amount', order: 'line' },
  binning: { kind: 'bins', n: 5 },
  method: 'quantile',
  scheme: 'classic',
  abc: { rule: 'reach', aShare: 0.8, bShare: 0.95 },
  lang: 'en',
};

async function salesTable(rows: Array<[string | null, string | null, number | null]>): Promise<void> {
  await connection.run('CREATE OR REPLACE TABLE sales (line INTEGER, client VARCHAR, day DATE, amount DOUBLE)');
  const values = rows.map(
    ([client, day, amount], line) =>
      `(${line}, ${client === null ? 'NULL' : `'${client}'`}, ${day === null ? 'NULL' : `DATE '${day}'`}, ${amount ?? 'NULL'})`,
  );
  await connection.run(`INSERT INTO sales VALUES ${values.join(', ')}`);
}

/** The published 10-client key: total 21 410 (k€). */
const KEY = [9000, 8125, 900, 900, 800, 600, 500, 375, 200, 10];

async function abcOfKey(abc: AbcSettings): Promise<string> {
  await salesTable(KEY.map((amount, i) => [`c${i + 1}`, '2025-01-10', amount]));
  const rows = await queryRows(connection, rfmTableQuery({ ...BASE, abc }));
  return rows.map((row) => row.abc).join('');
}

describe('ABC rules on the 10-client key (total 21 410)', () => {
  it('reach: revenue before each client 0, 9 000 (42.04 %), 17 125 (79.99 %) < 80 % → A, and the tied 900s with them; 800 (88.39 %), 600 (92.13 %), 500 (94.93 %) → B', async () => {
    expect(await abcOfKey({ rule: 'reach', aShare: 0.8, bShare: 0.95 })).toBe('AAAABBBCCC');
  });

  it('within: cumulative share with the client 42.04 %, 79.99 % ≤ 80 % → 2 A; 84.19 % (the first 900, the second shares its class), 92.13 % (800), 94.93 % (600) ≤ 95 % → B; 97.27 % (500) → C', async () => {
    expect(await abcOfKey({ rule: 'within', aShare: 0.8, bShare: 0.95 })).toBe('AABBBBCCCC');
  });

  it('clients: ranks 1, 2, 3, 3, 5, 6… of 10: (k − 1)/10 = 0, 0.1 < 0.2 → A; 0.2, 0.2, 0.4 < 0.5 → B; 0.5 → C', async () => {
    expect(await abcOfKey({ rule: 'clients', aShare: 0.2, bShare: 0.5 })).toBe('AABBBCCCCC');
  });
});

describe('returns', () => {
  it('netted by default (RFM_TABLE\'s rule), left out with returns "ignore" (the sidebar\'s other choice)', async () => {
    // Ann: 10 on 1 Jan, 30 on 3 Jan, −5 on 9 Jan (a return: no purchase, no move of the last purchase). As of 9 Jan.
    await salesTable([
      ['Ann', '2025-01-01', 10],
      ['Ann', '2025-01-03', 30],
      ['Ann', '2025-01-09', -5],
      ['Bob', '2025-01-09', 20],
    ]);
    const pick = (rows: Array<Record<string, unknown>>) =>
      rows.map((row) => [row.client, row.last_purchase, row.days_since, row.purchases, row.amount]);
    expect(pick(await queryRows(connection, rfmTableQuery(BASE)))).toEqual([
      ['Ann', '2025-01-03', 6, 2, 35],
      ['Bob', '2025-01-09', 0, 1, 20],
    ]);
    expect(pick(await queryRows(connection, rfmTableQuery({ ...BASE, returns: 'ignore' })))).toEqual([
      ['Ann', '2025-01-03', 6, 2, 40],
      ['Bob', '2025-01-09', 0, 1, 20],
    ]);
  });
});

describe('the client-key rule', () => {
  it('gathers "Ann", "ann " and " ANN" (and a no-break space inside a name) into one client shown as first written, as RFM_TABLE does', async () => {
    await salesTable([
      ['Ann', '2025-01-01', 10],
      ['Ann  Lee', '2025-01-02', 5],
      ['ann ', '2025-01-03', 20],
      [' ANN', '2025-01-05', 30],
      ['ann\u00a0lee', '2025-01-06', 7],
    ]);
    const rows = await queryRows(connection, rfmTableQuery(BASE));
    // Ann: 10 + 20 + 30 = 60 over 3 purchases, last on 5 Jan; Ann Lee: 5 + 7 = 12 over 2, last on 6 Jan (as of 6 Jan)
    expect(rows.map((row) => [row.client, row.purchases, row.amount, row.days_since])).toEqual([
      ['Ann', 3, 60, 1],
      ['Ann  Lee', 2, 12, 0],
    ]);
  });
});

describe('hostile names', () => {
  it('a table and columns whose names hold quotes, a semicolon and a comment are read, and nothing else runs', async () => {
    await connection.run('CREATE OR REPLACE TABLE keep (x INTEGER)');
    const table = 'sales"; DROP TABLE keep; --';
    const client = 'client \'id"';
    await connection.run(
      `CREATE OR REPLACE TABLE "sales""; DROP TABLE keep; --" ("client 'id""" VARCHAR, "a""b" DATE, "c;d" DOUBLE)`,
    );
    await connection.run(
      `INSERT INTO "sales""; DROP TABLE keep; --" VALUES ('Ann', DATE '2025-01-01', 10), ('Bob', DATE '2025-01-05', 30)`,
    );
    const rows = await queryRows(
      connection,
      rfmTableQuery({ ...BASE, table, columns: { client, date: 'a"b', amount: 'c;d' } }),
    );
    expect(rows.map((row) => [row.client, row.days_since, row.amount])).toEqual([
      ['Ann', 4, 10],
      ['Bob', 0, 30],
    ]);
    expect(await queryRows(connection, 'SELECT COUNT(*) AS n FROM keep')).toEqual([{ n: 0 }]);
  });
});

describe('the query fails where RFM_TABLE refuses the log', () => {
  async function failure(settings: RfmQuerySettings): Promise<string> {
    try {
      await queryRows(connection, rfmTableQuery(settings));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the query did not fail');
  }

  it('a row with a client and a date but no amount (a fully blank row is skipped)', async () => {
    await salesTable([
      ['Ann', '2025-01-01', 10],
      [null, null, null],
      ['Bob', '2025-01-02', null],
    ]);
    expect(await failure(BASE)).toContain('RFM_TABLE: a sale row has a client, a date or an amount missing');
    expect(await failure({ ...BASE, lang: 'fr' })).toContain(
      'RFM_TABLE : une ligne de vente n’a pas de client, de date ou de montant',
    );
  });

  it('a sale after the reference date', async () => {
    await salesTable([
      ['Ann', '2025-01-01', 10],
      ['Bob', '2025-02-02', 5],
    ]);
    expect(await failure({ ...BASE, asOf: '2025-01-31' })).toContain(
      'RFM_TABLE: a sale is dated after the reference date 2025-01-31',
    );
  });

  it('no positive amount', async () => {
    await salesTable([
      ['Ann', '2025-01-01', 0],
      ['Ann', '2025-01-03', -5],
    ]);
    expect(await failure(BASE)).toContain('RFM_TABLE: no client has a positive amount');
  });

  it('amounts whose sum overflows a double: refused, not every client classed alike', async () => {
    // Three clients of 1e308: the revenue 3e308 is beyond the largest double (about 1.8e308).
    await salesTable([
      ['Ann', '2025-01-01', 1e308],
      ['Bob', '2025-01-02', 1e308],
      ['Cy', '2025-01-03', 1e308],
    ]);
    expect(await failure(BASE)).toContain(
      'RFM_TABLE: the amounts add up to more than the largest number a double holds',
    );
    expect(await failure({ ...BASE, lang: 'fr' })).toContain(
      'RFM_TABLE : les montants dépassent ensemble le plus grand nombre d’un double',
    );
    // One client whose own sales overflow, beside an ordinary one.
    await salesTable([
      ['Ann', '2025-01-01', 1e308],
      ['Ann', '2025-01-02', 1e308],
      ['Bob', '2025-01-03', 5],
    ]);
    expect(await failure(BASE)).toContain(
      'RFM_TABLE: the amounts add up to more than the largest number a double holds',
    );
  });

  it('blank rows only are skipped and the query succeeds', async () => {
    await salesTable([
      [null, null, null],
      ['Ann', '2025-01-01', 10],
      ['  ', null, null],
    ]);
    const rows = await queryRows(connection, rfmTableQuery(BASE));
    expect(rows.map((row) => [row.client, row.purchases, row.r, row.f, row.m, row.code, row.abc])).toEqual([
      ['Ann', 1, 5, 1, 1, 511, 'A'],
    ]);
  });
});
