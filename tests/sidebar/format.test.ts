import { describe, expect, it } from 'vitest';
import { columnLetter, formatAmount, formatNumber, formatPercent } from '../../sidebar/format';

describe('formatPercent', () => {
  it('writes French shares with a decimal comma and a narrow no-break space before %', () => {
    expect(formatPercent('fr', 0.196)).toBe('19,6\u202f%');
    expect(formatPercent('fr', 0.8)).toBe('80\u202f%');
  });

  it('writes English shares with a decimal point and no space', () => {
    expect(formatPercent('en', 0.196)).toBe('19.6%');
    expect(formatPercent('en', 1)).toBe('100%');
  });

  it('rounds to one decimal', () => {
    expect(formatPercent('en', 0.12345)).toBe('12.3%');
    expect(formatPercent('fr', 0.12355)).toBe('12,4\u202f%');
  });
});

describe('formatNumber', () => {
  it('groups thousands in the language of the user', () => {
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('fr', 1234.5).replace(/\s/g, ' ')).toBe('1 234,5');
  });
});

describe('formatAmount', () => {
  it('shows cents when there are any, and none for whole amounts', () => {
    expect(formatAmount('en', 28749.7)).toBe('28,749.70');
    expect(formatAmount('en', 28749)).toBe('28,749');
    expect(formatAmount('fr', -18.9).replace(/\s/g, ' ')).toBe('-18,90');
  });
});

describe('columnLetter', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
