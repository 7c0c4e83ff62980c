import {
  checkHistory,
  expectedPurchases,
  fitBgNbd,
  probabilityAlive,
  type BgNbdParams,
  type PurchaseHistory,
} from '../core/bgnbd';
import { clvForecast } from '../core/clvForecast';
import { expectedAverageSpend, fitGammaGamma, type GammaGammaParams } from '../core/gammaGamma';
import { PortfolioError } from '../core/errors';
import type { SheetContext } from '../platform/sheetContext';
import { isOmitted, runCustomFunction, shapeResult, spread } from './args';
import {
  HISTORY_ARGUMENTS,
  historiesAt,
  modelColumns,
  numbersAt,
  optionalNumbersAt,
  readBgNbdParams,
  readGammaGammaParams,
  traced,
  tracedRow,
  type ModelColumns,
} from './btydArgs';

/** The sheet row (0-based in the ranges) of the i-th computed row, none when every argument is a single value. */
function rowAt(model: ModelColumns, i: number): number | undefined {
  return model.scalar ? undefined : model.rows[i];
}

/** Checks every history, naming the argument and row at fault. */
function checkedHistories(model: ModelColumns, context: SheetContext): PurchaseHistory[] {
  const histories = historiesAt(model, context);
  histories.forEach((history, i) =>
    tracedRow(() => checkHistory(history), rowAt(model, i), 'frequency', HISTORY_ARGUMENTS),
  );
  return histories;
}

/** `params` when given, else the BG/NBD fit of `histories`. */
function bgnbdParams(
  params: unknown,
  histories: readonly PurchaseHistory[],
  model: ModelColumns,
  context: SheetContext,
): BgNbdParams {
  if (!isOmitted(params) && !(Array.isArray(params) && params.flat().every((cell) => cell === ''))) {
    return readBgNbdParams('params', params, context);
  }
  return traced(() => fitBgNbd(histories).params, model.rows, 'frequency', HISTORY_ARGUMENTS);
}

/**
 * Fits the BG/NBD model of repeat purchases by maximum likelihood (columns in one time unit, see BTYD_TABLE).
 *
 * @param {number} frequency Repeat purchases x (purchases − 1).
 * @param {number} recency Time from the first to the last purchase.
 * @param {number} age Time from the first purchase to the end of the data.
 * @return One row: r, α, a, b and the log-likelihood.
 * @customfunction
 */
export function BGNBD_PARAMS(frequency: unknown, recency: unknown, age: unknown): number[][] {
  return runCustomFunction('BGNBD_PARAMS', (context) => {
    const model = modelColumns({ frequency, recency, age });
    const histories = checkedHistories(model, context);
    const fit = traced(() => fitBgNbd(histories), model.rows, 'frequency', HISTORY_ARGUMENTS);
    return [[fit.params.r, fit.params.alpha, fit.params.a, fit.params.b, fit.logLikelihood]];
  });
}

/** Gamma-Gamma parameters: `params` when given, else fitted on the rows. */
function spendParams(
  params: unknown,
  frequencies: readonly number[],
  monetary: readonly number[],
  rows: readonly number[],
  context: SheetContext,
): GammaGammaParams {
  if (!isOmitted(params) && !(Array.isArray(params) && params.flat().every((cell) => cell === ''))) {
    return readGammaGammaParams('spend_params', params, context);
  }
  const spends = frequencies.map((x, i) => ({ x, m: monetary[i] ?? 0 }));
  return traced(() => fitGammaGamma(spends).params, rows, 'monetary', HISTORY_ARGUMENTS);
}

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood on the clients with frequency ≥ 1.
 *
 * @param {number} frequency Repeat purchases x.
 * @param {number} monetary Mean amount of the repeat purchases.
 * @return One row: p, q, v.
 * @customfunction
 */
export function GAMMA_GAMMA_PARAMS(frequency: unknown, monetary: unknown): number[][] {
  return runCustomFunction('GAMMA_GAMMA_PARAMS', (context) => {
    const model = modelColumns({ frequency, monetary });
    const x = numbersAt('frequency', model, context);
    const m = numbersAt('monetary', model, context);
    const fit = traced(
      () => fitGammaGamma(x.map((count, i) => ({ x: count, m: m[i] ?? 0 }))),
      model.rows,
      'monetary',
      HISTORY_ARGUMENTS,
    );
    return [[fit.params.p, fit.params.q, fit.params.v]];
  });
}

/**
 * Expected repeat purchases of each client over the horizon (BG/NBD; fitted on the columns without params).
 *
 * @param {number} frequency Repeat purchases x.
 * @param {number} recency Time from the first to the last purchase.
 * @param {number} age Time from the first purchase to the end of the data.
 * @param {number} horizon Time to come, same unit.
 * @param {number} params Optional. Row r, α, a, b (BGNBD_PARAMS).
 * @return Expected purchases per row.
 * @customfunction
 */
export function EXPECTED_PURCHASES(
  frequency: unknown,
  recency: unknown,
  age: unknown,
  horizon: unknown,
  params?: unknown,
): unknown {
  return runCustomFunction('EXPECTED_PURCHASES', (context) => {
    const model = modelColumns({ frequency, recency, age, horizon });
    const histories = checkedHistories(model, context);
    const horizons = numbersAt('horizon', model, context);
    horizons.forEach((t, i) => {
      if (!(t >= 0) || !Number.isFinite(t)) {
        tracedRow(
          () => {
            throw new PortfolioError('horizonInvalid', { value: t });
          },
          rowAt(model, i),
          'horizon',
        );
      }
    });
    const fitted = bgnbdParams(params, histories, model, context);
    const values = histories.map((history, i) =>
      tracedRow(() => expectedPurchases(fitted, history, horizons[i] ?? 0), rowAt(model, i), 'params', {
        horizon: 'horizon',
      }),
    );
    return shapeResult(spread(values, model.rows, model.length), model.scalar);
  });
}

/**
 * Probability that each client is still active (BG/NBD; fitted on the columns without params).
 *
 * @param {number} frequency Repeat purchases x.
 * @param {number} recency Time from the first to the last purchase.
 * @param {number} age Time from the first purchase to the end of the data.
 * @param {number} params Optional. Row r, α, a, b (BGNBD_PARAMS).
 * @return P(alive) per row, from 0 to 1.
 * @customfunction
 */
export function P_ALIVE(frequency: unknown, recency: unknown, age: unknown, params?: unknown): unknown {
  return runCustomFunction('P_ALIVE', (context) => {
    const model = modelColumns({ frequency, recency, age });
    const histories = checkedHistories(model, context);
    const fitted = bgnbdParams(params, histories, model, context);
    const values = histories.map((history) => probabilityAlive(fitted, history));
    return shapeResult(spread(values, model.rows, model.length), model.scalar);
  });
}

/**
 * Predicted value over the horizon: margin × expected spend (Gamma-Gamma) × expected purchases (BG/NBD) per time
 * unit, discounted. Both models are fitted on the columns when their rows are not given.
 *
 * @param {number} frequency Repeat purchases x.
 * @param {number} recency Time from the first to the last purchase.
 * @param {number} age Time from the first purchase to the end of the data.
 * @param {number} monetary Mean amount of the repeat purchases.
 * @param {number} horizon Time to come, same unit (whole when discounted).
 * @param {number} margin Optional. Margin rate 0–1 (default 1).
 * @param {number} discount Optional. Discount rate per time unit (default 0).
 * @param {number} params Optional. Row r, α, a, b (BGNBD_PARAMS).
 * @param {number} spend_params Optional. Row p, q, v (GAMMA_GAMMA_PARAMS).
 * @return Predicted value per row, in the currency of monetary.
 * @customfunction
 */
export function CLV_FORECAST(
  frequency: unknown,
  recency: unknown,
  age: unknown,
  monetary: unknown,
  horizon: unknown,
  margin?: unknown,
  discount?: unknown,
  params?: unknown,
  spend_params?: unknown,
): unknown {
  return runCustomFunction('CLV_FORECAST', (context) => {
    const model = modelColumns({ frequency, recency, age, monetary, horizon }, { margin, discount });
    const histories = checkedHistories(model, context);
    const monetaryValues = numbersAt('monetary', model, context);
    const horizons = numbersAt('horizon', model, context);
    const margins = optionalNumbersAt('margin', model, context, 1);
    const discounts = optionalNumbersAt('discount', model, context, 0);
    const purchaseModel = bgnbdParams(params, histories, model, context);
    const spendModel = spendParams(
      spend_params,
      histories.map((h) => h.x),
      monetaryValues,
      model.rows,
      context,
    );
    const values = histories.map((history, i) => {
      const row = rowAt(model, i);
      const spend = tracedRow(
        () => expectedAverageSpend(spendModel, { x: history.x, m: monetaryValues[i] ?? 0 }),
        row,
        'spend_params',
      );
      return tracedRow(
        () =>
          clvForecast(purchaseModel, {
            history,
            spend,
            horizon: horizons[i] ?? 0,
            margin: margins[i] ?? 1,
            discount: discounts[i] ?? 0,
          }),
        row,
        'params',
        HISTORY_ARGUMENTS,
      );
    });
    return shapeResult(spread(values, model.rows, model.length), model.scalar);
  });
}
