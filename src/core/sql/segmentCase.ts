/**
 * The segment as a SQL `CASE`, generated from the same rule tables as the
 * core (`defaultRules`, `othersName`, `toFivePoint`): each rule's ranges on
 * the 5-point scale become ranges of raw scores on the axis's own number of
 * classes, so that a CASE on the raw scores gives what `segmentOf` gives.
 */
import { defaultRules, othersName, toFivePoint, type ScoreRange, type SegmentRule } from '../segments';
import type { Lang, SchemeId } from '../types';
import { quoteString, type SqlDialect } from './dialect';

/** Number of classes of each axis. */
export interface AxisClasses {
  r: number;
  f: number;
  m: number;
}

/**
 * The raw scores 1..classes whose 5-point value lies in `range`, as an
 * inclusive range, or null when there is none. `toFivePoint` never decreases,
 * so the scores form one run. Example: 3 classes (→ 1, 3, 5), range [4, 5] → [3, 3].
 */
export function rawScoreRange(range: ScoreRange, classes: number): ScoreRange | null {
  let low = 0;
  let high = 0;
  for (let score = 1; score <= classes; score += 1) {
    const five = toFivePoint(score, classes);
    if (five >= range[0] && five <= range[1]) {
      if (low === 0) low = score;
      high = score;
    }
  }
  return low === 0 ? null : [low, high];
}

/** The condition of one rule on the raw score columns `table`.r, .f, .m: null when it never matches, '' when it always matches. */
function ruleCondition(rule: SegmentRule, classes: AxisClasses, table: string): string | null {
  const parts: string[] = [];
  for (const axis of ['r', 'f', 'm'] as const) {
    const raw = rawScoreRange(rule[axis], classes[axis]);
    if (raw === null) return null;
    if (raw[0] === 1 && raw[1] === classes[axis]) continue;
    parts.push(raw[0] === raw[1] ? `${table}.${axis} = ${raw[0]}` : `${table}.${axis} BETWEEN ${raw[0]} AND ${raw[1]}`);
  }
  return parts.join(' AND ');
}

/**
 * `CASE WHEN … THEN 'segment' … ELSE 'others' END` over the raw score columns
 * `r`, `f`, `m` of `table`, with the segment names of `scheme` in `lang`.
 */
export function segmentCase(
  dialect: SqlDialect,
  scheme: SchemeId,
  lang: Lang,
  classes: AxisClasses,
  table: string,
): string {
  const lines: string[] = [];
  let fallback = othersName(scheme, lang);
  for (const rule of defaultRules(scheme, lang)) {
    const condition = ruleCondition(rule, classes, table);
    if (condition === null) continue;
    if (condition === '') {
      fallback = rule.segment;
      break;
    }
    lines.push(`      WHEN ${condition} THEN ${quoteString(dialect, rule.segment)}`);
  }
  if (lines.length === 0) return quoteString(dialect, fallback);
  return `CASE\n${lines.join('\n')}\n      ELSE ${quoteString(dialect, fallback)}\n    END`;
}
