import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/core/days';
import { lastDateInColumn, referenceDateAdvice, STALE_AFTER_DAYS } from '../../src/core/referenceDate';

const dayOf = (date: Date) => Math.floor(date.getTime() / 86_400_000);

describe('lastDateInColumn', () => {
  it('finds the latest date cell or text date, skipping what is not a date', () => {
    const rows = [
      ['Ana', new Date(Date.UTC(2023, 4, 2))],
      ['Ben', '15/06/2023'],
      ['Cleo', 'hier'],
      ['Dan', ''],
    ];
    expect(lastDateInColumn(rows, 1, dayOf, 'dmy')).toBe(dayFromIso('2023-06-15'));
    expect(lastDateInColumn([['Ana', 'x']], 1, dayOf, 'dmy')).toBeNull();
  });
});

describe('referenceDateAdvice', () => {
  const today = dayFromIso('2024-06-30');

  it('advises the last date when it is more than 90 days before today', () => {
    // 2024-01-31 → 2024-06-30: 29 (Feb) + 31 + 30 + 31 + 30 = 151 days
    expect(referenceDateAdvice(dayFromIso('2024-01-31'), today)).toEqual({
      lastDay: dayFromIso('2024-01-31'),
      daysBefore: 151,
    });
  });

  it('says nothing at 90 days or less, nor without dates', () => {
    expect(STALE_AFTER_DAYS).toBe(90);
    // 2024-04-01 → 2024-06-30: 29 + 31 + 30 = 90 days
    expect(referenceDateAdvice(dayFromIso('2024-04-01'), today)).toBeNull();
    expect(referenceDateAdvice(dayFromIso('2024-03-31'), today)?.daysBefore).toBe(91);
    expect(referenceDateAdvice(null, today)).toBeNull();
  });
});
