import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/core/days';
import { dayText, valueText } from '../../src/core/display';

describe('dayText', () => {
  it('writes a day the French or the English way', () => {
    const day = dayFromIso('2024-06-25');
    expect(dayText(day, 'fr')).toBe('25/06/2024');
    expect(dayText(day, 'en')).toBe('2024-06-25');
  });
});

describe('valueText', () => {
  it('gives French numbers a decimal comma and leaves text as typed', () => {
    expect(valueText(466.16, 'fr')).toBe('466,16');
    expect(valueText(466.16, 'en')).toBe('466.16');
    expect(valueText('1 234,50 €', 'en')).toBe('1 234,50 €');
    expect(valueText('', 'fr')).toBe('');
    expect(valueText(true, 'en')).toBe('true');
  });
});
