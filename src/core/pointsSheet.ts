/**
 * The editable points-scale sheet (barème) of the sidebar's "Points scale"
 * method: its course-style default rows, and its rows read back into scales,
 * weights and classes. Row numbers in errors are 1-based sheet rows.
 *
 * Layout: a header row, then one row per scale entry:
 * criterion (R, F, M, T, Class — "Classe" in French — or Weight/"Coefficient"),
 * lower bound or label, points (or, for Class, the class name), and a free
 * "meaning" column that is not read. Weight rows name the criterion in the
 * second column and its weight in the third. Blank rows are skipped; the rows
 * of a criterion need not be contiguous, but they must be ascending.
 */
import { isBlank, readNumber, showCell, type Cell } from './cells';
import { PortfolioError } from './errors';
import { formatMessage, type MessageKey, type MessageParams } from './i18n/messages';
import { pointsText, type PointsTextKey } from './i18n/pointsTexts';
import { segmentName } from './i18n/segmentNames';
import {
  checkNumericPoints,
  DEFAULT_WEIGHTS,
  normaliseLabel,
  parseScale,
  type PointsScale,
  type PointsScales,
  type PointsWeights,
} from './points';
import type { Lang } from './types';
import { usesDecimalComma } from './i18n/localeFormat';

/** What the scale sheet says: a scale per criterion (T optional), weights and the classes by total. */
export interface PointsSettings {
  scales: PointsScales;
  weights: PointsWeights;
  /** Total points → class name. */
  classes: PointsScale;
}

type Section = 'r' | 'f' | 'm' | 't' | 'class' | 'weight';

/** Words accepted in the first column, after `normaliseLabel`, in either language. */
const SECTION_WORDS: Record<string, Section> = {
  r: 'r',
  f: 'f',
  m: 'm',
  t: 't',
  class: 'class',
  classe: 'class',
  weight: 'weight',
  coefficient: 'weight',
  coef: 'weight',
  poids: 'weight',
};

/** The section of a criterion cell: its first word ("R", "R (days)", "Classe"…), or null. */
function sectionOf(cell: Cell): Section | null {
  const word = normaliseLabel(String(cell)).split(/[\s(–—:-]/)[0] ?? '';
  return SECTION_WORDS[word] ?? null;
}

/** Rows of the scale sheet in `lang`: the header, then a course-style scale (R in days, F, M, T, weights, classes). */
export function defaultScaleRows(lang: Lang): Cell[][] {
  const t = (key: PointsTextKey) => pointsText(lang, key);
  const rows: Cell[][] = [[t('scaleCriterion'), t('scaleFrom'), t('scalePoints'), t('scaleMeaning')]];
  const entries: Array<[string, Cell, Cell, PointsTextKey]> = [
    ['R', 0, 5, 'meaningR0'],
    ['R', 30, 3, 'meaningR1'],
    ['R', 180, 1, 'meaningR2'],
    ['R', 365, 0, 'meaningR3'],
    ['F', 0, 0, 'meaningF0'],
    ['F', 1, 1, 'meaningF1'],
    ['F', 2, 3, 'meaningF2'],
    ['F', 5, 5, 'meaningF3'],
    ['M', 0, 0, 'meaningM0'],
    ['M', 100, 2, 'meaningM1'],
    ['M', 500, 4, 'meaningM2'],
    ['M', 1000, 6, 'meaningM3'],
    ['T', '*', 0, 'meaningT'],
  ];
  for (const [criterion, bound, points, meaning] of entries) rows.push([criterion, bound, points, t(meaning)]);
  for (const axis of ['R', 'F', 'M', 'T']) rows.push([t('criterionWeight'), axis, 1, t('meaningWeight')]);
  const classes: Array<[number, Parameters<typeof segmentName>[0], PointsTextKey]> = [
    [0, 'inactive', 'meaningClass0'],
    [5, 'occasional', 'meaningClass1'],
    [9, 'good', 'meaningClass2'],
    [13, 'veryGood', 'meaningClass3'],
  ];
  for (const [bound, segment, meaning] of classes)
    rows.push([t('criterionClass'), bound, segmentName(segment, lang), t(meaning)]);
  return rows;
}

/** A scale-sheet error at sheet row `row`, its problem localised. */
function rowError(lang: Lang, sheet: string, row: number, key: MessageKey, params: MessageParams = {}): PortfolioError {
  return new PortfolioError('badScaleRow', { sheet, row, problem: formatMessage(lang, key, params) });
}

/** How a criterion's rows are checked: bounds that must be numbers (named `criterion` in errors), points that must be numbers. */
interface SectionRules {
  numericBoundsOf?: string;
  numericPoints: boolean;
}

/**
 * A scale from the rows of one criterion; errors name the sheet row of the
 * entry at fault. R, F, M and the classes need numeric bounds; T may have
 * labels; every criterion but the classes needs numeric points.
 */
function sectionScale(
  entries: ReadonlyArray<{ row: number; cells: [Cell, Cell] }>,
  lang: Lang,
  sheet: string,
  rules: SectionRules,
): PointsScale {
  const criterion = rules.numericBoundsOf;
  if (criterion !== undefined) {
    const text = entries.find((entry) => !Number.isFinite(readNumberOrNaN(entry.cells[0], lang)));
    if (text) throw rowError(lang, sheet, text.row, 'boundNotNumber', { criterion, value: showCell(text.cells[0]) });
  }
  try {
    const scale = parseScale(
      entries.map((entry) => entry.cells),
      usesDecimalComma(lang),
    );
    if (rules.numericPoints) checkNumericPoints(scale, usesDecimalComma(lang));
    return scale;
  } catch (error) {
    if (!(error instanceof PortfolioError)) throw error;
    const row = entries[error.index ?? 0]?.row ?? 1;
    throw rowError(lang, sheet, row, error.key, error.params);
  }
}

/** Reads the weight rows: criterion in the second column, number in the third. */
function readWeights(
  entries: ReadonlyArray<{ row: number; cells: [Cell, Cell] }>,
  lang: Lang,
  sheet: string,
): PointsWeights {
  const weights: PointsWeights = { ...DEFAULT_WEIGHTS };
  const seen = new Set<string>();
  for (const {
    row,
    cells: [axisCell, weightCell],
  } of entries) {
    const axis = sectionOf(axisCell);
    if (axis !== 'r' && axis !== 'f' && axis !== 'm' && axis !== 't') {
      throw rowError(lang, sheet, row, 'weightUnknownAxis', { value: showCell(axisCell) });
    }
    if (seen.has(axis)) throw rowError(lang, sheet, row, 'weightTwice', { value: axis.toUpperCase() });
    seen.add(axis);
    try {
      weights[axis] = readNumber(weightCell, usesDecimalComma(lang));
    } catch {
      throw rowError(lang, sheet, row, 'weightNotNumber', { value: showCell(weightCell) });
    }
  }
  return weights;
}

/**
 * The points settings read from the rows of the scale sheet (header first).
 * Throws `badScaleRow` (sheet, row and the localised problem: unknown
 * criterion, blank bound or points, bounds not ascending, points not a number,
 * below-first-bound is checked when clients are scored) or `scaleSection`
 * when R, F, M or Class has no row. T is optional.
 */
export function pointsSettingsFromRows(rows: readonly (readonly Cell[])[], lang: Lang, sheet: string): PointsSettings {
  const sections = new Map<Section, Array<{ row: number; cells: [Cell, Cell] }>>();
  rows.forEach((cells, index) => {
    if (index === 0) return;
    const [criterion, bound, points] = [cells[0], cells[1], cells[2]];
    if ([criterion, bound, points].every(isBlank)) return;
    const row = index + 1;
    const section = isBlank(criterion) ? null : sectionOf(criterion);
    if (section === null)
      throw rowError(lang, sheet, row, 'scaleUnknownCriterion', { value: showCell(criterion ?? '') });
    if (isBlank(bound) || isBlank(points)) throw rowError(lang, sheet, row, 'scaleBlank');
    const entries = sections.get(section) ?? [];
    entries.push({ row, cells: [bound, points] });
    sections.set(section, entries);
  });
  const required = (section: Section, name: string) => {
    const entries = sections.get(section);
    if (!entries) throw new PortfolioError('scaleSection', { sheet, section: name });
    return entries;
  };
  const className = pointsText(lang, 'criterionClass');
  const scales: PointsScales = {
    r: sectionScale(required('r', 'R'), lang, sheet, { numericBoundsOf: 'R', numericPoints: true }),
    f: sectionScale(required('f', 'F'), lang, sheet, { numericBoundsOf: 'F', numericPoints: true }),
    m: sectionScale(required('m', 'M'), lang, sheet, { numericBoundsOf: 'M', numericPoints: true }),
  };
  const typeEntries = sections.get('t');
  if (typeEntries) scales.t = sectionScale(typeEntries, lang, sheet, { numericPoints: true });
  return {
    scales,
    weights: readWeights(sections.get('weight') ?? [], lang, sheet),
    classes: sectionScale(required('class', className), lang, sheet, {
      numericBoundsOf: className,
      numericPoints: false,
    }),
  };
}

/** The number in `cell`, or NaN. */
function readNumberOrNaN(cell: Cell, lang: Lang): number {
  try {
    return readNumber(cell, usesDecimalComma(lang));
  } catch {
    return NaN;
  }
}
