/**
 * BG/NBD model of repeat purchases (Fader, Hardie & Lee 2005, "Counting your
 * customers the easy way"): while alive a client buys as a Poisson process of
 * rate λ ~ Gamma(r, α); after each purchase the client drops out with
 * probability p ~ Beta(a, b). Inputs per client, all in one time unit:
 * x = repeat purchases (purchases after the first), t_x = time from the first
 * to the last purchase, T = time from the first purchase to the end of the
 * observation. The formulas are those of lifetimes' BetaGeoFitter.
 */
import { PortfolioError } from './errors';
import { minimise } from './nelderMead';
import { logGamma, logHypergeometric2F1 } from './specialFunctions';

/** Local bindings of the Math functions of the hot loops (a global lookup per call is slow in some hosts). */
const { log, exp, max, expm1 } = Math;

/** Fitted BG/NBD parameters: r and α (in the data's time unit) of the purchase rate, a and b of the dropout. */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** One client's repeat-purchase history: x repeat purchases, recency t_x and age T in one time unit. */
export interface PurchaseHistory {
  x: number;
  tx: number;
  T: number;
}

/**
 * Checks one history: x a whole number ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 when x = 0. Throws a PortfolioError
 * (`btydNotWholeFrequency`, `btydNegative`, `btydRecencyAfterAge`, `btydRecencyWithoutRepeat`) whose `field`
 * says which input is at fault.
 */
export function checkHistory({ x, tx, T }: PurchaseHistory): void {
  if (!(x >= 0)) throw new PortfolioError('btydNegative', { value: x, field: 'frequency' });
  if (!Number.isInteger(x)) throw new PortfolioError('btydNotWholeFrequency', { value: x, field: 'frequency' });
  if (!(tx >= 0)) throw new PortfolioError('btydNegative', { value: tx, field: 'recency' });
  if (!(T >= 0)) throw new PortfolioError('btydNegative', { value: T, field: 'age' });
  if (tx > T) throw new PortfolioError('btydRecencyAfterAge', { recency: tx, age: T, field: 'recency' });
  if (x === 0 && tx > 0) throw new PortfolioError('btydRecencyWithoutRepeat', { value: tx, field: 'recency' });
}

/**
 * Log-likelihood of the histories under `params` (natural log, summed over clients), from section 7 of Fader,
 * Hardie & Lee (2005): ln L = A₁ + A₂ + ln(e^A₃ + [x > 0] e^A₄) with
 * A₁ = lnΓ(r + x) − lnΓ(r) + r ln α, A₂ = lnΓ(a + b) + lnΓ(b + x) − lnΓ(b) − lnΓ(a + b + x),
 * A₃ = −(r + x) ln(α + T), A₄ = ln a − ln(b + x − 1) − (r + x) ln(α + t_x).
 * Histories are not checked here (see `checkHistory`).
 */
export function bgnbdLogLikelihood(params: BgNbdParams, histories: readonly PurchaseHistory[]): number {
  const { r, alpha, a, b } = params;
  const lnAlpha = log(alpha);
  const lnA = log(a);
  const constant = -logGamma(r) + logGamma(a + b) - logGamma(b);
  const byFrequency = new Map<number, number>();
  let total = 0;
  for (const { x, tx, T } of histories) {
    let gammaTerms = byFrequency.get(x);
    if (gammaTerms === undefined) {
      gammaTerms = logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x);
      byFrequency.set(x, gammaTerms);
    }
    const a3 = -(r + x) * log(alpha + T);
    let mixture = a3;
    if (x > 0) {
      const a4 = lnA - log(b + x - 1) - (r + x) * log(alpha + tx);
      const top = max(a3, a4);
      mixture = top + log(exp(a3 - top) + exp(a4 - top));
    }
    total += gammaTerms + r * lnAlpha + mixture;
  }
  return total + histories.length * constant;
}

/** A fitted BG/NBD model: its parameters and the maximum log-likelihood. */
export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
}

/** The search stays within e^±30 (beyond, the likelihood can overflow). */
const LOG_PARAM_BOUND = 30;

/**
 * A fitted log-parameter (on rescaled times) this close to the search bound means the likelihood still rises
 * beyond it: the fit is refused. Large but smaller values are kept: r and α growing together (or a and b) is the
 * likelihood's way of saying that clients do not differ in purchase rate (or in dropout), a limit the
 * predictions reach smoothly.
 */
export const DEGENERATE_LOG_PARAM = LOG_PARAM_BOUND - 1;

/**
 * Evaluations allowed to a fit: well-posed data converge in about 500 (CDNOW: 427; 10 000 simulated clients: 514);
 * a search still running after this many is wandering towards a boundary, and the fit is refused.
 */
export const FIT_EVALUATIONS = 5000;

/**
 * Maximum-likelihood BG/NBD parameters of `histories` (each checked with `checkHistory`, errors carry the
 * 0-based index). Nelder–Mead on the logs of r, α, a, b from (1, 1, 1, 1), on times rescaled so that the largest
 * age is 10 (as lifetimes does, for conditioning); α is scaled back to the data's unit.
 * Throws `noRepeatBuyers` when no client bought twice (the dropout cannot be estimated) and `fitFailed` when the
 * likelihood has no finite maximum inside e^±29 (see DEGENERATE_LOG_PARAM) or the search does not converge within
 * FIT_EVALUATIONS.
 */
export function fitBgNbd(histories: readonly PurchaseHistory[]): BgNbdFit {
  if (histories.length === 0) throw new PortfolioError('noClients');
  histories.forEach((history, index) => {
    try {
      checkHistory(history);
    } catch (error) {
      throw error instanceof PortfolioError ? error.at(index) : error;
    }
  });
  if (!histories.some((history) => history.x > 0)) throw new PortfolioError('noRepeatBuyers');
  const maxAge = max(...histories.map((history) => history.T));
  const scale = maxAge > 0 ? 10 / maxAge : 1;
  const scaled = histories.map(({ x, tx, T }) => ({ x, tx: tx * scale, T: T * scale }));
  const negativeLogLikelihood = (logParams: readonly number[]) => {
    if (logParams.some((value) => Math.abs(value) > LOG_PARAM_BOUND)) return Number.POSITIVE_INFINITY;
    const [r = 0, alpha = 0, a = 0, b = 0] = logParams.map(Math.exp);
    return -bgnbdLogLikelihood({ r, alpha, a, b }, scaled) / scaled.length;
  };
  const best = minimise(negativeLogLikelihood, [0, 0, 0, 0], { tolerance: 1e-13, maxEvaluations: FIT_EVALUATIONS });
  const [r = 0, alpha = 0, a = 0, b = 0] = best.point.map(Math.exp);
  const params = { r, alpha: alpha / scale, a, b };
  const logLikelihood = bgnbdLogLikelihood(params, histories);
  const atBound = best.point.some((value) => Math.abs(value) > DEGENERATE_LOG_PARAM);
  if (!Number.isFinite(logLikelihood) || atBound || !best.converged) throw new PortfolioError('fitFailed');
  return { params, logLikelihood };
}

/**
 * Probability that a client with history (x, t_x, T) is still alive at T (Fader, Hardie & Lee 2008, note 021):
 * 1 when x = 0, else 1 / (1 + a / (b + x − 1) × ((α + T) / (α + t_x))^(r + x)). Always within 0..1.
 */
export function probabilityAlive(params: BgNbdParams, { x, tx, T }: PurchaseHistory): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = (r + x) * log((alpha + T) / (alpha + tx)) + log(a / (b + x - 1));
  return 1 / (1 + exp(logOdds));
}

/** Within this distance of 1, a is replaced by 1 ± ONE_STEP (the closed form divides by a − 1). */
const NEAR_ONE = 1e-7;
const ONE_STEP = 1e-6;

/** Longest horizon, in multiples of α + T, for which the ₂F₁ series stays short (z ≤ 1 − 10⁻⁵). */
export const HORIZON_LIMIT = 100_000;

/**
 * Expected repeat purchases in the next `horizon` time units of a client with history (x, t_x, T), equation 10 of
 * Fader, Hardie & Lee (2005):
 * E = (a + b + x − 1)/(a − 1) × [1 − ((α + T)/(α + T + t))^(r + x) ₂F₁(r + x, b + x; a + b + x − 1; t/(α + T + t))]
 *     / (1 + [x > 0] a/(b + x − 1) × ((α + T)/(α + t_x))^(r + x)).
 * 0 for a horizon of 0; increases with the horizon. Throws `modelOutOfRange` when a + b + x − 1 ≤ 0 (the series
 * form does not apply; fitted CDNOW-like data have a + b well above 1) and `horizonTooLong` beyond
 * HORIZON_LIMIT × (α + T) (the ₂F₁ series would need millions of terms).
 */
export function expectedPurchases(params: BgNbdParams, history: PurchaseHistory, horizon: number): number {
  if (horizon === 0) return 0;
  if (Math.abs(params.a - 1) < NEAR_ONE) {
    // (a + b + x − 1)/(a − 1) × [1 − …] is 0/0 at a = 1; the expectation is smooth in a: mean of both sides.
    const below = expectedPurchases({ ...params, a: 1 - ONE_STEP }, history, horizon);
    return (below + expectedPurchases({ ...params, a: 1 + ONE_STEP }, history, horizon)) / 2;
  }
  const { x, tx, T } = history;
  const { r, alpha, a, b } = params;
  const c = a + b + x - 1;
  if (!(c > 0)) throw new PortfolioError('modelOutOfRange');
  if (horizon > HORIZON_LIMIT * (alpha + T))
    throw new PortfolioError('horizonTooLong', { value: horizon, field: 'horizon' });
  const z = horizon / (alpha + T + horizon);
  let logSeries: number;
  try {
    logSeries = logHypergeometric2F1(r + x, b + x, c, z);
  } catch (error) {
    if (error instanceof RangeError) throw new PortfolioError('horizonTooLong', { value: horizon, field: 'horizon' });
    throw error;
  }
  const logTerm = logSeries + (r + x) * log((alpha + T) / (alpha + T + horizon));
  const numerator = (c / (a - 1)) * -expm1(logTerm);
  const denominator = x > 0 ? 1 + (a / (b + x - 1)) * exp((r + x) * log((alpha + T) / (alpha + tx))) : 1;
  return numerator / denominator;
}

/**
 * Expected repeat purchases in (0, t] of a new client drawn from the population, equation 9 of Fader, Hardie &
 * Lee (2005): (a + b − 1)/(a − 1) × [1 − (α/(α + t))^r ₂F₁(r, b; a + b − 1; t/(α + t))].
 */
export function expectedPurchasesOfNewClient(params: BgNbdParams, t: number): number {
  return expectedPurchases(params, { x: 0, tx: 0, T: 0 }, t);
}
