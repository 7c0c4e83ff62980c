/**
 * The satisfaction and value-to-come functions through the built bundle: the course's NPS/CSAT examples, the
 * portfolio matrix, the CDNOW summary rebuilt by BTYD_TABLE from the raw sample and the published BG/NBD and
 * Gamma-Gamma fits (tests/fixtures/reference/publishedBtyd.ts), and errors naming function, argument and row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PUBLISHED_BGNBD,
  PUBLISHED_BGNBD_LOG_LIKELIHOOD,
  PUBLISHED_CONDITIONAL_EXPECTATION,
  PUBLISHED_GAMMA_GAMMA,
} from '../fixtures/reference/publishedBtyd';
import { column, expectCellError, flat, workbook } from '../support/customFunctions';
import { midnight } from '../support/calendar';

const TZ = 'Europe/Paris';
const english = workbook({ locale: 'en_US', timeZone: TZ });
const french = workbook({ locale: 'fr_FR', timeZone: TZ });
const repeat = (score: number, count: number) => new Array<number>(count).fill(score);
const sig3 = (value: unknown) => Number((value as number).toPrecision(3));

describe('NPS and CSAT', () => {
  it('NPS: 80 promoters, 60 passives, 60 detractors of 200 → 10; blank answers skipped', () => {
    const scores = column(...repeat(10, 80), ...repeat(8, 60), ...repeat(5, 60), '', '');
    expect(english.call('NPS', scores)).toBe(10);
  });

  it('NPS: 25 % / 55 % / 20 % → +5, answers typed as text read too', () => {
    expect(english.call('NPS', column(...repeat(9, 5), ...repeat(7, 11), '2', '0', '6', '6'))).toBeCloseTo(5, 12);
  });

  it('CSAT: 60 satisfied of 100 → 0.6 (60 %); average mode → the mean score', () => {
    const scores = column(...repeat(5, 30), ...repeat(4, 30), ...repeat(2, 40));
    expect(english.call('CSAT', scores)).toBe(0.6);
    expect(english.call('CSAT', scores, 5, 4, 'average')).toBeCloseTo((30 * 5 + 30 * 4 + 40 * 2) / 100, 12);
    expect(french.call('CSAT', column(8, 9, 10, 3), 10, 8)).toBe(0.75);
    expect(french.call('CSAT', column(8, 9, 10, 3), 10, '', 'moyenne')).toBe(7.5);
  });

  it('errors name the function, argument and row, in the spreadsheet language', () => {
    expectCellError(
      english.failure('NPS', column(9, 10, 11)),
      'NPS: argument "scores", row 3: a score must be a whole number from 0 to 10 (11)',
    );
    expectCellError(
      french.failure('NPS', column(9, 7.5)),
      'NPS : argument « scores », ligne 2 : une note doit être un entier de 0 à 10 (7,5)',
    );
    expectCellError(english.failure('NPS', column('', '')), 'NPS: argument "scores": the range holds no value');
    expectCellError(
      english.failure('CSAT', column(4, 6)),
      'CSAT: argument "scores", row 2: a score must be a whole number from 0 to 5 (6)',
    );
    expectCellError(
      english.failure('CSAT', column(4), 5, 7),
      'CSAT: argument "satisfied_from": must be above 0 and at most the scale 5 (7)',
    );
    expectCellError(
      english.failure('CSAT', column(4), 5, 4, 'median'),
      'CSAT: argument "mode": unknown mode "median": use "share" or "average"',
    );
    expectCellError(
      english.failure('NPS', column(9, 'great')),
      'NPS: argument "scores", row 2: "great" is not a number',
    );
  });
});

describe('VALUE_QUADRANT', () => {
  it('gives the four quadrants in the spreadsheet language; a value on its threshold is low', () => {
    const now = column(100, 100, -5, 0, '', 50);
    const later = column(200, 0, 10, 0, '', 80);
    expect(flat(english.call('VALUE_QUADRANT', now, later))).toEqual([
      'Develop',
      'Retain',
      'Nurture',
      'Maintain',
      '',
      'Develop',
    ]);
    expect(flat(french.call('VALUE_QUADRANT', now, later))).toEqual([
      'Développer',
      'Fidéliser',
      'Cultiver',
      'Maintenir',
      '',
      'Développer',
    ]);
    expect(flat(english.call('VALUE_QUADRANT', now, later, 50, 80))).toEqual([
      'Develop',
      'Retain',
      'Maintain',
      'Maintain',
      '',
      'Maintain',
    ]);
    expect(english.call('VALUE_QUADRANT', 10, 20)).toBe('Develop');
  });

  it('names the row of a value that is not a number', () => {
    expectCellError(
      english.failure('VALUE_QUADRANT', column(1, 'x'), column(2, 3)),
      'VALUE_QUADRANT: argument "value_now", row 2: "x" is not a number',
    );
  });
});

/** The raw CDNOW sample as a sales sheet: sample id, date cell, dollars. */
const sample = fs
  .readFileSync(path.join(__dirname, '../fixtures/reference/CDNOW_sample.txt'), 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '')
  .map((line) => line.trim().split(/\s+/))
  .map(([, id = '', date = '', , dollars = '']) => [
    Number(id),
    midnight(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, TZ),
    Number(dollars),
  ]);
const published = fs
  .readFileSync(path.join(__dirname, '../fixtures/reference/cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => line.split(',').map(Number));

describe('CDNOW through the functions', () => {
  const table = english.call(
    'BTYD_TABLE',
    sample.map((row) => [row[0]]),
    sample.map((row) => [row[1]]),
    sample.map((row) => [row[2]]),
    midnight('1997-09-30', TZ),
    'weeks',
  ) as unknown[][];
  const body = table.slice(1);
  const columnOf = (index: number) => body.map((row) => [row[index]]);

  it('BTYD_TABLE rebuilds the published summary (calibration end 1997-09-30, weeks)', () => {
    expect(table[0]).toEqual(['Client', 'Repeat purchases (x)', 'Recency (t_x)', 'Age (T)', 'Mean repeat spend']);
    expect(body).toHaveLength(2357);
    body.forEach((row, i) => {
      const [id, x, tx, T, zbar] = published[i] ?? [];
      expect(row[0]).toBe(id);
      expect(row[1]).toBe(x);
      for (const [ours, theirs] of [
        [row[2], tx],
        [row[3], T],
        [row[4], zbar],
      ] as const) {
        expect(Math.abs((ours as number) - (theirs ?? Number.NaN)), `client ${id}`).toBeLessThanOrEqual(0.005 + 1e-9);
      }
    });
  });

  it("BGNBD_PARAMS fits lifetimes' published r, α, a, b to 3 significant digits, and the log-likelihood −9 582.4", () => {
    const [row] = english.call('BGNBD_PARAMS', columnOf(1), columnOf(2), columnOf(3)) as number[][];
    expect(row).toHaveLength(5);
    expect(row?.slice(0, 4).map(sig3)).toEqual(
      [PUBLISHED_BGNBD.r, PUBLISHED_BGNBD.alpha, PUBLISHED_BGNBD.a, PUBLISHED_BGNBD.b].map(sig3),
    );
    expect(Math.round((row?.[4] ?? 0) * 10) / 10).toBe(PUBLISHED_BGNBD_LOG_LIKELIHOOD);
  });

  it('GAMMA_GAMMA_PARAMS fits the published p, q, v to 3 significant digits (rows with x = 0 left out)', () => {
    const [row] = english.call('GAMMA_GAMMA_PARAMS', columnOf(1), columnOf(4)) as number[][];
    expect(row?.map(sig3)).toEqual(
      [PUBLISHED_GAMMA_GAMMA.p, PUBLISHED_GAMMA_GAMMA.q, PUBLISHED_GAMMA_GAMMA.v].map(sig3),
    );
  });

  it('EXPECTED_PURCHASES: 1.226 for x = 2, t_x = 30.43, T = 38.86 over 39 weeks, fitted or with the published row', () => {
    const { x, tx, T, t, expected } = PUBLISHED_CONDITIONAL_EXPECTATION;
    const params = [[PUBLISHED_BGNBD.r, PUBLISHED_BGNBD.alpha, PUBLISHED_BGNBD.a, PUBLISHED_BGNBD.b]];
    expect(Math.abs((english.call('EXPECTED_PURCHASES', x, tx, T, t, params) as number) - expected)).toBeLessThan(1e-3);
    const fitted = flat(english.call('EXPECTED_PURCHASES', columnOf(1), columnOf(2), columnOf(3), t)) as number[];
    expect(Math.abs((fitted[0] ?? 0) - expected)).toBeLessThan(1e-3);
  });

  it('P_ALIVE is 1 without repeat purchase and within 0..1; CLV_FORECAST = spend × purchases when not discounted', () => {
    const params = english.call('BGNBD_PARAMS', columnOf(1), columnOf(2), columnOf(3));
    const alive = flat(english.call('P_ALIVE', columnOf(1), columnOf(2), columnOf(3), params)) as number[];
    body.forEach((row, i) => {
      if (row[1] === 0) expect(alive[i]).toBe(1);
      expect(alive[i]).toBeGreaterThanOrEqual(0);
      expect(alive[i]).toBeLessThanOrEqual(1);
    });
    const spendParams = [[PUBLISHED_GAMMA_GAMMA.p, PUBLISHED_GAMMA_GAMMA.q, PUBLISHED_GAMMA_GAMMA.v]];
    // Client 1: x = 2, m = 22.35 → spend 6.25 × (15.44 + 2 × 22.35) / (12.5 + 2.74) = 375.875 / 15.24.
    const spend = (6.25 * (15.44 + 2 * 22.35)) / (12.5 + 2.74);
    const purchases = english.call('EXPECTED_PURCHASES', 2, 30.43, 38.86, 52, params) as number;
    const clv = english.call('CLV_FORECAST', 2, 30.43, 38.86, 22.35, 52, 0.3, 0, params, spendParams) as number;
    expect(clv).toBeCloseTo(0.3 * spend * purchases, 9);
    const discounted = english.call(
      'CLV_FORECAST',
      2,
      30.43,
      38.86,
      22.35,
      52,
      0.3,
      0.002,
      params,
      spendParams,
    ) as number;
    expect(discounted).toBeLessThan(clv);
    expect(discounted).toBeGreaterThan(clv / 1.002 ** 52);
  });
});

describe('value-to-come errors', () => {
  it('name the argument and row of an impossible history', () => {
    expectCellError(
      english.failure('P_ALIVE', column(1, 2), column(3, 9), column(5, 8)),
      'P_ALIVE: argument "recency", row 2: the recency (9) cannot exceed the age (8)',
    );
    expectCellError(
      french.failure('BGNBD_PARAMS', column(1, 2.5), column(3, 4), column(5, 8)),
      'BGNBD_PARAMS : argument « frequency », ligne 2 : le nombre d’achats répétés doit être un nombre entier (2,5)',
    );
    expectCellError(
      english.failure('EXPECTED_PURCHASES', column(0, 1), column(2, 1), column(5, 8), 10),
      'EXPECTED_PURCHASES: argument "recency", row 1: must be 0 when there is no repeat purchase (2)',
    );
  });

  it('refuse a fit without repeat buyers, a bad parameter row, a bad horizon or unit', () => {
    expectCellError(
      english.failure('BGNBD_PARAMS', column(0, 0), column(0, 0), column(5, 8)),
      'BGNBD_PARAMS: argument "frequency": no client bought twice: the model cannot be fitted',
    );
    expectCellError(
      english.failure('GAMMA_GAMMA_PARAMS', column(0, 0), column(0, 0)),
      'GAMMA_GAMMA_PARAMS: argument "monetary": no client with repeat purchases: the spend model cannot be fitted',
    );
    expectCellError(
      english.failure('GAMMA_GAMMA_PARAMS', column(2, 1), column(20, 0)),
      'GAMMA_GAMMA_PARAMS: argument "monetary", row 2: must be above 0 for a client with repeat purchases (0)',
    );
    expectCellError(
      english.failure('P_ALIVE', 2, 3, 5, [[0.2, 4, -1, 2]]),
      'P_ALIVE: argument "params": expected a row of 4 positive numbers (r, α, a, b) as BGNBD_PARAMS returns',
    );
    expectCellError(
      english.failure('EXPECTED_PURCHASES', 2, 3, 5, -1, [[0.2, 4, 0.8, 2]]),
      'EXPECTED_PURCHASES: argument "horizon": the horizon must be 0 or more (-1)',
    );
    expectCellError(
      english.failure('CLV_FORECAST', 2, 3, 5, 20, 2.5, 1, 0.01, [[0.2, 4, 0.8, 2]], [[6, 4, 15]]),
      'CLV_FORECAST: argument "horizon": with a discount rate the horizon must be whole (2.5)',
    );
    expectCellError(
      english.failure('BTYD_TABLE', column('a'), column(midnight('2025-01-02', TZ)), column(5), '', 'years'),
      'BTYD_TABLE: argument "unit": unknown time unit "years": use "days", "weeks" or "months"',
    );
  });

  it('BTYD_TABLE in days and in French, with returns and same-day sales', () => {
    const ids = column('Ann', 'Bob', 'Ann', 'Ann', 'Ann');
    const dates = column(
      ...['2025-01-01', '2025-01-03', '2025-01-08', '2025-01-08', '2025-01-09'].map((d) => midnight(d, TZ)),
    );
    const amounts = column(10, 40, 5, 5, -3);
    expect(french.call('BTYD_TABLE', ids, dates, amounts, midnight('2025-01-11', TZ), 'jours')).toEqual([
      ['Client', 'Achats répétés (x)', 'Récence (t_x)', 'Ancienneté (T)', 'Dépense moyenne des rachats'],
      ['Ann', 1, 7, 10, 10],
      ['Bob', 0, 0, 8, 0],
    ]);
  });
});
