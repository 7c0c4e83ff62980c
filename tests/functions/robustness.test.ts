/**
 * Hostile input on the custom functions, through the built bundle: sums
 * beyond the largest double, a blank cell inside a grid row, dates with a
 * single reading, a date misread in the column's order, and numbers of
 * classes that RFM codes cannot carry.
 */
import { describe, expect, it } from 'vitest';
import { column, expectCellError, flat, workbook } from '../support/customFunctions';
import { midnight } from '../support/calendar';

const OVERFLOW_EN =
  'the amounts add up to more than the largest number a spreadsheet can hold (about 1.8e308): check the amounts';
const TZ = 'Europe/Paris';
const day = (iso: string) => midnight(iso, TZ);

describe('sums beyond the largest double (about 1.8e308)', () => {
  // 1e308 + 1e308 = 2e308 > Number.MAX_VALUE ≈ 1.797e308: the sum is Infinity in floating point
  const huge = column(1e308, 1e308, 5);

  it('PARETO_SHARE and ABC_CLASS refuse with a clear error instead of NaN or all-C', () => {
    const book = workbook({ locale: 'en_US' });
    expectCellError(book.failure('PARETO_SHARE', huge), `PARETO_SHARE: argument "amounts": ${OVERFLOW_EN}`);
    expectCellError(book.failure('ABC_CLASS', huge), `ABC_CLASS: argument "amounts": ${OVERFLOW_EN}`);
  });

  it('RFM_TABLE refuses a client whose sales add up beyond it, and clients who do together', () => {
    const book = workbook({ locale: 'en_US', timeZone: TZ });
    const dates = column(day('2024-01-01'), day('2024-01-02'), day('2024-01-03'));
    expectCellError(
      book.failure('RFM_TABLE', column('Ann', 'Ann', 'Bob'), dates, huge),
      `RFM_TABLE: argument "amounts": ${OVERFLOW_EN}`,
    );
    expectCellError(
      book.failure('RFM_TABLE', column('Ann', 'Bob', 'Cid'), dates, huge),
      `RFM_TABLE: argument "amounts": ${OVERFLOW_EN}`,
    );
  });

  it('CLIENT_VALUE names the row whose value goes beyond it, in English and French', () => {
    // 1e200 × 1e200 = 1e400: beyond the largest double
    expectCellError(
      workbook({ locale: 'en_US' }).failure('CLIENT_VALUE', column(10, 1e200), column(2, 1e200), 1),
      'CLIENT_VALUE: argument "average_basket", row 2: the client value is beyond the largest number a spreadsheet can hold (about 1.8e308): check the basket and the purchases',
    );
    expectCellError(
      workbook({ locale: 'fr_FR' }).failure('CLIENT_VALUE', 1e300, 1e10, 0),
      'CLIENT_VALUE : argument « average_basket » : la valeur client dépasse le plus grand nombre qu’un tableur peut contenir (environ 1,8e308) : vérifiez le panier et le nombre d’achats',
    );
  });
});

describe('a blank cell inside a grid row', () => {
  it('is named as blank, with its row and position', () => {
    const grid = [
      [30, '', 90],
      [2, 5, ''],
      [100, 500, ''],
    ];
    expectCellError(
      workbook({ locale: 'en_US' }).failure(
        'RFM_SCORE',
        column(10, 40, 100),
        column(1, 3, 6),
        column(50, 200, 900),
        grid,
      ),
      'RFM_SCORE: argument "bins": the grid row R has a blank cell (cell 2 of the row): the cell is blank, fill it with a bound or remove it',
    );
  });
});

describe('dates with a single reading', () => {
  it('reads an as_of of 31/12/2024 in an English (month-first) spreadsheet as 31 December', () => {
    const book = workbook({ locale: 'en_US', timeZone: TZ });
    const table = book.call(
      'RFM_TABLE',
      column('Ann', 'Bob'),
      column(day('2024-12-01'), day('2024-12-21')),
      column(10, 20),
      '31/12/2024',
    ) as unknown[][];
    // days since: 1 Dec → 31 Dec = 30, 21 Dec → 31 Dec = 10
    expect(table.slice(1).map((row) => row[2])).toEqual([30, 10]);
    expect(
      flat(
        book.call(
          'RFM_SCORE',
          column(day('2024-12-01'), day('2024-12-21')),
          column(1, 1),
          column(1, 2),
          2,
          '31/12/2024',
        ),
      ),
    ).toEqual([111, 212]);
  });

  it('says a text date is ambiguous, not after the reference date, when its other reading is before it', () => {
    // No date of the column proves an order, so the English spreadsheet reads month first: "10/03/2024" is
    // 3 October, after 15 March; read day first it is 10 March, before: the date is ambiguous.
    expectCellError(
      workbook({ locale: 'en_US' }).failure(
        'RFM_TABLE',
        column('Ann', 'Bob'),
        column('01/02/2024', '10/03/2024'),
        column(1, 2),
        '2024-03-15',
      ),
      'RFM_TABLE: argument "dates", row 2: "10/03/2024" could be read as day/month or month/day: type it as a date cell or as yyyy-mm-dd',
    );
    // A date after the reference date whichever way it is read is reported as such.
    expectCellError(
      workbook({ locale: 'en_US' }).failure(
        'RFM_TABLE',
        column('Ann', 'Bob'),
        column('01/02/2024', '11/12/2024'),
        column(1, 2),
        '2024-03-15',
      ),
      'RFM_TABLE: argument "dates", row 2: the date 2024-11-12 is after the reference date 2024-03-15',
    );
  });
});

describe('text dates in a sales log', () => {
  it('reads them in the order a later row proves, with no as_of or a date-cell as_of', () => {
    // English spreadsheet (month first by default); "13/02/2024" further down proves day first, so "01/02/2024" is
    // 1 February: days since the latest sale (13 February) = 12, not 42 (2 January).
    const book = workbook({ locale: 'en_US', timeZone: TZ });
    const clients = column('Ann', 'Bob');
    const dates = column('01/02/2024', '13/02/2024');
    const daysSince = (table: unknown) => (table as unknown[][]).slice(1).map((row) => row[2]);
    expect(daysSince(book.call('RFM_TABLE', clients, dates, column(10, 20)))).toEqual([12, 0]);
    // as_of 29 February 2024 as a date cell: 28 and 16 days.
    expect(daysSince(book.call('RFM_TABLE', clients, dates, column(10, 20), day('2024-02-29')))).toEqual([28, 16]);
  });
});

describe('numbers of classes and RFM codes', () => {
  it('accept 9 classes everywhere and refuse 10 with the same reason in RFM_SCORE, RFM_TABLE and RFM_SEGMENT', () => {
    const book = workbook({ locale: 'en_US', timeZone: TZ });
    const days = column(1, 2, 3, 4, 5, 6, 7, 8, 9);
    const nine = flat(book.call('RFM_SCORE', days, days, days, 9)) as number[];
    // 9 distinct values in 9 classes: one per class; R reversed (fewest days best)
    expect(nine).toEqual([911, 822, 733, 644, 555, 466, 377, 288, 199]);
    expect(flat(book.call('RFM_SEGMENT', column(...nine), 'classic', 9))).toHaveLength(9);
    const reason =
      'the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score (10)';
    expectCellError(book.failure('RFM_SCORE', days, days, days, 10), `RFM_SCORE: argument "bins": ${reason}`);
    expectCellError(book.failure('RFM_SEGMENT', 911, 'classic', 10), `RFM_SEGMENT: argument "bins": ${reason}`);
    expectCellError(
      book.failure(
        'RFM_TABLE',
        column('Ann', 'Bob'),
        column(day('2024-01-01'), day('2024-01-02')),
        column(1, 2),
        '',
        10,
      ),
      `RFM_TABLE: argument "bins": ${reason}`,
    );
  });
});
