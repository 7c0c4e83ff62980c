import { referenceDay, type Cell } from '../core/cells';
import { PortfolioError } from '../core/errors';
import type { MessageKey } from '../core/i18n/messages';
import { tableHeader, type TableHeaderKey } from '../core/i18n/tableHeaders';
import { scorePortfolio } from '../core/portfolio';
import {
  clientsFromSaleCells,
  logDateOrders,
  recencyDaysOf,
  type CellColumn,
  type SaleColumns,
  type SaleRole,
  type SkippedSale,
} from '../core/salesLog';
import { DEFAULT_A_SHARE, DEFAULT_B_SHARE } from '../core/choices';
import { DEFAULT_SCHEME, defaultRules, othersName, parseSchemeChoice } from '../core/segments';
import type { RfmScores, SchemeId } from '../core/types';
import {
  columnOf,
  commonLength,
  isOmitted,
  isRange,
  oneValue,
  optionalSetting,
  readArgument,
  runCustomFunction,
} from './args';
import { readBinning, readMethod } from './rfmScore';

const COLUMNS: readonly TableHeaderKey[] = [
  'client',
  'lastPurchase',
  'daysSince',
  'purchases',
  'amount',
  'r',
  'f',
  'm',
  'code',
  'segment',
  'abc',
];

/** The argument behind each column of the sales log. */
const ARGUMENT_OF: Record<SaleRole, string> = { client: 'client_ids', date: 'dates', amount: 'amounts' };

/** The custom-function wording of a row left out by the core: a blank cell is a missing value, a late sale a late date. */
const ERROR_KEY: Partial<Record<MessageKey, MessageKey>> = {
  missingClient: 'missingValue',
  missingCell: 'missingValue',
  saleAfterAsOf: 'dateAfterAsOf',
};

/** A column argument of the log: its rows (or single value) and how to read it as a column of `length` rows. */
interface LogArgument {
  scalar: boolean;
  cells: { length: number };
  column(length: number): CellColumn;
}

/**
 * A column argument of the log, read where it lies when it is a one-column range (no copy of a million rows);
 * a one-row range or a single value (broadcast over the rows) as rows of one cell.
 */
function logArgument(name: string, arg: unknown): LogArgument {
  if (isRange(arg) && arg.length > 1 && arg[0]?.length === 1) {
    return { scalar: false, cells: arg, column: () => ({ rows: arg, column: 0 }) };
  }
  const { cells, scalar } = readArgument(name, () => columnOf(arg));
  return {
    scalar,
    cells,
    column(length) {
      const rows: Array<readonly unknown[]> = new Array(length);
      for (let row = 0; row < length; row += 1) rows[row] = [scalar ? cells[0] : cells[row]];
      return { rows, column: 0 };
    },
  };
}

/** The error of the first row the core could not read (a client left out for having only returns is no error). */
function firstUnreadRow(skipped: readonly SkippedSale[]): void {
  const bad = skipped.find((sale) => sale.key !== 'onlyReturns');
  if (!bad) return;
  const key = ERROR_KEY[bad.key] ?? bad.key;
  readArgument(ARGUMENT_OF[bad.role], () => {
    throw new PortfolioError(key, key === 'missingValue' ? {} : bad.params, bad.index);
  });
}

/**
 * From a sales log (one row per sale), one row per client in order of first appearance: client, last purchase,
 * days since, purchases, amount, R, F, M, RFM code, segment, ABC class — under a header row.
 * Purchases = sale rows with an amount of 0 or more; negative amounts (returns) are netted in the amount; a client
 * with only returns has no purchase to score and is left out.
 *
 * @param {string} client_ids Client of each sale.
 * @param {Date} dates Date of each sale.
 * @param {number} amounts Amount of each sale (negative for a return).
 * @param {Date} as_of Optional. Reference date (default: the latest sale date).
 * @param {number} bins Optional. Number of classes from 2 to 9 (default 5), or a 3-row grid (R, F, M).
 * @param {string} method Optional. "quantile" (default), "rfm" or "ntile".
 * @param {string} scheme Optional. Segment scheme: "classic" (default), "rfm", "fr-ladder", or "rfm-en" (the R package's English names).
 * @return A header row, then one row per client.
 * @customfunction
 */
export function RFM_TABLE(
  client_ids: unknown,
  dates: unknown,
  amounts: unknown,
  as_of?: unknown,
  bins?: unknown,
  method?: unknown,
  scheme?: unknown,
): unknown[][] {
  return runCustomFunction('RFM_TABLE', (context) => {
    const args = {
      client_ids: logArgument('client_ids', client_ids),
      dates: logArgument('dates', dates),
      amounts: logArgument('amounts', amounts),
    };
    const length = commonLength(args);
    const columns: SaleColumns = {
      client: args.client_ids.column(length),
      date: args.dates.column(length),
      amount: args.amounts.column(length),
    };
    const asOfCell = readArgument('as_of', () => oneValue(as_of)) as Cell | undefined;
    const orders = logDateOrders(asOfCell, columns.date, context.dateOrder);
    const givenAsOf = isOmitted(asOfCell)
      ? null
      : readArgument('as_of', () => referenceDay(asOfCell, NaN, context.dayOf, orders.asOf));
    const reading = {
      dayOf: context.dayOf,
      dateOrder: orders.log,
      decimalComma: context.decimalComma,
      returns: 'net' as const,
    };
    const log = readArgument('amounts', () => clientsFromSaleCells(columns, { ...reading, asOfDay: givenAsOf }));
    firstUnreadRow(log.skipped);
    if (log.names.length === 0 && log.skipped.length === 0) {
      readArgument('client_ids', () => {
        throw new PortfolioError('emptyRange');
      });
    }
    const reference = givenAsOf ?? log.latestDay;
    const recencyDays = recencyDaysOf(log, reference);
    const choice = optionalSetting('scheme', scheme, parseSchemeChoice(DEFAULT_SCHEME), (value) =>
      parseSchemeChoice(String(value)),
    );
    const schemeId: SchemeId = choice.scheme;
    const namesLang = choice.namesLang ?? context.lang;
    const scored = readArgument('amounts', () =>
      scorePortfolio(
        { recencyDays, purchases: log.purchases, amount: log.amount },
        {
          binning: readBinning(bins, context),
          method: readMethod(method),
          rules: defaultRules(schemeId, namesLang),
          others: othersName(schemeId, namesLang),
          aShare: DEFAULT_A_SHARE,
          bShare: DEFAULT_B_SHARE,
        },
      ),
    );
    const table = new Array<unknown[]>(scored.codes.length + 1);
    table[0] = COLUMNS.map((key) => tableHeader(key, context.lang));
    // One date cell per day, shared by the rows of that day (many clients, a few hundred days).
    const dateCells = new Map<number, Date>();
    const dateCell = (day: number): Date => {
      let date = dateCells.get(day);
      if (date === undefined) {
        date = context.dateOfDay(day);
        dateCells.set(day, date);
      }
      return date;
    };
    for (let i = 0; i < scored.codes.length; i += 1) {
      const scores = scored.scores[i] as RfmScores;
      table[i + 1] = [
        log.names[i],
        dateCell(log.lastDay[i] as number),
        recencyDays[i],
        log.purchases[i],
        log.amount[i],
        scores.r,
        scores.f,
        scores.m,
        scored.codes[i],
        scored.segments[i],
        scored.abc[i],
      ];
    }
    return table;
  });
}
