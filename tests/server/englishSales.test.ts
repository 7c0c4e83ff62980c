/**
 * An English sales log (one row per sale, a few returns, a blank row)
 * analysed end to end by the built add-on: the shape is detected and the
 * sales are aggregated per client; returns are netted or ignored.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceInfo } from '../../src/server/api';
import { type AddOnRun, openAddOn, sheetRecords } from '../support/addOn';
import { calendarDay, midnight } from '../support/calendar';

const TZ = 'America/New_York';
const d = (iso: string) => midnight(iso, TZ);

/** Sheet rows 2–12; row 6 is blank; rows 7 and 10 are returns. */
const SALES: unknown[][] = [
  ['Order date', 'Customer', 'Email', 'Amount'],
  [d('2024-01-10'), 'Ann', 'ann@example.com', 50],
  [d('2024-02-01'), 'Bob', '', 20],
  [d('2024-03-15'), 'Ann', '', 30],
  [d('2024-03-20'), 'Cat', 'cat@example.com', 100],
  ['', '', '', ''],
  [d('2024-04-01'), 'Bob', 'bob@example.com', -20],
  [d('2024-05-05'), 'Ann', '', 70],
  [d('2024-05-20'), 'Dan', '', '$10.00'],
  [d('2024-06-01'), 'Cat', '', -30],
  [d('2024-06-10'), 'Bob', '', 40],
  [d('2024-06-20'), 'Eve', 'eve@example.com', 200],
];

/** Client, last purchase, days to 2024-06-30, purchases, amount; clients in order of first sale. */
type Line = [string, string, number, number, number];

/*
 * Returns netted: a return lowers the amount, is no purchase and does not move the last purchase date.
 *   Ann 50 + 30 + 70 = 150, 3 purchases, last 2024-05-05 (26 days to 31 May + 30 = 56)
 *   Bob 20 − 20 + 40 = 40, 2 purchases, last 2024-06-10 (20 days)
 *   Cat 100 − 30 = 70, 1 purchase, last 2024-03-20 (the return of 1 June is no purchase): 11 + 30 + 31 + 30 = 102 days
 *   Dan "$10.00" = 10, 1 purchase, 2024-05-20 (11 + 30 = 41 days); Eve 200, 1 purchase, 2024-06-20 (10 days)
 */
const NET: Line[] = [
  ['Ann', '2024-05-05', 56, 3, 150],
  ['Bob', '2024-06-10', 20, 2, 40],
  ['Cat', '2024-03-20', 102, 1, 70],
  ['Dan', '2024-05-20', 41, 1, 10],
  ['Eve', '2024-06-20', 10, 1, 200],
];
/** Returns ignored: Bob 20 + 40 = 60, Cat 100; the rest as netted. */
const IGNORED: Line[] = NET.map((line) => {
  if (line[0] === 'Bob') return ['Bob', '2024-06-10', 20, 2, 60];
  if (line[0] === 'Cat') return ['Cat', '2024-03-20', 102, 1, 100];
  return line;
});

function clientLines(addOn: AddOnRun): Line[] {
  return sheetRecords(addOn.ss, 'Portfolio – Clients').map((row) => [
    row['Client'] as string,
    calendarDay(row['Last purchase'] as Date, TZ),
    row['Days since last purchase'] as number,
    row['Purchases'] as number,
    row['Amount'] as number,
  ]);
}

let addOn: AddOnRun;
let info: SourceInfo;

beforeAll(async () => {
  addOn = await openAddOn({ locale: 'en_US', timeZone: TZ, sheets: [{ name: 'Sales 2024', values: SALES }] });
  info = addOn.sourceInfo();
});

describe('a sales log', () => {
  it('is recognised as one row per sale, with its columns', () => {
    expect(info.lang).toBe('en');
    expect(info.headerRow).toBe(1);
    expect(info.dataRows).toBe(11);
    expect(info.defaults.shape).toBe('sales');
    expect(info.defaults.mapping).toEqual({
      client: 1,
      date: 0,
      amount: 3,
      email: 2,
      recency: null,
      purchases: null,
      phone: null,
      firstName: null,
      lastName: null,
      type: null,
    });
    expect(info.defaults.asOf).toBe('2024-06-30');
    expect(info.preview[0]).toEqual(['2024-01-10', 'Ann', 'ann@example.com', '50']);
  });

  it('is aggregated per client with returns netted: last purchase, purchases, sum', () => {
    const result = addOn.analyse(info.defaults);
    expect(clientLines(addOn)).toEqual(NET);
    expect(result.clients).toBe(5);
    expect(result.revenue).toBe(470);
    expect(result.skipped).toEqual([]);
    const [ann, bob] = sheetRecords(addOn.ss, 'Portfolio – Clients');
    // contact details gathered over the client's rows
    expect(ann?.['Email']).toBe('ann@example.com');
    expect(bob?.['Email']).toBe('bob@example.com');
    // average basket = amount / purchases; one year or less of data → value over one year = basket × purchases
    expect(bob?.['Average basket']).toBe(20);
    expect(ann?.['Client value (1 year)']).toBe(150);
  });

  it('leaves returns out entirely when told to ignore them', () => {
    const result = addOn.analyse({ ...info.defaults, returns: 'ignore' });
    expect(clientLines(addOn)).toEqual(IGNORED);
    expect(result.revenue).toBe(520);
  });

  it('counts purchases and revenue per segment consistently with the per-client lines', () => {
    const result = addOn.analyse(info.defaults);
    expect(result.segments.reduce((sum, s) => sum + s.clients, 0)).toBe(5);
    expect(result.segments.reduce((sum, s) => sum + s.revenue, 0)).toBe(470);
    expect(result.abc.reduce((sum, s) => sum + s.revenue, 0)).toBe(470);
  });

  it('leaves out sales after the reference date, naming the row', () => {
    const result = addOn.analyse({ ...info.defaults, asOf: '2024-06-15' });
    expect(result.skipped).toEqual([
      { row: 12, reason: 'sale dated 2024-06-20, after the reference date 2024-06-15: left out' },
    ]);
    expect(result.clients).toBe(4);
  });
});
