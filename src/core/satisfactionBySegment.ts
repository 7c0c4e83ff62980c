/**
 * NPS and CSAT per segment for the sidebar, when the source has a 0–10
 * recommendation column or a satisfaction column (found by their French or
 * English headers; they are not analysis roles, so the mapping is unchanged).
 */
import { isBlank, readNumber, type Cell } from './cells';
import { normaliseHeader } from './sourceLayout';

/** Columns of survey answers (0-based), `null` when absent. */
export interface SurveyColumns {
  recommendation: number | null;
  satisfaction: number | null;
}

/** Header words of each survey column (accents removed, lower case, whole words), most specific first. */
const SURVEY_SYNONYMS: Record<keyof SurveyColumns, readonly string[]> = {
  recommendation: ['recommandation', 'recommanderiez', 'recommander', 'recommendation', 'recommend', 'nps'],
  satisfaction: ['satisfaction', 'csat', 'satisfait', 'satisfied', 'note moyenne'],
};

/** The survey columns named by a header row (the first column naming each). */
export function surveyColumns(headers: readonly string[]): SurveyColumns {
  const find = (words: readonly string[]) => {
    const index = headers.findIndex((header) => {
      const text = ` ${normaliseHeader(header)} `;
      return words.some((word) => text.includes(` ${word} `));
    });
    return index < 0 ? null : index;
  };
  const recommendation = find(SURVEY_SYNONYMS.recommendation);
  const satisfaction = find(SURVEY_SYNONYMS.satisfaction);
  return { recommendation, satisfaction: satisfaction === recommendation ? null : satisfaction };
}

/** Satisfaction figures of a group of clients; `null` figures when the group has no answer. */
export interface GroupSatisfaction {
  name: string;
  recommendationAnswers: number;
  /** NPS in points, −100..100. */
  nps: number | null;
  satisfactionAnswers: number;
  /** Share of satisfied answers (the two top boxes of the scale), 0..1. */
  csat: number | null;
  /** Mean satisfaction score. */
  averageScore: number | null;
}

/** Per segment (in the given order, segments without answers included) and for all clients. */
export interface SatisfactionSummary {
  /** Highest score of the satisfaction scale: 5, or 10 when an answer is above 5. */
  scale: number;
  segments: GroupSatisfaction[];
  all: GroupSatisfaction;
  /** 1-based sheet rows whose answer is left out: not a whole number within its scale (0–10; 0–10 at most for satisfaction). */
  leftOutRows: number[];
}

interface Tally {
  promoters: number;
  detractors: number;
  recommendations: number;
  satisfactionScores: number[];
}

const emptyTally = (): Tally => ({ promoters: 0, detractors: 0, recommendations: 0, satisfactionScores: [] });

/** A whole answer from 0 to `max`, or null (not readable or out of range). */
function answerOf(cell: Cell, max: number, decimalComma: boolean): number | null {
  try {
    const value = readNumber(cell, decimalComma);
    return Number.isInteger(value) && value >= 0 && value <= max ? value : null;
  } catch {
    return null;
  }
}

/**
 * NPS and CSAT per segment. `segmentOfRow(index)` gives the segment of the data row at `index` (null for a row
 * of no analysed client: it is passed over). Blank answers are skipped; other unreadable answers are listed in
 * `leftOutRows`. Satisfaction: the scale is 5, or 10 when an answer is above 5; satisfied = the two top scores
 * (4–5 of 5, 9–10 of 10). Returns null when no row has an answer.
 * Example: one segment with recommendation answers 10, 9, 7, 3 → (2 − 1) / 4 = NPS 25.
 */
export function satisfactionBySegment(
  rows: readonly (readonly Cell[])[],
  columns: SurveyColumns,
  segmentOfRow: (index: number) => string | null,
  segmentOrder: readonly string[],
  firstRow: number,
  decimalComma: boolean,
): SatisfactionSummary | null {
  const tallies = new Map<string, Tally>(segmentOrder.map((name) => [name, emptyTally()]));
  const all = emptyTally();
  const leftOutRows: number[] = [];
  rows.forEach((row, index) => {
    const segment = segmentOfRow(index);
    if (segment === null) return;
    const tally = tallies.get(segment) ?? emptyTally();
    tallies.set(segment, tally);
    let leftOut = false;
    if (columns.recommendation !== null && !isBlank(row[columns.recommendation] ?? '')) {
      const score = answerOf(row[columns.recommendation] ?? '', 10, decimalComma);
      if (score === null) leftOut = true;
      else {
        for (const target of [tally, all]) {
          target.recommendations += 1;
          if (score >= 9) target.promoters += 1;
          if (score <= 6) target.detractors += 1;
        }
      }
    }
    if (columns.satisfaction !== null && !isBlank(row[columns.satisfaction] ?? '')) {
      const score = answerOf(row[columns.satisfaction] ?? '', 10, decimalComma);
      if (score === null) leftOut = true;
      else {
        tally.satisfactionScores.push(score);
        all.satisfactionScores.push(score);
      }
    }
    if (leftOut) leftOutRows.push(firstRow + index);
  });
  if (all.recommendations === 0 && all.satisfactionScores.length === 0) return null;
  const scale = all.satisfactionScores.some((score) => score > 5) ? 10 : 5;
  const figures = (name: string, tally: Tally): GroupSatisfaction => {
    const answers = tally.satisfactionScores.length;
    return {
      name,
      recommendationAnswers: tally.recommendations,
      nps: tally.recommendations > 0 ? (100 * (tally.promoters - tally.detractors)) / tally.recommendations : null,
      satisfactionAnswers: answers,
      csat: answers > 0 ? tally.satisfactionScores.filter((score) => score >= scale - 1).length / answers : null,
      averageScore: answers > 0 ? tally.satisfactionScores.reduce((sum, score) => sum + score, 0) / answers : null,
    };
  };
  return {
    scale,
    segments: [...tallies].map(([name, tally]) => figures(name, tally)),
    all: figures('', all),
    leftOutRows,
  };
}
