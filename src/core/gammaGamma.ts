/**
 * Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and
 * CLV: using iso-value curves", and Hardie's note 025): each purchase of a
 * client is worth Gamma(p, ν), and ν varies across clients as Gamma(q, γ),
 * written v here as in lifetimes' GammaGammaFitter. It assumes the spend does
 * not depend on the number of purchases. Fitted on clients with x ≥ 1 repeat
 * purchases and their mean repeat spend m > 0.
 */
import { PortfolioError } from './errors';
import { DEGENERATE_LOG_PARAM, FIT_EVALUATIONS } from './bgnbd';
import { minimise } from './nelderMead';
import { logGamma } from './specialFunctions';

/** Local bindings of the Math functions of the hot loops (a global lookup per call is slow in some hosts). */
const { log } = Math;

/** Fitted Gamma-Gamma parameters p, q, v (v in currency units). */
export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/** One client's repeat spend: x repeat purchases with mean amount m. */
export interface SpendHistory {
  x: number;
  m: number;
}

/**
 * Log-likelihood of the spend histories (natural log, summed; clients with x = 0 contribute nothing):
 * lnΓ(px + q) − lnΓ(px) − lnΓ(q) + q ln v + (px − 1) ln m + px ln x − (px + q) ln(xm + v).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, histories: readonly SpendHistory[]): number {
  const { p, q, v } = params;
  const constant = -logGamma(q) + q * log(v);
  const byFrequency = new Map<number, number>();
  let total = 0;
  for (const { x, m } of histories) {
    if (x === 0) continue;
    const px = p * x;
    let gammaTerms = byFrequency.get(x);
    if (gammaTerms === undefined) {
      gammaTerms = logGamma(px + q) - logGamma(px) + px * log(x);
      byFrequency.set(x, gammaTerms);
    }
    total += gammaTerms + constant + (px - 1) * log(m) - (px + q) * log(x * m + v);
  }
  return total;
}

/** A fitted Gamma-Gamma model: its parameters and the maximum log-likelihood. */
export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
}

/**
 * Maximum-likelihood Gamma-Gamma parameters. Rows with x = 0 are left out (their spend says nothing about
 * repeat purchases). Throws, with the 0-based index, `btydNotWholeFrequency` / `btydNegative` for a bad x and
 * `spendNotPositive` for x ≥ 1 with m ≤ 0; `noSpendData` when no row has x ≥ 1; `fitFailed` when the likelihood
 * has no finite maximum with p, q and v (spend rescaled to a mean of 10) inside e^±29, for instance every client
 * spending the same amount, or the search does not converge. Nelder–Mead on the logs of p, q, v from (1, 1, 1).
 */
export function fitGammaGamma(histories: readonly SpendHistory[]): GammaGammaFit {
  histories.forEach(({ x, m }, index) => {
    if (!(x >= 0)) throw new PortfolioError('btydNegative', { value: x, field: 'frequency' }, index);
    if (!Number.isInteger(x))
      throw new PortfolioError('btydNotWholeFrequency', { value: x, field: 'frequency' }, index);
    if (x > 0 && !(m > 0)) throw new PortfolioError('spendNotPositive', { value: m, field: 'monetary' }, index);
  });
  const buyers = histories.filter((history) => history.x > 0);
  if (buyers.length === 0) throw new PortfolioError('noSpendData');
  // Spend rescaled to a mean of 10 (v scales with the currency unit; p and q do not), for conditioning.
  const scale = 10 / (buyers.reduce((sum, history) => sum + history.m, 0) / buyers.length);
  const scaled = buyers.map(({ x, m }) => ({ x, m: m * scale }));
  const negativeLogLikelihood = (logParams: readonly number[]) => {
    if (logParams.some((value) => Math.abs(value) > DEGENERATE_LOG_PARAM + 1)) return Number.POSITIVE_INFINITY;
    const [p = 0, q = 0, v = 0] = logParams.map(Math.exp);
    return -gammaGammaLogLikelihood({ p, q, v }, scaled) / scaled.length;
  };
  const best = minimise(negativeLogLikelihood, [0, 0, 0], { tolerance: 1e-13, maxEvaluations: FIT_EVALUATIONS });
  const [p = 0, q = 0, v = 0] = best.point.map(Math.exp);
  const params = { p, q, v: v / scale };
  const logLikelihood = gammaGammaLogLikelihood(params, buyers);
  if (
    !Number.isFinite(logLikelihood) ||
    !best.converged ||
    best.point.some((value) => Math.abs(value) > DEGENERATE_LOG_PARAM)
  ) {
    throw new PortfolioError('fitFailed');
  }
  return { params, logLikelihood };
}

/**
 * Expected spend per future purchase of a client with x repeat purchases of mean m (equation 5 of note 025):
 * a weighted mean of the population mean pv/(q − 1) and m, with weight px/(px + q − 1) on m; equal to
 * p(v + xm)/(px + q − 1). For x = 0 it is the population mean. Throws `spendMeanUndefined` when q ≤ 1.
 */
export function expectedAverageSpend(params: GammaGammaParams, { x, m }: SpendHistory): number {
  const { p, q, v } = params;
  if (!(q > 1)) throw new PortfolioError('spendMeanUndefined', { q });
  const spend = x > 0 ? m : 0;
  return (p * (v + x * spend)) / (p * x + q - 1);
}
