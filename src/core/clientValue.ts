/**
 * Client value (CLIENT_VALUE, docs/FUNCTIONS.md): what a client is expected to bring
 * over the relationship. Units: the currency of `averageBasket`.
 */
import { isFiniteNumber } from './builtins';
import { PortfolioError } from './errors';

/** Inputs of a client value; rates are fractions (0.8 = 80 %). */
export interface ClientValueInput {
  averageBasket: number;
  purchasesPerYear: number;
  /** Length of the relationship in years; `null` = no horizon (needs a retention rate). */
  years: number | null;
  /** Default 1 (the value is then revenue). */
  marginRate?: number;
  /** Probability that the client stays each year, 0 < r ≤ 1; omitted = simple value. */
  retentionRate?: number;
  /** Yearly discount rate d ≥ 0, default 0. */
  discountRate?: number;
}

/**
 * Errors carry `params.field`, the name of the input at fault. A value beyond the largest double
 * (about 1.8e308) throws `valueOverflow` instead of giving Infinity or NaN.
 *
 * Simple value: basket × purchases per year × years × margin rate (years may be fractional).
 * With a retention rate r and/or a discount rate d (r defaults to 1): yearly margin m = basket ×
 * purchases × margin rate, value = Σₜ₌₁..years m·rᵗ/(1+d)ᵗ; no horizon:
 * m·r/(1+d−r), which needs r < 1 + d. r = 1, d = 0 gives the simple value.
 * Examples: 5 × 208 × 8 = 8 320; m = 100, r = 0.8, d = 0.1, no horizon → 80 / 0.3 = 266.67.
 */
export function clientValue(input: ClientValueInput): number {
  const { averageBasket, purchasesPerYear, years } = input;
  const marginRate = input.marginRate ?? 1;
  const discountRate = input.discountRate ?? 0;
  if (averageBasket < 0) throw new PortfolioError('negativeNumber', { value: averageBasket, field: 'averageBasket' });
  if (purchasesPerYear < 0)
    throw new PortfolioError('negativeNumber', { value: purchasesPerYear, field: 'purchasesPerYear' });
  if (years !== null && years < 0) throw new PortfolioError('negativeNumber', { value: years, field: 'years' });
  if (!(marginRate >= 0 && marginRate <= 1))
    throw new PortfolioError('marginOutOfRange', { value: marginRate, field: 'marginRate' });
  if (!(discountRate >= 0))
    throw new PortfolioError('discountNegative', { value: discountRate, field: 'discountRate' });
  const yearlyMargin = averageBasket * purchasesPerYear * marginRate;
  if (!isFiniteNumber(yearlyMargin)) throw new PortfolioError('valueOverflow', { field: 'averageBasket' });
  const value = valueOfMargin(yearlyMargin, years, input.retentionRate, discountRate);
  if (!isFiniteNumber(value)) throw new PortfolioError('valueOverflow', { field: 'averageBasket' });
  return value;
}

/** The value of a yearly margin over `years` (see `clientValue`); checks the rates. */
function valueOfMargin(
  yearlyMargin: number,
  years: number | null,
  retentionRate: number | undefined,
  discountRate: number,
): number {
  if (retentionRate === undefined && discountRate === 0) {
    if (years === null) throw new PortfolioError('yearsRequired', { field: 'years' });
    return yearlyMargin * years;
  }
  const r = retentionRate ?? 1;
  if (!(r > 0 && r <= 1)) throw new PortfolioError('retentionOutOfRange', { value: r, field: 'retentionRate' });
  if (years === null) {
    if (!(r < 1 + discountRate))
      throw new PortfolioError('infiniteHorizon', { r, d: discountRate, field: 'retentionRate' });
    return (yearlyMargin * r) / (1 + discountRate - r);
  }
  if (!Number.isInteger(years)) throw new PortfolioError('yearsNotWhole', { value: years, field: 'years' });
  return discountedSum(yearlyMargin, r / (1 + discountRate), years);
}

/** Σₜ₌₁..years m·qᵗ, in closed form (m·years when q = 1). */
function discountedSum(m: number, q: number, years: number): number {
  if (q === 1) return m * years;
  return (m * q * (1 - q ** years)) / (1 - q);
}
