import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromParts } from '../../src/core/days';
import { cellText } from '../../src/core/display';

/** Reads a `Date` in the calendar of the test's runtime. */
const localDay = (date: Date) => dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());

describe('cellText', () => {
  it('writes a date cell the French or the English way', () => {
    const date = new Date(2024, 5, 25);
    expect(localDay(date)).toBe(dayFromIso('2024-06-25'));
    expect(cellText(date, 'fr', localDay)).toBe('25/06/2024');
    expect(cellText(date, 'en', localDay)).toBe('2024-06-25');
  });

  it('gives French numbers a decimal comma and leaves text as typed', () => {
    expect(cellText(466.16, 'fr', localDay)).toBe('466,16');
    expect(cellText(466.16, 'en', localDay)).toBe('466.16');
    expect(cellText('1 234,50 €', 'en', localDay)).toBe('1 234,50 €');
    expect(cellText('', 'fr', localDay)).toBe('');
    expect(cellText(null, 'fr', localDay)).toBe('');
    expect(cellText(true, 'en', localDay)).toBe('true');
  });
});
