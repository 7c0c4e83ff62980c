/**
 * Shared domain types of Client Portfolio. Pure data, no behaviour.
 *
 * Dates inside the core are *day numbers*: whole calendar days since
 * 1970-01-01 (day 0), in the spreadsheet's calendar. Adapters turn the
 * `Date` objects of Apps Script into day numbers; the core never sees a
 * time of day or a time zone.
 */

/** Language of every user-visible text: French for `fr*` locales, English otherwise. */
export type Lang = 'fr' | 'en';

/** How RFM breakpoints are computed: quantile (PERCENTILE.INC), the R package rfm's convention, or equal-size groups (NTILE). */
export type ScoreMethod = 'quantile' | 'rfm' | 'ntile';

/** Shipped segment schemes (rules in src/core/segments.ts). */
export type SchemeId = 'classic' | 'rfm' | 'fr-ladder';

/**
 * A teacher's barème: for each of R, F, M the n − 1 ascending lower bounds of
 * classes 2..n (R in days, F in purchases, M in currency units).
 */
export interface Grid {
  r: number[];
  f: number[];
  m: number[];
}

/** Either a number of classes (2–9) or a grid. */
export type Binning = { kind: 'bins'; n: number } | { kind: 'grid'; grid: Grid };

/** R, F and M scores of one client, each in 1..n. */
export interface RfmScores {
  r: number;
  f: number;
  m: number;
}

/** Breakpoints actually used, for display ("thresholds used"). */
export interface Thresholds {
  r: number[];
  f: number[];
  m: number[];
}

/** ABC class of a client. */
export type AbcClass = 'A' | 'B' | 'C';

/** What to do with negative amounts (returns) of a sales log. */
export type ReturnsPolicy = 'net' | 'ignore';

/** The three axes of a score: recency, frequency, monetary. */
export type Axis = 'r' | 'f' | 'm';
