/** NPS and CSAT: the course's worked examples, errors, invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerSatisfaction, parseCsatMode } from '../../src/core/csat';
import { isPortfolioError } from '../../src/core/errors';
import { netPromoterScore, npsCounts } from '../../src/core/nps';

const repeat = (score: number, count: number) => new Array<number>(count).fill(score);

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isPortfolioError(error) ? { key: error.key, index: error.index, params: error.params } : error;
  }
  return 'no error';
};

describe('netPromoterScore', () => {
  it('80 promoters, 60 passives, 60 detractors of 200 → 40 % − 30 % = 10', () => {
    const scores = [
      ...repeat(9, 50),
      ...repeat(10, 30),
      ...repeat(7, 35),
      ...repeat(8, 25),
      ...repeat(0, 10),
      ...repeat(6, 50),
    ];
    expect(npsCounts(scores)).toEqual({ promoters: 80, passives: 60, detractors: 60 });
    expect(netPromoterScore(scores)).toBe(10);
  });

  it('25 % promoters, 55 % passives, 20 % detractors → 25 − 20 = +5', () => {
    const scores = [...repeat(10, 5), ...repeat(8, 11), ...repeat(3, 4)];
    expect(netPromoterScore(scores)).toBeCloseTo(5, 12);
  });

  it('puts the boundaries 6/7 and 8/9 on the right side', () => {
    expect(npsCounts([6, 7, 8, 9])).toEqual({ promoters: 1, passives: 2, detractors: 1 });
    expect(netPromoterScore([9])).toBe(100);
    expect(netPromoterScore([6])).toBe(-100);
    expect(netPromoterScore([7, 8])).toBe(0);
  });

  it('rejects answers off the 0–10 scale or not whole, naming their position, and no answer at all', () => {
    expect(errorOf(() => netPromoterScore([9, 11]))).toMatchObject({ key: 'npsScoreOutOfRange', index: 1 });
    expect(errorOf(() => netPromoterScore([-1]))).toMatchObject({ key: 'npsScoreOutOfRange', index: 0 });
    expect(errorOf(() => netPromoterScore([8, 7.5]))).toMatchObject({ key: 'npsScoreOutOfRange', index: 1 });
    expect(errorOf(() => netPromoterScore([]))).toMatchObject({ key: 'emptyRange' });
  });

  it('stays within −100..100 and ignores the order of answers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (scores) => {
        const nps = netPromoterScore(scores);
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
        expect(netPromoterScore([...scores].reverse())).toBeCloseTo(nps, 9);
      }),
    );
  });
});

describe('customerSatisfaction', () => {
  it('60 satisfied (4 or 5 of 5) of 100 → 60 %', () => {
    const scores = [...repeat(5, 25), ...repeat(4, 35), ...repeat(3, 20), ...repeat(1, 20)];
    expect(customerSatisfaction(scores)).toBe(0.6);
  });

  it('average mode gives the mean score: (5 + 4 + 3 + 1 + 2) / 5 = 3', () => {
    expect(customerSatisfaction([5, 4, 3, 1, 2], { mode: 'average' })).toBe(3);
    expect(customerSatisfaction([8, 10], { scale: 10, mode: 'average' })).toBe(9);
  });

  it('takes its own scale and threshold: on 0–10 satisfied from 7, answers 6, 7, 10, 9 → 3 / 4', () => {
    expect(customerSatisfaction([6, 7, 10, 9], { scale: 10, satisfiedFrom: 7 })).toBe(0.75);
    // default threshold = scale − 1 (two top boxes): 9 and 10 of 10 → 2 / 4.
    expect(customerSatisfaction([6, 7, 10, 9], { scale: 10 })).toBe(0.5);
    // the threshold is inclusive: 4 of 5 counts.
    expect(customerSatisfaction([4, 3], { satisfiedFrom: 4 })).toBe(0.5);
  });

  it('rejects answers outside the scale, non-integers and bad options', () => {
    expect(errorOf(() => customerSatisfaction([5, 6]))).toMatchObject({
      key: 'csatScoreOutOfRange',
      index: 1,
      params: { scale: 5 },
    });
    expect(errorOf(() => customerSatisfaction([4.5]))).toMatchObject({ key: 'csatScoreOutOfRange', index: 0 });
    expect(errorOf(() => customerSatisfaction([4], { scale: 1 }))).toMatchObject({ key: 'csatScaleInvalid' });
    expect(errorOf(() => customerSatisfaction([4], { scale: 5.5 }))).toMatchObject({ key: 'csatScaleInvalid' });
    expect(errorOf(() => customerSatisfaction([4], { satisfiedFrom: 6 }))).toMatchObject({
      key: 'csatThresholdInvalid',
    });
    expect(errorOf(() => customerSatisfaction([4], { satisfiedFrom: 0 }))).toMatchObject({
      key: 'csatThresholdInvalid',
    });
    expect(errorOf(() => customerSatisfaction([]))).toMatchObject({ key: 'emptyRange' });
  });

  it('reads the mode in English or French', () => {
    expect(parseCsatMode(' Average ')).toBe('average');
    expect(parseCsatMode('moyenne')).toBe('average');
    expect(parseCsatMode('part')).toBe('share');
    expect(errorOf(() => parseCsatMode('median'))).toMatchObject({ key: 'csatModeInvalid' });
  });
});
