/**
 * Day numbers: whole calendar days since 1970-01-01 (day 0), no time zone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromParts, isoFromDay, latestDay, YEAR_DAYS } from '../../src/core/days';

describe('dayFromParts', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(1970, 1, 2)).toBe(1);
    expect(dayFromParts(1969, 12, 31)).toBe(-1);
    // 2000-02-29: 30 × 365 + 7 leap days (1972 … 1996) = 10 957 → 2000-01-01; + 31 + 28
    expect(dayFromParts(2000, 2, 29)).toBe(30 * 365 + 7 + 31 + 28);
    // 2006-12-31: 37 × 365 + 9 leap days (1972 … 2004) = 13 514 → 2007-01-01; minus one
    expect(dayFromParts(2006, 12, 31)).toBe(13_513);
  });

  it('gives NaN for impossible dates', () => {
    expect(dayFromParts(2025, 2, 29)).toBeNaN();
    expect(dayFromParts(1900, 2, 29)).toBeNaN();
    expect(dayFromParts(2025, 4, 31)).toBeNaN();
    expect(dayFromParts(2025, 13, 1)).toBeNaN();
    expect(dayFromParts(2025, 0, 10)).toBeNaN();
    expect(dayFromParts(2025, 1, 0)).toBeNaN();
  });
});

describe('isoFromDay and dayFromIso', () => {
  it('convert both ways', () => {
    expect(isoFromDay(13_513)).toBe('2006-12-31');
    expect(isoFromDay(-1)).toBe('1969-12-31');
    expect(dayFromIso('2006-12-31')).toBe(13_513);
    expect(dayFromIso(' 1997-9-30 ')).toBe(dayFromParts(1997, 9, 30));
  });

  it('gives NaN for anything but yyyy-mm-dd', () => {
    for (const text of ['2006/12/31', '31-12-2006', '2006-12-32', '', 'today'])
      expect(dayFromIso(text), text).toBeNaN();
  });
});

describe('YEAR_DAYS', () => {
  it('is the Julian year: 4 years are 3 × 365 + 366 days', () => {
    expect(YEAR_DAYS * 4).toBe(3 * 365 + 366);
    // 2024-01-01 to 2028-01-01 is exactly 4 years of the calendar
    expect(dayFromParts(2028, 1, 1) - dayFromParts(2024, 1, 1)).toBe(YEAR_DAYS * 4);
  });
});

describe('isoFromDay and dayFromIso', () => {
  it('round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 60_000 }), (day) => {
        expect(dayFromIso(isoFromDay(day))).toBe(day);
      }),
      { numRuns: 200 },
    );
  });
});

describe('latestDay', () => {
  it('gives the latest day, −Infinity for none, and copes with a long column', () => {
    expect(latestDay([20_000, 20_100, 19_900])).toBe(20_100);
    expect(latestDay([])).toBe(-Infinity);
    // 300 000 values would overflow the stack of Math.max(...values)
    const long = Array.from({ length: 300_000 }, (_, i) => i % 1000);
    expect(latestDay(long)).toBe(999);
  });
});
