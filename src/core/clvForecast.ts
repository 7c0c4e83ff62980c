/**
 * Predicted client value over a horizon from the BG/NBD purchases to come and
 * the Gamma-Gamma spend, with lifetimes' discounted-cash-flow steps.
 */
import { expectedPurchases, type BgNbdParams, type PurchaseHistory } from './bgnbd';
import { PortfolioError } from './errors';

/** Inputs of `clvForecast` besides the model parameters. */
export interface ClvInputs {
  history: PurchaseHistory;
  /** Expected spend per future purchase (the Gamma-Gamma expected average spend), in currency units. */
  spend: number;
  /** Horizon in time units of the history; a whole number when `discount` > 0. */
  horizon: number;
  /** Share of the spend kept as margin, 0..1 (1 = value in revenue). */
  margin: number;
  /** Discount rate per time unit, ≥ 0. */
  discount: number;
}

/**
 * CLV = Σₖ₌₁..H margin × spend × (E(k) − E(k − 1)) / (1 + d)ᵏ where E(k) is the expected repeat purchases in the
 * next k time units (BG/NBD) and d the discount rate per time unit — lifetimes' customer_lifetime_value with one
 * step per time unit (identical to lifetimes for monthly data). With d = 0 the sum telescopes to
 * margin × spend × E(H), and H need not be whole. Throws `horizonInvalid`, `horizonNotWhole`,
 * `marginOutOfRange`, `discountNegative` (with `field` naming the input).
 */
export function clvForecast(params: BgNbdParams, inputs: ClvInputs): number {
  const { history, spend, horizon, margin, discount } = inputs;
  if (!(horizon >= 0) || !Number.isFinite(horizon))
    throw new PortfolioError('horizonInvalid', { value: horizon, field: 'horizon' });
  if (!(margin >= 0 && margin <= 1)) throw new PortfolioError('marginOutOfRange', { value: margin, field: 'margin' });
  if (!(discount >= 0)) throw new PortfolioError('discountNegative', { value: discount, field: 'discount' });
  if (discount === 0) return margin * spend * expectedPurchases(params, history, horizon);
  if (!Number.isInteger(horizon)) throw new PortfolioError('horizonNotWhole', { value: horizon, field: 'horizon' });
  let value = 0;
  let previous = 0;
  for (let k = 1; k <= horizon; k += 1) {
    const cumulative = expectedPurchases(params, history, k);
    value += (margin * spend * (cumulative - previous)) / (1 + discount) ** k;
    previous = cumulative;
  }
  return value;
}
