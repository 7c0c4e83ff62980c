/**
 * Points scales ("barèmes de points"): courses score each client by adding
 * points, each criterion with its own scale. A scale is two columns:
 *
 * - first column: ascending lower bounds (inclusive) — a value gets the entry
 *   of the last bound ≤ value — or text labels, matched case-, accent- and
 *   spacing-insensitively, where `*` stands for any characters (a label `*`
 *   alone matches every value no other label matches);
 * - second column: the points, or any value (so the same scale turns a total
 *   into a class label such as "Très bon client").
 *
 * Row numbers in errors are 0-based positions in the scale (`PortfolioError.index`);
 * adapters show them 1-based.
 */
import { isBlank, isDate, parseNumberText, readNumber, showCell, type Cell } from './cells';
import { PortfolioError } from './errors';

/** A scale of ascending inclusive lower bounds. */
export interface NumericScale {
  kind: 'numeric';
  /** Strictly ascending lower bounds. */
  bounds: number[];
  /** The second-column entry of each bound. */
  values: Cell[];
}

/** A scale of text labels. */
export interface LabelScale {
  kind: 'labels';
  /** The labels as typed. */
  labels: string[];
  /** The second-column entry of each label. */
  values: Cell[];
}

export type PointsScale = NumericScale | LabelScale;

/** One criterion's scale per axis: recency (days), frequency, monetary, and optionally product types (FRAT). */
export interface PointsScales {
  r: PointsScale;
  f: PointsScale;
  m: PointsScale;
  t?: PointsScale;
}

/** Weight of each criterion in the total (default 1 each). */
export interface PointsWeights {
  r: number;
  f: number;
  m: number;
  t: number;
}

/** The criteria of the points total, as named in errors (`params.criterion`). */
export type PointsCriterion = 'R' | 'F' | 'M' | 'T';

/** Points of one client per criterion (before weighting) and the weighted total. */
export interface ClientPoints {
  r: number;
  f: number;
  m: number;
  /** Product-type points, or null without a type scale. */
  t: number | null;
  total: number;
}

export const DEFAULT_WEIGHTS: Readonly<PointsWeights> = { r: 1, f: 1, m: 1, t: 1 };

/**
 * A label in the form it is compared in: accents, case, ligatures œ/æ, curly
 * apostrophes and repeated or surrounding spaces ignored.
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The cell as label text: text as typed, numbers and booleans as written. */
function labelText(cell: Cell): string {
  return typeof cell === 'string' ? cell : String(cell);
}

/** The bound a first-column cell holds, or NaN when it is not a number (text labels). */
function boundOf(cell: Cell, decimalComma: boolean): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') return parseNumberText(cell, decimalComma);
  return NaN;
}

/**
 * The rows of a scale range, up to its last non-blank row (open ranges such as
 * `E2:F` end with blank rows). Throws `scaleShape` unless the range has two
 * columns, `scaleEmpty` when no row is filled, `scaleBlank` (row) for a blank
 * cell before the last filled row.
 */
function scaleRows(rows: readonly (readonly Cell[])[]): Array<readonly [Cell, Cell]> {
  const columns = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== 2)) throw new PortfolioError('scaleShape', { columns });
  let last = rows.length - 1;
  while (last >= 0 && (rows[last] ?? []).every(isBlank)) last -= 1;
  if (last < 0) throw new PortfolioError('scaleEmpty');
  const filled: Array<readonly [Cell, Cell]> = [];
  for (let index = 0; index <= last; index += 1) {
    const [first, second] = rows[index] ?? [];
    if (isBlank(first) || isBlank(second)) throw new PortfolioError('scaleBlank', {}, index);
    filled.push([first, second]);
  }
  return filled;
}

/**
 * Reads a scale from a range of two columns (rows of cells). The scale is
 * numeric when every first-column cell is a number (or a text number such as
 * "1 000"), else a scale of labels. Blank rows after the last filled row are
 * ignored. Throws (with the 0-based row as `index` where one is at fault):
 * `scaleShape`, `scaleEmpty`, `scaleBlank`, `scaleDateBound`,
 * `scaleNotAscending` (bounds must be strictly ascending), `scaleHeader` (a
 * text first row above numeric bounds), `scaleDuplicateLabel`.
 */
export function parseScale(rows: readonly (readonly Cell[])[], decimalComma = false): PointsScale {
  const filled = scaleRows(rows);
  const dateRow = filled.findIndex(([first]) => isDate(first));
  if (dateRow >= 0) throw new PortfolioError('scaleDateBound', {}, dateRow);
  const bounds = filled.map(([first]) => boundOf(first, decimalComma));
  const values = filled.map(([, second]) => second);
  if (bounds.every(Number.isFinite)) return numericScale(bounds, values);
  const numericAfterFirst = bounds.length > 1 && bounds.slice(1).every(Number.isFinite);
  const firstCell = filled[0]?.[0];
  if (numericAfterFirst && !labelText(firstCell).includes('*')) {
    throw new PortfolioError('scaleHeader', { value: showCell(firstCell) }, 0);
  }
  return labelScale(
    filled.map(([first]) => labelText(first).trim()),
    values,
  );
}

/** A numeric scale; throws `scaleNotAscending` at the first bound not above the one before it. */
function numericScale(bounds: number[], values: Cell[]): NumericScale {
  for (let index = 1; index < bounds.length; index += 1) {
    const previous = bounds[index - 1] ?? -Infinity;
    const value = bounds[index] ?? -Infinity;
    if (!(value > previous)) throw new PortfolioError('scaleNotAscending', { value, previous }, index);
  }
  return { kind: 'numeric', bounds, values };
}

/** A label scale; throws `scaleDuplicateLabel` at the second occurrence of a label. */
function labelScale(labels: string[], values: Cell[]): LabelScale {
  const seen = new Set<string>();
  labels.forEach((label, index) => {
    const key = normaliseLabel(label);
    if (seen.has(key)) throw new PortfolioError('scaleDuplicateLabel', { value: `"${label}"` }, index);
    seen.add(key);
  });
  return { kind: 'labels', labels, values };
}

/** True when the normalised `text` matches the normalised `pattern`, where `*` stands for any characters. */
function matchesPattern(text: string, pattern: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`).test(text);
}

/**
 * Position of the label matching `value`: an exact label first, then the first
 * label with `*` in scale order, the label `*` alone last. Throws `unknownLabel`.
 */
function labelIndex(value: Cell, scale: LabelScale): number {
  const text = normaliseLabel(labelText(value));
  const keys = scale.labels.map(normaliseLabel);
  const exact = keys.indexOf(text);
  if (exact >= 0) return exact;
  const pattern = keys.findIndex((key) => key !== '*' && key.includes('*') && matchesPattern(text, key));
  if (pattern >= 0) return pattern;
  const catchAll = keys.indexOf('*');
  if (catchAll >= 0) return catchAll;
  throw new PortfolioError('unknownLabel', { value: showCell(value) });
}

/**
 * Position of the last bound ≤ `value` (binary search). Throws
 * `belowFirstBound` when `value` is below the first bound.
 */
function boundIndex(value: number, scale: NumericScale): number {
  const first = scale.bounds[0] ?? -Infinity;
  if (value < first) throw new PortfolioError('belowFirstBound', { value, first });
  let low = 0;
  let high = scale.bounds.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((scale.bounds[middle] ?? Infinity) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The second-column entry the scale gives `value`: for a numeric scale the
 * entry of the last bound ≤ value (a value exactly on a bound gets that
 * bound's entry), for a label scale the entry of its label. A numeric scale
 * reads text numbers (`decimalComma` for "12,5"). Throws `notANumber` /
 * `dateNotNumber` (numeric scale, value not a number), `belowFirstBound`,
 * `unknownLabel`.
 */
export function pointsOf(value: Cell, scale: PointsScale, decimalComma = false): Cell {
  return scale.values[entryIndex(value, scale, decimalComma)];
}

/** Position of the scale entry that `value` gets (see `pointsOf`). */
function entryIndex(value: Cell, scale: PointsScale, decimalComma: boolean): number {
  if (scale.kind === 'labels') return labelIndex(value, scale);
  return boundIndex(typeof value === 'number' ? value : readNumber(value, decimalComma), scale);
}

/** A second-column entry as a number of points (a number, or a text number), NaN otherwise. */
function entryPoints(entry: Cell, decimalComma: boolean): number {
  if (typeof entry === 'number') return entry;
  return typeof entry === 'string' ? parseNumberText(entry, decimalComma) : NaN;
}

/**
 * The entry of `value` as a number of points. Throws what `pointsOf` throws,
 * and `pointsNotNumber` (index: the scale row) when the entry is not a number.
 */
export function numericPointsOf(value: Cell, scale: PointsScale, decimalComma = false): number {
  const index = entryIndex(value, scale, decimalComma);
  const entry = scale.values[index];
  const points = entryPoints(entry, decimalComma);
  if (!Number.isFinite(points)) throw new PortfolioError('pointsNotNumber', { value: showCell(entry) }, index);
  return points;
}

/**
 * Checks that every entry of the scale is a number of points, so a scale
 * mistake shows up before any client is scored. Throws `pointsNotNumber` with
 * the 0-based scale row as index.
 */
export function checkNumericPoints(scale: PointsScale, decimalComma = false): void {
  scale.values.forEach((entry, index) => {
    if (!Number.isFinite(entryPoints(entry, decimalComma)))
      throw new PortfolioError('pointsNotNumber', { value: showCell(entry) }, index);
  });
}

/** `value` without the binary noise of sums such as 0.1 + 0.2 (12 significant digits). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** `checkNumericPoints` with `params.criterion` added to its error (index: the scale row). */
function checkCriterionScale(scale: PointsScale, criterion: PointsCriterion): void {
  try {
    checkNumericPoints(scale);
  } catch (error) {
    if (error instanceof PortfolioError)
      throw new PortfolioError(error.key, { ...error.params, criterion }, error.index);
    throw error;
  }
}

/** The best points among several labels (a client who bought several product types); a single value as is. */
function bestPointsOf(value: Cell | readonly Cell[], scale: PointsScale): number {
  if (!Array.isArray(value)) return numericPointsOf(value, scale);
  const labels: readonly Cell[] = value.length > 0 ? value : [''];
  return Math.max(...labels.map((label) => numericPointsOf(label, scale)));
}

/** Points of each value on one criterion; errors carry the client position as index and `params.criterion`. */
function criterionPoints(
  values: ReadonlyArray<Cell | readonly Cell[]>,
  scale: PointsScale,
  criterion: PointsCriterion,
): number[] {
  return values.map((value, index) => {
    try {
      return bestPointsOf(value, scale);
    } catch (error) {
      if (error instanceof PortfolioError) throw new PortfolioError(error.key, { ...error.params, criterion }, index);
      throw error;
    }
  });
}

/**
 * Points of each client on R (days since the last purchase), F (purchases),
 * M (amount) and, with a `t` scale, T (product type bought: FRAT; a client
 * given a list of types gets the best points among them), and the
 * weighted total Σ weight × points (weights default to 1; negative points and
 * weights are allowed). Lists have one entry per client, in the same order.
 * Example: R 45 days on [0 → 5, 30 → 3, 90 → 1] = 3 points, F 4 on [1 → 1, 3 → 3] = 3,
 * M 800 on [0 → 0, 500 → 4] = 4, weights 2/1/1 → total 2 × 3 + 3 + 4 = 13.
 * Throws `lengthMismatch`, `typesWithoutScale`, `pointsNotNumber` (index: the
 * scale row, `params.criterion`), and for a client (index: its position, `params.criterion`: R, F, M or T)
 * `belowFirstBound`, `unknownLabel`.
 */
export function rfmPoints(
  days: readonly number[],
  purchases: readonly number[],
  amounts: readonly number[],
  scales: PointsScales,
  options: { types?: ReadonlyArray<Cell | readonly Cell[]>; weights?: Partial<PointsWeights> } = {},
): ClientPoints[] {
  const { types } = options;
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  if (purchases.length !== days.length || amounts.length !== days.length || (types && types.length !== days.length)) {
    throw new PortfolioError('lengthMismatch', {
      actual: purchases.length,
      expected: days.length,
      expectedArg: 'recency',
    });
  }
  if ((types === undefined) !== (scales.t === undefined)) throw new PortfolioError('typesWithoutScale');
  for (const [criterion, scale] of [
    ['R', scales.r],
    ['F', scales.f],
    ['M', scales.m],
    ['T', scales.t],
  ] as const) {
    if (scale) checkCriterionScale(scale, criterion);
  }
  const r = criterionPoints(days, scales.r, 'R');
  const f = criterionPoints(purchases, scales.f, 'F');
  const m = criterionPoints(amounts, scales.m, 'M');
  const t = types && scales.t ? criterionPoints(types, scales.t, 'T') : null;
  return days.map((_, index) => {
    const rp = r[index] ?? 0;
    const fp = f[index] ?? 0;
    const mp = m[index] ?? 0;
    const tp = t ? (t[index] ?? 0) : null;
    const total = weights.r * rp + weights.f * fp + weights.m * mp + (tp === null ? 0 : weights.t * tp);
    return { r: rp, f: fp, m: mp, t: tp, total: tidy(total) };
  });
}
