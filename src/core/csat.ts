/**
 * Customer satisfaction (CSAT) from scores on a 0..scale (or 1..scale) answer scale.
 */
import { PortfolioError } from './errors';

/** How CSAT summarises the answers: share of satisfied answers, or the mean score ("note moyenne"). */
export type CsatMode = 'share' | 'average';

/** Options of `customerSatisfaction`. */
export interface CsatOptions {
  /** Highest possible score, a whole number from 2 to 100 (default 5). */
  scale?: number;
  /** Lowest score counted as satisfied (default scale − 1: the two top boxes, 4 and 5 of 5). */
  satisfiedFrom?: number;
  /** Default `share`. */
  mode?: CsatMode;
}

const MODE_NAMES: Readonly<Record<string, CsatMode>> = {
  share: 'share',
  part: 'share',
  percent: 'share',
  pourcentage: 'share',
  average: 'average',
  mean: 'average',
  moyenne: 'average',
};

/** The CSAT mode named by `text` (share/part, average/mean/moyenne; any case). Throws `csatModeInvalid`. */
export function parseCsatMode(text: string): CsatMode {
  const mode = MODE_NAMES[text.trim().toLowerCase()];
  if (!mode) throw new PortfolioError('csatModeInvalid', { value: JSON.stringify(text) });
  return mode;
}

/**
 * CSAT of `scores`: with mode `share`, the share (0..1) of answers ≥ satisfiedFrom — 60 satisfied of 100 → 0.6;
 * with mode `average`, the mean score — (5 + 4 + 3) / 3 = 4. Each answer must be a whole number from 0 to the scale
 * (`csatScoreOutOfRange` with its 0-based index). Throws `emptyRange` with no answer, `csatScaleInvalid` and
 * `csatThresholdInvalid` (field `scale` / `satisfiedFrom`) on bad options.
 */
export function customerSatisfaction(scores: readonly number[], options: CsatOptions = {}): number {
  const scale = options.scale ?? 5;
  if (!(Number.isInteger(scale) && scale >= 2 && scale <= 100)) {
    throw new PortfolioError('csatScaleInvalid', { value: scale, field: 'scale' });
  }
  const satisfiedFrom = options.satisfiedFrom ?? scale - 1;
  if (!(satisfiedFrom > 0 && satisfiedFrom <= scale)) {
    throw new PortfolioError('csatThresholdInvalid', { value: satisfiedFrom, scale, field: 'satisfiedFrom' });
  }
  if (scores.length === 0) throw new PortfolioError('emptyRange');
  let satisfied = 0;
  let total = 0;
  scores.forEach((score, index) => {
    if (!(Number.isInteger(score) && score >= 0 && score <= scale)) {
      throw new PortfolioError('csatScoreOutOfRange', { value: score, scale }, index);
    }
    if (score >= satisfiedFrom) satisfied += 1;
    total += score;
  });
  return (options.mode ?? 'share') === 'average' ? total / scores.length : satisfied / scores.length;
}
