/**
 * RFM_SCORE through the built bundle, called as a cell formula.
 * Every expected code is worked out by hand in the comments: PERCENTILE.INC
 * breakpoints qₖ at h = (N − 1)·k/n, then the scores of each method.
 */
import { describe, expect, it } from 'vitest';
import { addDays, midnight } from '../support/calendar';
import { column, flat, workbook } from '../support/customFunctions';
import { at } from '../../tools/indexing';

const TZ = 'Europe/Paris';
const AS_OF = '2025-03-31';

/**
 * Five clients, in no particular order.
 * days since the last purchase (to 2025-03-31), purchases, amount:
 *   Anne 30, 2, 120 · Bruno 3, 9, 900 · Chloé 120, 1, 35 · David 10, 2, 250 · Emma 60, 3, 120
 */
const CLIENTS = [
  { name: 'Anne', days: 30, purchases: 2, amount: 120 },
  { name: 'Bruno', days: 3, purchases: 9, amount: 900 },
  { name: 'Chloé', days: 120, purchases: 1, amount: 35 },
  { name: 'David', days: 10, purchases: 2, amount: 250 },
  { name: 'Emma', days: 60, purchases: 3, amount: 120 },
];

/**
 * The last purchase dates, as_of − days:
 * Anne 2025-03-01, Bruno 2025-03-28, Chloé 2024-12-01 (31 Mar → 1 Mar 30 d, → 1 Feb 58 d, → 1 Jan 89 d, → 1 Dec 120 d),
 * David 2025-03-21, Emma 2025-01-30 (→ 1 Feb 58 d, → 30 Jan 60 d).
 */
const LAST_PURCHASES = ['2025-03-01', '2025-03-28', '2024-12-01', '2025-03-21', '2025-01-30'];

/**
 * Sheet "Clients": A name, B date of last purchase (date cells), C days, D purchases, E amount.
 * Sheet "Barème": a teacher's grid, rows R (days), F, M.
 * Sheet "Réglages": B1 the reference date as a date cell, B2 as text.
 */
function boutique(locale = 'fr_FR') {
  return workbook({
    locale,
    timeZone: TZ,
    sheets: [
      {
        name: 'Clients',
        values: [
          ['Client', 'Dernier achat', 'Jours', 'Achats', 'Montant'],
          ...CLIENTS.map((c, i) => [c.name, midnight(at(LAST_PURCHASES, i), TZ), c.days, c.purchases, c.amount]),
        ],
      },
      {
        name: 'Barème',
        values: [
          ['R', 30, 90],
          ['F', 3, 6],
          ['M', 100, 500],
        ],
      },
      {
        name: 'Réglages',
        values: [
          ['Date de référence', midnight(AS_OF, TZ)],
          ['Texte', '2025-03-31'],
          ['Plus tard', midnight('2025-04-30', TZ)],
        ],
      },
    ],
  });
}

describe('RFM_SCORE: methods on a small table (days since the last purchase)', () => {
  const book = boutique();
  const days = book.range('Clients!C2:C6');
  const purchases = book.range('Clients!D2:D6');
  const amounts = book.range('Clients!E2:E6');

  it('quantile (default): PERCENTILE.INC breakpoints, score = 1 + #{v > qₖ}, R = 5 − #{days > qₖ}', () => {
    // N = 5, n = 5: h = 4k/5 = 0.8, 1.6, 2.4, 3.2.
    // days sorted 3, 10, 30, 60, 120: q = 3 + .8×7 = 8.6, 10 + .6×20 = 22, 30 + .4×30 = 42, 60 + .2×60 = 72
    //   R: Anne 30 → 5 − 2 = 3, Bruno 3 → 5, Chloé 120 → 1, David 10 → 4, Emma 60 → 2
    // purchases sorted 1, 2, 2, 3, 9: q = 1 + .8×1 = 1.8, 2 + .6×0 = 2, 2 + .4×1 = 2.4, 3 + .2×6 = 4.2
    //   F: Anne 2 → 1 + 1 = 2, Bruno 9 → 5, Chloé 1 → 1, David 2 → 2, Emma 3 → 1 + 3 = 4
    // amounts sorted 35, 120, 120, 250, 900: q = 35 + .8×85 = 103, 120 + .6×0 = 120, 120 + .4×130 = 172, 250 + .2×650 = 380
    //   M: Anne 120 → 2, Bruno 900 → 5, Chloé 35 → 1, David 250 → 4, Emma 120 → 2 (equal amounts, equal scores)
    const expected = [322, 555, 111, 424, 242];
    expect(flat(book.call('RFM_SCORE', days, purchases, amounts))).toEqual(expected);
    expect(flat(book.call('RFM_SCORE', days, purchases, amounts, 5, undefined, 'quantile'))).toEqual(expected);
    expect(flat(book.call('RFM_SCORE', days, purchases, amounts, '', '', ''))).toEqual(expected);
  });

  it('rfm: the R package rfm bounds qₖ + 1, class = 1 + #{v ≥ qₖ + 1}, recency reversed', () => {
    // days bounds 9.6, 23, 43, 73: Anne 30 → class 3 → R 3, Bruno 3 → R 5, Chloé 120 → R 1, David 10 → class 2 → R 4, Emma 60 → R 2
    // purchases bounds 2.8, 3, 3.4, 5.2: Anne 2 → 1, Bruno 9 → 5, Chloé 1 → 1, David 2 → 1, Emma 3 → 1 + 2 = 3
    // amounts bounds 104, 121, 173, 381: Anne 120 → 2, Bruno 5, Chloé 1, David 250 → 4, Emma 120 → 2
    expect(flat(book.call('RFM_SCORE', days, purchases, amounts, 5, undefined, 'rfm'))).toEqual([
      312, 555, 111, 414, 232,
    ]);
  });

  it('ntile: equal groups by rank, ties broken by row order', () => {
    // N = 5, n = 5: one client per group.
    // days from most to fewest: Chloé 120, Emma 60, Anne 30, David 10, Bruno 3 → R 1, 2, 3, 4, 5
    // purchases ascending, ties in row order: Chloé 1, Anne 2 (row 1), David 2 (row 4), Emma 3, Bruno 9 → F 1..5
    // amounts ascending: Chloé 35, Anne 120 (row 1), Emma 120 (row 5), David 250, Bruno 900 → M 1..5
    expect(flat(book.call('RFM_SCORE', days, purchases, amounts, 5, undefined, 'ntile'))).toEqual([
      322, 555, 111, 434, 243,
    ]);
    expect(flat(book.call('RFM_SCORE', days, purchases, amounts, 5, undefined, ' NTILE '))).toEqual([
      322, 555, 111, 434, 243,
    ]);
  });

  it('bins 3: breakpoints at k/3', () => {
    // N = 5, n = 3: h = 4/3 = 1.333…, 8/3 = 2.667…
    // days 3, 10, 30, 60, 120: q = 10 + ⅓×20 = 16.67, 30 + ⅔×30 = 50 → R = 3 − #{days > q}:
    //   Anne 30 → 2, Bruno 3 → 3, Chloé 120 → 1, David 10 → 3, Emma 60 → 1
    // purchases 1, 2, 2, 3, 9: q = 2 + ⅓×0 = 2, 2 + ⅔×1 = 2.67 → F: Anne 1, Bruno 3, Chloé 1, David 1, Emma 3
    // amounts 35, 120, 120, 250, 900: q = 120, 120 + ⅔×130 = 206.67 → M: Anne 1, Bruno 3, Chloé 1, David 3, Emma 1
    expect(flat(book.call('RFM_SCORE', days, purchases, amounts, 3))).toEqual([211, 333, 111, 313, 131]);
    expect(flat(book.call('RFM_SCORE', days, purchases, amounts, '3'))).toEqual([211, 333, 111, 313, 131]);
  });

  it('gives the code 100·R + 10·F + M, e.g. 543', () => {
    // A sixth client with days 12, purchases 8, amount 300 among five others; N = 6, n = 5: h = k, so qₖ = sorted[k].
    // days 5, 40, 12, 200, 90, 12 → sorted 5, 12, 12, 40, 90, 200: q = 12, 12, 40, 90
    //   R = 5 − #{days > q}: 5 → 5, 40 → 3, 12 → 5, 200 → 1, 90 → 2, 12 → 5
    // purchases 8, 3, 1, 2, 5, 8 → sorted 1, 2, 3, 5, 8, 8: q = 2, 3, 5, 8
    //   F = 1 + #{v > q}: 8 → 4, 3 → 2, 1 → 1, 2 → 1, 5 → 3, 8 → 4
    // amounts 640, 90, 25, 150, 310, 300 → sorted 25, 90, 150, 300, 310, 640: q = 90, 150, 300, 310
    //   M: 640 → 5, 90 → 1, 25 → 1, 150 → 2, 310 → 4, 300 → 3
    const codes = book.call(
      'RFM_SCORE',
      column(5, 40, 12, 200, 90, 12),
      column(8, 3, 1, 2, 5, 8),
      column(640, 90, 25, 150, 310, 300),
    );
    expect(flat(codes)).toEqual([545, 321, 511, 112, 234, 543]);
  });
});

describe('RFM_SCORE: dates of last purchase and the reference date', () => {
  const book = boutique();
  const dates = book.range('Clients!B2:B6');
  const purchases = book.range('Clients!D2:D6');
  const amounts = book.range('Clients!E2:E6');
  const grid = book.range('Barème!B1:C3');

  it('reads date cells as days to as_of: the same codes as the column of days', () => {
    const asOf = book.range('Réglages!B1');
    expect(asOf).toBeInstanceOf(Date);
    expect(flat(book.call('RFM_SCORE', dates, purchases, amounts, undefined, asOf))).toEqual([322, 555, 111, 424, 242]);
  });

  it("scores a teacher's grid (R in days, F, M): class = 1 + #{v ≥ tₖ}, R = n + 1 − class", () => {
    // Grid R 30, 90 (less than 30 days / 30 to 89 / 90 and more), F 3, 6, M 100, 500; n = 3.
    // Anne:  30 days → class 2 → R 2; 2 purchases → F 1; 120 → M 2 → 212
    // Bruno:  3 days → class 1 → R 3; 9 → F 3; 900 → M 3        → 333
    // Chloé: 120 days → class 3 → R 1; 1 → F 1; 35 → M 1        → 111
    // David: 10 days → R 3; 2 → F 1; 250 → M 2                  → 312
    // Emma:  60 days → R 2; 3 → F 2; 120 → M 2                  → 222
    const expected = [212, 333, 111, 312, 222];
    expect(grid).toEqual([
      [30, 90],
      [3, 6],
      [100, 500],
    ]);
    expect(flat(book.call('RFM_SCORE', book.range('Clients!C2:C6'), purchases, amounts, grid))).toEqual(expected);
    expect(flat(book.call('RFM_SCORE', dates, purchases, amounts, grid, book.range('Réglages!B1')))).toEqual(expected);
    // A method is not used with a grid.
    expect(flat(book.call('RFM_SCORE', dates, purchases, amounts, grid, book.range('Réglages!B1'), 'ntile'))).toEqual(
      expected,
    );
  });

  it('takes as_of as text 2025-03-31', () => {
    expect(book.range('Réglages!B2')).toBe('2025-03-31');
    expect(flat(book.call('RFM_SCORE', dates, purchases, amounts, grid, book.range('Réglages!B2')))).toEqual([
      212, 333, 111, 312, 222,
    ]);
  });

  it('defaults as_of to the latest date of recency', () => {
    // Latest date: Bruno 2025-03-28, so days are 3 fewer: Anne 27, Bruno 0, Chloé 117, David 7, Emma 57.
    // Grid: Anne 27 < 30 → R 3 → 312; the others keep their classes.
    expect(flat(book.call('RFM_SCORE', dates, purchases, amounts, grid))).toEqual([312, 333, 111, 312, 222]);
    expect(flat(book.call('RFM_SCORE', dates, purchases, amounts, grid, ''))).toEqual([312, 333, 111, 312, 222]);
  });

  it('moves every recency with a later as_of', () => {
    // as_of 2025-04-30, 30 days later: Anne 60 → R 2, Bruno 33 → R 2, Chloé 150 → R 1, David 40 → R 2, Emma 90 → class 3 → R 1.
    expect(flat(book.call('RFM_SCORE', dates, purchases, amounts, grid, book.range('Réglages!B3')))).toEqual([
      212, 233, 111, 212, 122,
    ]);
  });

  it('reads text dates of the recency column in the locale order', () => {
    // Chloé's 2024-12-01 written 01/12/2024 (day first in French), David's 2025-03-21 written 21/03/2025.
    const texts = column('2025-03-01', '28/03/2025', '01/12/2024', '21/03/2025', '30/01/2025');
    expect(flat(book.call('RFM_SCORE', texts, purchases, amounts, grid, '2025-03-31'))).toEqual([
      212, 333, 111, 312, 222,
    ]);
  });

  it('counts whole calendar days across a daylight-saving change', () => {
    // Paris moves to summer time on 2025-03-30: 2025-03-29 → 2025-04-02 is 4 calendar days, though 95 hours.
    // Grid R [4, 5]: 4 days → class 2 → R 2 (a 95-hour count would give 3 days → R 3).
    const last = midnight('2025-03-29', TZ);
    const asOf = midnight('2025-04-02', TZ);
    expect(asOf.getTime() - last.getTime()).toBe(95 * 3_600_000);
    const code = book.call(
      'RFM_SCORE',
      last,
      1,
      10,
      [
        [4, 5],
        [2, ''],
        [20, ''],
      ],
      asOf,
    );
    expect(code).toBe(211);
  });
});

describe('RFM_SCORE: ranges as Sheets passes them', () => {
  it('scores an open range B2:B with a blank tail: one code per filled row, "" below', () => {
    const book = boutique();
    const codes = flat(
      book.call('RFM_SCORE', book.range('Clients!C2:C'), book.range('Clients!D2:D'), book.range('Clients!E2:E')),
    );
    // The sheet has 1 000 rows: 999 results, the 5 codes of the quantile test, then blanks.
    expect(codes).toHaveLength(999);
    expect(codes.slice(0, 5)).toEqual([322, 555, 111, 424, 242]);
    expect(codes.slice(5).every((code) => code === '')).toBe(true);
  });

  it('scores 10 000 clients in an open range of 12 000 rows', () => {
    // Client i = 0..9 999: days i; purchases 10 000 − i; amount 1 + (7 919·i mod 10 000), a permutation of 1..10 000.
    // days 0..9 999: h = 9 999·k/5 = 1 999.8, 3 999.6, 5 999.4, 7 999.2 = qₖ → R = 5 − ⌊i / 2 000⌋
    // values 1..10 000: qₖ = 1 + 9 999·k/5 = 2 000.8, 4 000.6, 6 000.4, 8 000.2 → score = 1 + ⌊(v − 1) / 2 000⌋
    const size = 10_000;
    const amountOf = (i: number) => 1 + ((7_919 * i) % size);
    const rows: unknown[][] = [['Jours', 'Achats', 'Montant']];
    for (let i = 0; i < size; i += 1) rows.push([i, size - i, amountOf(i)]);
    const book = workbook({ locale: 'en_US', timeZone: TZ, sheets: [{ name: 'Big', values: rows, maxRows: 12_000 }] });
    const codes = flat(book.call('RFM_SCORE', book.range('Big!A2:A'), book.range('Big!B2:B'), book.range('Big!C2:C')));
    expect(codes).toHaveLength(11_999);
    const score = (v: number) => 1 + Math.floor((v - 1) / 2_000);
    for (let i = 0; i < size; i += 1) {
      const expected = 100 * (5 - Math.floor(i / 2_000)) + 10 * score(size - i) + score(amountOf(i));
      if (codes[i] !== expected) expect({ row: i + 1, code: codes[i] }).toEqual({ row: i + 1, code: expected });
    }
    expect(codes.slice(size).filter((code) => code !== '')).toEqual([]);
  });

  it('leaves blank rows in the middle blank', () => {
    // Without Bruno's row the quantile codes of the four others (N = 4, h = 0.6, 1.2, 1.8, 2.4):
    // days 10, 30, 60, 120: q = 10 + .6×20 = 22, 30 + .2×30 = 36, 30 + .8×30 = 54, 60 + .4×60 = 84 → R: Anne 30 → 4, Chloé 120 → 1, David 10 → 5, Emma 60 → 2
    // purchases 1, 2, 2, 3: q = 1 + .6×1 = 1.6, 2, 2, 2 + .4×1 = 2.4 → F: Anne 2 → 2, Chloé 1 → 1, David 2 → 2, Emma 3 → 5
    // amounts 35, 120, 120, 250: q = 35 + .6×85 = 86, 120, 120, 120 + .4×130 = 172 → M: Anne 120 → 2, Chloé 1, David 250 → 5, Emma 120 → 2
    const book = boutique();
    const codes = book.call(
      'RFM_SCORE',
      column(30, '', 120, 10, 60),
      column(2, '', 1, 2, 3),
      column(120, '', 35, 250, 120),
    );
    expect(flat(codes)).toEqual([422, '', 111, 525, 252]);
  });

  it('broadcasts scalars against columns', () => {
    // frequency 1 for every client: every breakpoint is 1, F = 1 + #{1 > 1} = 1.
    // R and M as in the quantile test: R 3, 5, 1, 4, 2; M 2, 5, 1, 4, 2.
    const book = boutique();
    const codes = book.call('RFM_SCORE', book.range('Clients!C2:C6'), 1, book.range('Clients!E2:E6'));
    expect(flat(codes)).toEqual([312, 515, 111, 414, 212]);
  });

  it('returns a single value when every argument is a single cell', () => {
    // One client: every breakpoint is its own value, R = 5 − 0 = 5, F = 1 + 0 = 1, M = 1.
    const book = boutique();
    expect(book.call('RFM_SCORE', 10, 2, 50)).toBe(511);
    expect(book.call('RFM_SCORE', midnight('2025-03-01', TZ), 2, 50, undefined, midnight(AS_OF, TZ))).toBe(511);
  });

  it('accepts a row instead of a column', () => {
    const book = boutique();
    const codes = book.call(
      'RFM_SCORE',
      [CLIENTS.map((c) => c.days)],
      [CLIENTS.map((c) => c.purchases)],
      [CLIENTS.map((c) => c.amount)],
    );
    expect(flat(codes)).toEqual([322, 555, 111, 424, 242]);
  });

  it('reads numbers written as text in the locale', () => {
    // French: "1 234,50 €" is 1234.5; the order of amounts is unchanged (Bruno still the largest).
    const book = boutique('fr_FR');
    const amounts = column('120', '1 234,50 €', '35', '250,00', '120');
    const codes = book.call('RFM_SCORE', book.range('Clients!C2:C6'), book.range('Clients!D2:D6'), amounts);
    expect(flat(codes)).toEqual([322, 555, 111, 424, 242]);
  });

  it('gives the same codes when called twice, or from another copy of the bundle', () => {
    const ties = [column(5, 5, 5, 9, 9, 1), column(1, 1, 1, 1, 2, 2), column(10, 10, 20, 20, 20, 5)];
    const first = boutique();
    const once = first.call('RFM_SCORE', ...ties, 3, undefined, 'ntile');
    expect(first.call('RFM_SCORE', ...ties, 3, undefined, 'ntile')).toEqual(once);
    expect(boutique().call('RFM_SCORE', ...ties, 3, undefined, 'ntile')).toEqual(once);
  });
});

it('addDays and midnight agree with the table of last purchases', () => {
  // Guards the helpers the expected values rely on.
  CLIENTS.forEach((c, i) => expect(addDays(AS_OF, -c.days)).toBe(LAST_PURCHASES[i]));
  expect(midnight('2025-03-01', TZ).toISOString()).toBe('2025-02-28T23:00:00.000Z');
  expect(midnight('2025-07-01', TZ).toISOString()).toBe('2025-06-30T22:00:00.000Z');
});
