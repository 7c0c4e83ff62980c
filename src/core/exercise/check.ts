/**
 * Checking a student's answers against the key recomputed from the options
 * (never read from a sheet): one ✔/✘ per answer cell, the points of each task
 * and the mark out of 20.
 */
import { answerMatches, answerNumber } from './compare';
import { keyWith, type Exercise } from './exercise';
import { roundTo } from './numbers';
import { isAsked } from './topic';

/** What the student wrote, read from the Work sheet. */
export interface StudentWork {
  /** Per client in data order: the cells under each answer-sheet column (`''` when blank or missing). */
  rows: ReadonlyArray<readonly unknown[]>;
  /** The cells of the thresholds block, aligned with `exercise.thresholds` (empty below level 3). */
  thresholds: readonly unknown[];
}

export interface TaskResult {
  number: number;
  /** Points of the task out of 20 (0 for a comment marked by the teacher). */
  points: number;
  earned: number;
  teacher: boolean;
}

export interface CheckResult {
  /** Per client, per column: true / false for the cells asked, null for the others. */
  marks: Array<Array<boolean | null>>;
  tasks: TaskResult[];
  /** Out of 20, rounded to 2 decimals. */
  mark: number;
  /** At level 3: whether the student's own thresholds were usable (and used); null when the exercise has none. */
  ownThresholds: boolean | null;
}

/** A threshold as typed: a number; a percentage above 1 (80) is read as a fraction (0.8). */
function thresholdValue(cell: unknown, kind: 'integer' | 'money' | 'percent'): number {
  const value = answerNumber(cell);
  return kind === 'percent' && value > 1 ? value / 100 : value;
}

/**
 * Compares `work` with the key of `exercise`. At level 3 the key is
 * recomputed with the student's thresholds when the topic accepts them; the
 * thresholds task then earns its points. Each task's points are shared
 * equally between the cells it marks.
 */
export function checkAnswers(exercise: Exercise, work: StudentWork): CheckResult {
  const { options, topic, columns } = exercise;
  let ownThresholds: boolean | null = null;
  let key = exercise.key;
  if (exercise.thresholds.length > 0) {
    const chosen = new Map(
      exercise.thresholds.map((input, k) => [input.id, thresholdValue(work.thresholds[k], input.kind)]),
    );
    ownThresholds = topic.thresholdsValid(chosen, options);
    if (ownThresholds) key = keyWith(exercise, chosen);
  }
  const marks = key.map((keyRow, i) =>
    columns.map((column, j) => {
      if (!isAsked(column, options) || column.kind === 'text' || column.kind === 'number') return null;
      return answerMatches(column.kind, work.rows[i]?.[j] ?? '', keyRow[j] ?? '');
    }),
  );
  const tasks = exercise.tasks.map((task): TaskResult => {
    const base = { number: task.number, points: task.points, teacher: task.marks === 'comment' };
    if (task.marks === 'comment') return { ...base, earned: 0 };
    if (task.marks === 'thresholds') return { ...base, earned: ownThresholds ? task.points : 0 };
    const indices = task.marks.map((id) => columns.findIndex((column) => column.id === id));
    const cells = marks.flatMap((row) => indices.map((j) => row[j] ?? null)).filter((ok): ok is boolean => ok !== null);
    const right = cells.filter((ok) => ok).length;
    return { ...base, earned: cells.length === 0 ? 0 : (task.points * right) / cells.length };
  });
  const mark = roundTo(
    tasks.reduce((sum, task) => sum + task.earned, 0),
    2,
  );
  return { marks, tasks, mark, ownThresholds };
}
