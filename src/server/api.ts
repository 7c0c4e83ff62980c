/**
 * The contract between the sidebar and its server side (`google.script.run`).
 * Types only: every value is JSON-safe (no `Date`: dates travel as ISO
 * `yyyy-mm-dd` strings), because `google.script.run` cannot carry `Date`s.
 */
import type { AnalysisSettings } from '../core/analysisSettings';
import type { AbcClass, Lang } from '../core/types';

export type { ColumnRole, ColumnMapping, SourceShape } from '../core/sourceLayout';
export type { AnalysisSettings } from '../core/analysisSettings';

/** What the sidebar needs to show step 1 (source) and pre-fill step 2. */
export interface SourceInfo {
  lang: Lang;
  sheetName: string;
  /** 1-based row of the header in the sheet. */
  headerRow: number;
  /** Header texts, one per column of the table. */
  headers: string[];
  /** First data rows as display text (at most 5). */
  preview: string[][];
  /** Number of data rows below the header (blank rows included). */
  dataRows: number;
  /** Notes on the detected shape (client names on several rows, a shape that could be either), localised. */
  notes: string[];
  /** Detected settings; the user may change any of them. */
  defaults: AnalysisSettings;
  /**
   * Set when the last date of the detected date column is more than 90 days before today: that date
   * (ISO `yyyy-mm-dd`) and how many days before today it is, for the settings step to offer it.
   */
  referenceAdvice: { lastDate: string; daysBefore: number } | null;
}

/** One line of a per-group summary table. */
export interface GroupSummary {
  /** Localised segment name, or "A" / "B" / "C". */
  name: string;
  clients: number;
  /** 0–1 */
  clientShare: number;
  revenue: number;
  /** 0–1 */
  revenueShare: number;
  /** Revenue / purchases. */
  averageBasket: number;
}

/** A source row left out of the analysis. */
export interface SkippedRow {
  /** 1-based sheet row number. */
  row: number;
  /** Localised reason. */
  reason: string;
}

/** What `runAnalysis` returns to the sidebar. */
export interface AnalysisResult {
  lang: Lang;
  clients: number;
  revenue: number;
  segments: GroupSummary[];
  abc: Array<GroupSummary & { name: AbcClass }>;
  /** "x % of clients make y % of revenue": share of clients of class A and their revenue share. */
  pareto: { clientShare: number; revenueShare: number };
  /** Breakpoints or grid used, per axis. */
  thresholds: { r: number[]; f: number[]; m: number[] };
  skipped: SkippedRow[];
  /** Localised names of the sheets written (`scale`: the points-scale sheet, with the Points scale method only). */
  sheets: {
    clients: string;
    actions: string;
    summary: string;
    rules: string;
    catalogue: string;
    history: string;
    movements: string;
    scale?: string;
  };
  /** Localised notes (e.g. "text dates read as day/month/year"). */
  notes: string[];
}

/** What the Exercise panel sends to create an exercise: the options as typed (see `exerciseOptions`). */
export interface ExerciseRequest {
  topic: string;
  clients: number;
  level: number;
  seed: number;
  /** `fr` or `en`; blank: the spreadsheet's language. */
  lang: string;
  /** `yyyy-mm-dd` */
  asOf: string;
  abcRule: string;
  rounding: number;
}

/** Defaults of the Exercise panel. */
export interface ExerciseDefaults {
  lang: Lang;
  /** Today in the spreadsheet's time zone, `yyyy-mm-dd`. */
  asOf: string;
  /** A random seed, shown and editable. */
  seed: number;
}

/** What `createExerciseSheets` returns. */
export interface ExerciseCreated {
  lang: Lang;
  topic: string;
  seed: number;
  /** Localised names of the visible sheets written. */
  sheets: string[];
}

/** What `checkMyAnswers` returns. */
export interface ExerciseCheck {
  lang: Lang;
  /** Out of 20. */
  mark: number;
  /** Name of the Result sheet. */
  sheet: string;
  message: string;
}

/** What `prepareStudentVersion` returns. */
export interface StudentVersion {
  lang: Lang;
  deleted: boolean;
  message: string;
}
