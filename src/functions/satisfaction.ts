import { customerSatisfaction, parseCsatMode } from '../core/csat';
import { netPromoterScore } from '../core/nps';
import { optionalSetting, runCustomFunction } from './args';
import { answeredNumbers, optionalNumber, traced } from './btydArgs';

/**
 * Net Promoter Score: % promoters (9–10) − % detractors (0–6) of 0–10 answers, from −100 to 100.
 *
 * @param {number} scores Answers, whole numbers from 0 to 10.
 * @return The NPS in points.
 * @customfunction
 */
export function NPS(scores: unknown): number {
  return runCustomFunction('NPS', (context) => {
    const answers = answeredNumbers('scores', scores, context);
    return traced(() => netPromoterScore(answers.values), answers.rows, 'scores');
  });
}

/** Argument names of the CSAT options raised by the core. */
const CSAT_ARGUMENTS: Record<string, string> = { scale: 'scale', satisfiedFrom: 'satisfied_from' };

/**
 * Customer satisfaction: share of answers ≥ satisfied_from, or the mean score with mode "average".
 *
 * @param {number} scores Answers, whole numbers from 0 to the scale.
 * @param {number} scale Optional. Highest possible score (default 5).
 * @param {number} satisfied_from Optional. Lowest satisfied score (default scale − 1).
 * @param {string} mode Optional. "share" (default) or "average".
 * @return The share of satisfied answers (0 to 1), or the mean score.
 * @customfunction
 */
export function CSAT(scores: unknown, scale?: unknown, satisfied_from?: unknown, mode?: unknown): number {
  return runCustomFunction('CSAT', (context) => {
    const scaleValue = optionalNumber('scale', scale, context);
    const threshold = optionalNumber('satisfied_from', satisfied_from, context);
    const modeValue = optionalSetting('mode', mode, 'share', (value) => parseCsatMode(String(value)));
    const answers = answeredNumbers('scores', scores, context);
    return traced(
      () => customerSatisfaction(answers.values, { scale: scaleValue, satisfiedFrom: threshold, mode: modeValue }),
      answers.rows,
      'scores',
      CSAT_ARGUMENTS,
    );
  });
}
