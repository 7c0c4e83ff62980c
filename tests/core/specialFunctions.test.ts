/** Log-gamma and the hypergeometric ₂F₁ against closed forms. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma, logHypergeometric2F1 } from '../../src/core/specialFunctions';

describe('logGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13); // 4! = 24
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    // ln(100!) = Σ ln k for k = 1..100
    let lnFactorial = 0;
    for (let k = 1; k <= 100; k += 1) lnFactorial += Math.log(k);
    expect(logGamma(101)).toBeCloseTo(lnFactorial, 9);
  });

  it('satisfies Γ(x + 1) = x Γ(x), also for tiny x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 500, noNaN: true }), (x) => {
        expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
      }),
    );
  });

  it('is NaN outside x > 0', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
  });
});

describe('logHypergeometric2F1', () => {
  it('₂F₁(1, 1; 2; z) = −ln(1 − z) / z, including close to 1', () => {
    for (const z of [0.1, 0.5, 0.9, 0.99, 0.999]) {
      expect(Math.exp(logHypergeometric2F1(1, 1, 2, z)), `z = ${z}`).toBeCloseTo(-Math.log(1 - z) / z, 10);
    }
  });

  it('₂F₁(a, b; b; z) = (1 − z)^−a, even when the terms overflow', () => {
    expect(logHypergeometric2F1(2.5, 3, 3, 0.6)).toBeCloseTo(-2.5 * Math.log(0.4), 10);
    // a = 800: the sum is 0.05^−800 ≈ 10^1040, far beyond double precision; its logarithm is not.
    expect(logHypergeometric2F1(800, 3, 3, 0.95)).toBeCloseTo(-800 * Math.log(0.05), 6);
  });

  it("gives the same value through Euler's transformation (a + b − c > 30) as the plain series summed here", () => {
    for (const [a, b, c, z] of [
      [40.2, 42.4, 41.5, 0.3],
      [35.243, 37.426, 36.2, 0.7],
      [120.5, 122.4, 121.2, 0.05],
    ] as const) {
      let term = 1;
      let sum = 1;
      for (let n = 0; n < 20_000; n += 1) {
        term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
        sum += term;
      }
      expect(logHypergeometric2F1(a, b, c, z), `${a}, ${b}, ${c}, ${z}`).toBeCloseTo(Math.log(sum), 9);
    }
  });

  it('handles thousands of purchases close to z = 1 quickly', () => {
    // a + b − c = r + x − a_dropout + 1 for x = 5 000: the transformed series needs a handful of terms.
    const value = logHypergeometric2F1(0.243 + 5000, 2.426 + 5000, 0.793 + 2.426 + 5000 - 1, 0.999);
    expect(Number.isFinite(value)).toBe(true);
    // (1 − z)^(c − a − b) dominates: ln ≈ −(r + x − a + 1) ln(0.001).
    expect(value / (-(0.243 + 5000 - 0.793 + 1) * Math.log(0.001))).toBeCloseTo(1, 3);
  });

  it('is 1 at z = 0 and rejects arguments outside its domain', () => {
    expect(logHypergeometric2F1(0.3, 2, 1.5, 0)).toBe(0);
    expect(() => logHypergeometric2F1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => logHypergeometric2F1(1, 1, -0.5, 0.3)).toThrow(RangeError);
  });
});
