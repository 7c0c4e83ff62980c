/**
 * BG/NBD and Gamma-Gamma on the CDNOW summary (2 357 clients, weeks) against the values published by
 * Fader, Hardie & Lee and checked by lifetimes (tests/fixtures/reference/publishedBtyd.ts), and the
 * repeat-purchase summary rebuilt from the raw CDNOW sample.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PUBLISHED_BGNBD,
  PUBLISHED_BGNBD_LOG_LIKELIHOOD,
  PUBLISHED_CONDITIONAL_EXPECTATION,
  PUBLISHED_EXPECTATIONS,
  PUBLISHED_EXPECTED_SPEND,
  PUBLISHED_GAMMA_GAMMA,
} from '../fixtures/reference/publishedBtyd';
import {
  bgnbdLogLikelihood,
  expectedPurchases,
  expectedPurchasesOfNewClient,
  fitBgNbd,
  type BgNbdParams,
} from '../../src/core/bgnbd';
import {
  expectedAverageSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  type GammaGammaParams,
} from '../../src/core/gammaGamma';
import { dayFromParts } from '../../src/core/days';
import { summariseRepeatPurchases } from '../../src/core/repeatPurchases';

const FIXTURES = path.join(__dirname, '../fixtures/reference');

function readLines(file: string): string[] {
  return fs
    .readFileSync(path.join(FIXTURES, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** ID, x, t_x, T, zbar of the published summary. */
const summary = readLines('cdnow_customers_summary_with_transactions.csv')
  .slice(1)
  .map((line) => line.split(',').map(Number) as [number, number, number, number, number]);
const histories = summary.map(([, x, tx, T]) => ({ x, tx, T }));
const spends = summary.map(([, x, , , m]) => ({ x, m }));

/** Three significant digits, as the paper prints them. */
const sig3 = (value: number) => Number(value.toPrecision(3));

describe('BG/NBD on CDNOW', () => {
  const fit = fitBgNbd(histories);

  it('reads the 2 357 clients of the published summary', () => {
    expect(histories).toHaveLength(2357);
  });

  it('fits the published parameters to 3 significant digits', () => {
    expect(sig3(fit.params.r)).toBe(sig3(PUBLISHED_BGNBD.r));
    expect(sig3(fit.params.alpha)).toBe(sig3(PUBLISHED_BGNBD.alpha));
    expect(sig3(fit.params.a)).toBe(sig3(PUBLISHED_BGNBD.a));
    expect(sig3(fit.params.b)).toBe(sig3(PUBLISHED_BGNBD.b));
    // lifetimes' own check: equal to 3 decimals (|difference| < 1.5e-3).
    expect(Math.abs(fit.params.r - PUBLISHED_BGNBD.r)).toBeLessThan(1.5e-3);
    expect(Math.abs(fit.params.alpha - PUBLISHED_BGNBD.alpha)).toBeLessThan(1.5e-3);
    expect(Math.abs(fit.params.a - PUBLISHED_BGNBD.a)).toBeLessThan(1.5e-3);
    expect(Math.abs(fit.params.b - PUBLISHED_BGNBD.b)).toBeLessThan(1.5e-3);
  });

  it('reaches the published log-likelihood −9 582.4', () => {
    expect(Math.round(fit.logLikelihood * 10) / 10).toBe(PUBLISHED_BGNBD_LOG_LIKELIHOOD);
    expect(fit.logLikelihood).toBeCloseTo(bgnbdLogLikelihood(fit.params, histories), 9);
  });

  it('is a maximum: moving any parameter by ±1 % or ±0.1 % lowers the log-likelihood', () => {
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.99, 1.01, 0.999, 1.001]) {
        const moved: BgNbdParams = { ...fit.params, [key]: fit.params[key] * factor };
        expect(bgnbdLogLikelihood(moved, histories), `${key} × ${factor}`).toBeLessThan(fit.logLikelihood);
      }
    }
  });

  it('gives the published conditional expectation 1.226 (x = 2, t_x = 30.43, T = 38.86, next 39 weeks)', () => {
    const { x, tx, T, t, expected } = PUBLISHED_CONDITIONAL_EXPECTATION;
    expect(Math.abs(expectedPurchases(fit.params, { x, tx, T }, t) - expected)).toBeLessThan(1e-3);
    expect(Math.abs(expectedPurchases(PUBLISHED_BGNBD, { x, tx, T }, t) - expected)).toBeLessThan(1e-3);
  });

  it('gives the published expected purchases of a new client to 3 decimals', () => {
    for (const [t, expected] of PUBLISHED_EXPECTATIONS) {
      expect(Math.abs(expectedPurchasesOfNewClient(fit.params, t) - expected), `t = ${t}`).toBeLessThan(1.5e-3);
    }
  });
});

describe('BG/NBD on the first 300 CDNOW clients', () => {
  const few = histories.slice(0, 300);
  const fit = fitBgNbd(few);

  it('is also a maximum of its own likelihood', () => {
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.99, 1.01]) {
        expect(
          bgnbdLogLikelihood({ ...fit.params, [key]: fit.params[key] * factor }, few),
          `${key} × ${factor}`,
        ).toBeLessThan(fit.logLikelihood);
      }
    }
  });
});

describe('Gamma-Gamma on CDNOW', () => {
  const fit = fitGammaGamma(spends);

  it('fits the published p, q, v to 3 significant digits, on the 946 clients who bought again', () => {
    expect(spends.filter((spend) => spend.x > 0)).toHaveLength(946);
    expect(sig3(fit.params.p)).toBe(sig3(PUBLISHED_GAMMA_GAMMA.p));
    expect(sig3(fit.params.q)).toBe(sig3(PUBLISHED_GAMMA_GAMMA.q));
    expect(sig3(fit.params.v)).toBe(sig3(PUBLISHED_GAMMA_GAMMA.v));
    // lifetimes' own check: equal to 2 decimals (|difference| < 1.5e-2).
    expect(Math.abs(fit.params.v - PUBLISHED_GAMMA_GAMMA.v)).toBeLessThan(1.5e-2);
  });

  it('is a maximum: moving any parameter by ±1 % or ±0.1 % lowers the log-likelihood', () => {
    for (const key of ['p', 'q', 'v'] as const) {
      for (const factor of [0.99, 1.01, 0.999, 1.001]) {
        const moved: GammaGammaParams = { ...fit.params, [key]: fit.params[key] * factor };
        expect(gammaGammaLogLikelihood(moved, spends), `${key} × ${factor}`).toBeLessThan(fit.logLikelihood);
      }
    }
  });

  it('gives the published expected spend of the first ten clients (tolerance 0.1, as lifetimes)', () => {
    spends.slice(0, 10).forEach((spend, i) => {
      expect(
        Math.abs(expectedAverageSpend(PUBLISHED_GAMMA_GAMMA, spend) - (PUBLISHED_EXPECTED_SPEND[i] ?? 0)),
      ).toBeLessThan(0.1);
    });
  });
});

describe('repeat-purchase summary of the raw CDNOW sample', () => {
  it('rebuilds the published summary (calibration end 1997-09-30, weeks) to its 2 decimals', () => {
    const rows = readLines('CDNOW_sample.txt').map((line) => line.trim().split(/\s+/));
    const ids = rows.map((row) => String(Number(row[1])));
    const days = rows.map((row) => {
      const date = row[2] ?? '';
      return dayFromParts(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8)));
    });
    const amounts = rows.map((row) => Number(row[4]));
    const lines = summariseRepeatPurchases(ids, days, amounts, dayFromParts(1997, 9, 30), 'weeks');
    expect(lines).toHaveLength(summary.length);
    const byId = new Map(lines.map((line) => [line.client, line]));
    // The published values are rounded to 2 decimals (half-way cases either side): within 0.005 of ours.
    const near = (ours: number, published: number) => Math.abs(ours - published) <= 0.005 + 1e-9;
    for (const [id, x, tx, T, zbar] of summary) {
      const line = byId.get(String(id));
      expect(line, `client ${id}`).toBeDefined();
      if (!line) continue;
      expect(line.x, `client ${id}`).toBe(x);
      expect(
        near(line.tx, tx) && near(line.T, T) && near(line.meanRepeatSpend, zbar),
        `client ${id}: ${JSON.stringify(line)}`,
      ).toBe(true);
    }
  });
});
