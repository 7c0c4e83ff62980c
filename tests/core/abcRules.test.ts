/**
 * The three ABC conventions of courses: reach (default), within and clients.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABC_DEFAULT_SHARES, abcClasses, parseAbcRule, type AbcRule } from '../../src/core/abc';
import type { AbcClass } from '../../src/core/types';

/** The published 10-client key, in k€: total 9 000 + 8 125 + 900 + 900 + 800 + 600 + 500 + 375 + 200 + 10 = 21 410. */
const key = [9000, 8125, 900, 900, 800, 600, 500, 375, 200, 10];

const count = (classes: AbcClass[]) => ({
  A: classes.filter((c) => c === 'A').length,
  B: classes.filter((c) => c === 'B').length,
  C: classes.filter((c) => c === 'C').length,
});

describe('the 10-client key under each rule (default shares)', () => {
  it('within: 2 A, 4 B, 4 C', () => {
    // cumulative share including each client: 9 000 / 21 410 = 42.04 % ≤ 80 → A; 17 125 / 21 410 = 79.99 % ≤ 80 → A;
    // 900: 18 025 / 21 410 = 84.19 % > 80, ≤ 95 → B, and the second 900 ties → B; 800: 19 725 → 92.13 % → B;
    // 600: 20 325 → 94.93 % → B; 500: 20 825 → 97.27 % > 95 → C; 375, 200, 10 → C
    const classes = abcClasses(key, undefined, undefined, 'within');
    expect(classes).toEqual(['A', 'A', 'B', 'B', 'B', 'B', 'C', 'C', 'C', 'C']);
    expect(count(classes)).toEqual({ A: 2, B: 4, C: 4 });
  });

  it('reach (default): 4 A, 3 B, 3 C', () => {
    // share of the clients ranked before each: 9 000: 0 → A; 8 125: 42.04 % → A; first 900: 17 125 / 21 410 = 79.99 % < 80 → A,
    // second 900 ties → A; 800: 18 925 → 88.39 % < 95 → B; 600: 19 725 → 92.13 % → B; 500: 20 325 → 94.93 % → B;
    // 375: 20 825 → 97.27 % ≥ 95 → C; 200, 10 → C
    expect(abcClasses(key)).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'C']);
    expect(abcClasses(key, 0.8, 0.95, 'reach')).toEqual(abcClasses(key));
  });

  it('clients (20 % / 50 % of 10 clients): 2 A, 3 B, 5 C', () => {
    // rank k (ties share the best rank), A if (k − 1)/10 < 0.2, B if < 0.5:
    // 9 000 k=1 → 0 → A; 8 125 k=2 → 0.1 → A; 900, 900 k=3 → 0.2 → B; 800 k=5 → 0.4 → B;
    // 600 k=6 → 0.5 → C; 500, 375, 200, 10 → C
    expect(abcClasses(key, undefined, undefined, 'clients').join('')).toBe('AABBBCCCCC');
  });
});

describe('ABC rules', () => {
  it('exports the defaults of each rule', () => {
    expect(ABC_DEFAULT_SHARES).toEqual({
      reach: { a: 0.8, b: 0.95 },
      within: { a: 0.8, b: 0.95 },
      clients: { a: 0.2, b: 0.5 },
    });
  });

  it('within: the largest client is A even when it alone passes a_share', () => {
    // 90 of 100 > 80 % but the largest → A; 5: 95 % ≤ 95 → B; 5 ties → B
    expect(abcClasses([90, 5, 5], 0.8, 0.95, 'within')).toEqual(['A', 'B', 'B']);
  });

  it('within: a share reached exactly stays in the class, despite decimal rounding', () => {
    // 0.1 + 0.2 + 0.7 = 1; 0.1 + 0.2 = 0.30000000000000004 ≈ 30 % ≤ 30 % → the 0.2 client is A
    expect(abcClasses([0.7, 0.2, 0.1], 0.7, 0.9, 'within')).toEqual(['A', 'B', 'C']);
    expect(abcClasses([60, 20, 20], 0.8, 0.95, 'within')).toEqual(['A', 'A', 'A']);
  });

  it('within: ties take the better class', () => {
    // 50, 30, 30 (total 110): 50 → A; the 30s: 80 / 110 = 72.7 % ≤ 80 → A for both (the first of the run decides)
    expect(abcClasses([50, 30, 30], 0.8, 0.95, 'within')).toEqual(['A', 'A', 'A']);
    // 40, 40, 20 with a = 0.3: the first 40 is the largest → A, the second 40 ties with it → A
    expect(abcClasses([40, 40, 20], 0.3, 0.9, 'within')).toEqual(['A', 'A', 'C']);
  });

  it('clients: ties share the best rank; amounts ≤ 0 count in N but stay C', () => {
    // 5 clients: 100, 100, 50, 0, −5; N = 5; rank 1, 1, 3, 4, 5; a = 0.2: (1 − 1)/5 = 0 < 0.2 → A for both 100s;
    // 50: (3 − 1)/5 = 0.4 < 0.5 → B; 0 and −5 → C
    expect(abcClasses([100, 100, 50, 0, -5], 0.2, 0.5, 'clients')).toEqual(['A', 'A', 'B', 'C', 'C']);
    // 10 equal amounts are all A
    expect(abcClasses(new Array<number>(10).fill(3), undefined, undefined, 'clients')).toEqual(new Array(10).fill('A'));
    // 0.3 × 10 = 3.0000000000000004: the client at rank 4 ((4 − 1)/10 = 0.3, not < 0.3) is B
    expect(abcClasses([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.3, 0.6, 'clients').join('')).toBe('AAABBBCCCC');
  });

  it('parses rule names and refuses others', () => {
    expect(parseAbcRule(' Within ')).toBe('within');
    expect(() => parseAbcRule('pareto')).toThrow(expect.objectContaining({ key: 'unknownAbcRule' }));
  });

  it('checks the shares under every rule', () => {
    expect(() => abcClasses(key, 0.6, 0.5, 'clients')).toThrow(expect.objectContaining({ key: 'abcSharesOrder' }));
    expect(() => abcClasses([0, -1], undefined, undefined, 'within')).toThrow(
      expect.objectContaining({ key: 'allAmountsZero' }),
    );
  });
});

describe('properties of every rule', () => {
  const rules: AbcRule[] = ['reach', 'within', 'clients'];
  const rank = { A: 0, B: 1, C: 2 } as const;
  const amounts = fc
    .array(fc.integer({ min: -50, max: 1000 }), { minLength: 1, maxLength: 40 })
    .filter((list) => list.some((x) => x > 0));
  const shares = fc
    .tuple(fc.double({ min: 0.05, max: 0.9, noNaN: true }), fc.double({ min: 0.05, max: 0.99, noNaN: true }))
    .map(([x, y]) => [x, Math.min(1, x + y)] as const)
    .filter(([a, b]) => a < b);

  it('classes are monotone in the amount and equal amounts share a class', () => {
    fc.assert(
      fc.property(amounts, shares, fc.constantFrom(...rules), (list, [a, b], rule) => {
        const classes = abcClasses(list, a, b, rule);
        list.forEach((x, i) =>
          list.forEach((y, j) => {
            const ci = classes[i] ?? 'C';
            const cj = classes[j] ?? 'C';
            if (x === y) expect(ci).toBe(cj);
            if (x > y) expect(rank[ci]).toBeLessThanOrEqual(rank[cj]);
          }),
        );
      }),
    );
  });

  it('the largest client is always A', () => {
    fc.assert(
      fc.property(amounts, shares, fc.constantFrom(...rules), (list, [a, b], rule) => {
        const largest = list.indexOf(Math.max(...list));
        expect(abcClasses(list, a, b, rule)[largest]).toBe('A');
      }),
    );
  });

  it('within never gives more A than reach', () => {
    fc.assert(
      fc.property(amounts, shares, (list, [a, b]) => {
        expect(count(abcClasses(list, a, b, 'within')).A).toBeLessThanOrEqual(count(abcClasses(list, a, b, 'reach')).A);
      }),
    );
  });
});
