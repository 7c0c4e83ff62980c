/**
 * The core job of the budget (1 000 000 rows under 1 s): a sales log → one scored line per
 * client (aggregation, RFM scores, code, segment, ABC class), and the
 * sidebar's full pipeline from raw cells for comparison.
 */
import { defaultCatalogue } from '../../src/core/actions';
import { aggregateSales } from '../../src/core/aggregate';
import { analysePortfolio, type AnalysisOptions, type PortfolioAnalysis } from '../../src/core/analysis';
import type { Cell } from '../../src/core/cells';
import { dayFromParts, isoFromDay } from '../../src/core/days';
import { scorePortfolio, type ScoredPortfolio, type ScoringSettings } from '../../src/core/portfolio';
import { defaultRules, othersName } from '../../src/core/segments';
import { emptyMapping } from '../../src/core/sourceLayout';
import type { SalesLog } from './salesLog';

/** The settings of the job: 5 quantile classes, classic segments in English, ABC 80/95. */
export const BENCH_SETTINGS: ScoringSettings = {
  binning: { kind: 'bins', n: 5 },
  method: 'quantile',
  rules: defaultRules('classic', 'en'),
  others: othersName('classic', 'en'),
  aShare: 0.8,
  bShare: 0.95,
};

/** Aggregates the log (returns netted) and scores every client; recency = asOfDay − last purchase day. */
export function runCoreJob(log: SalesLog): ScoredPortfolio {
  const totals = aggregateSales(log.clientKeys, log.days, log.amounts, 'net');
  const figures = totals.map((line) => ({
    recencyDays: log.asOfDay - line.lastDay,
    purchases: line.purchases,
    amount: line.amount,
  }));
  return scorePortfolio(figures, BENCH_SETTINGS);
}

/** Day number of a `Date` read in the calendar of the runtime's time zone (the bench has no spreadsheet). */
function dayFromLocalDate(date: Date): number {
  return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A `Date` at local midnight of a day number, as a date cell holds it. */
function localDateFromDay(day: number): Date {
  const [year = 0, month = 1, dayOfMonth = 1] = isoFromDay(day).split('-').map(Number);
  return new Date(year, month - 1, dayOfMonth);
}

/** The log as a sheet would give it: one row per sale, [client name, date (local midnight), amount]. */
export function sheetRows(log: SalesLog): Cell[][] {
  return log.days.map((day, row) => [log.clientNames[row], localDateFromDay(day), log.amounts[row]]);
}

/** Options of the sidebar pipeline for `sheetRows`: sales shape, local-calendar dates, English. */
export function pipelineOptions(asOfDay: number): AnalysisOptions {
  return {
    ...BENCH_SETTINGS,
    mapping: { ...emptyMapping(), client: 0, date: 1, amount: 2 },
    shape: 'sales',
    asOfDay,
    returns: 'net',
    reading: { dayOf: dayFromLocalDate, dateOrder: 'dmy', decimalComma: false },
    firstRow: 2,
    lang: 'en',
    catalogue: defaultCatalogue('en'),
  };
}

/** The sidebar's analysis of raw rows, cell reading included. */
export function runPipelineJob(rows: readonly (readonly Cell[])[], options: AnalysisOptions): PortfolioAnalysis {
  return analysePortfolio(rows, options);
}
