/**
 * The R package rfm 0.3 vignette reproduced through the sidebar's server
 * path: rfm_data_orders.csv (tests/fixtures/reference, MIT) in an English
 * spreadsheet, analysed by the built bundle with the package's settings
 * (analysis date 2006-12-31, 5 bins, its binning and its 10 segments).
 * Every expected figure is copied from the package's published output
 * (tests/fixtures/reference/README.md), not computed by our code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PUBLISHED_FIRST_ROWS, publishedCounts } from '../fixtures/reference/published';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/server/api';
import { type AddOnRun, openAddOn, sheetRecords, sheetValues } from '../support/addOn';
import { midnight } from '../support/calendar';
import { defined } from '../../tools/indexing';

const TZ = 'America/New_York';
const CSV = path.join(__dirname, '../fixtures/reference/rfm_data_orders.csv');

const PUBLISHED = publishedCounts();
const FIRST_ROWS = Object.fromEntries(PUBLISHED_FIRST_ROWS.map(([id, ...rest]) => [id, rest]));

/** The CSV as a user's sheet: ISO dates typed as date cells, revenue as numbers, the rest as text. */
function ordersSheet(): unknown[][] {
  const [header = '', ...lines] = fs
    .readFileSync(CSV, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  return [
    header.split(','),
    ...lines.map((line) => {
      const [customer, date, revenue, first, last, email] = line.split(',');
      return [customer, midnight(defined(date, 'order date'), TZ), Number(revenue), first, last, email];
    }),
  ];
}

let addOn: AddOnRun;
let result: AnalysisResult;

beforeAll(async () => {
  addOn = await openAddOn({
    locale: 'en_US',
    timeZone: TZ,
    sheets: [{ name: 'rfm_data_orders', values: ordersSheet() }],
  });
  const info = addOn.sourceInfo();
  expect(info.defaults.shape).toBe('sales');
  expect(info.defaults.mapping).toMatchObject({ client: 0, date: 1, amount: 2, email: 5 });
  result = addOn.analyse({
    ...info.defaults,
    method: 'rfm',
    scheme: 'rfm',
    asOf: '2006-12-31',
    binning: { kind: 'bins', n: 5 },
  });
});

describe('rfm_data_orders.csv through runAnalysis', () => {
  it('finds the 995 customers of the 4 906 orders', () => {
    expect(result.clients).toBe(995);
    expect(result.skipped).toEqual([]);
    expect(sheetValues(addOn.ss, 'Portfolio – Clients')).toHaveLength(1 + 995);
  });

  it('returns the published segment counts and revenue to the sidebar', () => {
    const got = Object.fromEntries(
      result.segments.map((s) => [s.name, [s.clients, Math.round(s.revenue / s.averageBasket), s.revenue]]),
    );
    expect(got).toEqual(PUBLISHED);
  });

  it('writes the published segment counts, revenue and average order value in the Summary sheet', () => {
    const values = sheetValues(addOn.ss, 'Portfolio – Summary');
    const start = values.findIndex((row) => row[0] === 'By segment') + 2;
    const rows = values.slice(start, start + 10);
    const published = Object.entries(PUBLISHED);
    expect(rows.map((row) => row[0]).sort()).toEqual(published.map(([name]) => name).sort());
    for (const row of rows) {
      const [customers, orders, revenue] = defined(PUBLISHED[row[0] as string], `published segment ${row[0]}`);
      expect(row[1]).toBe(customers);
      expect(row[2]).toBeCloseTo(customers / 995, 12);
      expect(row[3]).toBe(revenue);
      // published aov = revenue / orders, rounded to 2 decimals
      expect(Math.round((row[5] as number) * 100) / 100).toBeCloseTo(Math.round((revenue / orders) * 100) / 100, 10);
    }
    expect(values[start + 10]?.every((cell) => cell === '')).toBe(true);
  });

  it('gives the published orders per segment in the Clients sheet', () => {
    const orders: Record<string, number> = {};
    for (const row of sheetRecords(addOn.ss, 'Portfolio – Clients')) {
      const segment = row['Segment'] as string;
      orders[segment] = (orders[segment] ?? 0) + (row['Purchases'] as number);
    }
    expect(orders).toEqual(Object.fromEntries(Object.entries(PUBLISHED).map(([name, [, count]]) => [name, count])));
  });

  it('gives the published first rows', () => {
    const byName = new Map(sheetRecords(addOn.ss, 'Portfolio – Clients').map((row) => [row['Client'], row]));
    for (const [name, expected] of Object.entries(FIRST_ROWS)) {
      const row = byName.get(name);
      expect(row, name).toBeDefined();
      expect([
        row?.['Days since last purchase'],
        row?.['Purchases'],
        row?.['Amount'],
        row?.['R'],
        row?.['F'],
        row?.['M'],
        row?.['RFM code'],
        row?.['Segment'],
      ]).toEqual(expected);
    }
  });
});
