/**
 * CLIENT_VALUE: simple value basket × purchases × years × margin, or the
 * retention-discounted sum Σₜ₌₁..years m·rᵗ/(1+d)ᵗ, or m·r/(1+d−r) with no horizon.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientValue, type ClientValueInput } from '../../src/core/clientValue';
import { portfolioError } from '../support/portfolioError';

describe('clientValue', () => {
  it('gives the simple value 5 € × 208 × 8 = 8 320 €', () => {
    expect(clientValue({ averageBasket: 5, purchasesPerYear: 208, years: 8 })).toBe(8_320);
  });

  it('applies the margin rate and accepts fractional years in the simple value', () => {
    // 5 × 208 × 8 × 0.3 = 2 496
    expect(clientValue({ averageBasket: 5, purchasesPerYear: 208, years: 8, marginRate: 0.3 })).toBeCloseTo(2_496, 9);
    // 5 × 208 × 1.5 = 1 560
    expect(clientValue({ averageBasket: 5, purchasesPerYear: 208, years: 1.5 })).toBe(1_560);
    expect(clientValue({ averageBasket: 5, purchasesPerYear: 208, years: 0 })).toBe(0);
  });

  it('gives m·r/(1 + d − r) with no horizon: m = 100, r = 0.8, d = 0.1 → 80 / 0.3 = 266.67', () => {
    // m = 50 € × 2 purchases × margin 1 = 100
    const value = clientValue({
      averageBasket: 50,
      purchasesPerYear: 2,
      years: null,
      retentionRate: 0.8,
      discountRate: 0.1,
    });
    expect(value).toBeCloseTo((100 * 0.8) / (1 + 0.1 - 0.8), 9);
    expect(Math.round(value * 100) / 100).toBe(266.67);
  });

  it('sums three discounted years by hand: m = 100, r = 0.8, d = 0.1', () => {
    // t = 1: 100 × 0.8 / 1.1     = 72.727…
    // t = 2: 100 × 0.64 / 1.21   = 52.892…
    // t = 3: 100 × 0.512 / 1.331 = 38.467…
    // total                      = 164.087…
    const byHand = (100 * 0.8) / 1.1 + (100 * 0.64) / 1.21 + (100 * 0.512) / 1.331;
    const value = clientValue({
      averageBasket: 100,
      purchasesPerYear: 1,
      years: 3,
      retentionRate: 0.8,
      discountRate: 0.1,
    });
    expect(value).toBeCloseTo(byHand, 9);
    expect(Math.round(value * 100) / 100).toBe(164.09);
  });

  it('applies the margin rate to the yearly margin of the discounted sum', () => {
    // m = 200 × 1 × 0.5 = 100, one year, r = 0.9, d = 0: 100 × 0.9 = 90
    expect(
      clientValue({ averageBasket: 200, purchasesPerYear: 1, years: 1, marginRate: 0.5, retentionRate: 0.9 }),
    ).toBeCloseTo(90, 9);
  });

  it('gives back the simple value with r = 1 and d = 0', () => {
    expect(clientValue({ averageBasket: 5, purchasesPerYear: 208, years: 8, retentionRate: 1, discountRate: 0 })).toBe(
      8_320,
    );
  });

  it('discounts without a retention rate (r = 1)', () => {
    // m = 100, d = 0.1, 2 years: 100 / 1.1 + 100 / 1.21 = 173.55…
    expect(clientValue({ averageBasket: 10, purchasesPerYear: 10, years: 2, discountRate: 0.1 })).toBeCloseTo(
      100 / 1.1 + 100 / 1.21,
      9,
    );
    // no horizon: 100 × 1 / (1.1 − 1) = 1 000
    expect(clientValue({ averageBasket: 10, purchasesPerYear: 10, years: null, discountRate: 0.1 })).toBeCloseTo(
      1_000,
      6,
    );
  });

  it('refuses a retention rate outside (0, 1]', () => {
    for (const r of [0, -0.5, 1.2, Number.NaN]) {
      expect(() => clientValue({ averageBasket: 10, purchasesPerYear: 1, years: 3, retentionRate: r })).toThrow(
        portfolioError('retentionOutOfRange', { value: r, field: 'retentionRate' }),
      );
    }
  });

  it('refuses no horizon when r ≥ 1 + d (the sum would not end)', () => {
    expect(() =>
      clientValue({ averageBasket: 10, purchasesPerYear: 1, years: null, retentionRate: 1, discountRate: 0 }),
    ).toThrow(portfolioError('infiniteHorizon', { r: 1, d: 0, field: 'retentionRate' }));
    expect(() => clientValue({ averageBasket: 10, purchasesPerYear: 1, years: null, retentionRate: 1 })).toThrow(
      portfolioError('infiniteHorizon'),
    );
    // no rate at all: the simple value needs a number of years
    expect(() => clientValue({ averageBasket: 10, purchasesPerYear: 1, years: null })).toThrow(
      portfolioError('yearsRequired', { field: 'years' }),
    );
  });

  it('refuses negative inputs, naming the field', () => {
    const base: ClientValueInput = { averageBasket: 10, purchasesPerYear: 4, years: 2 };
    expect(() => clientValue({ ...base, averageBasket: -1 })).toThrow(
      portfolioError('negativeNumber', { value: -1, field: 'averageBasket' }),
    );
    expect(() => clientValue({ ...base, purchasesPerYear: -4 })).toThrow(
      portfolioError('negativeNumber', { value: -4, field: 'purchasesPerYear' }),
    );
    expect(() => clientValue({ ...base, years: -2 })).toThrow(
      portfolioError('negativeNumber', { value: -2, field: 'years' }),
    );
    expect(() => clientValue({ ...base, discountRate: -0.05 })).toThrow(
      portfolioError('discountNegative', { value: -0.05, field: 'discountRate' }),
    );
  });

  it('refuses a margin rate outside [0, 1]', () => {
    const base: ClientValueInput = { averageBasket: 10, purchasesPerYear: 4, years: 2 };
    for (const marginRate of [-0.1, 1.5, Number.NaN]) {
      expect(() => clientValue({ ...base, marginRate })).toThrow(
        portfolioError('marginOutOfRange', { value: marginRate, field: 'marginRate' }),
      );
    }
    expect(clientValue({ ...base, marginRate: 0 })).toBe(0);
    expect(clientValue({ ...base, marginRate: 1 })).toBe(80);
  });

  it('wants whole years with a retention rate', () => {
    expect(() => clientValue({ averageBasket: 10, purchasesPerYear: 4, years: 2.5, retentionRate: 0.8 })).toThrow(
      portfolioError('yearsNotWhole', { value: 2.5, field: 'years' }),
    );
  });
});

describe('clientValue properties', () => {
  const money = fc.double({ min: 0, max: 1_000, noNaN: true });
  const settings = fc.record({
    purchasesPerYear: fc.double({ min: 0, max: 365, noNaN: true }),
    years: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    marginRate: fc.double({ min: 0, max: 1, noNaN: true }),
    retentionRate: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    discountRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  });
  const runs = { numRuns: 300 };

  /** Relative closeness, for values that may be large. */
  function expectNear(actual: number, expected: number): void {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  }

  it('is linear in the basket: value(k·b) = k·value(b) and value(b₁ + b₂) = value(b₁) + value(b₂)', () => {
    fc.assert(
      fc.property(money, money, fc.double({ min: 0, max: 10, noNaN: true }), settings, (b1, b2, k, rest) => {
        const value = (averageBasket: number) => clientValue({ ...rest, averageBasket });
        expectNear(value(k * b1), k * value(b1));
        expectNear(value(b1 + b2), value(b1) + value(b2));
      }),
      runs,
    );
  });

  it('equals the simple value when r = 1 and d = 0', () => {
    fc.assert(
      fc.property(
        money,
        fc.double({ min: 0, max: 365, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        (b, p, years) => {
          const simple = clientValue({ averageBasket: b, purchasesPerYear: p, years });
          expectNear(
            clientValue({ averageBasket: b, purchasesPerYear: p, years, retentionRate: 1, discountRate: 0 }),
            simple,
          );
          expectNear(simple, b * p * years);
        },
      ),
      runs,
    );
  });

  it('grows with the horizon towards the no-horizon value', () => {
    fc.assert(
      fc.property(money, settings, (b, rest) => {
        const withYears = (years: number | null) => clientValue({ ...rest, averageBasket: b, years });
        const infinite = withYears(null);
        let previous = 0;
        for (const years of [1, 2, 5, 10, 30]) {
          const value = withYears(years);
          expect(value).toBeGreaterThanOrEqual(previous - 1e-9);
          expect(value).toBeLessThanOrEqual(infinite * (1 + 1e-9) + 1e-9);
          previous = value;
        }
      }),
      runs,
    );
  });
});
