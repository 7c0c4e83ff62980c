/**
 * The one formatter, per language, with worked examples. French writes a
 * decimal comma, groups thousands with a narrow no-break space (U+202F) and
 * puts one before %; English a decimal point, commas between thousands, no
 * space before %.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/core/days';
import {
  formatDay,
  formatDecimal,
  formatMoney,
  formatNumber,
  formatNumberList,
  formatPercent,
  sheetDateFormat,
} from '../../src/core/i18n/localeFormat';
import { fillText } from '../../src/core/i18n/textTable';

const NNBSP = '\u202f';

describe('formatNumber', () => {
  it('groups thousands and keeps at most two decimals by default', () => {
    expect(formatNumber('fr', 1500.5)).toBe(`1${NNBSP}500,5`);
    expect(formatNumber('en', 1500.5)).toBe('1,500.5');
    // 1 234 567.891 rounds to .89
    expect(formatNumber('fr', 1234567.891)).toBe(`1${NNBSP}234${NNBSP}567,89`);
    expect(formatNumber('en', 1234567.891)).toBe('1,234,567.89');
    expect(formatNumber('en', 999)).toBe('999');
    expect(formatNumber('en', -1500)).toBe('-1,500');
  });

  it('rounds to the decimals asked for', () => {
    expect(formatNumber('fr', 30.4, 0)).toBe('30');
    expect(formatNumber('en', 26.456, 1)).toBe('26.5');
    expect(formatNumber('en', -0.001, 2)).toBe('0');
  });

  it('agrees with Intl.NumberFormat of fr-FR and en-US', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const rounded = Math.round(value * 100) / 100;
        if (Object.is(rounded, -0) || Math.abs(rounded) < 0.005) return;
        expect(formatNumber('fr', rounded)).toBe(
          new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(rounded),
        );
        expect(formatNumber('en', rounded)).toBe(
          new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(rounded),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatDecimal', () => {
  it('writes a number as it is typed: no grouping, the decimal separator of the language', () => {
    expect(formatDecimal('fr', 0.95)).toBe('0,95');
    expect(formatDecimal('en', 0.95)).toBe('0.95');
    expect(formatDecimal('fr', 1500)).toBe('1500');
    expect(formatDecimal('fr', -12.5)).toBe('-12,5');
  });
});

describe('formatPercent', () => {
  it('writes a share with one decimal, as the sheets’ 0.0% format', () => {
    expect(formatPercent('fr', 0.15)).toBe(`15,0${NNBSP}%`);
    expect(formatPercent('en', 0.15)).toBe('15.0%');
    // 0.12345 × 100 = 12.345 → 12.3
    expect(formatPercent('en', 0.12345)).toBe('12.3%');
    // 0.196 × 100 = 19.6
    expect(formatPercent('fr', 0.196)).toBe(`19,6${NNBSP}%`);
    expect(formatPercent('en', 1)).toBe('100.0%');
    expect(formatPercent('fr', 12.5)).toBe(`1${NNBSP}250,0${NNBSP}%`);
  });
});

describe('formatMoney', () => {
  it('writes two decimals and groups thousands, as the sheets’ #,##0.00 format', () => {
    expect(formatMoney('fr', 1234.5)).toBe(`1${NNBSP}234,50`);
    expect(formatMoney('en', 1234.5)).toBe('1,234.50');
    expect(formatMoney('en', 28749)).toBe('28,749.00');
    expect(formatMoney('fr', -18.9)).toBe('-18,90');
  });
});

describe('formatDay', () => {
  it('writes day/month/year in French and ISO in English', () => {
    const day = dayFromIso('2026-12-31');
    expect(formatDay('fr', day)).toBe('31/12/2026');
    expect(formatDay('en', day)).toBe('2026-12-31');
    expect(sheetDateFormat('fr')).toBe('dd/mm/yyyy');
    expect(sheetDateFormat('en')).toBe('yyyy-mm-dd');
  });
});

describe('formatNumberList', () => {
  it('separates with semicolons in French (the comma is decimal), commas in English', () => {
    expect(formatNumberList('fr', [2.5, 5, 1000])).toBe('2,5 ; 5 ; 1000');
    expect(formatNumberList('en', [2.5, 5, 1000])).toBe('2.5, 5, 1000');
  });
});

describe('fillText', () => {
  it('fills text as it is, numbers as typed, number lists and days in the language', () => {
    const template = '{who}: {share} of {values}, on {day}; {missing}';
    const params = { who: 'Ana', share: 0.95, values: [30, 20], day: { day: dayFromIso('2026-12-13') } };
    expect(fillText('fr', template, params)).toBe('Ana: 0,95 of 30 ; 20, on 13/12/2026; {missing}');
    expect(fillText('en', template, params)).toBe('Ana: 0.95 of 30, 20, on 2026-12-13; {missing}');
  });
});
