/** Helpers of the exercise tests: an exercise from a few options, and a work sheet filled from its key. */
import type { StudentWork } from '../../../src/core/exercise/check';
import { isAsked } from '../../../src/core/exercise/topic';
import { createExercise, type Exercise } from '../../../src/core/exercise/exercise';
import { exerciseOptions, type ExerciseOptionsInput } from '../../../src/core/exercise/options';
import { TOPIC_IDS } from '../../../src/core/exercise/topics';

export const SHEETS = { statement: 'Statement', data: 'Data', work: 'Work' };

export const ALL_CASES = TOPIC_IDS.flatMap((topic) =>
  [1, 2, 3].flatMap((level) => (['en', 'fr'] as const).map((lang) => ({ topic, level, lang }))),
);

/** The exercise of `input` (defaults: 10 clients, level 2, seed 1, English). */
export function exercise(input: ExerciseOptionsInput): Exercise {
  return createExercise(exerciseOptions(input), SHEETS);
}

/** The answers of the key in the cells the student fills (blank elsewhere), and the reference thresholds. */
export function perfectWork(ex: Exercise): StudentWork {
  return {
    rows: ex.key.map((row) => ex.columns.map((column, j) => (isAsked(column, ex.options) ? (row[j] ?? '') : ''))),
    thresholds: ex.thresholds.map((input) => input.reference),
  };
}

/** A copy of `work` with one cell replaced. */
export function withCell(work: StudentWork, row: number, column: number, value: unknown): StudentWork {
  return {
    ...work,
    rows: work.rows.map((cells, i) => (i === row ? cells.map((cell, j) => (j === column ? value : cell)) : cells)),
  };
}
