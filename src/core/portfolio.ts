/**
 * Scoring a whole portfolio: RFM scores, code, segment and ABC class of every
 * client, from their figures (days since last purchase, purchases, amount).
 */
import { abcClasses, type AbcRule } from './abc';
import { itemAt } from './arrays';
import { rfmCode, rfmScores } from './rfm';
import { DEFAULT_A_SHARE, DEFAULT_B_SHARE, DEFAULT_BINS, DEFAULT_METHOD } from './choices';
import { DEFAULT_SCHEME, defaultRules, othersName, segmentOf, type SegmentRule } from './segments';
import type { AbcClass, Binning, Lang, RfmScores, ScoreMethod, Thresholds } from './types';

/** How a portfolio is scored and segmented. */
export interface ScoringSettings {
  binning: Binning;
  method: ScoreMethod;
  rules: readonly SegmentRule[];
  /** Segment of clients matching no rule. */
  others: string;
  aShare: number;
  bShare: number;
  /** ABC convention (default `reach`). */
  abcRule?: AbcRule;
}

/**
 * The add-on's default scoring, segment names in `lang`: `DEFAULT_BINS` (5)
 * classes by the `DEFAULT_METHOD` (quantile), the `DEFAULT_SCHEME` (classic)
 * segments, classes A and B closing at `DEFAULT_A_SHARE` (0.8) and
 * `DEFAULT_B_SHARE` (0.95) of the revenue, the default ABC rule (reach).
 */
export function defaultScoring(lang: Lang): ScoringSettings {
  return {
    binning: { kind: 'bins', n: DEFAULT_BINS },
    method: DEFAULT_METHOD,
    rules: defaultRules(DEFAULT_SCHEME, lang),
    others: othersName(DEFAULT_SCHEME, lang),
    aShare: DEFAULT_A_SHARE,
    bShare: DEFAULT_B_SHARE,
  };
}

/** The scores, code, segment and ABC class of one client. */
export interface ClientScores {
  scores: RfmScores;
  code: number;
  segment: string;
  abc: AbcClass;
}

/**
 * A scored portfolio as columns, one entry per client in input order (the
 * fields of `ClientScores`), and the breakpoints used.
 */
export interface ScoredPortfolio {
  scores: RfmScores[];
  codes: number[];
  segments: string[];
  abc: AbcClass[];
  thresholds: Thresholds;
  classes: { r: number; f: number; m: number };
}

/** What is known of every client before scoring, as parallel columns (same order, same length). */
export interface FigureColumns {
  /** Days since the last purchase (whole days, ≥ 0). */
  recencyDays: readonly number[];
  /** Number of purchases (≥ 0). */
  purchases: readonly number[];
  /** Amount spent (net of returns when netted). */
  amount: readonly number[];
}

/**
 * Scores every client of `figures` (RFM scores, codes, segments, ABC classes), in the columns' order.
 * Throws `allAmountsZero` when no client has a positive amount.
 */
export function scorePortfolio(figures: FigureColumns, settings: ScoringSettings): ScoredPortfolio {
  const rfm = rfmScores(figures.recencyDays, figures.purchases, figures.amount, settings.binning, settings.method);
  const abc = abcClasses(figures.amount, settings.aShare, settings.bShare, settings.abcRule);
  // A segment depends on the code only: each of the (at most 9³) codes is matched against the rules once.
  const segmentOfCode = new Map<number, string>();
  const count = rfm.scores.length;
  const codes = new Array<number>(count);
  const segments = new Array<string>(count);
  for (let i = 0; i < count; i += 1) {
    const scores = itemAt(rfm.scores, i);
    const code = rfmCode(scores);
    let segment = segmentOfCode.get(code);
    if (segment === undefined) {
      segment = segmentOf(scores, rfm.classes, settings.rules, settings.others);
      segmentOfCode.set(code, segment);
    }
    codes[i] = code;
    segments[i] = segment;
  }
  return { scores: rfm.scores, codes, segments, abc, thresholds: rfm.thresholds, classes: rfm.classes };
}
