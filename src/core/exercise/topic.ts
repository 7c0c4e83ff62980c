/**
 * What a topic of exercise provides. The generator, the statement, the work
 * sheet and the checker only go through this interface, so a new topic plugs
 * in by adding one module to the registry (`topics/index.ts`).
 */
import type { DayCell } from '../reports';
import type { ExerciseTextKey } from '../i18n/exerciseTexts';
import type { SeededRandom } from '../seededRandom';
import type {
  AnswerColumn,
  ExerciseClient,
  ExerciseOptions,
  ExerciseTask,
  KeyValue,
  ThresholdInput,
  TopicId,
} from './types';

/** A task before numbering: its text, its points out of 20 and what it marks. */
export type TaskDraft = Omit<ExerciseTask, 'number'>;

/** A task worth `points` out of 20 (0 for a comment) marking `marks` (answer column ids, `thresholds` or `comment`). */
export function task(text: string, points: number, marks: ExerciseTask['marks']): TaskDraft {
  return { text, points, marks };
}

/** The tasks numbered 1, 2, … in the order given. */
export function numberedTasks(list: readonly TaskDraft[]): ExerciseTask[] {
  return list.map((draft, i) => ({ number: i + 1, ...draft }));
}

/** An answer column of whole numbers (scores, points, a code), headed `header`. */
export function integerAnswer(id: string, header: string): AnswerColumn {
  return { id, header, role: 'answer', kind: 'integer', format: '0' };
}

/** An answer column of labels (a class, a segment) chosen among `choices`, headed `header`. */
export function labelAnswer(id: string, header: string, choices: string[]): AnswerColumn {
  return { id, header, role: 'answer', kind: 'label', format: '@', choices };
}

/** A cell of the Data sheet. */
export type DataCell = string | number | DayCell;

/** A column of the Data sheet. */
export interface DataColumn {
  header: string;
  format: string;
  value: (client: ExerciseClient) => DataCell;
}

/** Thresholds by id (the reference ones, or the student's at level 3). */
export type Thresholds = ReadonlyMap<string, number>;

export interface Topic {
  id: TopicId;
  title: ExerciseTextKey;
  goal: ExerciseTextKey;
  /** Draws the clients' figures (names are given), so that every class is present and no value sits on a bound. */
  drawClients(rng: SeededRandom, options: ExerciseOptions, names: readonly string[]): ExerciseClient[];
  /** Columns of the Data sheet. */
  dataColumns(options: ExerciseOptions): DataColumn[];
  /** Columns of the answer sheet, client first. */
  answerColumns(options: ExerciseOptions): AnswerColumn[];
  /** Thresholds the key uses; the student chooses them at level 3 (empty when the topic has none). */
  thresholdInputs(options: ExerciseOptions): ThresholdInput[];
  /** Whether thresholds chosen by a student can be used (complete, ascending, in range). */
  thresholdsValid(thresholds: Thresholds, options: ExerciseOptions): boolean;
  /** One key row per client, in data order, aligned with `answerColumns`. */
  solve(clients: readonly ExerciseClient[], options: ExerciseOptions, thresholds: Thresholds): KeyValue[][];
  /** Numbered tasks with their points (out of 20 with the comments at 0). */
  tasks(options: ExerciseOptions, workSheet: string): ExerciseTask[];
  /** Tables of the statement (grid, scale, rules), as rows of text cells; none at level 3 where the student chooses. */
  statementTables(options: ExerciseOptions, thresholds: Thresholds): string[][];
  /** Conventions specific to the topic. */
  conventions(options: ExerciseOptions): string[];
}

/**
 * Draws `attempts` candidates and returns the first whose score reaches
 * `target`, else the best one (the first of equal scores). Deterministic for a
 * given generator state.
 */
export function bestDraw<T>(attempts: number, draw: () => T, score: (candidate: T) => number, target: number): T {
  let best = draw();
  let bestScore = score(best);
  for (let attempt = 1; attempt < attempts && bestScore < target; attempt += 1) {
    const candidate = draw();
    const candidateScore = score(candidate);
    if (candidateScore > bestScore) {
      best = candidate;
      bestScore = candidateScore;
    }
  }
  return best;
}

/** Number of distinct values of a list. */
export function distinctCount(values: readonly unknown[]): number {
  return new Set(values).size;
}

/** The reference thresholds of a topic as a map. */
export function referenceThresholds(inputs: readonly ThresholdInput[]): Thresholds {
  return new Map(inputs.map((input) => [input.id, input.reference]));
}

/** Whether the student fills `column` at `level`: answers always, helper columns from level 2. */
export function isAsked(column: AnswerColumn, options: ExerciseOptions): boolean {
  return column.role === 'answer' || (column.role === 'helper' && options.level >= 2);
}
