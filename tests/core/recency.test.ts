/**
 * Recency: days from the last purchase to the reference date, and reading a
 * recency column of dates or of numbers of days.
 */
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/core/days';
import { isRecencyDate, readDaysSince, recencyDays, recencyKind } from '../../src/core/recency';
import { portfolioError } from '../support/portfolioError';

describe('recencyDays', () => {
  it('counts whole calendar days to the reference date', () => {
    const asOf = dayFromIso('2006-12-31');
    // 2006-06-10 → 2006-12-31: 20 (rest of June) + 31 + 31 + 30 + 31 + 30 + 31 = 204
    expect(recencyDays(dayFromIso('2006-06-10'), asOf)).toBe(20 + 31 + 31 + 30 + 31 + 30 + 31);
    expect(recencyDays(asOf, asOf)).toBe(0);
    // across a leap day: 2024-02-28 → 2024-03-01 is 2 days
    expect(recencyDays(dayFromIso('2024-02-28'), dayFromIso('2024-03-01'))).toBe(2);
  });

  it('refuses a purchase after the reference date, showing both dates', () => {
    expect(() => recencyDays(dayFromIso('2007-01-01'), dayFromIso('2006-12-31'))).toThrow(
      portfolioError('dateAfterAsOf', {
        date: { day: dayFromIso('2007-01-01') },
        asOf: { day: dayFromIso('2006-12-31') },
      }),
    );
  });
});

describe('recencyKind', () => {
  it('tells a column of dates from a column of days', () => {
    expect(recencyKind([new Date(2025, 0, 5), '', '2025-01-01', '14/03/2025'])).toBe('dates');
    expect(recencyKind([5, '12', '', null])).toBe('days');
    expect(recencyKind(['', '  '])).toBe('days');
    expect(recencyKind([])).toBe('days');
  });

  it('refuses a mixed column, pointing at the first cell of the other kind', () => {
    expect(() => recencyKind([5, '', new Date(2025, 0, 5)])).toThrow(portfolioError('mixedRecency', {}, 2));
    expect(() => recencyKind(['2025-01-01', 12])).toThrow(portfolioError('mixedRecency', {}, 1));
  });

  it('points at the odd one out when the minority kind comes first', () => {
    // one stray date above three numbers of days: the date (index 0) is the cell to fix
    expect(() => recencyKind([new Date(2025, 0, 5), 5, 6, 7])).toThrow(portfolioError('mixedRecency', {}, 0));
  });
});

describe('reading recency cells', () => {
  it('reads numbers of days (≥ 0)', () => {
    expect(readDaysSince('12', false)).toBe(12);
    expect(readDaysSince(0, false)).toBe(0);
    expect(() => readDaysSince(-3, false)).toThrow(portfolioError('negativeDays', { value: -3 }));
    expect(() => readDaysSince(1.5, false)).toThrow(portfolioError('notWholeDays', { value: 1.5 }));
    expect(() => readDaysSince('soon', false)).toThrow(portfolioError('notANumber'));
  });

  it('tells date cells and text dates from numbers', () => {
    expect(isRecencyDate(new Date())).toBe(true);
    expect(isRecencyDate('31/12/2006')).toBe(true);
    expect(isRecencyDate('12')).toBe(false);
    expect(isRecencyDate(12)).toBe(false);
  });
});
