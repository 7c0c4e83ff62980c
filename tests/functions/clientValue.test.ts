/**
 * CLIENT_VALUE through the built bundle: simple value, retention
 * and discount, no horizon, broadcasting, rates typed as text, errors.
 */
import { describe, expect, it } from 'vitest';
import { column, expectCellError, flat, workbook } from '../support/customFunctions';

describe('CLIENT_VALUE', () => {
  const french = workbook({ locale: 'fr_FR' });
  const english = workbook({ locale: 'en_US' });

  it('simple value: 5 € × 208 purchases a year × 8 years = 8 320 €', () => {
    expect(english.call('CLIENT_VALUE', 5, 208, 8)).toBe(8_320);
    // r = 1 and d = 0 give back the simple value.
    expect(english.call('CLIENT_VALUE', 5, 208, 8, 1, 1, 0)).toBeCloseTo(8_320, 9);
  });

  it('applies the margin rate: 5 × 208 × 8 × 30 % = 2 496', () => {
    expect(english.call('CLIENT_VALUE', 5, 208, 8, 0.3)).toBeCloseTo(2_496, 9);
    expect(french.call('CLIENT_VALUE', 5, 208, 8, '30 %')).toBeCloseTo(2_496, 9);
  });

  it('no horizon: m = 100, r = 0.8, d = 0.1 → 100 × 0.8 / (1 + 0.1 − 0.8) = 80 / 0.3 = 266.67', () => {
    // years as a blank cell, margin_rate left out (Sheets passes a skipped argument as absent here).
    expect(english.call('CLIENT_VALUE', 100, 1, '', undefined, 0.8, 0.1)).toBeCloseTo(266.67, 2);
    expect(english.call('CLIENT_VALUE', 50, 2, undefined, 1, 0.8, 0.1)).toBeCloseTo(266.67, 2);
  });

  it('with a horizon: Σₜ₌₁..₃ 100 × (0.8 / 1.1)ᵗ = 100 × (8/11 + 64/121 + 512/1 331) = 100 × 2 184 / 1 331 = 164.09', () => {
    expect(english.call('CLIENT_VALUE', 100, 1, 3, 1, 0.8, 0.1)).toBeCloseTo(218_400 / 1_331, 9);
    // Retention alone (d = 0): 100 × (0.5 + 0.25) = 75.
    expect(english.call('CLIENT_VALUE', 100, 1, 2, 1, 0.5)).toBeCloseTo(75, 9);
  });

  it('reads rates typed as percentages in French: "80 %" is 0.8, "10 %" is 0.1', () => {
    expect(french.call('CLIENT_VALUE', 100, 1, '', undefined, '80 %', '10 %')).toBeCloseTo(266.67, 2);
    expect(french.call('CLIENT_VALUE', 100, 1, '', undefined, '0,8', '0,1')).toBeCloseTo(266.67, 2);
    expect(french.call('CLIENT_VALUE', '1 000,50 €', 2, 1)).toBeCloseTo(2_001, 9);
    expect(english.call('CLIENT_VALUE', 100, 1, '', undefined, '80%', '10%')).toBeCloseTo(266.67, 2);
  });

  it('broadcasts scalars against a column of baskets; blank rows stay blank', () => {
    // purchases 12, years 2, margin 50 %: basket × 12 × 2 × 0.5 = basket × 12 → 60, 120, '', 240.
    const values = english.call('CLIENT_VALUE', column(5, 10, '', 20), 12, 2, 0.5);
    expect(flat(values)).toEqual([60, 120, '', 240]);
  });

  it('broadcasts when the only column is an optional argument', () => {
    // m = 100, d = 0.1, no horizon: r = 0.8 → 80 / 0.3 = 266.67; r = 0.5 → 50 / 0.6 = 83.33; r = 0.9 → 90 / 0.2 = 450.
    const values = flat(english.call('CLIENT_VALUE', 100, 1, '', 1, column(0.8, 0.5, '', 0.9), 0.1));
    expect(values).toHaveLength(4);
    expect(values[0]).toBeCloseTo(266.67, 2);
    expect(values[1]).toBeCloseTo(83.33, 2);
    expect(values[2]).toBe('');
    expect(values[3]).toBeCloseTo(450, 9);
    // A column of years: 100 × 1 × years.
    expect(flat(english.call('CLIENT_VALUE', 100, 1, column(1, 2, '', 3)))).toEqual([100, 200, '', 300]);
  });

  it('pairs columns row by row', () => {
    // 10 × 4 × 1 = 40; 20 × 2 × 3 = 120; 8 × 10 × 0.5 = 40.
    const values = english.call('CLIENT_VALUE', column(10, 20, 8), column(4, 2, 10), column(1, 3, 0.5));
    expect(flat(values)).toEqual([40, 120, 40]);
  });

  it('is deterministic', () => {
    const args = [column(10, 20, 8), 6, '', 0.4, column(0.7, 0.8, 0.9), 0.05];
    expect(english.call('CLIENT_VALUE', ...args)).toEqual(english.call('CLIENT_VALUE', ...args));
  });

  it('names the argument and the row of a bad value, in French and in English', () => {
    expectCellError(
      english.failure('CLIENT_VALUE', column(5, 'beaucoup'), 4, 2),
      'CLIENT_VALUE: argument "average_basket", row 2: "beaucoup" is not a number',
    );
    expectCellError(
      french.failure('CLIENT_VALUE', column(5, 'beaucoup'), 4, 2),
      'CLIENT_VALUE : argument « average_basket », ligne 2 : "beaucoup" n’est pas un nombre',
    );
    expectCellError(
      english.failure('CLIENT_VALUE', column(5, 3), column(4, -2), 2),
      'CLIENT_VALUE: argument "purchases_per_year", row 2: cannot be negative (-2)',
    );
    expectCellError(
      english.failure('CLIENT_VALUE', column(5, 3), 4, 2, 1, column(0.9, 1.3)),
      'CLIENT_VALUE: argument "retention_rate", row 2: the retention rate must be greater than 0 and at most 1 (1.3)',
    );
    expectCellError(
      french.failure('CLIENT_VALUE', column(5, 3), 4, 2, 1, column(0.9, 1.3)),
      'CLIENT_VALUE : argument « retention_rate », ligne 2 : le taux de fidélité doit être supérieur à 0 et au plus égal à 1 (1,3)',
    );
  });

  it('refuses a retention rate outside (0, 1]', () => {
    expectCellError(
      english.failure('CLIENT_VALUE', 50, 4, 3, 1, 1.2),
      'CLIENT_VALUE: argument "retention_rate": the retention rate must be greater than 0 and at most 1 (1.2)',
    );
    expectCellError(
      french.failure('CLIENT_VALUE', 50, 4, 3, 1, 1.2),
      'CLIENT_VALUE : argument « retention_rate » : le taux de fidélité doit être supérieur à 0 et au plus égal à 1 (1,2)',
    );
    expectCellError(
      english.failure('CLIENT_VALUE', 50, 4, 3, 1, 0),
      'CLIENT_VALUE: argument "retention_rate": the retention rate must be greater than 0 and at most 1 (0)',
    );
  });

  it('refuses an infinite horizon with r ≥ 1 + d', () => {
    expectCellError(
      english.failure('CLIENT_VALUE', 50, 4, '', 1, 1, 0),
      'CLIENT_VALUE: argument "retention_rate": with no horizon the retention rate (1) must be below 1 + the discount rate (0)',
    );
    expectCellError(
      french.failure('CLIENT_VALUE', 50, 4, '', 1, 1, 0),
      'CLIENT_VALUE : argument « retention_rate » : sans horizon, le taux de fidélité (1) doit être inférieur à 1 + le taux d’actualisation (0)',
    );
    // No retention rate at all: r = 1 and d = 0, the horizon is what is missing.
    expectCellError(
      english.failure('CLIENT_VALUE', 50, 4, ''),
      'CLIENT_VALUE: argument "years": give the number of years (leaving it blank means no horizon, which needs a retention rate below 1)',
    );
    expectCellError(
      french.failure('CLIENT_VALUE', 50, 4, ''),
      'CLIENT_VALUE : argument « years » : indiquez le nombre d’années (le laisser vide signifie sans horizon, ce qui demande un taux de fidélité inférieur à 1)',
    );
  });

  it('refuses other bad rates and horizons', () => {
    expectCellError(
      english.failure('CLIENT_VALUE', 5, 4, 2, 1.5),
      'CLIENT_VALUE: argument "margin_rate": the margin rate must be between 0 and 1 (1.5)',
    );
    expectCellError(
      french.failure('CLIENT_VALUE', 5, 4, 2, 1, 0.9, -0.1),
      'CLIENT_VALUE : argument « discount_rate » : le taux d’actualisation ne peut pas être négatif (-0,1)',
    );
    expectCellError(
      english.failure('CLIENT_VALUE', 5, 4, 2.5, 1, 0.9),
      'CLIENT_VALUE: argument "years": with a retention or discount rate, the number of years must be a whole number (2.5)',
    );
    expectCellError(
      english.failure('CLIENT_VALUE', column(5, 3), column(4, 2, 1), 2),
      'CLIENT_VALUE: argument "purchases_per_year": has 3 rows but average_basket has 2: ranges must have the same length',
    );
    expectCellError(
      english.failure('CLIENT_VALUE', column(5, ''), column(4, 2), 2),
      'CLIENT_VALUE: argument "average_basket", row 2: a value is missing on a row that has other values',
    );
  });
});
