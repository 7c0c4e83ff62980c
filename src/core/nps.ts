/**
 * Net Promoter Score from answers to the 0–10 recommendation question.
 */
import { PortfolioError } from './errors';

/** Counts of an NPS survey. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/**
 * Sorts answers into promoters (9–10), passives (7–8) and detractors (0–6). Each answer must be a whole number
 * from 0 to 10: otherwise throws `npsScoreOutOfRange` with the answer's 0-based index.
 */
export function npsCounts(scores: readonly number[]): NpsCounts {
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  scores.forEach((score, index) => {
    if (!(Number.isInteger(score) && score >= 0 && score <= 10)) {
      throw new PortfolioError('npsScoreOutOfRange', { value: score }, index);
    }
    if (score >= 9) counts.promoters += 1;
    else if (score >= 7) counts.passives += 1;
    else counts.detractors += 1;
  });
  return counts;
}

/**
 * NPS in points, from −100 to 100: % promoters − % detractors. Example: 80 promoters, 60 passives and
 * 60 detractors of 200 → 40 % − 30 % = 10. Throws `emptyRange` with no answer, `npsScoreOutOfRange` on a bad one.
 */
export function netPromoterScore(scores: readonly number[]): number {
  if (scores.length === 0) throw new PortfolioError('emptyRange');
  const { promoters, detractors } = npsCounts(scores);
  return (100 * (promoters - detractors)) / scores.length;
}
