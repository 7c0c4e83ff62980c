/**
 * The DuckDB query of the SQL builder run by real DuckDB gives exactly what
 * RFM_TABLE of the built bundle gives on the same sales log, every column:
 * on the R package rfm's reference orders (with its published segment
 * counts), and on generated logs with ties, returns, return-only clients and
 * blank rows, for the three methods, several numbers of classes, a grid and
 * the three schemes. Column names that need quoting are used on purpose.
 *
 * Generated amounts are multiples of 0.25, so that any order of addition
 * gives the same double: DuckDB sums in no fixed order, RFM_TABLE in row order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { mulberry32 } from '../../src/core/seededRandom';
import { rfmTableQuery, type RfmQuerySettings } from '../../src/core/sql/rfmTableQuery';
import type { Binning, Lang, SchemeId, ScoreMethod } from '../../src/core/types';
import { openDuckDb, queryRows } from '../../tools/sql/duckdb';
import { publishedCounts } from '../fixtures/reference/published';
import { calendarDay, midnight } from '../support/calendar';
import { workbook } from '../support/customFunctions';

const TZ = 'Europe/Paris';

type Sale = [client: string, date: string, amount: number] | ['', '', ''];

/** The table the query reads: names that need quoting in both dialects. */
const COLUMNS = { client: 'client "id"', date: 'order date', amount: 'a`b', order: 'line' };
const TABLE = 'sales log';

let connection: DuckDBConnection;

beforeAll(async () => {
  connection = await openDuckDb();
});

afterAll(() => {
  connection.closeSync();
});

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Loads `sales` into the DuckDB table, replacing it; blank cells as NULL. */
async function loadSales(sales: readonly Sale[]): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS "${TABLE}"`);
  await connection.run(
    `CREATE TABLE "${TABLE}" (line INTEGER, "client ""id""" VARCHAR, "order date" DATE, "a\`b" DOUBLE)`,
  );
  const values = sales.map(([client, date, amount], line) =>
    client === '' ? `(${line}, NULL, NULL, NULL)` : `(${line}, ${sqlString(client)}, DATE '${date}', ${amount})`,
  );
  for (let start = 0; start < values.length; start += 1000) {
    await connection.run(`INSERT INTO "${TABLE}" VALUES ${values.slice(start, start + 1000).join(', ')}`);
  }
}

interface Options {
  asOf?: string;
  binning: Binning;
  method: ScoreMethod;
  scheme: SchemeId;
  lang: Lang;
}

/** The query's rows as RFM_TABLE shows them (last purchase as yyyy-mm-dd). */
async function viaDuckDb(sales: readonly Sale[], options: Options): Promise<unknown[][]> {
  await loadSales(sales);
  const settings: RfmQuerySettings = {
    dialect: 'duckdb',
    table: TABLE,
    columns: COLUMNS,
    ...options,
    abc: { rule: 'reach', aShare: 0.8, bShare: 0.95 },
  };
  const rows = await queryRows(connection, rfmTableQuery(settings));
  return rows.map((row) => [
    row.client,
    row.last_purchase,
    row.days_since,
    row.purchases,
    row.amount,
    row.r,
    row.f,
    row.m,
    row.code,
    row.segment,
    row.abc,
  ]);
}

/** RFM_TABLE of the built bundle on `sales` in a sheet (dates as date cells), body rows with ISO dates. */
function viaRfmTable(sales: readonly Sale[], options: Options): unknown[][] {
  const book = workbook({
    locale: options.lang === 'fr' ? 'fr_FR' : 'en_US',
    timeZone: TZ,
    sheets: [
      {
        name: 'Sales',
        values: [
          ['Client', 'Date', 'Amount'],
          ...sales.map(([client, date, amount]) => [client, date === '' ? '' : midnight(date, TZ), amount]),
        ],
      },
    ],
  });
  const bins =
    options.binning.kind === 'bins'
      ? options.binning.n
      : [options.binning.grid.r, options.binning.grid.f, options.binning.grid.m];
  const table = book.call(
    'RFM_TABLE',
    book.range('Sales!A2:A'),
    book.range('Sales!B2:B'),
    book.range('Sales!C2:C'),
    options.asOf === undefined ? undefined : midnight(options.asOf, TZ),
    bins,
    options.method,
    options.scheme,
  ) as unknown[][];
  return table.slice(1).map((row) => [row[0], calendarDay(row[1] as Date, TZ), ...row.slice(2)]);
}

function readReferenceOrders(): Sale[] {
  const csv = path.join(__dirname, '../fixtures/reference/rfm_data_orders.csv');
  return fs
    .readFileSync(csv, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [client, date, revenue] = line.split(',');
      return [client ?? '', date ?? '', Number(revenue)] as Sale;
    });
}

describe('rfm_data_orders.csv: the DuckDB query and RFM_TABLE', () => {
  const orders = readReferenceOrders();
  const options: Options = {
    asOf: '2006-12-31',
    binning: { kind: 'bins', n: 5 },
    method: 'rfm',
    scheme: 'rfm',
    lang: 'en',
  };

  it('give the same 995 rows, every column, and the published segment counts', async () => {
    const sql = await viaDuckDb(orders, options);
    const sheet = viaRfmTable(orders, options);
    expect(sql).toHaveLength(995);
    expect(sql).toEqual(sheet);
    const summary: Record<string, [number, number, number]> = {};
    for (const row of sql) {
      const line = (summary[row[9] as string] ??= [0, 0, 0]);
      line[0] += 1;
      line[1] += row[3] as number;
      line[2] += row[4] as number;
    }
    expect(summary).toEqual(publishedCounts());
  });

  it('agree with the quantile method, 5 and 9 classes, and the classic and fr-ladder schemes in French', async () => {
    for (const [n, scheme] of [
      [5, 'classic'],
      [9, 'fr-ladder'],
      [3, 'classic'],
    ] as const) {
      const quantile: Options = {
        asOf: '2006-12-31',
        binning: { kind: 'bins', n },
        method: 'quantile',
        scheme,
        lang: 'fr',
      };
      expect(await viaDuckDb(orders, quantile)).toEqual(viaRfmTable(orders, quantile));
    }
  });
});

/**
 * A sales log with many ties: `clients` clients (names with spaces, quotes and
 * accents), dates among 40 days, amounts among a few values in quarters, about
 * one return in eight (some clients only return), one blank row in twenty.
 */
function generatedLog(seed: number, rows: number, clients: number): Sale[] {
  const next = mulberry32(seed); // seeded, so that a failure can be replayed
  const names = Array.from({ length: clients }, (_, i) =>
    i % 7 === 3 ? `O'Brien ${i}` : i % 5 === 1 ? `Chloé "${i}"` : `client ${i}`,
  );
  const sales: Sale[] = [];
  for (let row = 0; row < rows; row += 1) {
    if (next() < 0.05) {
      sales.push(['', '', '']);
      continue;
    }
    const client = names[Math.floor(next() * clients)] ?? 'client 0';
    const day = 1 + Math.floor(next() * 40);
    const date = `2025-${day > 31 ? '02' : '01'}-${String(day > 31 ? day - 31 : day).padStart(2, '0')}`;
    const amount = [5, 10, 10, 20, 12.25, 40.5, 99.75][Math.floor(next() * 7)] ?? 5;
    sales.push([client, date, next() < 0.125 ? -amount : amount]);
  }
  sales.push(['return only', '2025-01-20', -15]);
  return sales;
}

describe('generated logs with ties, returns and blank rows: the DuckDB query and RFM_TABLE', () => {
  const cases: Array<{ seed: number; rows: number; clients: number; options: Options }> = [
    {
      seed: 1,
      rows: 400,
      clients: 60,
      options: { binning: { kind: 'bins', n: 5 }, method: 'quantile', scheme: 'classic', lang: 'en' },
    },
    {
      seed: 2,
      rows: 900,
      clients: 181,
      options: {
        asOf: '2025-03-01',
        binning: { kind: 'bins', n: 9 },
        method: 'quantile',
        scheme: 'fr-ladder',
        lang: 'fr',
      },
    },
    {
      seed: 3,
      rows: 300,
      clients: 40,
      options: { binning: { kind: 'bins', n: 4 }, method: 'rfm', scheme: 'rfm', lang: 'en' },
    },
    {
      seed: 4,
      rows: 500,
      clients: 90,
      options: { binning: { kind: 'bins', n: 5 }, method: 'ntile', scheme: 'classic', lang: 'fr' },
    },
    {
      seed: 5,
      rows: 250,
      clients: 37,
      options: { binning: { kind: 'bins', n: 3 }, method: 'ntile', scheme: 'fr-ladder', lang: 'en' },
    },
    {
      seed: 6,
      rows: 350,
      clients: 50,
      options: {
        asOf: '2025-02-15',
        binning: { kind: 'grid', grid: { r: [7, 14, 30], f: [2, 4], m: [20, 50.5, 100, 200] } },
        method: 'quantile',
        scheme: 'classic',
        lang: 'en',
      },
    },
    {
      seed: 7,
      rows: 200,
      clients: 12,
      options: { binning: { kind: 'bins', n: 7 }, method: 'rfm', scheme: 'classic', lang: 'fr' },
    },
  ];
  for (const { seed, rows, clients, options } of cases) {
    const binning = options.binning.kind === 'bins' ? `${options.binning.n} classes` : 'a grid';
    it(`seed ${seed}: ${rows} rows, ${options.method}, ${binning}, scheme ${options.scheme} (${options.lang})`, async () => {
      const sales = generatedLog(seed, rows, clients);
      const sheet = viaRfmTable(sales, options);
      expect(sheet.length).toBeGreaterThan(clients / 2);
      expect(await viaDuckDb(sales, options)).toEqual(sheet);
    });
  }

  it('the log of seed 2 has what it is meant to exercise: blank rows, returns, a return-only client, tied amounts', () => {
    const sales = generatedLog(2, 900, 181);
    expect(sales.filter(([client]) => client === '').length).toBeGreaterThan(10);
    expect(sales.filter(([, , amount]) => typeof amount === 'number' && amount < 0).length).toBeGreaterThan(50);
    const sheet = viaRfmTable(sales, {
      asOf: '2025-03-01',
      binning: { kind: 'bins', n: 9 },
      method: 'quantile',
      scheme: 'fr-ladder',
      lang: 'fr',
    });
    expect(sheet.map((row) => row[0])).not.toContain('return only');
    const amounts = sheet.map((row) => row[4]);
    expect(new Set(amounts).size).toBeLessThan(amounts.length);
  });
});

describe('breakpoints on a whole position that floating point misses', () => {
  // 181 clients: a breakpoint at 0.7 sits at h = (181 − 1) × 0.7 = 126, which 180 × 0.7 computes as
  // 125.99999999999999. Amounts 1, 2, …, 181 (one sale each): PERCENTILE.INC gives the 127th value, 127, and
  // DuckDB's quantile_cont a hair below it. The query reads breakpoints from the ranks of the values instead. With
  // 2 to 9 classes no k/n shows this slip, so the query is compared with RFM_TABLE on the same log at 9 classes
  // (breakpoints at 180 × k/9 = 20k: the values 21, 41, …, 161; client c127 is above 6 of them, M = 7).
  const sales: Sale[] = Array.from({ length: 181 }, (_, i) => [`c${i + 1}`, '2025-01-10', i + 1]);
  const options: Options = { binning: { kind: 'bins', n: 9 }, method: 'quantile', scheme: 'classic', lang: 'en' };

  it('quantile_cont misses a whole position; the query agrees with RFM_TABLE on the same log', async () => {
    await loadSales(sales);
    const [row] = await queryRows(connection, `SELECT quantile_cont("a\`b", 0.7) AS q FROM "${TABLE}"`);
    expect(row?.q).not.toBe(127);
    expect(row?.q).toBeCloseTo(127, 9);
    const sql = await viaDuckDb(sales, options);
    expect(sql.find((line) => line[0] === 'c127')?.[7]).toBe(7);
    expect(sql).toEqual(viaRfmTable(sales, options));
  });
});
