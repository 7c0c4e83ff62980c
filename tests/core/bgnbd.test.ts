/** BG/NBD closed forms by hand, their invariants, and the errors of the fit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkHistory,
  expectedPurchases,
  fitBgNbd,
  probabilityAlive,
  type PurchaseHistory,
} from '../../src/core/bgnbd';
import { isPortfolioError } from '../../src/core/errors';
import { clvForecast } from '../../src/core/clvForecast';

const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** A valid history: T ≥ t_x, t_x = 0 when x = 0. */
const history = fc
  .tuple(
    fc.integer({ min: 0, max: 60 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 200, noNaN: true }),
  )
  .map(([x, share, T]) => ({ x, tx: x === 0 ? 0 : share * T, T }));

describe('probabilityAlive', () => {
  it('is 1 / (1 + a/(b + x − 1) × ((α + T)/(α + t_x))^(r + x)) — worked example', () => {
    // x = 2, t_x = 30.43, T = 38.86: a/(b + 1) = 0.793/3.426; (4.414 + 38.86)/(4.414 + 30.43) = 43.274/34.844; power 2.243.
    const odds = (0.793 / 3.426) * (43.274 / 34.844) ** 2.243;
    expect(probabilityAlive(params, { x: 2, tx: 30.43, T: 38.86 })).toBeCloseTo(1 / (1 + odds), 12);
  });

  it('is 1 for a client with no repeat purchase, and within 0..1 always', () => {
    expect(probabilityAlive(params, { x: 0, tx: 0, T: 38 })).toBe(1);
    fc.assert(
      fc.property(history, (h) => {
        const p = probabilityAlive(params, h);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        if (h.x === 0) expect(p).toBe(1);
      }),
    );
  });

  it('is 1 for a client who bought at the very end, whatever the count', () => {
    // t_x = T: the ratio is 1, odds = a/(b + x − 1) → P = (b + x − 1)/(a + b + x − 1).
    expect(probabilityAlive(params, { x: 5, tx: 20, T: 20 })).toBeCloseTo((2.426 + 4) / (0.793 + 2.426 + 4), 12);
  });
});

describe('expectedPurchases', () => {
  it('is 0 for a horizon of 0 and grows with the horizon', () => {
    expect(expectedPurchases(params, { x: 3, tx: 10, T: 30 }, 0)).toBe(0);
    fc.assert(
      fc.property(
        history,
        fc.double({ min: 0.01, max: 200, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (h, t, more) => {
          expect(expectedPurchases(params, h, t + more)).toBeGreaterThan(expectedPurchases(params, h, t));
        },
      ),
    );
  });

  it('for a client seen since time 0 with no purchase matches the closed form with 2F1(r, b; a+b−1; z) summed by hand', () => {
    // x = 0, T = 0, t = 1: z = 1 / 5.414; ₂F₁ = Σ (r)ₙ(b)ₙ/((c)ₙ n!) zⁿ with c = a + b − 1 = 2.219.
    const z = 1 / 5.414;
    let term = 1;
    let sum = 1;
    for (let n = 0; n < 60; n += 1) {
      term *= ((0.243 + n) * (2.426 + n) * z) / ((2.219 + n) * (n + 1));
      sum += term;
    }
    const expected = (2.219 / (0.793 - 1)) * (1 - (4.414 / 5.414) ** 0.243 * sum);
    expect(expectedPurchases(params, { x: 0, tx: 0, T: 0 }, 1)).toBeCloseTo(expected, 12);
  });

  it('refuses parameters for which a + b + x − 1 ≤ 0', () => {
    expect(() => expectedPurchases({ r: 1, alpha: 1, a: 0.3, b: 0.4 }, { x: 0, tx: 0, T: 5 }, 3)).toThrow(
      'a + b + frequency − 1 must be above 0',
    );
  });
});

describe('clvForecast', () => {
  const h = { x: 2, tx: 30.43, T: 38.86 };

  it('without discount: margin × spend × expected purchases over the horizon', () => {
    const e = expectedPurchases(params, h, 39);
    expect(clvForecast(params, { history: h, spend: 30, horizon: 39, margin: 0.25, discount: 0 })).toBeCloseTo(
      0.25 * 30 * e,
      12,
    );
  });

  it('with discount: Σ per time unit of the extra purchases, discounted — 3 steps by hand', () => {
    const e1 = expectedPurchases(params, h, 1);
    const e2 = expectedPurchases(params, h, 2);
    const e3 = expectedPurchases(params, h, 3);
    const byHand = 20 * (e1 / 1.01 + (e2 - e1) / 1.01 ** 2 + (e3 - e2) / 1.01 ** 3);
    expect(clvForecast(params, { history: h, spend: 20, horizon: 3, margin: 1, discount: 0.01 })).toBeCloseTo(
      byHand,
      12,
    );
  });

  it('names the input at fault', () => {
    const field = (inputs: Partial<Parameters<typeof clvForecast>[1]>) => {
      try {
        clvForecast(params, { history: h, spend: 20, horizon: 3, margin: 1, discount: 0.01, ...inputs });
      } catch (error) {
        return isPortfolioError(error) ? [error.key, error.params.field] : error;
      }
      return 'no error';
    };
    expect(field({ horizon: 2.5 })).toEqual(['horizonNotWhole', 'horizon']);
    expect(field({ horizon: -1 })).toEqual(['horizonInvalid', 'horizon']);
    expect(field({ margin: 1.5 })).toEqual(['marginOutOfRange', 'margin']);
    expect(field({ discount: -0.1 })).toEqual(['discountNegative', 'discount']);
  });
});

describe('checkHistory and fitBgNbd errors', () => {
  const errorOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return isPortfolioError(error) ? { key: error.key, index: error.index, field: error.params.field } : error;
    }
    return 'no error';
  };

  it('rejects histories that cannot be', () => {
    expect(errorOf(() => checkHistory({ x: 1.5, tx: 1, T: 2 }))).toMatchObject({
      key: 'btydNotWholeFrequency',
      field: 'frequency',
    });
    expect(errorOf(() => checkHistory({ x: -1, tx: 0, T: 2 }))).toMatchObject({
      key: 'btydNegative',
      field: 'frequency',
    });
    expect(errorOf(() => checkHistory({ x: 1, tx: 3, T: 2 }))).toMatchObject({
      key: 'btydRecencyAfterAge',
      field: 'recency',
    });
    expect(errorOf(() => checkHistory({ x: 0, tx: 1, T: 2 }))).toMatchObject({
      key: 'btydRecencyWithoutRepeat',
      field: 'recency',
    });
    expect(errorOf(() => checkHistory({ x: 1, tx: 1, T: Number.NaN }))).toMatchObject({
      key: 'btydNegative',
      field: 'age',
    });
  });

  it('names the row of a bad history, and refuses data without repeat buyers', () => {
    const good: PurchaseHistory[] = [
      { x: 1, tx: 2, T: 5 },
      { x: 0, tx: 0, T: 4 },
    ];
    expect(errorOf(() => fitBgNbd([...good, { x: 2, tx: 6, T: 5 }]))).toMatchObject({
      key: 'btydRecencyAfterAge',
      index: 2,
    });
    expect(
      errorOf(() =>
        fitBgNbd([
          { x: 0, tx: 0, T: 4 },
          { x: 0, tx: 0, T: 9 },
        ]),
      ),
    ).toMatchObject({ key: 'noRepeatBuyers' });
    expect(errorOf(() => fitBgNbd([]))).toMatchObject({ key: 'noClients' });
  });

  it('refuses a fit that does not converge to a maximum (every repeat buyer bought at the very end)', () => {
    const histories = Array.from({ length: 50 }, (_, i) => ({ x: 1 + (i % 5), tx: 20, T: 20 }));
    expect(errorOf(() => fitBgNbd(histories))).toMatchObject({ key: 'fitFailed' });
    expect(errorOf(() => fitBgNbd([{ x: 1, tx: 2, T: 5 }]))).toMatchObject({ key: 'fitFailed' });
  });
});
