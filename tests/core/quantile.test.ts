/**
 * PERCENTILE.INC (R's default quantile, type 7): worked examples with the
 * interpolation written out, h = (N − 1)·p, value = s[⌊h⌋] + (h − ⌊h⌋)·(s[⌊h⌋+1] − s[⌊h⌋]).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileInc, sortedAscending } from '../../src/core/quantile';

describe('percentileInc', () => {
  it('interpolates between the two order statistics around (N − 1)·p', () => {
    // [1, 2, 3, 4] at 0.5: h = 3 × 0.5 = 1.5 → 2 + 0.5 × (3 − 2) = 2.5
    expect(percentileInc([1, 2, 3, 4], 0.5)).toBe(2.5);
    // [10, 20, 30, 40, 50] at 0.2: h = 4 × 0.2 = 0.8 → 10 + 0.8 × (20 − 10) = 18
    expect(percentileInc([10, 20, 30, 40, 50], 0.2)).toBeCloseTo(18, 12);
    // 1, 3, …, 19 (10 values) at 0.2: h = 9 × 0.2 = 1.8 → 3 + 0.8 × (5 − 3) = 4.6
    const odds = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
    expect(percentileInc(odds, 0.2)).toBeCloseTo(4.6, 12);
    // … at 0.75: h = 9 × 0.75 = 6.75 → 13 + 0.75 × (15 − 13) = 14.5
    expect(percentileInc(odds, 0.75)).toBeCloseTo(14.5, 12);
  });

  it('lands exactly on an order statistic when (N − 1)·p is whole', () => {
    // [2, 4, 8, 16, 32] at 0.25: h = 4 × 0.25 = 1 → s[1] = 4
    expect(percentileInc([2, 4, 8, 16, 32], 0.25)).toBe(4);
    // at 0.5: h = 2 → s[2] = 8 (the median)
    expect(percentileInc([2, 4, 8, 16, 32], 0.5)).toBe(8);
  });

  it('gives the minimum at 0 and the maximum at 1', () => {
    expect(percentileInc([3, 7, 11], 0)).toBe(3);
    expect(percentileInc([3, 7, 11], 1)).toBe(11);
  });

  it('gives the only value of a one-value list at every p', () => {
    for (const p of [0, 0.2, 0.5, 1]) expect(percentileInc([42], p)).toBe(42);
  });

  it('lands exactly on the order statistic when (N − 1)·p is whole but p is no exact binary fraction', () => {
    // 1..91 at 0.7: h = 90 × 0.7 = 63 → s[63] = 64 (PERCENTILE.INC in Sheets and Excel: 64).
    // In floating point 90 × 0.7 = 62.99999999999999, which must not give 63.99999999999999.
    const values = Array.from({ length: 91 }, (_, i) => i + 1);
    expect(percentileInc(values, 0.7)).toBe(64);
  });

  it('stays on a plateau of equal values', () => {
    // [5, 5, 5, 9] at 0.5: h = 1.5 → 5 + 0.5 × (5 − 5) = 5
    expect(percentileInc([5, 5, 5, 9], 0.5)).toBe(5);
  });
});

describe('sortedAscending', () => {
  it('sorts numerically (not as text) and leaves its input alone', () => {
    const values = [10, 9, 100, -1, 2.5];
    expect(Array.from(sortedAscending(values))).toEqual([-1, 2.5, 9, 10, 100]);
    expect(values).toEqual([10, 9, 100, -1, 2.5]);
  });

  it('sorts whole numbers of a narrow range by counting: same order as a comparison sort', () => {
    // Days since the last purchase: 3 × 0, 2 × 7, 1 × 30 → 0, 0, 0, 7, 7, 30.
    expect(Array.from(sortedAscending([7, 0, 30, 0, 7, 0]))).toEqual([0, 0, 0, 7, 7, 30]);
    expect(Array.from(sortedAscending([-3, 2, -3]))).toEqual([-3, -3, 2]);
    expect(Array.from(sortedAscending([]))).toEqual([]);
    const wholeOrNot = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true }), fc.integer());
    fc.assert(
      fc.property(
        fc.array(wholeOrNot, { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 40 })),
        (mixed, narrow) => {
          for (const values of [mixed, narrow]) {
            const expected = Array.from(new Float64Array(values).sort()).map((v) => (v === 0 ? 0 : v));
            expect(Array.from(sortedAscending(values)).map((v) => (v === 0 ? 0 : v))).toEqual(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
