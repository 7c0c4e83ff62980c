/**
 * The R package rfm 0.3 vignette reproduced through the custom functions of
 * the built bundle: tests/fixtures/reference/rfm_data_orders.csv (MIT licence,
 * see its README) loaded into a sheet with order dates as date cells, analysis
 * date 2006-12-31, 5 bins, method "rfm", the package's 10 segments.
 * Expected values are copied from the package's published output; the
 * per-client columns fed to RFM_SCORE are recomputed here with plain
 * JavaScript, not with the core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PUBLISHED_FIRST_ROWS, publishedCounts } from '../fixtures/reference/published';
import { describe, expect, it } from 'vitest';
import { calendarDay, isMidnight, midnight } from '../support/calendar';
import { flat, workbook } from '../support/customFunctions';

const TZ = 'Europe/Paris';
const CSV = path.join(__dirname, '../fixtures/reference/rfm_data_orders.csv');

const PUBLISHED_ROWS = PUBLISHED_FIRST_ROWS;
const PUBLISHED_SUMMARY = publishedCounts();

interface Order {
  customer: string;
  date: string;
  revenue: number;
}

const orders: Order[] = fs
  .readFileSync(CSV, 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [customer = '', date = '', revenue] = line.split(',');
    return { customer, date, revenue: Number(revenue) };
  });

/** Per-client columns with plain JavaScript: last order date (ISO strings compare as dates), order count, revenue. */
function perClient(list: readonly Order[]): Array<{ customer: string; last: string; orders: number; revenue: number }> {
  const byCustomer = new Map<string, { customer: string; last: string; orders: number; revenue: number }>();
  for (const order of list) {
    const line = byCustomer.get(order.customer) ?? { customer: order.customer, last: '', orders: 0, revenue: 0 };
    if (order.date > line.last) line.last = order.date;
    line.orders += 1;
    line.revenue += order.revenue;
    byCustomer.set(order.customer, line);
  }
  return [...byCustomer.values()];
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function salesBook(locale: string) {
  return workbook({
    locale,
    timeZone: TZ,
    sheets: [
      {
        name: 'Orders',
        values: [
          ['customer_id', 'order_date', 'revenue'],
          ...orders.map((o) => [o.customer, midnight(o.date, TZ), o.revenue]),
        ],
      },
    ],
  });
}

describe('rfm_data_orders.csv through RFM_TABLE', () => {
  const book = salesBook('en_US');
  const asOf = midnight('2006-12-31', TZ);
  const table = book.call(
    'RFM_TABLE',
    book.range('Orders!A2:A'),
    book.range('Orders!B2:B'),
    book.range('Orders!C2:C'),
    asOf,
    5,
    'rfm',
    'rfm',
  ) as unknown[][];
  const body = table.slice(1);

  it('reads 4 906 orders of 995 customers, one row each, in order of first appearance', () => {
    expect(orders).toHaveLength(4_906);
    expect(body).toHaveLength(995);
    const firstAppearance = [...new Set(orders.map((o) => o.customer))];
    expect(body.map((row) => row[0])).toEqual(firstAppearance);
    expect(body.reduce((sum, row) => sum + (row[3] as number), 0)).toBe(4_906);
  });

  it('reproduces the published first rows (sorted by customer_id)', () => {
    const firstTen = [...body].sort((a, b) => byId(a[0] as string, b[0] as string)).slice(0, 10);
    const seen = firstTen.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9]]);
    expect(seen).toEqual(PUBLISHED_ROWS);
  });

  it('gives each last purchase as a date cell: midnight in Paris, recency days before 2006-12-31', () => {
    for (const [id, recency] of PUBLISHED_ROWS) {
      const row = body.find((r) => r[0] === id) as unknown[];
      const last = row[1] as Date;
      expect(last).toBeInstanceOf(Date);
      expect(isMidnight(last, TZ)).toBe(true);
      const days = (Date.UTC(2006, 11, 31) - Date.parse(`${calendarDay(last, TZ)}T00:00:00Z`)) / 86_400_000;
      expect(days).toBe(recency);
    }
  });

  it('reproduces the published segment summary (customers, orders, revenue)', () => {
    const summary: Record<string, [number, number, number]> = {};
    for (const row of body) {
      const line = (summary[row[9] as string] ??= [0, 0, 0]);
      line[0] += 1;
      line[1] += row[3] as number;
      line[2] += row[4] as number;
    }
    expect(summary).toEqual(PUBLISHED_SUMMARY);
  });

  it('keeps the package names with a French spreadsheet when asked explicitly ("rfm-en"), under French headers', () => {
    const french = salesBook('fr_FR');
    const frTable = french.call(
      'RFM_TABLE',
      french.range('Orders!A2:A'),
      french.range('Orders!B2:B'),
      french.range('Orders!C2:C'),
      asOf,
      5,
      'rfm',
      'rfm-en',
    ) as unknown[][];
    expect(frTable[0]?.[0]).toBe('Client');
    expect(frTable[0]?.[1]).toBe('Dernier achat');
    expect(frTable.slice(1).map((row) => row[9])).toEqual(body.map((row) => row[9]));
  });
});

describe('rfm_data_orders.csv through RFM_SCORE and RFM_SEGMENT on per-client columns', () => {
  const clients = perClient(orders);
  const book = workbook({
    locale: 'en_US',
    timeZone: TZ,
    sheets: [
      {
        name: 'Clients',
        values: [
          ['customer_id', 'last_order', 'orders', 'revenue'],
          ...clients.map((c) => [c.customer, midnight(c.last, TZ), c.orders, c.revenue]),
        ],
      },
      { name: 'Settings', values: [['Analysis date', midnight('2006-12-31', TZ)]] },
    ],
  });
  const codes = flat(
    book.call(
      'RFM_SCORE',
      book.range('Clients!B2:B'),
      book.range('Clients!C2:C'),
      book.range('Clients!D2:D'),
      5,
      book.range('Settings!B1'),
      'rfm',
    ),
  );
  // The codes as a column E would pass them to RFM_SEGMENT, blank tail included.
  const segments = flat(
    book.call(
      'RFM_SEGMENT',
      codes.map((code) => [code]),
      'rfm',
    ),
  );

  it('has one row per customer and blanks below', () => {
    expect(clients).toHaveLength(995);
    expect(codes).toHaveLength(999);
    expect(codes.slice(995)).toEqual(['', '', '', '']);
  });

  it('reproduces the published codes and segments of the first rows', () => {
    for (const [id, , , , , , , code, segment] of PUBLISHED_ROWS) {
      const index = clients.findIndex((c) => c.customer === id);
      expect({ id, code: codes[index], segment: segments[index] }).toEqual({ id, code, segment });
    }
  });

  it('reproduces the published segment summary', () => {
    const summary: Record<string, [number, number, number]> = {};
    clients.forEach((client, i) => {
      const line = (summary[segments[i] as string] ??= [0, 0, 0]);
      line[0] += 1;
      line[1] += client.orders;
      line[2] += client.revenue;
    });
    expect(summary).toEqual(PUBLISHED_SUMMARY);
  });
});
