/**
 * The core job of the budget: a sales log's cells → one scored line per
 * client (cell reading and aggregation by the core's one pipeline, RFM
 * scores, code, segment, ABC class), and the sidebar's full pipeline from
 * raw cells for comparison.
 */
import { defaultCatalogue } from '../../src/core/actions';
import { analysePortfolio, type AnalysisOptions, type PortfolioAnalysis } from '../../src/core/analysis';
import type { Cell } from '../../src/core/cells';
import { dayFromLocalDate, localDateFromDay } from '../localCalendar';
import { defaultScoring, scorePortfolio, type ScoredPortfolio, type ScoringSettings } from '../../src/core/portfolio';
import { clientsFromSaleCells, recencyDaysOf, type SaleColumns, type SalesLogClients } from '../../src/core/salesLog';
import { emptyMapping } from '../../src/core/sourceLayout';
import type { SalesLog } from './salesLog';

/** The settings of the job: the add-on's defaults (5 quantile classes, classic segments in English, ABC 80/95). */
export const BENCH_SETTINGS: ScoringSettings = defaultScoring('en');

/** The log as a sheet would give it: one row per sale, [client name, date (local midnight), amount]. */
export function sheetRows(log: SalesLog): Cell[][] {
  return log.days.map((day, row) => [log.clientNames[row], localDateFromDay(day), log.amounts[row]]);
}

/** The columns of `sheetRows`. */
function saleColumns(rows: readonly (readonly Cell[])[]): SaleColumns {
  return { client: { rows, column: 0 }, date: { rows, column: 1 }, amount: { rows, column: 2 } };
}

/** The clients of the log, by the core's pipeline from cells (returns netted, no reference-date limit). */
export function clientTotals(log: SalesLog): SalesLogClients {
  return clientsFromSaleCells(saleColumns(sheetRows(log)), {
    dayOf: dayFromLocalDate,
    dateOrder: 'dmy',
    decimalComma: false,
    returns: 'net',
    asOfDay: null,
  });
}

/**
 * The core job from cells: `clientsFromSaleCells` on the sheet rows (reading
 * names, Date cells and amounts) then `scorePortfolio`; recency = asOfDay − last purchase day.
 */
export function runCoreJob(rows: readonly (readonly Cell[])[], asOfDay: number): ScoredPortfolio {
  const log = clientsFromSaleCells(saleColumns(rows), {
    dayOf: dayFromLocalDate,
    dateOrder: 'dmy',
    decimalComma: false,
    returns: 'net',
    asOfDay,
  });
  const recencyDays = recencyDaysOf(log, asOfDay);
  return scorePortfolio({ recencyDays, purchases: log.purchases, amount: log.amount }, BENCH_SETTINGS);
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
