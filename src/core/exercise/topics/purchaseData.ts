/**
 * The client file of the RFM topics: last purchase date, number of purchases
 * and amount, drawn inside the bands of a grid or scale, never on a bound.
 */
import { exerciseText } from '../../i18n/exerciseTexts';
import { roundTo } from '../numbers';
import type { SeededRandom } from '../../seededRandom';
import type { DataColumn } from '../topic';
import type { AnswerColumn, ExerciseClient, ExerciseOptions } from '../types';

/** The conventions of the RFM topics: how days are counted and which side of a bound a value falls. */
export function purchaseConventions(options: ExerciseOptions): string[] {
  return [exerciseText(options.lang, 'convDays'), exerciseText(options.lang, 'convBounds')];
}

/** Range of an axis: lowest and highest value drawn. */
export interface AxisRange {
  min: number;
  max: number;
}

/**
 * A whole number in band `band` (0 = below the first bound) of the ascending
 * `bounds`, never equal to a bound but the lowest value of the range, and
 * not `avoided` when the band has another value.
 */
export function wholeInBand(
  rng: SeededRandom,
  bounds: readonly number[],
  band: number,
  range: AxisRange,
  avoided: (value: number) => boolean = () => false,
): number {
  const lower = band === 0 ? range.min : (bounds[band - 1] ?? range.min) + 1;
  const upper = Math.max(lower, band === bounds.length ? range.max : (bounds[band] ?? range.max) - 1);
  const allowed = Array.from({ length: upper - lower + 1 }, (_, k) => lower + k).filter((value) => !avoided(value));
  return allowed.length > 0 ? rng.pick(allowed) : rng.integer(lower, upper);
}

/** An amount with cents in band `band` of `bounds`, at least 3 % away from every bound, never a whole number. */
export function amountInBand(rng: SeededRandom, bounds: readonly number[], band: number, range: AxisRange): number {
  const lower = band === 0 ? range.min : (bounds[band - 1] ?? range.min) * 1.03;
  const upper = band === bounds.length ? range.max : (bounds[band] ?? range.max) * 0.97;
  const amount = roundTo(lower + rng.next() * (upper - lower), 2);
  return Number.isInteger(amount) ? amount + 0.35 : amount;
}

/** Days from the last purchase to the reference date. */
export function daysSince(client: ExerciseClient, options: ExerciseOptions): number {
  return options.asOfDay - (client.lastPurchaseDay ?? options.asOfDay);
}

/** Data sheet columns: client, date of last purchase, purchases, amount. */
export function purchaseDataColumns(options: ExerciseOptions): DataColumn[] {
  const { lang } = options;
  return [
    { header: exerciseText(lang, 'hClient'), format: '@', value: (c) => c.name },
    {
      header: exerciseText(lang, 'hLastPurchase'),
      format: lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd',
      value: (c) => ({ day: c.lastPurchaseDay ?? options.asOfDay }),
    },
    { header: exerciseText(lang, 'hPurchases'), format: '0', value: (c) => c.purchases ?? 0 },
    { header: exerciseText(lang, 'hAmount'), format: '#,##0.00', value: (c) => c.amount ?? 0 },
  ];
}

/** The first four answer columns of the RFM topics: client, days (helper), purchases, amount. */
export function purchaseAnswerColumns(options: ExerciseOptions): AnswerColumn[] {
  const { lang } = options;
  return [
    { id: 'client', header: exerciseText(lang, 'hClient'), role: 'client', kind: 'text', format: '@' },
    { id: 'days', header: exerciseText(lang, 'hDays'), role: 'helper', kind: 'integer', format: '0' },
    { id: 'purchases', header: exerciseText(lang, 'hPurchases'), role: 'data', kind: 'integer', format: '0' },
    { id: 'amount', header: exerciseText(lang, 'hAmount'), role: 'data', kind: 'money', format: '#,##0.00' },
  ];
}

/** Band of each client on a correlated axis: `base` ± 1, kept within 0..bands − 1. */
export function nearBands(rng: SeededRandom, base: readonly number[], bands: number): number[] {
  return base.map((band) => Math.min(bands - 1, Math.max(0, band + rng.integer(-1, 1))));
}

/** Whether every band 0..bands − 1 is present (or, with fewer values than bands, whether they are all distinct). */
export function coversBands(values: readonly number[], bands: number): boolean {
  const distinct = new Set(values).size;
  return distinct === Math.min(bands, values.length);
}

/** Bands of the clients on the three axes of a purchase file. */
export interface PurchaseBands {
  days: number[];
  purchases: number[];
  amounts: number[];
}

/**
 * The band (0..bands − 1) of each of `count` clients on each axis: days and
 * purchases spread so that every band is present, amounts near the purchases'
 * band (big buyers spend more).
 */
export function drawPurchaseBands(rng: SeededRandom, count: number, bands: number): PurchaseBands {
  const days = rng.spread(count, bands);
  const purchases = rng.spread(count, bands);
  const amounts = nearBands(rng, purchases, bands);
  return { days, purchases, amounts };
}

/** How many of the axes r, f, m (0 to 3) cover every band 0..bands − 1 (see {@link coversBands}). */
export function coveredAxes(values: ReadonlyArray<Readonly<Record<'r' | 'f' | 'm', number>>>, bands: number): number {
  return (['r', 'f', 'm'] as const).filter((axis) =>
    coversBands(
      values.map((value) => value[axis]),
      bands,
    ),
  ).length;
}
