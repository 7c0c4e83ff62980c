/**
 * Segments from RFM scores (schemes in docs/FUNCTIONS.md, RFM_SEGMENT): a scheme is an ordered list of rules,
 * each an R, F and M score range on the 5-point scale; the first rule that
 * matches wins. Scores on another number of classes are first put on the
 * 5-point scale (`toFivePoint`).
 */
import { PortfolioError } from './errors';
import { schemeOfName } from './i18n/schemeNames';
import { segmentName, type SegmentKey } from './i18n/segmentNames';
import type { Lang, RfmScores, SchemeId } from './types';

/** An inclusive score range on the 5-point scale, e.g. [4, 5]. */
export type ScoreRange = readonly [number, number];

/** One rule: a segment and the R, F, M ranges it covers. */
export interface SegmentRule {
  /** Display name (localised, or as edited by the user in the rules sheet). */
  segment: string;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

interface KeyedRule {
  key: SegmentKey;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

const ALL: ScoreRange = [1, 5];

const schemes: Record<SchemeId, { rules: KeyedRule[]; others: SegmentKey }> = {
  classic: {
    rules: [
      { key: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
      { key: 'loyal', r: [3, 5], f: [4, 5], m: ALL },
      { key: 'potentialLoyalists', r: [4, 5], f: [2, 3], m: ALL },
      { key: 'newClients', r: [5, 5], f: [1, 1], m: ALL },
      { key: 'promising', r: [4, 4], f: [1, 1], m: ALL },
      { key: 'needAttention', r: [3, 3], f: [2, 3], m: ALL },
      { key: 'aboutToSleep', r: [3, 3], f: [1, 1], m: ALL },
      { key: 'cantLose', r: [1, 2], f: [4, 5], m: [4, 5] },
      { key: 'atRisk', r: [1, 2], f: [3, 5], m: ALL },
      { key: 'hibernating', r: [2, 2], f: [1, 2], m: ALL },
      { key: 'lost', r: [1, 1], f: [1, 2], m: ALL },
    ],
    others: 'others',
  },
  rfm: {
    rules: [
      { key: 'rfmChampions', r: [5, 5], f: [5, 5], m: [5, 5] },
      { key: 'rfmPotentialLoyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
      { key: 'rfmLoyalCustomers', r: [2, 4], f: [2, 4], m: [2, 4] },
      { key: 'rfmPromising', r: [3, 4], f: [1, 3], m: [3, 5] },
      { key: 'rfmNewCustomers', r: [4, 5], f: [1, 3], m: ALL },
      { key: 'rfmCantLose', r: [1, 2], f: [3, 4], m: [4, 5] },
      { key: 'rfmAtRisk', r: [1, 2], f: [2, 5], m: [4, 5] },
      { key: 'rfmNeedAttention', r: [1, 3], f: [3, 5], m: [3, 5] },
      { key: 'rfmAboutToSleep', r: [2, 3], f: [1, 3], m: [1, 4] },
      { key: 'rfmLost', r: [1, 1], f: ALL, m: ALL },
    ],
    others: 'rfmOthers',
  },
  'fr-ladder': {
    rules: [
      { key: 'veryGood', r: [4, 5], f: [4, 5], m: [4, 5] },
      { key: 'good', r: [3, 5], f: [3, 5], m: ALL },
      { key: 'newClient', r: [4, 5], f: [1, 1], m: ALL },
      { key: 'futureNonClient', r: [1, 2], f: [3, 5], m: ALL },
      { key: 'inactive', r: [1, 1], f: [1, 2], m: ALL },
      { key: 'occasional', r: ALL, f: ALL, m: ALL },
    ],
    others: 'occasional',
  },
};

/** The scheme ids, in the order shown to users. */
export const SCHEME_IDS: readonly SchemeId[] = ['classic', 'rfm', 'fr-ladder'];

/** The scheme used when the user does not choose one. */
export const DEFAULT_SCHEME: SchemeId = 'classic';

/** The scheme of a scheme id or of its name in either language (`classique`, `course ladder`…), or `null`. */
export function schemeOf(value: string): SchemeId | null {
  const id = value.trim().toLowerCase();
  if ((SCHEME_IDS as readonly string[]).includes(id)) return id as SchemeId;
  return schemeOfName(id);
}

/** Throws `unknownScheme` unless `value` names a shipped scheme (by id or name, see {@link schemeOf}). */
export function parseScheme(value: string): SchemeId {
  const scheme = schemeOf(value);
  if (scheme === null) throw new PortfolioError('unknownScheme', { value: `"${value}"` });
  return scheme;
}

/**
 * The explicit choice of the R package's English segment names, whatever the
 * spreadsheet's language: `rfm-en` where a scheme is asked for.
 */
export const R_PACKAGE_NAMES = 'rfm-en';

/**
 * A scheme argument of a formula: a scheme (see {@link parseScheme}) with its
 * names in the spreadsheet's language (`namesLang` null), or `rfm-en`: the rfm
 * scheme with the R package's English names. Throws `unknownScheme`.
 */
export function parseSchemeChoice(value: string): { scheme: SchemeId; namesLang: Lang | null } {
  if (value.trim().toLowerCase() === R_PACKAGE_NAMES) return { scheme: 'rfm', namesLang: 'en' };
  return { scheme: parseScheme(value), namesLang: null };
}

/** The shipped rules of `scheme`, with segment names in `lang`. */
export function defaultRules(scheme: SchemeId, lang: Lang): SegmentRule[] {
  return schemes[scheme].rules.map((rule) => ({
    segment: segmentName(rule.key, lang),
    r: rule.r,
    f: rule.f,
    m: rule.m,
  }));
}

/** Segment keys of `scheme` in rule order, then its fallback segment when it is not a rule. */
export function schemeSegmentKeys(scheme: SchemeId): SegmentKey[] {
  const keys = schemes[scheme].rules.map((rule) => rule.key);
  const others = schemes[scheme].others;
  return keys.includes(others) ? keys : [...keys, others];
}

/** Name of the segment given to scores that match no rule. */
export function othersName(scheme: SchemeId, lang: Lang): string {
  return segmentName(schemes[scheme].others, lang);
}

/**
 * A score from 1..classes put on the 5-point scale, ends kept: round(1 + (s − 1)·4/(classes − 1)).
 * Examples: 3 classes → 1, 3, 5; 9 classes → 1, 2, 2, 3, 3, 4, 4, 5, 5.
 */
export function toFivePoint(score: number, classes: number): number {
  if (classes === 5) return score;
  return Math.round(1 + ((score - 1) * 4) / (classes - 1));
}

function inRange(score: number, range: ScoreRange): boolean {
  return score >= range[0] && score <= range[1];
}

/** The segment of one client: the first rule whose three ranges hold its (5-point) scores, else `others`. */
export function segmentOf(
  scores: RfmScores,
  classes: { r: number; f: number; m: number },
  rules: readonly SegmentRule[],
  others: string,
): string {
  const r = toFivePoint(scores.r, classes.r);
  const f = toFivePoint(scores.f, classes.f);
  const m = toFivePoint(scores.m, classes.m);
  for (const rule of rules) {
    if (inRange(r, rule.r) && inRange(f, rule.f) && inRange(m, rule.m)) return rule.segment;
  }
  return others;
}
