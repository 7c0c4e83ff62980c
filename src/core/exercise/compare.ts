/**
 * Comparing a student's answer with the key: whole numbers exactly, money
 * within 0.01, percentages within 0.1 point (typed as 42.04 %, 0.4204 or
 * 42.04), labels ignoring case, accents and extra spaces.
 */
import { isBlank, parseNumberText } from '../cells';
import type { AnswerKind, KeyValue } from './types';

/** Tolerances of the comparison, in the answer's unit. */
export const TOLERANCE = { money: 0.01, percent: 0.001 } as const;

/** Room for binary rounding (100.01 − 100 is 0.010000000000005116). */
const FLOAT_SLACK = 1e-9;

/** Text in a comparable form: no accents, lower case, one space between words, typographic apostrophes made straight. */
export function comparableText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The number a cell holds: a number, or a text number in French or English conventions (`12,5 %` → 0.125); NaN otherwise. */
export function answerNumber(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell !== 'string' || isBlank(cell)) return NaN;
  const comma = parseNumberText(cell, true);
  return Number.isNaN(comma) ? parseNumberText(cell, false) : comma;
}

/** Whether the student's `answer` matches the key value `expected` for an answer of `kind`. A blank answer never matches. */
export function answerMatches(kind: AnswerKind, answer: unknown, expected: KeyValue): boolean {
  if (isBlank(answer)) return false;
  if (kind === 'label')
    return typeof answer !== 'object' && comparableText(String(answer)) === comparableText(String(expected));
  const value = answerNumber(answer);
  const key = Number(expected);
  if (!Number.isFinite(value) || !Number.isFinite(key)) return false;
  switch (kind) {
    case 'integer':
      return Math.abs(value - key) <= FLOAT_SLACK;
    case 'money':
      return Math.abs(value - key) <= TOLERANCE.money + FLOAT_SLACK;
    case 'percent':
      return (
        Math.abs(value - key) <= TOLERANCE.percent + FLOAT_SLACK ||
        Math.abs(value / 100 - key) <= TOLERANCE.percent + FLOAT_SLACK
      );
  }
}
