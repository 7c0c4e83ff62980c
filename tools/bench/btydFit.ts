/**
 * Bench of the buy-till-you-die fits: a portfolio of clients simulated from the BG/NBD and Gamma-Gamma models
 * (CDNOW-like parameters, seeded), the maximum-likelihood fits in the core, and the CLV_FORECAST custom function
 * (both fits plus one forecast per client) through the built bundle. Budget: well under Apps Script's 30 s per call.
 * Run alone with `npx tsx tools/bench/btydFit.ts` (after `npm run build`); `npm run bench` includes it.
 */
import { fitBgNbd, type PurchaseHistory } from '../../src/core/bgnbd';
import { fitGammaGamma } from '../../src/core/gammaGamma';
import { mulberry32 } from '../../src/core/seededRandom';
import { loadBuiltBundle } from './customFunction';
import { count, mark, markdownTable, milliseconds } from './table';
import { timeJob } from './timing';

/** Apps Script's limit for one custom-function call; the fit must stay well under it. */
export const BTYD_BUDGET = { clients: 10_000, ms: 30_000 };

/** A Gamma(shape, 1) draw (Marsaglia–Tsang; shape < 1 through the boost U^(1/shape)). */
function gammaDraw(shape: number, uniform: () => number): number {
  if (shape < 1) return gammaDraw(shape + 1, uniform) * uniform() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const u1 = uniform() || 1e-12;
    const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * uniform());
    const v = (1 + c * normal) ** 3;
    if (v > 0 && Math.log(uniform() || 1e-12) < 0.5 * normal * normal + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A simulated client: history in weeks and mean repeat spend. */
export interface SimulatedClient extends PurchaseHistory {
  m: number;
}

/**
 * `clients` histories drawn from BG/NBD (r 0.25, α 4, a 0.8, b 2.5) over ages of 1 to 52 weeks, with Gamma-Gamma
 * spend (p 6, q 4, γ 15). Deterministic for a seed.
 */
export function simulatePortfolio(clients: number, seed = 20261201): SimulatedClient[] {
  const uniform = mulberry32(seed);
  const portfolio: SimulatedClient[] = [];
  for (let i = 0; i < clients; i += 1) {
    const T = 1 + 51 * uniform();
    const rate = gammaDraw(0.25, uniform) / 4;
    const dropAfter = gammaDraw(0.8, uniform);
    const p = dropAfter / (dropAfter + gammaDraw(2.5, uniform));
    const scale = gammaDraw(4, uniform) / 15;
    let time = 0;
    let x = 0;
    let tx = 0;
    let spend = 0;
    for (;;) {
      time += -Math.log(1 - uniform()) / rate;
      if (!(time <= T)) break;
      x += 1;
      tx = time;
      spend += gammaDraw(6, uniform) / scale;
      if (uniform() < p) break;
    }
    portfolio.push({ x, tx, T, m: x > 0 ? spend / x : 0 });
  }
  return portfolio;
}

/** Timings of the fits on `clients` simulated clients, in milliseconds (medians of 3 runs after one warm-up). */
export function timeBtydFits(clients: number): {
  bgnbdMs: number;
  gammaGammaMs: number;
  clvCallMs: number;
  repeatBuyers: number;
} {
  const portfolio = simulatePortfolio(clients);
  const plan = { warmUps: 1, runs: 3 };
  const bgnbd = timeJob(() => fitBgNbd(portfolio), plan);
  const gammaGamma = timeJob(() => fitGammaGamma(portfolio), plan);
  const bundle = loadBuiltBundle();
  const columnOf = (key: keyof SimulatedClient) => portfolio.map((client) => [client[key]]);
  const call = () =>
    bundle.callWith(
      { authMode: 'CUSTOM_FUNCTION' },
      'CLV_FORECAST',
      columnOf('x'),
      columnOf('tx'),
      columnOf('T'),
      columnOf('m'),
      52,
    );
  const clv = timeJob(call, plan);
  return {
    bgnbdMs: bgnbd.medianMs,
    gammaGammaMs: gammaGamma.medianMs,
    clvCallMs: clv.medianMs,
    repeatBuyers: portfolio.filter((client) => client.x > 0).length,
  };
}

/** Prints the BG/NBD section of the bench. */
export function printBtydSection(): void {
  const clients = BTYD_BUDGET.clients;
  const timing = timeBtydFits(clients);
  console.log('\n## BG/NBD and Gamma-Gamma fits\n');
  console.log(
    `${count(clients)} simulated clients (${count(timing.repeatBuyers)} repeat buyers), weeks; medians of 3 runs after a warm-up.\n`,
  );
  const header = ['Job', 'Time', `< ${BTYD_BUDGET.ms / 1000} s`];
  const rows = [
    ['BG/NBD fit (core)', milliseconds(timing.bgnbdMs), mark(timing.bgnbdMs < BTYD_BUDGET.ms)],
    ['Gamma-Gamma fit (core)', milliseconds(timing.gammaGammaMs), mark(timing.gammaGammaMs < BTYD_BUDGET.ms)],
    [
      'CLV_FORECAST call, 52 weeks (both fits + forecasts, bundle)',
      milliseconds(timing.clvCallMs),
      mark(timing.clvCallMs < BTYD_BUDGET.ms),
    ],
  ];
  console.log(markdownTable(header, rows, [false, true, false]));
}

if (process.argv[1]?.endsWith('btydFit.ts')) printBtydSection();
