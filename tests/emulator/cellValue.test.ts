import { describe, expect, it } from 'vitest';
import { interpretInput, parseLocaleNumber } from '../../tools/gas-emulator/cellValue.ts';

const en = { locale: 'en_US', timeZone: 'Europe/Paris', plainText: false };
const fr = { locale: 'fr_FR', timeZone: 'Europe/Paris', plainText: false };
const text = { ...fr, plainText: true };

describe('typed input (setValue / setValues)', () => {
  it('turns number-like text into numbers, losing leading zeros and spaces', () => {
    expect(interpretInput('0612345678', fr)).toEqual({ value: 612345678 });
    expect(interpretInput('+33612345678', fr)).toEqual({ value: 33612345678 });
    expect(interpretInput('+33 6 12 34 56 78', fr)).toEqual({ value: 33612345678 });
    expect(interpretInput('12.5', en)).toEqual({ value: 12.5 });
    expect(interpretInput('1e3', en)).toEqual({ value: 1000 });
    expect(interpretInput('-4', en)).toEqual({ value: -4 });
  });

  it('reads separators of the locale', () => {
    expect(interpretInput('1,234.5', en)).toEqual({ value: 1234.5 });
    expect(interpretInput('12,5', en)).toEqual({ value: '12,5' });
    expect(interpretInput('12,5', fr)).toEqual({ value: 12.5 });
    expect(interpretInput('1 234,5', fr)).toEqual({ value: 1234.5 });
  });

  it('reads percentages and a currency symbol', () => {
    expect(interpretInput('12%', en)).toEqual({ value: 0.12 });
    expect(interpretInput('12 €', fr)).toEqual({ value: 12 });
    expect(interpretInput('$7', en)).toEqual({ value: 7 });
  });

  it('records formulas, including text that starts with + or -', () => {
    expect(interpretInput('=HYPERLINK("http://x","y")', fr)).toEqual({ formula: '=HYPERLINK("http://x","y")' });
    expect(interpretInput('+ call back', fr)).toEqual({ formula: '=+ call back' });
    expect(interpretInput('-abc', fr)).toEqual({ formula: '=-abc' });
  });

  it('keeps text after an apostrophe, dropping the apostrophe', () => {
    expect(interpretInput("'0612345678", fr)).toEqual({ value: '0612345678' });
    expect(interpretInput("'=HYPERLINK(1)", fr)).toEqual({ value: '=HYPERLINK(1)' });
    expect(interpretInput("'+33 6 12 34 56 78", fr)).toEqual({ value: '+33 6 12 34 56 78' });
  });

  it('keeps everything verbatim in a plain-text (@) cell', () => {
    expect(interpretInput('=SUM(A1)', text)).toEqual({ value: '=SUM(A1)' });
    expect(interpretInput('0612345678', text)).toEqual({ value: '0612345678' });
    expect(interpretInput("'quoted", text)).toEqual({ value: "'quoted" });
  });

  it('reads booleans, French ones in French', () => {
    expect(interpretInput('true', en)).toEqual({ value: true });
    expect(interpretInput('FAUX', fr)).toEqual({ value: false });
    expect(interpretInput('FAUX', en)).toEqual({ value: 'FAUX' });
  });

  it('reads dates on the spreadsheet wall clock, day first in French', () => {
    // Paris is UTC+1 in January, UTC+2 in July.
    expect(interpretInput('2024-01-15', fr).value).toEqual(new Date('2024-01-14T23:00:00Z'));
    expect(interpretInput('05/07/2024', fr).value).toEqual(new Date('2024-07-04T22:00:00Z'));
    expect(interpretInput('05/07/2024', en).value).toEqual(new Date('2024-05-06T22:00:00Z'));
    expect(interpretInput('2024-07-05 14:30', fr).value).toEqual(new Date('2024-07-05T12:30:00Z'));
    expect(interpretInput('31/02/2024', fr)).toEqual({ value: '31/02/2024' });
  });

  it('leaves ordinary text alone', () => {
    for (const value of ['Alice', 'C001', '12 rue de la Paix', 'N° 12', '-']) {
      expect(interpretInput(value, fr)).toEqual({ value });
    }
  });

  it('stores blanks as nothing', () => {
    expect(interpretInput('', fr)).toStrictEqual({});
    expect(interpretInput(null, fr)).toStrictEqual({});
    expect(interpretInput(undefined, fr)).toStrictEqual({});
  });

  it('copies dates and refuses values a cell cannot hold', () => {
    const date = new Date('2024-03-01T10:00:00Z');
    const stored = interpretInput(date, fr).value as Date;
    expect(stored).toEqual(date);
    expect(stored).not.toBe(date);
    expect(() => interpretInput(Number.NaN, fr)).toThrow(/emulator: cannot write the number NaN/);
    expect(() => interpretInput(new Date('nope'), fr)).toThrow(/invalid Date/);
    expect(() => interpretInput({ a: 1 }, fr)).toThrow(/type object/);
    expect(() => interpretInput([1], fr)).toThrow(/an array/);
  });
});

describe('parseLocaleNumber', () => {
  it('rejects grouping that is not in threes and stray characters', () => {
    expect(parseLocaleNumber('1,23', false)).toBeUndefined();
    expect(parseLocaleNumber('12a', false)).toBeUndefined();
    expect(parseLocaleNumber('0x10', false)).toBeUndefined();
    expect(parseLocaleNumber('Infinity', false)).toBeUndefined();
  });
});
