/** The portfolio matrix: each quadrant, thresholds on the boundary. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { btydText } from '../../src/core/i18n/btydTexts';
import { valueQuadrant, VALUE_QUADRANTS } from '../../src/core/valueQuadrant';

describe('valueQuadrant', () => {
  it('gives each of the four quadrants', () => {
    expect(valueQuadrant(120, 300)).toBe('develop');
    expect(valueQuadrant(120, -5)).toBe('retain');
    expect(valueQuadrant(-10, 50)).toBe('nurture');
    expect(valueQuadrant(-10, -50)).toBe('maintain');
  });

  it('counts a value equal to its threshold as low', () => {
    expect(valueQuadrant(0, 0)).toBe('maintain');
    expect(valueQuadrant(100, 200, 100, 200)).toBe('maintain');
    expect(valueQuadrant(100.01, 200, 100, 200)).toBe('retain');
    expect(valueQuadrant(100, 200.01, 100, 200)).toBe('nurture');
    expect(valueQuadrant(100.01, 200.01, 100, 200)).toBe('develop');
  });

  it('moving a threshold up never moves a client to a higher quadrant on that axis', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (now, later, raise) => {
          const before = valueQuadrant(now, later);
          const after = valueQuadrant(now, later, raise, raise);
          const highNow = (q: string) => q === 'develop' || q === 'retain';
          const highLater = (q: string) => q === 'develop' || q === 'nurture';
          if (!highNow(before)) expect(highNow(after)).toBe(false);
          if (!highLater(before)) expect(highLater(after)).toBe(false);
        },
      ),
    );
  });

  it('has course labels in English and French', () => {
    expect(VALUE_QUADRANTS.map((q) => btydText('en', q))).toEqual(['Develop', 'Retain', 'Nurture', 'Maintain']);
    expect(VALUE_QUADRANTS.map((q) => btydText('fr', q))).toEqual(['Développer', 'Fidéliser', 'Cultiver', 'Maintenir']);
  });
});
