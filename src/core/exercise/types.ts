/**
 * Types of the exercise generator: the options a teacher picks, the clients
 * of an exercise, the columns of its answer sheet and the exercise itself.
 */
import type { AbcRule } from '../abc';
import type { Lang } from '../types';

export type { AbcRule } from '../abc';

/** Topics that can be generated. */
export type TopicId = 'rfm-grid' | 'rfm-points' | 'pareto-abc' | 'client-value';

/** Level 1: helper columns filled; 2: only the data; 3: the student also chooses thresholds and comments. */
export type ExerciseLevel = 1 | 2 | 3;

/** What the teacher picks. Same options + same generator version ⇒ same exercise. */
export interface ExerciseOptions {
  topic: TopicId;
  /** Number of clients, 5–30. */
  clients: number;
  level: ExerciseLevel;
  /** Integer 0 … 2³¹ − 1. */
  seed: number;
  lang: Lang;
  /** Reference date as a day number (days since 1970-01-01). */
  asOfDay: number;
  abcRule: AbcRule;
  /** Decimals of money and of percentages (in percentage points), 0–4. */
  rounding: number;
}

/** One client of an exercise; the fields a topic does not use stay undefined. */
export interface ExerciseClient {
  name: string;
  /** Day number of the last purchase (before the reference date). */
  lastPurchaseDay?: number;
  purchases?: number;
  /** Amount spent over the period (currency units). */
  amount?: number;
  averageBasket?: number;
  purchasesPerYear?: number;
  years?: number;
  /** 0–1 */
  marginRate?: number;
}

/**
 * How an answer is compared: whole numbers exactly, money ± 0.01, percentages
 * (fractions, 0.4204 = 42.04 %) ± 0.1 point, labels ignoring case and accents.
 */
export type AnswerKind = 'integer' | 'money' | 'percent' | 'label';

/** A column of the answer sheet (and of the Work sheet). */
export interface AnswerColumn {
  /** Stable identifier, e.g. `days`, `r`, `segment`. */
  id: string;
  /** Localised header (the English headers are the contract of the answer sheet). */
  header: string;
  /** `client`: the name; `data`: copied from the data; `helper`: given at level 1, asked from level 2; `answer`: always asked. */
  role: 'client' | 'data' | 'helper' | 'answer';
  kind: AnswerKind | 'text' | 'number';
  /** Drop-down choices of a label column. */
  choices?: string[];
  /** Number format of the column's cells (Sheets / Excel syntax). */
  format: string;
}

/** A key cell: a number, a label, or the client's name. */
export type KeyValue = number | string;

/** A threshold the student chooses at level 3 (reference value used by the key). */
export interface ThresholdInput {
  id: string;
  label: string;
  reference: number;
  kind: 'integer' | 'money' | 'percent';
}

/** A numbered task of the statement. */
export interface ExerciseTask {
  number: number;
  text: string;
  /** Points out of 20 (0 for comments marked by the teacher). */
  points: number;
  /** Answer columns marked by this task, or `thresholds`, or `comment`. */
  marks: string[] | 'thresholds' | 'comment';
}

/** Everything a topic computes for the key from the clients and the thresholds. */
export type KeyRows = KeyValue[][];
