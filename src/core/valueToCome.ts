/**
 * Value to come of the clients of a sales log, for the sidebar: BG/NBD and
 * Gamma-Gamma fitted on the log (in weeks), then per client the expected
 * purchases over the next year, P(alive), the predicted value (expected spend
 * per purchase × expected purchases, in revenue like the client value) and the
 * quadrant of value now × value to come, high meaning above the median.
 */
import { isBlank, readDate, readNumber, type Cell, type DateOrder, type DayOf } from './cells';
import { expectedPurchases, fitBgNbd, probabilityAlive, type BgNbdParams, type PurchaseHistory } from './bgnbd';
import { isPortfolioError } from './errors';
import { expectedAverageSpend, fitGammaGamma, type GammaGammaParams } from './gammaGamma';
import type { MessageKey, MessageParams } from './i18n/messages';
import { percentileInc, sortedAscending } from './quantile';
import { summariseRepeatPurchases } from './repeatPurchases';
import { valueQuadrant, VALUE_QUADRANTS, type ValueQuadrant } from './valueQuadrant';
import { clientKey } from './clientKey';
import type { ColumnMapping, SourceShape } from './sourceLayout';

/** Weeks in a year: the horizon of the forecasts. */
export const YEAR_WEEKS = 365.25 / 7;

/** The fits use at most this many clients (every k-th client beyond), which keeps a sidebar run within seconds. */
export const MAX_FIT_CLIENTS = 20_000;

/** Fewer clients who bought twice than this give no forecast in the sidebar (the fits would say little). */
export const MIN_REPEAT_BUYERS = 20;

/** Below this P(alive), a client valuable now (Develop or Retain) is called first. */
export const AT_RISK_ALIVE = 0.5;

/** The sales of a log as parallel arrays; `clients` are the keys that identify clients. */
export interface SaleArrays {
  clients: readonly string[];
  days: readonly number[];
  amounts: readonly number[];
}

/** Forecast of one client. */
export interface ClientForecast {
  /** Expected repeat purchases over the next year (52.18 weeks). */
  expectedPurchases: number;
  /** Probability that the client is still active, 0..1. */
  probabilityAlive: number;
  /** Expected revenue over the next year. */
  predictedValue: number;
  quadrant: ValueQuadrant;
  /** Valuable now (Develop or Retain) but probably leaving (P(alive) below AT_RISK_ALIVE): to call first. */
  atRisk: boolean;
}

/** Forecasts of a portfolio. */
export interface ValueToCome {
  purchaseModel: BgNbdParams;
  spendModel: GammaGammaParams;
  /** Medians of the value now and of the predicted value: the quadrant thresholds. */
  thresholds: { now: number; future: number };
  /** One per client key given, in that order. */
  forecasts: ClientForecast[];
  /** Clients per quadrant, in VALUE_QUADRANTS order. */
  quadrants: Array<{ quadrant: ValueQuadrant; clients: number }>;
}

/** The forecasts, or why they could not be made (a message key of the model's errors). */
export type ValueToComeOutcome =
  { ok: true; value: ValueToCome } | { ok: false; key: MessageKey; params: MessageParams };

/** Every k-th element so that at most `limit` remain (all of them when there are fewer). */
function evenSample<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)] as T);
}

/**
 * Forecasts the clients `clientKeys` (keys as in `sales.clients`; a key with no purchase gets a history of one
 * purchase on `asOfDay`), whose value now is `valueNow` (same order), from the sales up to `asOfDay`.
 * Returns `{ ok: false }` with the reason when fewer than MIN_REPEAT_BUYERS clients bought twice or a model cannot be
 * fitted (no spread of spend…).
 */
export function forecastValueToCome(
  sales: SaleArrays,
  clientKeys: readonly string[],
  valueNow: readonly number[],
  asOfDay: number,
): ValueToComeOutcome {
  try {
    const lines = new Map(
      summariseRepeatPurchases(sales.clients, sales.days, sales.amounts, asOfDay, 'weeks').map((line) => [
        line.client,
        line,
      ]),
    );
    const histories = clientKeys.map((key) => lines.get(key) ?? { x: 0, tx: 0, T: 0, meanRepeatSpend: 0 });
    const repeatBuyers = histories.filter((h) => h.x > 0).length;
    if (repeatBuyers < MIN_REPEAT_BUYERS) {
      return { ok: false, key: 'tooFewRepeatBuyers', params: { count: repeatBuyers, min: MIN_REPEAT_BUYERS } };
    }
    const purchaseModel = fitBgNbd(evenSample<PurchaseHistory>(histories, MAX_FIT_CLIENTS)).params;
    const spenders = histories
      .filter((h) => h.x > 0 && h.meanRepeatSpend > 0)
      .map((h) => ({ x: h.x, m: h.meanRepeatSpend }));
    const spendModel = fitGammaGamma(evenSample(spenders, MAX_FIT_CLIENTS)).params;
    const predicted = histories.map((h) => ({
      expectedPurchases: expectedPurchases(purchaseModel, h, YEAR_WEEKS),
      probabilityAlive: probabilityAlive(purchaseModel, h),
      spend: expectedAverageSpend(spendModel, { x: h.x, m: Math.max(h.meanRepeatSpend, 0) }),
    }));
    const values = predicted.map((p) => p.spend * p.expectedPurchases);
    const thresholds = {
      now: percentileInc(sortedAscending([...valueNow]), 0.5),
      future: percentileInc(sortedAscending(values), 0.5),
    };
    const forecasts = predicted.map((p, i): ClientForecast => {
      const quadrant = valueQuadrant(valueNow[i] ?? 0, values[i] ?? 0, thresholds.now, thresholds.future);
      return {
        expectedPurchases: p.expectedPurchases,
        probabilityAlive: p.probabilityAlive,
        predictedValue: values[i] ?? 0,
        quadrant,
        atRisk: (quadrant === 'develop' || quadrant === 'retain') && p.probabilityAlive < AT_RISK_ALIVE,
      };
    });
    const quadrants = VALUE_QUADRANTS.map((quadrant) => ({
      quadrant,
      clients: forecasts.filter((f) => f.quadrant === quadrant).length,
    }));
    return { ok: true, value: { purchaseModel, spendModel, thresholds, forecasts, quadrants } };
  } catch (error) {
    if (!isPortfolioError(error)) throw error;
    return { ok: false, key: error.key, params: error.params };
  }
}

/** How to read the sales columns of the source (as the analysis read them). */
export interface SaleColumns {
  /** 0-based columns of the client, the date and the amount. */
  client: number;
  date: number;
  amount: number;
  dayOf: DayOf;
  dateOrder: DateOrder;
  decimalComma: boolean;
}

/**
 * The sale columns the value to come reads, or null when it does not apply: it forecasts from a sales log (one row
 * per sale) whose client, date and amount columns are mapped; a client table has no purchase history to fit.
 */
export function saleColumnsOf(
  shape: SourceShape,
  mapping: ColumnMapping,
  reading: Omit<SaleColumns, 'client' | 'date' | 'amount'>,
): SaleColumns | null {
  const { client, date, amount } = mapping;
  if (shape !== 'sales' || client === null || date === null || amount === null) return null;
  return { client, date, amount, ...reading };
}

/**
 * The sales of source rows as parallel arrays. Rows whose client, date or amount cannot be read are passed over:
 * the analysis has already listed them as left out.
 */
export function saleArraysOf(rows: readonly (readonly Cell[])[], columns: SaleColumns): SaleArrays {
  const clients: string[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  for (const row of rows) {
    const name = row[columns.client] ?? '';
    if (isBlank(name)) continue;
    try {
      const day = readDate(row[columns.date] ?? '', columns.dayOf, columns.dateOrder);
      const amount = readNumber(row[columns.amount] ?? '', columns.decimalComma);
      clients.push(clientKey(name));
      days.push(day);
      amounts.push(amount);
    } catch (error) {
      if (!isPortfolioError(error)) throw error;
    }
  }
  return { clients, days, amounts };
}

/**
 * The segment of each data row's client: by sheet row for a client table, by client key for a sales log (every
 * sale row of a client); null for a row of no analysed client (left out or blank).
 */
export function segmentsOfRows(
  analysis: {
    clients: ReadonlyArray<{ row: number; name: Cell; segment: string }>;
    segments: ReadonlyArray<{ name: string }>;
  },
  shape: 'clients' | 'sales',
  clientColumn: number | null,
  firstRow: number,
  rows: readonly (readonly Cell[])[],
): { segmentOfRow: (index: number) => string | null; segments: string[] } {
  const segments = analysis.segments.map((group) => group.name);
  if (shape === 'clients' || clientColumn === null) {
    const byRow = new Map(analysis.clients.map((client) => [client.row, client.segment]));
    return { segments, segmentOfRow: (index) => byRow.get(firstRow + index) ?? null };
  }
  const byKey = new Map(analysis.clients.map((client) => [clientKey(client.name), client.segment]));
  return { segments, segmentOfRow: (index) => byKey.get(clientKey(rows[index]?.[clientColumn] ?? '')) ?? null };
}
