/**
 * RFM_TABLE through the built bundle: a header row, then one row per
 * client in order of first appearance; last purchase as a date cell at midnight
 * in the spreadsheet's time zone; returns netted and not counted as purchases.
 */
import { describe, expect, it } from 'vitest';
import { calendarDay, isMidnight, midnight } from '../support/calendar';
import { column, expectCellError, workbook } from '../support/customFunctions';

const HEADER_EN = [
  'Client',
  'Last purchase',
  'Days since last purchase',
  'Purchases',
  'Amount',
  'R',
  'F',
  'M',
  'RFM code',
  'Segment',
  'ABC',
];
const HEADER_FR = [
  'Client',
  'Dernier achat',
  'Jours depuis le dernier achat',
  'Nombre d’achats',
  'Montant',
  'R',
  'F',
  'M',
  'Code RFM',
  'Segment',
  'ABC',
];

/** A sales log with a return (Bob, −5) and a blank row. */
const SALES: Array<[string, string, number] | ['', '', '']> = [
  ['Alice', '2025-01-05', 50],
  ['Bob', '2025-01-10', 20],
  ['Alice', '2025-02-14', 30],
  ['Chloé', '2025-03-01', 200],
  ['Bob', '2025-03-20', -5],
  ['Alice', '2025-03-02', 40],
  ['', '', ''],
  ['Denis', '2025-02-01', 10],
];

function salesLog(locale: string, timeZone: string) {
  const rows = SALES.map(([client, date, amount]) => [client, date === '' ? '' : midnight(date, timeZone), amount]);
  return workbook({
    locale,
    timeZone,
    sheets: [
      { name: 'Ventes', values: [['Client', 'Date', 'Montant'], ...rows] },
      { name: 'Réglages', values: [['Date de référence', midnight('2025-03-31', timeZone)]] },
    ],
  });
}

function table(locale: string, timeZone: string, ...options: unknown[]): unknown[][] {
  const book = salesLog(locale, timeZone);
  return book.call(
    'RFM_TABLE',
    book.range('Ventes!A2:A'),
    book.range('Ventes!B2:B'),
    book.range('Ventes!C2:C'),
    book.range('Réglages!B1'),
    ...options,
  ) as unknown[][];
}

/**
 * As of 2025-03-31:
 *   Alice: last purchase 2025-03-02 (29 days), 3 purchases, 50 + 30 + 40 = 120
 *   Bob:   last purchase 2025-01-10 (21 days to 31 Jan + 28 + 31 = 80 days; the return on 20 March is no purchase),
 *          1 purchase, 20 − 5 = 15
 *   Chloé: 2025-03-01 (30 days), 1 purchase, 200
 *   Denis: 2025-02-01 (28 + 30 = 58 days), 1 purchase, 10
 * Quantile scores, N = 4, n = 5: h = 0.6, 1.2, 1.8, 2.4.
 *   days 29, 30, 58, 80: q = 29.6, 35.6, 52.4, 66.8 → R: Alice 5, Bob 1, Chloé 4, Denis 2
 *   purchases 1, 1, 1, 3: q = 1, 1, 1, 1.8 → F: Alice 5, others 1
 *   amounts 10, 15, 120, 200: q = 13, 36, 99, 152 → M: Alice 4, Bob 2, Chloé 5, Denis 1
 * Classic segments: 554 Champions; 112 Lost (R 1, F 1–2); 415 Promising (R 4, F 1); 211 Hibernating (R 2, F 1–2).
 * ABC (total 345; 80 % = 276, 95 % = 327.75): Chloé 200 (0 before) A, Alice 120 (200) A, Bob 15 (320) B, Denis 10 (335) C.
 */
const EXPECTED = [
  ['Alice', '2025-03-02', 29, 3, 120, 5, 5, 4, 554],
  ['Bob', '2025-01-10', 80, 1, 15, 1, 1, 2, 112],
  ['Chloé', '2025-03-01', 30, 1, 200, 4, 1, 5, 415],
  ['Denis', '2025-02-01', 58, 1, 10, 2, 1, 1, 211],
];
const SEGMENTS_EN = ['Champions', 'Lost', 'Promising', 'Hibernating'];
const SEGMENTS_FR = ['Champions', 'Perdus', 'Clients prometteurs', 'En sommeil'];
const ABC = ['A', 'B', 'A', 'C'];

/** The rows with the last purchase shown as its calendar day in `timeZone`. */
function readable(rows: unknown[][], timeZone: string): unknown[][] {
  return rows.map((row) => [row[0], calendarDay(row[1] as Date, timeZone), ...row.slice(2)]);
}

describe('RFM_TABLE', () => {
  it('returns a French header and one row per client in order of first appearance', () => {
    const result = table('fr_FR', 'Europe/Paris');
    expect(result[0]).toEqual(HEADER_FR);
    expect(readable(result.slice(1), 'Europe/Paris')).toEqual(
      EXPECTED.map((row, i) => [...row, SEGMENTS_FR[i], ABC[i]]),
    );
  });

  it('returns an English header and English segments', () => {
    const result = table('en_US', 'Europe/Paris');
    expect(result[0]).toEqual(HEADER_EN);
    expect(readable(result.slice(1), 'Europe/Paris')).toEqual(
      EXPECTED.map((row, i) => [...row, SEGMENTS_EN[i], ABC[i]]),
    );
  });

  it('takes bins, method and scheme', () => {
    // rfm method: bounds q + 1, class = 1 + #{v ≥ bound}. days 30.6, 36.6, 53.4, 67.8 → R: Alice 29 → 5, Bob 80 → 1, Chloé 30 → 5, Denis 58 → 2
    // purchases 2, 2, 2, 2.8 → F: Alice 3 → 5, others 1; amounts 14, 37, 100, 153 → M: Alice 4, Bob 2, Chloé 5, Denis 1
    // rfm scheme, named in French: 554 Fidèles en devenir (Potential Loyalist, R 3–5, F 3–5, M 2–5); 112 Perdus (Lost, R 1);
    // 515 Nouveaux clients (New Customers, R 4–5, F 1–3; Promising needs R 3–4); 211 En voie d’endormissement (About To Sleep,
    // R 2–3, F 1–3, M 1–4).
    const result = table('fr_FR', 'Europe/Paris', 5, 'rfm', 'rfm').slice(1);
    expect(result.map((row) => [row[0], row[8], row[9]])).toEqual([
      ['Alice', 554, 'Fidèles en devenir'],
      ['Bob', 112, 'Perdus'],
      ['Chloé', 515, 'Nouveaux clients'],
      ['Denis', 211, 'En voie d’endormissement'],
    ]);
  });

  it('takes a grid for bins', () => {
    // Grid R 30, 60 (days), F 2, M 100: Alice 29 d → R 3, 3 purchases → F 2, 120 → M 2 → 322;
    // Bob 80 d → R 1, F 1, 15 → M 1 → 111; Chloé 30 d → R 2, F 1, M 2 → 212; Denis 58 d → R 2, F 1, M 1 → 211.
    const result = table('en_US', 'Europe/Paris', [
      [30, 60],
      [2, ''],
      [100, ''],
    ]).slice(1);
    expect(result.map((row) => [row[5], row[6], row[7], row[8]])).toEqual([
      [3, 2, 2, 322],
      [1, 1, 1, 111],
      [2, 1, 2, 212],
      [2, 1, 1, 211],
    ]);
  });

  it('gives the same table twice', () => {
    expect(table('en_US', 'Europe/Paris')).toEqual(table('en_US', 'Europe/Paris'));
  });
});

describe('RFM_TABLE: last purchase dates in the spreadsheet time zone', () => {
  // Sales on daylight-saving change days of each zone (Paris 30 March and 26 October, Los Angeles 9 March
  // and 2 November, Auckland 6 April and 28 September 2025) and on ordinary days.
  const DAYS = [
    '2025-03-09',
    '2025-03-30',
    '2025-04-06',
    '2025-06-15',
    '2025-09-28',
    '2025-10-26',
    '2025-11-02',
    '2025-12-31',
  ];

  for (const timeZone of ['Europe/Paris', 'America/Los_Angeles', 'Pacific/Auckland']) {
    it(`reads back each last purchase as the same calendar day at midnight in ${timeZone}`, () => {
      const book = workbook({ locale: 'en_US', timeZone });
      const clients = column(...DAYS.map((_, i) => `Client ${i + 1}`));
      const dates = column(...DAYS.map((day) => midnight(day, timeZone)));
      const result = book.call(
        'RFM_TABLE',
        clients,
        dates,
        column(...DAYS.map(() => 10)),
        midnight('2025-12-31', timeZone),
      ) as unknown[][];
      const lastPurchases = result.slice(1).map((row) => row[1] as Date);
      expect(lastPurchases.map((date) => calendarDay(date, timeZone))).toEqual(DAYS);
      expect(lastPurchases.map((date) => isMidnight(date, timeZone))).toEqual(DAYS.map(() => true));
      expect(lastPurchases.map((date) => date.getTime())).toEqual(DAYS.map((day) => midnight(day, timeZone).getTime()));
      // Days since: 2025-12-31 − day, counted in calendar days.
      const calendarDays = DAYS.map((day) => (Date.UTC(2025, 11, 31) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
      expect(result.slice(1).map((row) => row[2])).toEqual(calendarDays);
    });
  }

  for (const timeZone of ['Europe/Paris', 'America/Los_Angeles', 'Pacific/Auckland']) {
    it(`writes a sale made in the afternoon back at midnight of its day in ${timeZone}`, () => {
      // 15:30 on each day: no date cell gives that day's midnight, so it is worked out from the zone's offsets.
      const book = workbook({ locale: 'en_US', timeZone });
      const afternoon = (day: string) => new Date(midnight(day, timeZone).getTime() + (15 * 60 + 30) * 60_000);
      const result = book.call(
        'RFM_TABLE',
        column(...DAYS.map((_, i) => `Client ${i + 1}`)),
        column(...DAYS.map(afternoon)),
        column(...DAYS.map(() => 10)),
        midnight('2025-12-31', timeZone),
      ) as unknown[][];
      const lastPurchases = result.slice(1).map((row) => row[1] as Date);
      expect(lastPurchases.map((date) => calendarDay(date, timeZone))).toEqual(DAYS);
      expect(lastPurchases.map((date) => date.getTime())).toEqual(DAYS.map((day) => midnight(day, timeZone).getTime()));
    });
  }

  it('reads the sales log of a Los Angeles spreadsheet in its own calendar', () => {
    // Same log, dates at midnight in Los Angeles (08:00 or 09:00 UTC): same days, same figures.
    const result = table('en_US', 'America/Los_Angeles');
    expect(readable(result.slice(1), 'America/Los_Angeles')).toEqual(
      EXPECTED.map((row, i) => [...row, SEGMENTS_EN[i], ABC[i]]),
    );
  });

  it('reads the sales log of an Auckland spreadsheet in its own calendar', () => {
    // Midnight in Auckland is the previous day in UTC: a UTC reading would shift every date by one day.
    const result = table('en_US', 'Pacific/Auckland');
    expect(readable(result.slice(1), 'Pacific/Auckland')).toEqual(
      EXPECTED.map((row, i) => [...row, SEGMENTS_EN[i], ABC[i]]),
    );
  });
});

describe('RFM_TABLE: bad input', () => {
  it('names the argument and the row', () => {
    const english = workbook({ locale: 'en_US' });
    const french = workbook({ locale: 'fr_FR' });
    const args = [column('a', 'b'), column(midnight('2025-01-01', 'Europe/Paris'), 'hier'), column(1, 2)];
    expectCellError(
      english.failure('RFM_TABLE', ...args),
      'RFM_TABLE: argument "dates", row 2: "hier" is not a date (expected a date cell or a text date such as 2025-03-14)',
    );
    expectCellError(
      french.failure('RFM_TABLE', ...args),
      'RFM_TABLE : argument « dates », ligne 2 : "hier" n’est pas une date (attendu : une cellule date ou une date écrite comme 2025-03-14 ou 14/03/2025)',
    );
    expectCellError(
      english.failure('RFM_TABLE', column('a', 'b'), column('2025-01-01', '2025-02-01'), column(1, 2), '2025-01-15'),
      'RFM_TABLE: argument "dates", row 2: the date 2025-02-01 is after the reference date 2025-01-15',
    );
  });

  it('leaves out a client whose rows are all returns', () => {
    const book = workbook({
      locale: 'en_US',
      timeZone: 'Europe/Paris',
      sheets: [
        {
          name: 'Log',
          values: [
            ['Ann', midnight('2025-01-05', 'Europe/Paris'), 50],
            ['Zoe', midnight('2025-02-01', 'Europe/Paris'), -15],
            ['Bea', midnight('2025-03-01', 'Europe/Paris'), 20],
          ],
        },
      ],
    });
    const rows = book.call(
      'RFM_TABLE',
      book.range('Log!A1:A3'),
      book.range('Log!B1:B3'),
      book.range('Log!C1:C3'),
    ) as unknown[][];
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Ann', 'Bea']);
  });
});
