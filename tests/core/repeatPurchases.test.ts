/** From a sales log to x, t_x, T and the mean repeat spend; Gamma-Gamma errors. */
import { describe, expect, it } from 'vitest';
import { isPortfolioError } from '../../src/core/errors';
import { expectedAverageSpend, fitGammaGamma } from '../../src/core/gammaGamma';
import { DAYS_PER_UNIT, parseTimeUnit, summariseRepeatPurchases } from '../../src/core/repeatPurchases';

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isPortfolioError(error) ? { key: error.key, index: error.index } : error;
  }
  return 'no error';
};

describe('summariseRepeatPurchases', () => {
  // Ann: 10 on day 0, 5 + 5 on day 7 (one purchase day of 10), 30 on day 14, a return on day 15, 99 on day 30 (after as_of).
  // Bob: one purchase of 40 on day 3.
  const clients = ['Ann', 'Bob', 'Ann', 'Ann', 'Ann', 'Ann', 'Ann'];
  const days = [0, 3, 7, 7, 14, 15, 30];
  const amounts = [10, 40, 5, 5, 30, -8, 99];

  it('weeks: Ann x = 2, t_x = 14/7 = 2, T = 21/7 = 3, mean repeat spend (10 + 30)/2 = 20; Bob x = 0, T = 18/7', () => {
    const lines = summariseRepeatPurchases(clients, days, amounts, 21, 'weeks');
    expect(lines).toEqual([
      { client: 'Ann', firstRow: 0, x: 2, tx: 2, T: 3, meanRepeatSpend: 20 },
      { client: 'Bob', firstRow: 1, x: 0, tx: 0, T: 18 / 7, meanRepeatSpend: 0 },
    ]);
  });

  it('days and months: the same days divided by 1 or 30.4375', () => {
    const [ann] = summariseRepeatPurchases(clients, days, amounts, 21, 'days');
    expect(ann).toMatchObject({ x: 2, tx: 14, T: 21 });
    const [annMonths] = summariseRepeatPurchases(clients, days, amounts, 21, 'months');
    expect(annMonths?.T).toBeCloseTo(21 / 30.4375, 12);
    expect(DAYS_PER_UNIT.months).toBe(30.4375);
  });

  it('leaves out the sales after the reference date, and fails when nothing is left', () => {
    const [ann] = summariseRepeatPurchases(clients, days, amounts, 40, 'days');
    expect(ann).toMatchObject({ x: 3, tx: 30, T: 40, meanRepeatSpend: (10 + 30 + 99) / 3 });
    expect(errorOf(() => summariseRepeatPurchases(['Ann'], [10], [5], 9, 'days'))).toMatchObject({
      key: 'noPurchaseBeforeAsOf',
    });
  });

  it('reads units in English and French', () => {
    expect(parseTimeUnit('Weeks')).toBe('weeks');
    expect(parseTimeUnit('semaines')).toBe('weeks');
    expect(parseTimeUnit('mois')).toBe('months');
    expect(parseTimeUnit('jour')).toBe('days');
    expect(errorOf(() => parseTimeUnit('years'))).toMatchObject({ key: 'unknownTimeUnit' });
  });
});

describe('Gamma-Gamma', () => {
  it('expected spend: p(v + x m)/(px + q − 1), the population mean pv/(q − 1) when x = 0', () => {
    const params = { p: 6, q: 4, v: 15 };
    // x = 2, m = 20: 6 × (15 + 40) / (12 + 3) = 330 / 15 = 22.
    expect(expectedAverageSpend(params, { x: 2, m: 20 })).toBeCloseTo(22, 12);
    // x = 0: 6 × 15 / 3 = 30, whatever m says.
    expect(expectedAverageSpend(params, { x: 0, m: 999 })).toBeCloseTo(30, 12);
    expect(errorOf(() => expectedAverageSpend({ p: 6, q: 1, v: 15 }, { x: 2, m: 20 }))).toMatchObject({
      key: 'spendMeanUndefined',
    });
  });

  it('fit errors name the row', () => {
    expect(
      errorOf(() =>
        fitGammaGamma([
          { x: 2, m: 20 },
          { x: 1, m: 0 },
        ]),
      ),
    ).toMatchObject({ key: 'spendNotPositive', index: 1 });
    expect(errorOf(() => fitGammaGamma([{ x: 1.5, m: 20 }]))).toMatchObject({ key: 'btydNotWholeFrequency', index: 0 });
    expect(errorOf(() => fitGammaGamma([{ x: 0, m: 0 }]))).toMatchObject({ key: 'noSpendData' });
  });

  it('fails cleanly when every client spends the same (no spread to fit)', () => {
    expect(
      errorOf(() =>
        fitGammaGamma([
          { x: 1, m: 20 },
          { x: 2, m: 20 },
          { x: 3, m: 20 },
        ]),
      ),
    ).toMatchObject({ key: 'fitFailed' });
  });
});
