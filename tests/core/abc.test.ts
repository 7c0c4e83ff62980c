/**
 * ABC classes: A = the smallest set of top clients whose cumulative share of
 * revenue reaches a_share, B likewise up to b_share, C the rest. A client is
 * A when the clients ranked before them make less than a_share of the total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcClasses, areValidAbcShares, checkAbcShares, positiveTotal } from '../../src/core/abc';
import { DEFAULT_A_SHARE, DEFAULT_B_SHARE } from '../../src/core/choices';
import type { AbcClass } from '../../src/core/types';
import { portfolioError } from '../support/portfolioError';
import { at } from '../../tools/indexing';

describe('abcClasses', () => {
  it('classes 50, 30, 15, 5 as A, A, B, C', () => {
    // total 100; revenue of the clients ranked before each: 0, 50, 80, 95
    // 0 < 80 → A; 50 < 80 → A; 80 < 95 → B; 95 is not < 95 → C
    expect(abcClasses([50, 30, 15, 5])).toEqual(['A', 'A', 'B', 'C']);
  });

  it('keeps the class with its row whatever the row order', () => {
    expect(abcClasses([5, 50, 15, 30])).toEqual(['C', 'A', 'B', 'A']);
  });

  it('makes the largest client A even when they alone pass a_share', () => {
    // 95 of 100: before 0 → A; then 5: before 95, not < 80 nor < 95 → C
    expect(abcClasses([95, 5])).toEqual(['A', 'C']);
  });

  it('gives equal amounts the same class, the better one', () => {
    // 60, 20, 20: before 0 → A, 60 → A, 80 → would be B, tied with an A → A
    expect(abcClasses([60, 20, 20])).toEqual(['A', 'A', 'A']);
    // 50, 30, 10, 5, 5: before 0, 50, 80, 90, 95 → A, A, B, B, and the last 5 (95, C) ties with a B → B
    expect(abcClasses([5, 50, 30, 10, 5])).toEqual(['B', 'A', 'A', 'B', 'B']);
  });

  it('puts amounts ≤ 0 in C and leaves them out of the total', () => {
    // positive total 100 + 50 = 150; 80 % = 120: 100 → A (before 0), 50 → A (before 100 < 120)
    expect(abcClasses([100, 0, -20, 50])).toEqual(['A', 'C', 'C', 'A']);
    // with b_share = 1 every positive client is at worst B, but 0 stays C
    // 90 → A; 10: before 90 ≥ 80 and < 100 → B
    expect(abcClasses([90, 10, 0], 0.8, 1)).toEqual(['A', 'B', 'C']);
  });

  it('takes custom shares', () => {
    // a = 0.5, b = 0.9 on 50, 30, 15, 5: before 0 → A; 50 not < 50 → B; 80 < 90 → B; 95 → C
    expect(abcClasses([50, 30, 15, 5], 0.5, 0.9)).toEqual(['A', 'B', 'B', 'C']);
  });

  it('is not fooled by decimal rounding when a share is reached exactly', () => {
    // 0.7, 0.1, 0.09, 0.06, 0.05 (70 %, 10 %, 9 %, 6 %, 5 %): before the third, 0.7 + 0.1 is
    // 0.7999999999999999 in floating point, yet 80 % is reached → B; before the fifth 95 % → C
    expect(abcClasses([0.7, 0.1, 0.09, 0.06, 0.05])).toEqual(['A', 'A', 'B', 'B', 'C']);
  });

  it('refuses shares out of order and revenue-less lists', () => {
    expect(() => abcClasses([1, 2], 0.9, 0.8)).toThrow(portfolioError('abcSharesOrder', { a: 0.9, b: 0.8 }));
    expect(() => abcClasses([1, 2], 0.8, 0.8)).toThrow(portfolioError('abcSharesOrder'));
    expect(() => abcClasses([1, 2], 0, 0.5)).toThrow(portfolioError('abcSharesOrder'));
    expect(() => abcClasses([1, 2], 0.5, 1.2)).toThrow(portfolioError('abcSharesOrder'));
    expect(() => abcClasses([1, 2], Number.NaN, 0.9)).toThrow(portfolioError('abcSharesOrder'));
    expect(() => abcClasses([0, -5])).toThrow(portfolioError('allAmountsZero'));
    expect(() => abcClasses([])).toThrow(portfolioError('allAmountsZero'));
  });
});

describe('areValidAbcShares', () => {
  it('wants 0 < A < B ≤ 1, the defaults included', () => {
    expect(areValidAbcShares(DEFAULT_A_SHARE, DEFAULT_B_SHARE)).toBe(true);
    expect([DEFAULT_A_SHARE, DEFAULT_B_SHARE]).toEqual([0.8, 0.95]);
    expect(areValidAbcShares(0.8, 1)).toBe(true);
    expect(areValidAbcShares(0, 0.9)).toBe(false);
    expect(areValidAbcShares(0.9, 0.8)).toBe(false);
    expect(areValidAbcShares(0.8, 0.8)).toBe(false);
    expect(areValidAbcShares(0.8, 1.01)).toBe(false);
    expect(areValidAbcShares(Number.NaN, 0.9)).toBe(false);
  });
});

describe('checkAbcShares, positiveTotal', () => {
  it('accepts 0 < a < b ≤ 1', () => {
    expect(() => checkAbcShares(0.8, 0.95)).not.toThrow();
    expect(() => checkAbcShares(0.8, 1)).not.toThrow();
  });

  it('sums positive amounts only', () => {
    expect(positiveTotal([10, -4, 0, 5.5])).toBe(15.5);
    expect(positiveTotal([])).toBe(0);
  });
});

describe('abcClasses properties', () => {
  const rank: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };
  const amounts = fc
    .array(fc.oneof(fc.integer({ min: -50, max: 500 }), fc.double({ min: 0.01, max: 1e5, noNaN: true })), {
      minLength: 1,
      maxLength: 40,
    })
    .filter((list) => list.some((a) => a > 0));
  const shares = fc
    .tuple(fc.double({ min: 0.05, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 0.1, noNaN: true }))
    .map(([a, gap]) => [a, Math.min(1, a + gap)] as const);
  const runs = { numRuns: 200 };

  it('never gives a larger amount a worse class, and equal amounts the same class', () => {
    fc.assert(
      fc.property(amounts, shares, (list, [a, b]) => {
        const classes = abcClasses(list, a, b);
        for (let i = 0; i < list.length; i += 1) {
          for (let j = 0; j < list.length; j += 1) {
            if (at(list, i) > at(list, j)) expect(rank[at(classes, i)]).toBeLessThanOrEqual(rank[at(classes, j)]);
            if (list[i] === list[j]) expect(classes[i]).toBe(classes[j]);
          }
        }
      }),
      runs,
    );
  });

  it('makes the largest client A and every amount ≤ 0 C', () => {
    fc.assert(
      fc.property(amounts, shares, (list, [a, b]) => {
        const classes = abcClasses(list, a, b);
        expect(classes[list.indexOf(Math.max(...list))]).toBe('A');
        list.forEach((amount, i) => {
          if (amount <= 0) expect(classes[i]).toBe('C');
        });
      }),
      runs,
    );
  });

  it('makes A the smallest top set reaching a_share: without its last (distinct) client it falls short', () => {
    const distinct = fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(distinct, shares, (list, [a, b]) => {
        const classes = abcClasses(list, a, b);
        const total = list.reduce((s, x) => s + x, 0);
        const aRevenue = list.filter((_, i) => classes[i] === 'A');
        const smallestA = Math.min(...aRevenue);
        const aTotal = aRevenue.reduce((s, x) => s + x, 0);
        expect(aTotal - smallestA).toBeLessThan(a * total);
        if (classes.includes('B') || classes.includes('C'))
          expect(aTotal).toBeGreaterThanOrEqual(a * total * (1 - 1e-12));
      }),
      runs,
    );
  });
});
