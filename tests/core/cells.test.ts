/**
 * Reading cells: numbers written in French or English, text dates in either
 * order, date cells, and the day/month order of a column.
 */
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  inferDateOrder,
  isBlank,
  isDate,
  looksLikeTextDate,
  otherReading,
  parseNumberText,
  readDate,
  readNumber,
  readReferenceDate,
  showCell,
} from '../../src/core/cells';
import { dayFromParts } from '../../src/core/days';
import { portfolioError } from '../support/portfolioError';

/** Reads a `Date` in the calendar of the test's runtime, as the spreadsheet's calendar would. */
const dayFromLocalDate = (date: Date): number => dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());

/**
 * 2025-03-14 as a day number: 1970..2024 is 55 years = 55 × 365 days + 14 leap days
 * (1972, 1976, …, 2024) = 20 089 → 2025-01-01; + 31 (January) + 28 (February) + 13 = 20 161.
 */
const MARCH_14_2025 = 55 * 365 + 14 + 31 + 28 + 13;

describe('parseNumberText', () => {
  const both = (text: string, expected: number) => {
    expect(parseNumberText(text, true), `${text} (decimal comma)`).toBeCloseTo(expected, 12);
    expect(parseNumberText(text, false), `${text} (decimal point)`).toBeCloseTo(expected, 12);
  };

  it('reads French and English amounts the same way when they are not ambiguous', () => {
    both('1 234,50 €', 1234.5);
    both('1.234,50', 1234.5);
    both('1,234.50', 1234.5);
    both('$1,234.50', 1234.5);
    both('-12,5', -12.5);
    both('(12.50)', -12.5);
    both('12,5 %', 0.125);
    both('12 %', 0.12);
    both('1e3', 1000);
    both('0,5', 0.5);
    both('.5', 0.5);
    both('+5', 5);
  });

  it('reads thousands separators of every kind', () => {
    both('1\u00a0234\u00a0567,89', 1234567.89); // no-break spaces
    both('1\u202f234,5', 1234.5); // narrow no-break space, as Sheets writes French numbers
    both("1'234.50", 1234.5); // Swiss
    both('1.234.567,5', 1234567.5);
    both('1 000 000', 1_000_000);
  });

  it('reads signs and currencies in either place', () => {
    both('−12,5', -12.5); // Unicode minus
    both('12-', -12);
    both('EUR 12.50', 12.5);
    both('12,50 euros', 12.5);
    both('(12,5 %)', -0.125);
    both('- 3 €', -3);
  });

  it('rejects spaces that are not thousands groups, as it rejects "1,2,3"', () => {
    // "12 5" may be a typo for 12,5: reading it as 125 would be a silent error
    for (const text of ['1 2', '12 5', '1 23 4', '1234 567']) {
      expect(parseNumberText(text, true), text).toBeNaN();
      expect(parseNumberText(text, false), text).toBeNaN();
    }
  });

  it('reads "1,234" as 1 234 in English and 1.234 in French', () => {
    expect(parseNumberText('1,234', false)).toBe(1234);
    expect(parseNumberText('1,234', true)).toBe(1.234);
    expect(parseNumberText('1,234,567', false)).toBe(1_234_567);
  });

  it('does not take "0,123" for a thousands group: no grouped number starts with 0', () => {
    // "0,123" can only be a decimal comma (0.123); reading it as 123 multiplies the value by 1 000
    expect(parseNumberText('0,123', false)).toBe(0.123);
    expect(parseNumberText('-0,500', false)).toBe(-0.5);
  });

  it('gives NaN for text that is no number', () => {
    for (const text of ['', 'abc', '12abc', 'twelve', '1,2,3', '1.2.3', '1,23.4', '12.', '.', '€', '--5', '12,5,']) {
      expect(parseNumberText(text, true), text).toBeNaN();
      expect(parseNumberText(text, false), text).toBeNaN();
    }
  });
});

describe('readNumber', () => {
  it('takes number cells as they are and text through parseNumberText', () => {
    expect(readNumber(42.5, false)).toBe(42.5);
    expect(readNumber(-3, true)).toBe(-3);
    expect(readNumber('12,5', true)).toBe(12.5);
    expect(readNumber(' 7 ', false)).toBe(7);
  });

  it('throws notANumber with the cell shown for booleans, garbage and non-finite numbers, dateNotNumber for dates', () => {
    expect(() => readNumber(true, false)).toThrow(portfolioError('notANumber', { value: 'true' }));
    expect(() => readNumber('abc', false)).toThrow(portfolioError('notANumber', { value: '"abc"' }));
    expect(() => readNumber(new Date(Date.UTC(2025, 2, 14)), false)).toThrow(portfolioError('dateNotNumber'));
    expect(() => readNumber(Number.NaN, false)).toThrow(portfolioError('notANumber'));
    expect(() => readNumber(Infinity, false)).toThrow(portfolioError('notANumber'));
  });
});

describe('readDate', () => {
  it('reads ISO text dates whatever the order', () => {
    expect(readDate('2025-03-14', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readDate('2025-03-14', dayFromLocalDate, 'mdy')).toBe(MARCH_14_2025);
    expect(readDate('2025/3/14', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
  });

  it('reads slash, dash and dot dates in the given order', () => {
    expect(readDate('14/03/2025', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readDate('14.03.2025', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readDate('14-3-2025', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readDate('03/14/2025', dayFromLocalDate, 'mdy')).toBe(MARCH_14_2025);
    // 03/04/2025 reads both ways: 3 April in d/m/y, 4 March in m/d/y (20 161 − 14 + 4 = 20 151)
    expect(readDate('03/04/2025', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025 + 17 + 3);
    expect(readDate('03/04/2025', dayFromLocalDate, 'mdy')).toBe(MARCH_14_2025 - 10);
  });

  it('reads two-digit years as 1970–2069', () => {
    expect(readDate('14/03/25', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readDate('01/01/70', dayFromLocalDate, 'dmy')).toBe(0);
    // 2069-01-01: 99 years after 1970 = 99 × 365 + 25 leap days (1972, 1976, …, 2068)
    expect(readDate('01/01/69', dayFromLocalDate, 'dmy')).toBe(99 * 365 + 25);
  });

  it('ignores a time part', () => {
    expect(readDate('2025-03-14 10:30', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readDate('2025-03-14T23:59:59Z', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readDate('14/03/2025 08:05:00', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
  });

  it('reads a date that only reads in the other order that way (there is no 14th month)', () => {
    expect(readDate('14/03/2025', dayFromLocalDate, 'mdy')).toBe(MARCH_14_2025);
    expect(readDate('03/14/2025', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
  });

  it('otherReading gives the day/month swap only when both readings are dates and differ', () => {
    // 05/03/2025 read month first is 3 May; the other reading is 5 March
    expect(otherReading('05/03/2025', 'mdy')).toBe(dayFromParts(2025, 3, 5));
    expect(Number.isNaN(otherReading('14/03/2025', 'dmy'))).toBe(true);
    expect(Number.isNaN(otherReading('05/05/2025', 'dmy'))).toBe(true);
    expect(Number.isNaN(otherReading('2025-03-05', 'dmy'))).toBe(true);
    expect(Number.isNaN(otherReading(new Date(2025, 2, 5), 'dmy'))).toBe(true);
  });

  it('throws notADate for impossible dates and for what is no date', () => {
    for (const text of [
      '2025-02-30',
      '31/04/2025',
      '29/02/2023',
      '1900-02-29',
      '32/13/2025',
      '2025-13-01',
      'hello',
      '14 mars 2025',
    ]) {
      expect(() => readDate(text, dayFromLocalDate, 'dmy'), text).toThrow(
        portfolioError('notADate', { value: `"${text}"` }),
      );
    }
    expect(() => readDate(45_000, dayFromLocalDate, 'dmy')).toThrow(portfolioError('notADate', { value: '45000' }));
    expect(() => readDate(new Date(Number.NaN), dayFromLocalDate, 'dmy')).toThrow(
      portfolioError('notADate', { value: 'Invalid Date' }),
    );
    // 29 February exists in leap years: 2024-01-01 is 54 × 365 + 13 leap days (1972 … 2020), + 31 + 28
    expect(readDate('29/02/2024', dayFromLocalDate, 'dmy')).toBe(54 * 365 + 13 + 31 + 28);
  });

  it('reads date cells through dayOf, from this realm or another one', () => {
    expect(readDate(new Date(2025, 2, 14), dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readDate(new Date(2025, 2, 14, 18, 45), dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    const foreign: unknown = vm.runInNewContext('new Date(2025, 2, 14)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(readDate(foreign, dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    // dayOf decides the calendar: a stand-in that always answers 7
    expect(readDate(new Date(2025, 2, 14), () => 7, 'dmy')).toBe(7);
  });
});

describe('readReferenceDate', () => {
  it('reads a Sheets date serial: 39 082 is 2006-12-31', () => {
    // serial 25 569 is 1970-01-01, so 39 082 → day 13 513 = 37 × 365 + 9 leap days − 1 (2007-01-01 minus one)
    expect(readReferenceDate(39_082, dayFromLocalDate, 'dmy')).toBe(37 * 365 + 9 - 1);
  });

  it('reads date cells and text dates like readDate', () => {
    expect(readReferenceDate('14/03/2025', dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(readReferenceDate(new Date(2025, 2, 14), dayFromLocalDate, 'dmy')).toBe(MARCH_14_2025);
    expect(() => readReferenceDate(-5, dayFromLocalDate, 'dmy')).toThrow(portfolioError('notADate'));
  });
});

describe('inferDateOrder', () => {
  it('finds day/month when a first part is above 12', () => {
    expect(inferDateOrder(['05/02/2025', '13/01/2025'], 'mdy')).toBe('dmy');
  });

  it('finds month/day when a second part is above 12', () => {
    expect(inferDateOrder(['01/13/2025', '02/05/2025'], 'dmy')).toBe('mdy');
  });

  it('falls back on the locale order without proof, ignoring ISO dates, date cells and numbers', () => {
    expect(inferDateOrder(['05/02/2025', '2025-12-31', new Date(2025, 0, 31), 42, ''], 'mdy')).toBe('mdy');
    expect(inferDateOrder([], 'dmy')).toBe('dmy');
  });

  it('takes the majority when there is proof both ways; the minority has a single reading and is read that way', () => {
    const column = ['13/01/2025', '14/01/2025', '01/13/2025'];
    const order = inferDateOrder(column, 'mdy');
    expect(order).toBe('dmy');
    expect(readDate(column[2], dayFromLocalDate, order)).toBe(dayFromParts(2025, 1, 13));
    expect(inferDateOrder(['13/01/2025', '01/13/2025'], 'mdy')).toBe('mdy');
  });
});

describe('isBlank, looksLikeTextDate, showCell', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('finds blank cells', () => {
    for (const cell of ['', '   ', null, undefined]) expect(isBlank(cell)).toBe(true);
    for (const cell of [0, 'a', false, new Date(0)]) expect(isBlank(cell)).toBe(false);
  });

  it('recognises text dates', () => {
    for (const text of ['2025-03-14', '14/03/2025', '3.4.25', '2025-03-14T10:00:00Z'])
      expect(looksLikeTextDate(text)).toBe(true);
    for (const text of ['12', '12,5', '1/2', 'March 14', '']) expect(looksLikeTextDate(text)).toBe(false);
  });

  it('shows text quoted (cut at 40 characters), numbers and booleans as they are', () => {
    expect(showCell('abc')).toBe('"abc"');
    expect(showCell('x'.repeat(50))).toBe(`"${'x'.repeat(37)}…"`);
    expect(showCell(12.5)).toBe('12.5');
    expect(showCell(false)).toBe('false');
  });

  it('says a date cell is no number instead of showing it (its day depends on the time zone)', () => {
    expect(() => readNumber(new Date(2025, 2, 14), false)).toThrow(expect.objectContaining({ key: 'dateNotNumber' }));
  });
});
