/**
 * RFM scores: the three methods on ten clients with every breakpoint and
 * score derived by hand, teachers' grids, codes, and property tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gridAxisProblem,
  isValidBins,
  axisScores,
  boundScores,
  checkBins,
  checkGrid,
  ntileScores,
  quantileScores,
  rfmCode,
  rfmPackageScores,
  rfmScores,
  scoresFromCode,
  type Direction,
} from '../../src/core/rfm';
import type { ScoreMethod } from '../../src/core/types';
import { portfolioError } from '../support/portfolioError';
import { at } from '../../tools/indexing';

/**
 * Ten clients, rows deliberately not sorted on any axis.
 * Sorted (index 0..9):
 *   days      5, 12, 30, 45, 46, 90, 120, 180, 250, 365
 *   purchases 1,  1,  2,  2,  3,  4,   5,   7,  10,  12
 *   amount   40, 75, 78, 200, 260, 310, 480, 650, 900, 1500
 * With n = 5 the quantile positions are h = 9·k/5 = 1.8, 3.6, 5.4, 7.2.
 */
// rows: Ana, Ben, Cleo, Dan, Eve, Finn, Gus, Hana, Ivo, Jo
const days = [30, 365, 5, 120, 46, 12, 250, 90, 45, 180];
const purchases = [4, 1, 12, 2, 2, 7, 1, 3, 5, 10];
const amounts = [310, 40, 1500, 75, 260, 650, 78, 200, 480, 900];

/** The hand-computed quantiles (PERCENTILE.INC at 0.2, 0.4, 0.6, 0.8). */
const dayQuantiles = [
  12 + 0.8 * (30 - 12), // h = 1.8 → 26.4
  45 + 0.6 * (46 - 45), // h = 3.6 → 45.6
  90 + 0.4 * (120 - 90), // h = 5.4 → 102
  180 + 0.2 * (250 - 180), // h = 7.2 → 194
];
const purchaseQuantiles = [
  1 + 0.8 * (2 - 1), // 1.8
  2 + 0.6 * (3 - 2), // 2.6
  4 + 0.4 * (5 - 4), // 4.4
  7 + 0.2 * (10 - 7), // 7.6
];
const amountQuantiles = [
  75 + 0.8 * (78 - 75), // 77.4
  200 + 0.6 * (260 - 200), // 236
  310 + 0.4 * (480 - 310), // 378
  650 + 0.2 * (900 - 650), // 700
];

function expectCloseList(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, k) => expect(value).toBeCloseTo(at(expected, k), 9));
}

describe('quantileScores', () => {
  it('uses PERCENTILE.INC at k/n as breakpoints', () => {
    expectCloseList(quantileScores(days, 5, 'lowerIsBetter').thresholds, [26.4, 45.6, 102, 194]);
    expectCloseList(quantileScores(days, 5, 'lowerIsBetter').thresholds, dayQuantiles);
    expectCloseList(quantileScores(purchases, 5, 'higherIsBetter').thresholds, purchaseQuantiles);
    expectCloseList(quantileScores(amounts, 5, 'higherIsBetter').thresholds, amountQuantiles);
  });

  it('scores F and M as 1 + #{k : value > qₖ}', () => {
    // purchases vs 1.8, 2.6, 4.4, 7.6: 4 → 3, 1 → 1, 12 → 5, 2 → 2, 2 → 2, 7 → 4, 1 → 1, 3 → 3, 5 → 4, 10 → 5
    expect(quantileScores(purchases, 5, 'higherIsBetter').scores).toEqual([3, 1, 5, 2, 2, 4, 1, 3, 4, 5]);
    // amounts vs 77.4, 236, 378, 700: 310 → 3, 40 → 1, 1500 → 5, 75 → 1, 260 → 3, 650 → 4, 78 → 2, 200 → 2, 480 → 4, 900 → 5
    expect(quantileScores(amounts, 5, 'higherIsBetter').scores).toEqual([3, 1, 5, 1, 3, 4, 2, 2, 4, 5]);
  });

  it('scores R as n − #{k : days > qₖ} (fewest days = 5)', () => {
    // days vs 26.4, 45.6, 102, 194: 30 → 5−1, 365 → 5−4, 5 → 5−0, 120 → 5−3, 46 → 5−2,
    // 12 → 5−0, 250 → 5−4, 90 → 5−2, 45 → 5−1, 180 → 5−3
    expect(quantileScores(days, 5, 'lowerIsBetter').scores).toEqual([4, 1, 5, 2, 3, 5, 1, 3, 4, 2]);
  });

  it('works the documented n = 2 example: 1, 2, 3, 4 → q₁ = 2.5 → 1, 1, 2, 2', () => {
    const result = quantileScores([1, 2, 3, 4], 2, 'higherIsBetter');
    expect(result.thresholds).toEqual([2.5]);
    expect(result.scores).toEqual([1, 1, 2, 2]);
    expect(result.classes).toBe(2);
  });

  it('does not let a rounding error move an order statistic into the class above (ninths of 73 clients)', () => {
    // 1..73, n = 9: h = 72 × k/9 = 8k is whole, so qₖ = s[8k] = 8k + 1: 9, 17, 25, 33, 41, 49, 57, 65
    // (in floating point 72 × 7/9 is 56.00000000000001). The client with 57 passes q₁..q₆ but not q₇ = 57 → score 7.
    const values = Array.from({ length: 73 }, (_, i) => i + 1);
    const result = quantileScores(values, 9, 'higherIsBetter');
    expect(result.thresholds).toEqual([9, 17, 25, 33, 41, 49, 57, 65]);
    expect(result.scores[56]).toBe(7);
  });

  it('gives equal values the same score, even across a breakpoint equal to them', () => {
    // 1, 2, 2, 2, 3 with n = 2: h = 4 × 0.5 = 2 → q₁ = 2; 2 > 2 is false so every 2 scores 1
    expect(quantileScores([1, 2, 2, 2, 3], 2, 'higherIsBetter').scores).toEqual([1, 1, 1, 1, 2]);
  });
});

describe('rfmPackageScores (R package rfm 0.3)', () => {
  it('uses the quantiles plus 1 as lower bounds of classes 2..n', () => {
    expectCloseList(
      rfmPackageScores(days, 5, 'lowerIsBetter').thresholds,
      dayQuantiles.map((q) => q + 1),
    );
    expectCloseList(rfmPackageScores(purchases, 5, 'higherIsBetter').thresholds, [2.8, 3.6, 5.4, 8.6]);
    expectCloseList(rfmPackageScores(amounts, 5, 'higherIsBetter').thresholds, [78.4, 237, 379, 701]);
  });

  it('puts a value in [lower, upper): class = 1 + #{k : value ≥ qₖ + 1}', () => {
    // purchases vs 2.8, 3.6, 5.4, 8.6: 4 → 3, 1 → 1, 12 → 5, 2 → 1, 2 → 1, 7 → 4, 1 → 1, 3 → 2, 5 → 3, 10 → 5
    // (quantile gave 2 → 2, 3 → 3, 5 → 4: those values lie between qₖ and qₖ + 1)
    expect(rfmPackageScores(purchases, 5, 'higherIsBetter').scores).toEqual([3, 1, 5, 1, 1, 4, 1, 2, 3, 5]);
    // amounts vs 78.4, 237, 379, 701: Gus's 78 is above q₁ = 77.4 but below 78.4 → 1
    expect(rfmPackageScores(amounts, 5, 'higherIsBetter').scores).toEqual([3, 1, 5, 1, 3, 4, 1, 2, 4, 5]);
  });

  it('reverses recency: R = n + 1 − class', () => {
    // days vs 27.4, 46.6, 103, 195: classes 2, 5, 1, 4, 2, 1, 5, 3, 2, 4 → R = 6 − class.
    // Eve's 46 is above q₂ = 45.6 (quantile R 3) but below 46.6 → class 2 → R 4.
    expect(rfmPackageScores(days, 5, 'lowerIsBetter').scores).toEqual([4, 1, 5, 2, 4, 5, 1, 3, 4, 2]);
  });
});

describe('ntileScores (SQL NTILE)', () => {
  it('makes n groups of equal size from worst to best, ties in row order', () => {
    // purchases ascending: Ben 1, Gus 1, Dan 2, Eve 2, Hana 3, Ana 4, Ivo 5, Finn 7, Jo 10, Cleo 12 → pairs 1..5
    const f = ntileScores(purchases, 5, 'higherIsBetter');
    expect(f.scores).toEqual([3, 1, 5, 2, 2, 4, 1, 3, 4, 5]);
    // first value of groups 2..5
    expect(f.thresholds).toEqual([2, 3, 5, 10]);
    // amounts ascending: 40, 75 | 78, 200 | 260, 310 | 480, 650 | 900, 1500
    const m = ntileScores(amounts, 5, 'higherIsBetter');
    expect(m.scores).toEqual([3, 1, 5, 1, 3, 4, 2, 2, 4, 5]);
    expect(m.thresholds).toEqual([78, 260, 480, 900]);
  });

  it('ranks recency from most days (worst) to fewest', () => {
    // 365, 250 | 180, 120 | 90, 46 | 45, 30 | 12, 5
    const r = ntileScores(days, 5, 'lowerIsBetter');
    expect(r.scores).toEqual([4, 1, 5, 2, 3, 5, 1, 3, 4, 2]);
    expect(r.thresholds).toEqual([180, 90, 45, 12]);
  });

  it('makes the first N mod n groups one larger', () => {
    // 7 values, 3 groups: 7 = 3 + 2 + 2
    const result = ntileScores([70, 10, 60, 20, 50, 30, 40], 3, 'higherIsBetter');
    expect(result.scores).toEqual([3, 1, 3, 1, 2, 1, 2]);
    expect(result.thresholds).toEqual([40, 60]);
  });

  it('splits equal values by row order', () => {
    expect(ntileScores([5, 5, 5, 5], 2, 'higherIsBetter').scores).toEqual([1, 1, 2, 2]);
    expect(ntileScores([5, 5, 5, 5], 2, 'lowerIsBetter').scores).toEqual([1, 1, 2, 2]);
  });

  it('leaves the top groups empty when there are fewer values than groups', () => {
    // 3 values, 5 groups: sizes 1, 1, 1, 0, 0 (as SQL NTILE)
    const result = ntileScores([30, 10, 20], 5, 'higherIsBetter');
    expect(result.scores).toEqual([3, 1, 2]);
    expect(result.thresholds).toEqual([20, 30]);
  });
});

describe('boundScores (teacher grids)', () => {
  it('reads "less than 10 / 10 to 19 / 20 and more" as class = 1 + #{k : value ≥ tₖ}', () => {
    const result = boundScores([0, 9, 9.5, 10, 19, 20, 35], [10, 20], 'higherIsBetter');
    expect(result.scores).toEqual([1, 1, 1, 2, 2, 3, 3]);
    expect(result.classes).toBe(3);
    expect(result.thresholds).toEqual([10, 20]);
  });

  it('reverses recency: "less than 30 days" is the best class', () => {
    // bounds 30, 90 days: 0 and 29 → class 1 → R 3; 30 and 89 → class 2 → R 2; 90 and 400 → class 3 → R 1
    expect(boundScores([0, 29, 30, 89, 90, 400], [30, 90], 'lowerIsBetter').scores).toEqual([3, 3, 2, 2, 1, 1]);
  });

  it('gives n = bounds + 1 classes', () => {
    // bounds 100, 200, 300, 400 → 5 classes; 250 passes 100 and 200 → class 3
    const result = boundScores([250, 400, 99], [100, 200, 300, 400], 'higherIsBetter');
    expect(result.classes).toBe(5);
    expect(result.scores).toEqual([3, 5, 1]);
  });
});

describe('rfmScores', () => {
  it('scores the three axes with the chosen method', () => {
    const result = rfmScores(days, purchases, amounts, { kind: 'bins', n: 5 }, 'quantile');
    // Ana: R 4 (30 days), F 3 (4 purchases), M 3 (310)
    expect(result.scores[0]).toEqual({ r: 4, f: 3, m: 3 });
    expect(result.scores.map(rfmCode)).toEqual([433, 111, 555, 221, 323, 544, 112, 332, 444, 255]);
    expect(result.classes).toEqual({ r: 5, f: 5, m: 5 });
    expectCloseList(result.thresholds.r, dayQuantiles);
  });

  it('gives the hand-computed codes for the rfm and ntile methods', () => {
    const rfm = rfmScores(days, purchases, amounts, { kind: 'bins', n: 5 }, 'rfm');
    expect(rfm.scores.map(rfmCode)).toEqual([433, 111, 555, 211, 413, 544, 111, 322, 434, 255]);
    const ntile = rfmScores(days, purchases, amounts, { kind: 'bins', n: 5 }, 'ntile');
    expect(ntile.scores.map(rfmCode)).toEqual([433, 111, 555, 221, 323, 544, 112, 332, 444, 255]);
  });

  it('uses a grid per axis, each with its own number of classes, and ignores the method', () => {
    const grid = { r: [30, 90], f: [2, 5, 10], m: [500] };
    for (const method of ['quantile', 'rfm', 'ntile'] as const) {
      const result = rfmScores(days, purchases, amounts, { kind: 'grid', grid }, method);
      expect(result.classes).toEqual({ r: 3, f: 4, m: 2 });
      // Ana: 30 days → class 2 → R 2; 4 purchases → class 2; 310 → class 1
      // Cleo: 5 days → R 3; 12 purchases → class 4; 1500 → class 2
      expect(result.scores[0]).toEqual({ r: 2, f: 2, m: 1 });
      expect(result.scores[2]).toEqual({ r: 3, f: 4, m: 2 });
      expect(result.thresholds).toEqual(grid);
    }
  });

  it('rejects a bad grid', () => {
    const bins = (grid: { r: number[]; f: number[]; m: number[] }) => () =>
      rfmScores([1], [1], [1], { kind: 'grid', grid }, 'quantile');
    expect(bins({ r: [10, 10], f: [1], m: [1] })).toThrow(
      portfolioError('gridNotAscending', { axis: 'R', values: [10, 10] }),
    );
    expect(bins({ r: [1], f: [], m: [1] })).toThrow(portfolioError('gridShape'));
  });
});

describe('isValidBins and gridAxisProblem (the codes the sidebar words)', () => {
  it('accepts whole numbers of classes from 2 to 9 only (one digit per score in the code)', () => {
    expect([2, 5, 9].map(isValidBins)).toEqual([true, true, true]);
    expect([1, 10, 2.5, Number.NaN].map(isValidBins)).toEqual([false, false, false, false]);
  });

  it('names what is wrong with a grid axis', () => {
    expect(gridAxisProblem([30, 90, 180])).toBeNull();
    expect(gridAxisProblem([])).toBe('gridShape');
    expect(gridAxisProblem([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBe('gridShape');
    expect(gridAxisProblem([1, 2, 3, 4, 5, 6, 7, 8])).toBeNull();
    expect(gridAxisProblem([1, Number.NaN])).toBe('gridShape');
    expect(gridAxisProblem([30, 20])).toBe('gridNotAscending');
    expect(gridAxisProblem([30, 30])).toBe('gridNotAscending');
  });
});

describe('checkBins and checkGrid', () => {
  it('accepts 2 to 9 classes only (one digit per score in the code)', () => {
    expect(() => checkBins(2)).not.toThrow();
    expect(() => checkBins(9)).not.toThrow();
    for (const n of [1, 10, 11, 2.5, Number.NaN, 0, -5]) {
      expect(() => checkBins(n)).toThrow(portfolioError('binsOutOfRange', { value: n }));
    }
    expect(() => quantileScores([1, 2], 11, 'higherIsBetter')).toThrow(portfolioError('binsOutOfRange'));
    expect(() => rfmPackageScores([1, 2], 1, 'higherIsBetter')).toThrow(portfolioError('binsOutOfRange'));
    expect(() => ntileScores([1, 2], 0, 'higherIsBetter')).toThrow(portfolioError('binsOutOfRange'));
  });

  it('wants 1 to 8 finite, strictly ascending bounds per axis (2 to 9 classes)', () => {
    expect(() => checkGrid({ r: [30], f: [1, 2, 3, 4, 5, 6, 7, 8], m: [100, 200] })).not.toThrow();
    expect(() => checkGrid({ r: [30], f: [1, 2, 3, 4, 5, 6, 7, 8, 9], m: [100] })).toThrow(portfolioError('gridShape'));
    expect(() => checkGrid({ r: [30], f: [1], m: [Number.NaN] })).toThrow(portfolioError('gridShape'));
    expect(() => checkGrid({ r: [30], f: [1], m: [Infinity] })).toThrow(portfolioError('gridShape'));
    expect(() => checkGrid({ r: [30], f: [5, 2], m: [100] })).toThrow(
      portfolioError('gridNotAscending', { axis: 'F', values: [5, 2] }),
    );
  });
});

describe('rfmCode and scoresFromCode', () => {
  it('writes 100·R + 10·F + M', () => {
    expect(rfmCode({ r: 5, f: 4, m: 3 })).toBe(543);
    expect(rfmCode({ r: 1, f: 1, m: 1 })).toBe(111);
  });

  it('reads a code back from a number or a text', () => {
    expect(scoresFromCode(543)).toEqual({ r: 5, f: 4, m: 3 });
    expect(scoresFromCode(' 321 ')).toEqual({ r: 3, f: 2, m: 1 });
    expect(scoresFromCode(913, 9)).toEqual({ r: 9, f: 1, m: 3 });
  });

  it('rejects what is no code for the number of classes', () => {
    expect(() => scoresFromCode(613)).toThrow(portfolioError('notAScore', { value: 613, max: 5 }));
    expect(() => scoresFromCode(503)).toThrow(portfolioError('notAScore', { value: 503, max: 5 }));
    expect(() => scoresFromCode(1234)).toThrow(portfolioError('notAScore'));
    expect(() => scoresFromCode(54.3)).toThrow(portfolioError('notAScore'));
    expect(() => scoresFromCode('abc')).toThrow(portfolioError('notAScore', { value: '"abc"', max: 5 }));
    expect(() => scoresFromCode(444, 3)).toThrow(portfolioError('notAScore', { value: 444, max: 3 }));
  });
});

describe('score properties', () => {
  const methods: ScoreMethod[] = ['quantile', 'rfm', 'ntile'];
  const method = fc.constantFrom(...methods);
  const direction = fc.constantFrom<Direction>('higherIsBetter', 'lowerIsBetter');
  const bins = fc.integer({ min: 2, max: 9 });
  /** Small integers make many ties; a few doubles keep fractions in play. */
  const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1e6, noNaN: true })), {
    minLength: 1,
    maxLength: 40,
  });
  const distinctValues = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 });
  const runs = { numRuns: 200 };

  /** Values with a permutation of their indexes. */
  const permuted = (list: fc.Arbitrary<number[]>) =>
    list.chain((v) =>
      fc.tuple(
        fc.constant(v),
        fc.shuffledSubarray(
          v.map((_, i) => i),
          { minLength: v.length, maxLength: v.length },
        ),
      ),
    );

  it('gives every score within 1..n, for every method and n in 2..9', () => {
    fc.assert(
      fc.property(values, bins, method, direction, (v, n, m, d) => {
        const { scores, classes } = axisScores(v, n, m, d);
        expect(classes).toBe(n);
        expect(scores).toHaveLength(v.length);
        for (const s of scores) {
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(1);
          expect(s).toBeLessThanOrEqual(n);
        }
      }),
      runs,
    );
  });

  it('gives equal values the same score (quantile and rfm)', () => {
    fc.assert(
      fc.property(values, bins, fc.constantFrom<ScoreMethod>('quantile', 'rfm'), direction, (v, n, m, d) => {
        const { scores } = axisScores(v, n, m, d);
        const byValue = new Map<number, number>();
        v.forEach((value, i) => {
          if (!byValue.has(value)) byValue.set(value, at(scores, i));
          expect(scores[i]).toBe(byValue.get(value));
        });
      }),
      runs,
    );
  });

  it('permutes the scores when the rows are permuted (quantile and rfm, with ties)', () => {
    fc.assert(
      fc.property(
        permuted(values),
        bins,
        fc.constantFrom<ScoreMethod>('quantile', 'rfm'),
        direction,
        ([v, order], n, m, d) => {
          const before = axisScores(v, n, m, d).scores;
          const after = axisScores(
            order.map((i) => at(v, i)),
            n,
            m,
            d,
          ).scores;
          expect(after).toEqual(order.map((i) => before[i]));
        },
      ),
      runs,
    );
  });

  it('permutes the scores when the rows are permuted (ntile, distinct values)', () => {
    fc.assert(
      fc.property(permuted(distinctValues), bins, direction, ([v, order], n, d) => {
        const before = ntileScores(v, n, d).scores;
        const after = ntileScores(
          order.map((i) => at(v, i)),
          n,
          d,
        ).scores;
        expect(after).toEqual(order.map((i) => before[i]));
      }),
      runs,
    );
  });

  it('never gives a larger frequency or amount a lower score, nor more days a higher R', () => {
    fc.assert(
      fc.property(values, bins, method, direction, (v, n, m, d) => {
        const { scores } = axisScores(v, n, m, d);
        for (let i = 0; i < v.length; i += 1) {
          for (let j = 0; j < v.length; j += 1) {
            if (!(at(v, i) < at(v, j))) continue;
            if (d === 'higherIsBetter') expect(scores[i]).toBeLessThanOrEqual(at(scores, j));
            else expect(scores[i]).toBeGreaterThanOrEqual(at(scores, j));
          }
        }
      }),
      runs,
    );
  });

  it('uses the whole scale with ntile when there are at least n distinct values', () => {
    fc.assert(
      fc.property(distinctValues, bins, direction, (v, n, d) => {
        fc.pre(v.length >= n);
        const { scores } = ntileScores(v, n, d);
        expect(new Set(scores).size).toBe(n);
      }),
      runs,
    );
  });

  it('reads a grid the way it is written: class k holds values from tₖ₋₁ up to below tₖ', () => {
    const grid = fc
      .uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 })
      .map((b) => b.sort((x, y) => x - y));
    fc.assert(
      fc.property(grid, fc.integer({ min: -10, max: 1010 }), (bounds, value) => {
        const cls = at(boundScores([value], bounds, 'higherIsBetter').scores, 0);
        const lower = cls === 1 ? -Infinity : at(bounds, cls - 2);
        const upper = cls === bounds.length + 1 ? Infinity : at(bounds, cls - 1);
        expect(value).toBeGreaterThanOrEqual(lower);
        expect(value).toBeLessThan(upper);
        const [r] = boundScores([value], bounds, 'lowerIsBetter').scores;
        expect(r).toBe(bounds.length + 2 - cls);
      }),
      runs,
    );
  });
});
