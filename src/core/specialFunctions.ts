/**
 * Special functions of the buy-till-you-die models: the log-gamma function and
 * the Gaussian hypergeometric function ₂F₁ on [0, 1), both in log space so
 * that large purchase counts never overflow.
 */

/** Local binding of Math.log (a global lookup per call is slow in some hosts; log-gamma runs in the fit loops). */
const { log } = Math;

/** Lanczos coefficients for g = 7, n = 9 (relative error below 2·10⁻¹⁵ for positive arguments). */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const LANCZOS_G = 7;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0 (Lanczos approximation, relative error about 10⁻¹⁵).
 * Example: logGamma(5) = ln 24. Edge cases: x ≤ 0 or NaN gives NaN; very small x > 0 is accurate through
 * the recurrence Γ(x) = Γ(x + 1) / x.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) return logGamma(x + 1) - log(x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let k = 1; k < LANCZOS.length; k += 1) sum += (LANCZOS[k] ?? 0) / (z + k);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * log(t) - t + log(sum);
}

/**
 * Above this a + b − c, the direct series grows for a long while (many purchases x): Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(c − a − b) ₂F₁(c − a, c − b; c; z) gives a series whose terms shrink at once.
 */
const EULER_FROM = 30;

/**
 * Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for c > 0 and 0 ≤ z < 1 when its terms shrink quickly (here a + b − c < −30): summed
 * until a term is negligible and the ratio of terms below ½, so the rest is smaller still. NaN if that never happens.
 */
function eulerSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 100_000; n += 1) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    const ratio = Math.abs(((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2)));
    if (Math.abs(term) <= Math.abs(sum) * 1e-17 && ratio < 0.5) return sum;
  }
  return Number.NaN;
}

/** More terms than a ₂F₁ series of the models ever needs before its terms fall below rounding. */
const MAX_SERIES_TERMS = 20_000_000;

/**
 * ln ₂F₁(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1, by its power series Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ.
 * With positive parameters and z ≥ 0 every term is positive, so the sum has no cancellation: the only risks are
 * overflow (the running sum is rescaled, the result is returned as a logarithm) and slow convergence as z → 1
 * (about (a + b − c + 40) / (1 − z) terms; beyond MAX_SERIES_TERMS the function throws rather than return a
 * truncated value). When a + b − c > 30 Euler's transformation is used instead (see EULER_FROM).
 * Example: ₂F₁(1, 1; 2; z) = −ln(1 − z) / z.
 */
export function logHypergeometric2F1(a: number, b: number, c: number, z: number): number {
  if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
    throw new RangeError(`2F1 outside its domain: a=${a}, b=${b}, c=${c}, z=${z}`);
  }
  if (a + b - c > EULER_FROM) {
    const transformed = eulerSeries(c - a, c - b, c, z);
    if (transformed > 0) return (c - a - b) * log(1 - z) + log(transformed);
  }
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let n = 0; n < MAX_SERIES_TERMS; n += 1) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (term <= sum * 1e-17) {
      // Once the ratio of successive terms is below 1, the rest is smaller than term × ratio / (1 − ratio).
      const ratio = ((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2));
      if (ratio < 1 && (term * ratio) / (1 - ratio) <= sum * 1e-16) return logScale + Math.log(sum);
    }
    if (sum > 1e280) {
      sum *= 1e-280;
      term *= 1e-280;
      logScale += 280 * Math.LN10;
    }
  }
  throw new RangeError(`2F1 series did not converge: a=${a}, b=${b}, c=${c}, z=${z}`);
}
