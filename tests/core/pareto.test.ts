/**
 * PARETO_SHARE: share of revenue made by the top client_share of clients,
 * interpolated linearly between whole numbers of clients.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShare, cumulativeRevenue, paretoCurve, paretoShare, paretoShareOf } from '../../src/core/pareto';
import { portfolioError } from '../support/portfolioError';

/**
 * The reference example (docs/FUNCTIONS.md, PARETO_SHARE): 15 clients totalling 63 064, the top 3 make 78.06 %.
 * Top 3: 25 000 + 14 528 + 9 700 = 49 228; the other 12:
 * 3 000 + 2 500 + 2 000 + 1 500 + 1 200 + 1 000 + 800 + 600 + 500 + 386 + 200 + 150 = 13 836;
 * 49 228 + 13 836 = 63 064. Rows in no particular order.
 */
const fifteen = [1_200, 25_000, 386, 3_000, 150, 9_700, 2_500, 800, 14_528, 2_000, 600, 1_500, 200, 1_000, 500];

/** Ten clients totalling 100; cumulative revenue of the top k: 0, 40, 65, 80, 88, 93, 96, 98, 99, 100, 100. */
const ten = [8, 40, 1, 25, 0, 3, 15, 2, 5, 1];

describe('paretoShare', () => {
  it('reproduces the reference example: the top 20 % of 15 clients (3) make 49 228 / 63 064 = 78.06 %', () => {
    expect(fifteen).toHaveLength(15);
    expect(fifteen.reduce((s, a) => s + a, 0)).toBe(63_064);
    const share = paretoShare(fifteen);
    expect(share).toBeCloseTo(49_228 / 63_064, 12);
    expect(Math.round(share * 10_000) / 100).toBe(78.06);
  });

  it('reads whole numbers of clients off the cumulative revenue', () => {
    // 0.2 × 10 = 2 clients → 65 / 100
    expect(paretoShare(ten, 0.2)).toBeCloseTo(0.65, 12);
    // 0.5 × 10 = 5 clients → 93 / 100
    expect(paretoShare(ten, 0.5)).toBeCloseTo(0.93, 12);
  });

  it('interpolates between the two neighbouring whole counts', () => {
    // 0.25 × 10 = 2.5 clients → 65 + 0.5 × (80 − 65) = 72.5 → 0.725
    expect(paretoShare(ten, 0.25)).toBeCloseTo(0.725, 12);
    // 0.05 × 10 = 0.5 client → 0 + 0.5 × 40 = 20 → 0.2
    expect(paretoShare(ten, 0.05)).toBeCloseTo(0.2, 12);
    // 0.95 × 10 = 9.5 → 100 + 0.5 × (100 − 100): the last client has 0
    expect(paretoShare(ten, 0.95)).toBeCloseTo(1, 12);
    // 15 clients, 10 % = 1.5 clients → (25 000 + 0.5 × 14 528) / 63 064
    expect(paretoShare(fifteen, 0.1)).toBeCloseTo((25_000 + 0.5 * 14_528) / 63_064, 12);
  });

  it('is 0 at 0 and 1 at 1', () => {
    expect(paretoShare(ten, 0)).toBe(0);
    expect(paretoShare(ten, 1)).toBe(1);
  });

  it('counts negative amounts as no revenue, ranked last', () => {
    // 60, 40, −10 → cumulative 0, 60, 100, 100; one client of three → 0.6
    expect(paretoShare([-10, 60, 40], 1 / 3)).toBeCloseTo(0.6, 12);
    expect(paretoShare([-10, 60, 40], 1)).toBe(1);
  });

  it('refuses a share outside [0, 1] and lists with no revenue', () => {
    for (const share of [-0.1, 1.1, Number.NaN]) {
      expect(() => paretoShare(ten, share)).toThrow(portfolioError('shareOutOfRange', { value: share }));
    }
    expect(() => paretoShare([0, -5])).toThrow(portfolioError('allAmountsZero'));
    expect(() => paretoShare([])).toThrow(portfolioError('allAmountsZero'));
    expect(() => paretoShareOf([0, 0], 0.5)).toThrow(portfolioError('allAmountsZero'));
    expect(() => checkShare(2)).toThrow(portfolioError('shareOutOfRange', { value: 2 }));
  });
});

describe('cumulativeRevenue and paretoCurve', () => {
  it('cumulates the amounts from the largest, negatives as 0', () => {
    expect(cumulativeRevenue([3, -2, 5])).toEqual([0, 5, 8, 8]);
    expect(cumulativeRevenue(ten)).toEqual([0, 40, 65, 80, 88, 93, 96, 98, 99, 100, 100]);
  });

  it('gives the curve point of every whole number of clients', () => {
    // 50, 30, 20 → (0, 0), (1/3, 0.5), (2/3, 0.8), (1, 1)
    const curve = paretoCurve([20, 50, 30]);
    expect(curve.map((p) => p.clientShare)).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(curve.map((p) => p.revenueShare)).toEqual([0, 0.5, 0.8, 1]);
    expect(() => paretoCurve([0])).toThrow(portfolioError('allAmountsZero'));
  });

  it('agrees with paretoShare at every point', () => {
    for (const point of paretoCurve(fifteen)) {
      expect(paretoShare(fifteen, point.clientShare)).toBeCloseTo(point.revenueShare, 12);
    }
  });
});

describe('paretoShare properties', () => {
  const amounts = fc
    .array(fc.oneof(fc.integer({ min: -100, max: 10_000 }), fc.double({ min: 0.01, max: 1e6, noNaN: true })), {
      minLength: 1,
      maxLength: 50,
    })
    .filter((list) => list.some((a) => a > 0));
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const runs = { numRuns: 200 };

  it('is monotone in client_share', () => {
    fc.assert(
      fc.property(amounts, share, share, (list, s1, s2) => {
        const [low, high] = s1 <= s2 ? [s1, s2] : [s2, s1];
        expect(paretoShare(list, low)).toBeLessThanOrEqual(paretoShare(list, high) + 1e-12);
      }),
      runs,
    );
  });

  it('is 0 at 0, 1 at 1, and the top clients make at least their share of clients', () => {
    fc.assert(
      fc.property(amounts, share, (list, s) => {
        expect(paretoShare(list, 0)).toBe(0);
        expect(paretoShare(list, 1)).toBe(1);
        expect(paretoShare(list, s)).toBeGreaterThanOrEqual(s - 1e-12);
      }),
      runs,
    );
  });

  it('does not depend on the row order', () => {
    fc.assert(
      fc.property(amounts, share, (list, s) => {
        const reversed = [...list].reverse();
        expect(paretoShare(reversed, s)).toBe(paretoShare(list, s));
      }),
      runs,
    );
  });
});
