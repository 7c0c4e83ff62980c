/**
 * Published results on real data sets (tests/fixtures/reference, see its README):
 * - the R package rfm 0.3 vignette on rfm_data_orders.csv (analysis date 2006-12-31,
 *   5 bins, method "rfm", the package's 10 segments): its first rows and segment summary;
 * - the lifetimes package's repeat-purchase summary of the CDNOW sample (calibration end 1997-09-30).
 * Every expected value below is copied from those publications, not computed by our code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PUBLISHED_FIRST_ROWS, PUBLISHED_SEGMENTS } from '../fixtures/reference/published';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cells';
import { dayFromIso, dayFromParts, isoFromDay } from '../../src/core/days';
import { dayFromLocalDate } from '../../tools/localCalendar';
import { clientsFromSaleCells } from '../../src/core/salesLog';
import { scorePortfolio } from '../../src/core/portfolio';
import { recencyDays } from '../../src/core/recency';
import { defaultRules, othersName } from '../../src/core/segments';
import { at } from '../../tools/indexing';

const FIXTURES = path.join(__dirname, '../fixtures/reference');

/** Rows [client, ISO date, amount] through the core's sales-log pipeline, returns netted, no reference date. */
function readSalesLog(rows: readonly (readonly Cell[])[]) {
  const column = (index: number) => ({ rows, column: index });
  return clientsFromSaleCells(
    { client: column(0), date: column(1), amount: column(2) },
    { dayOf: dayFromLocalDate, dateOrder: 'dmy', decimalComma: false, returns: 'net', asOfDay: null },
  );
}

function readLines(file: string): string[] {
  return fs
    .readFileSync(path.join(FIXTURES, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

const round2 = (value: number) => Math.round(value * 100) / 100;

describe('R package rfm 0.3: rfm_data_orders.csv', () => {
  const rows = readLines('rfm_data_orders.csv')
    .slice(1)
    .map((line) => line.split(','));
  // The orders as cells: customer, ISO date text, amount text, read by the core's sales-log pipeline.
  const log = readSalesLog(rows);
  const totals = log.names.map((name, i) => ({
    client: String(name),
    lastDay: log.lastDay[i] ?? NaN,
    purchases: log.purchases[i] ?? NaN,
    amount: log.amount[i] ?? NaN,
  }));
  const asOf = dayFromIso('2006-12-31');
  const figures = totals.map((t) => ({
    recencyDays: recencyDays(t.lastDay, asOf),
    purchases: t.purchases,
    amount: t.amount,
  }));
  const columns = {
    recencyDays: figures.map((f) => f.recencyDays),
    purchases: figures.map((f) => f.purchases),
    amount: figures.map((f) => f.amount),
  };
  const scored = scorePortfolio(columns, {
    binning: { kind: 'bins', n: 5 },
    method: 'rfm',
    rules: defaultRules('rfm', 'en'),
    others: othersName('rfm', 'en'),
    aShare: 0.8,
    bShare: 0.95,
  });
  const customers = totals.map((t, i) => ({
    id: t.client,
    recencyDays: at(figures, i).recencyDays,
    transactionCount: t.purchases,
    amount: t.amount,
    r: at(scored.scores, i).r,
    f: at(scored.scores, i).f,
    m: at(scored.scores, i).m,
    rfmScore: at(scored.codes, i),
    segment: at(scored.segments, i),
  }));

  it('reads 4 906 orders of 995 customers', () => {
    expect(rows).toHaveLength(4_906);
    expect(customers).toHaveLength(995);
    expect(customers.reduce((s, c) => s + c.transactionCount, 0)).toBe(4_906);
  });

  it('reproduces the published first rows (sorted by customer_id)', () => {
    // customer_id, recency_days, transaction_count, amount, R, F, M, rfm_score, segment
    const published = PUBLISHED_FIRST_ROWS;
    const firstTen = [...customers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, 10);
    expect(firstTen.map((c) => c.id)).toEqual(published.map((p) => p[0]));
    for (const [id, recency, count, amount, r, f, m, code, segment] of published) {
      const customer = customers.find((c) => c.id === id);
      expect(customer, id).toEqual({
        id,
        recencyDays: recency,
        transactionCount: count,
        amount,
        r,
        f,
        m,
        rfmScore: code,
        segment,
      });
    }
  });

  it('reproduces the published segment summary (customers, orders, revenue, average order value)', () => {
    const summary: Record<string, [number, number, number, number]> = {};
    for (const c of customers) {
      const line = (summary[c.segment] ??= [0, 0, 0, 0]);
      line[0] += 1;
      line[1] += c.transactionCount;
      line[2] += c.amount;
    }
    for (const line of Object.values(summary)) line[3] = round2(line[2] / line[1]);
    expect(summary).toEqual(PUBLISHED_SEGMENTS);
  });
});

describe('lifetimes: CDNOW repeat-purchase summary', () => {
  /** Calibration end: only purchases up to this day count. */
  const calibrationEnd = dayFromIso('1997-09-30');
  const WEEK = 7;

  // CDNOW_sample.txt: customer id, sample id (the summary's ID), yyyymmdd, number of CDs, dollars.
  // Same-day purchases are summed first: one log row per client and purchase day, amounts in cents
  // so that sums and means are exact.
  const dayAmounts = new Map<string, number>();
  const allIds = new Set<string>();
  for (const line of readLines('CDNOW_sample.txt')) {
    const [, id = '', date = '', , dollars] = line.trim().split(/\s+/);
    allIds.add(id);
    const day = dayFromParts(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8)));
    if (day > calibrationEnd) continue;
    const key = `${Number(id)} ${day}`;
    dayAmounts.set(key, (dayAmounts.get(key) ?? 0) + Math.round(Number(dollars) * 100));
  }
  const purchaseDays = [...dayAmounts.entries()].map(([key, cents]) => {
    const [id = '', day] = key.split(' ');
    return { id, day: Number(day), cents };
  });
  const log = readSalesLog(purchaseDays.map((p) => [p.id, isoFromDay(p.day), p.cents]));
  const totals = log.names.map((name, i) => ({
    client: String(name),
    firstDay: log.firstDay[i] ?? NaN,
    lastDay: log.lastDay[i] ?? NaN,
    purchases: log.purchases[i] ?? NaN,
    amount: log.amount[i] ?? NaN,
  }));

  /** x, t_x, T (weeks) and zbar (mean of the repeat purchase days, 0 when none), rounded to 2 decimals. */
  const summary = new Map(
    totals.map((t) => {
      const x = t.purchases - 1;
      const firstDayCents = dayAmounts.get(`${t.client} ${t.firstDay}`) ?? Number.NaN;
      const zbarCents = x > 0 ? Math.round((t.amount - firstDayCents) / x) : 0;
      return [
        t.client,
        {
          x,
          t_x: round2((t.lastDay - t.firstDay) / WEEK),
          T: round2((calibrationEnd - t.firstDay) / WEEK),
          zbar: zbarCents / 100,
        },
      ];
    }),
  );

  const published = readLines('cdnow_customers_summary_with_transactions.csv')
    .slice(1)
    .map((line) => {
      const [id = '', x, tx, T, zbar] = line.split(',');
      return { id, x: Number(x), t_x: Number(tx), T: Number(T), zbar: Number(zbar) };
    });

  it('has every customer of the sample, each with a purchase before the calibration end', () => {
    expect(allIds.size).toBe(2_357);
    expect(published).toHaveLength(2_357);
    expect(summary.size).toBe(2_357);
  });

  it('matches the published x, t_x, T and zbar of every customer', () => {
    const mismatches = published.filter((p) => {
      const ours = summary.get(p.id);
      return !ours || ours.x !== p.x || ours.t_x !== p.t_x || ours.T !== p.T || ours.zbar !== p.zbar;
    });
    expect(mismatches.map((p) => ({ published: p, ours: summary.get(p.id) }))).toEqual([]);
  });

  it('spot-checks customer 1 by hand', () => {
    // 1997-01-01 29.33 $, 1997-01-18 29.73 $, 1997-08-02 14.96 $ (1997-12-12 is after the calibration end)
    // x = 3 days − 1 = 2; t_x = 213 days / 7 = 30.43; T = 272 days / 7 = 38.86; zbar = (29.73 + 14.96) / 2 = 22.345 → 22.35
    expect(summary.get('1')).toEqual({ x: 2, t_x: 30.43, T: 38.86, zbar: 22.35 });
    expect(published[0]).toEqual({ id: '1', x: 2, t_x: 30.43, T: 38.86, zbar: 22.35 });
  });
});
