import { itemAt } from '../core/arrays';
import { inferDateOrder, readDate, readNumber, readReferenceDate } from '../core/cells';
import { DEFAULT_A_SHARE, DEFAULT_B_SHARE } from '../core/choices';
import { aggregateSales, splitReturnOnly } from '../core/aggregate';
import { latestDay } from '../core/days';
import { tableHeader, type TableHeaderKey } from '../core/i18n/tableHeaders';
import { scorePortfolio } from '../core/portfolio';
import { recencyDays } from '../core/recency';
import { DEFAULT_SCHEME, defaultRules, othersName, parseScheme } from '../core/segments';
import type { SchemeId } from '../core/types';
import {
  columnOf, commonLength, filledRows, isOmitted, isRange, readArgument, readCells, runCustomFunction, spread,
} from './args';
import { readBinning, readMethod } from './rfmScore';

const COLUMNS: readonly TableHeaderKey[] = [
  'client', 'lastPurchase', 'daysSince', 'purchases', 'amount', 'r', 'f', 'm', 'code', 'segment', 'abc',
];

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
 * @param {number} bins Optional. Number of classes from 2 to 10 (default 5), or a 3-row grid (R, F, M).
 * @param {string} method Optional. "quantile" (default), "rfm" or "ntile".
 * @param {string} scheme Optional. Segment scheme: "classic" (default), "rfm" or "fr-ladder".
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
    const columns = {
      client_ids: readArgument('client_ids', () => columnOf(client_ids)),
      dates: readArgument('dates', () => columnOf(dates)),
      amounts: readArgument('amounts', () => columnOf(amounts)),
    };
    const length = commonLength(columns);
    const rows = filledRows(columns, length);
    const idCells = rows.map((row) => columns.client_ids.cells[columns.client_ids.scalar ? 0 : row]);
    const order = inferDateOrder(rows.map((row) => columns.dates.cells[row]), context.dateOrder);
    const days = readCells('dates', columns.dates, rows, (cell) => readDate(cell, context.dayOf, order));
    const values = readCells('amounts', columns.amounts, rows, (cell) => readNumber(cell, context.decimalComma));
    const reference = isOmitted(as_of)
      ? latestDay(days)
      : readArgument('as_of', () => readReferenceDate(isRange(as_of) ? as_of[0]?.[0] : as_of, context.dayOf, order));
    const dayColumn = { cells: spread(days, rows, length), scalar: columns.dates.scalar };
    readCells('dates', dayColumn, rows, (day) => recencyDays(day as number, reference));
    const totals = splitReturnOnly(aggregateSales(idCells.map(String), days, values, 'net')).buyers;
    const schemeId: SchemeId = readArgument('scheme', () => (isOmitted(scheme) ? DEFAULT_SCHEME : parseScheme(String(scheme))));
    const figures = totals.map((line) => ({
      recencyDays: reference - line.lastDay,
      purchases: line.purchases,
      amount: line.amount,
    }));
    const scored = readArgument('amounts', () =>
      scorePortfolio(figures, {
        binning: readBinning(bins, context),
        method: readMethod(method),
        rules: defaultRules(schemeId, context.lang),
        others: othersName(schemeId, context.lang),
        aShare: DEFAULT_A_SHARE,
        bShare: DEFAULT_B_SHARE,
      }),
    );
    const header = COLUMNS.map((key) => tableHeader(key, context.lang));
    const body = totals.map((line, i) => {
      const client = itemAt(scored.clients, i);
      return [
        idCells[line.firstRow],
        context.dateOfDay(line.lastDay),
        itemAt(figures, i).recencyDays,
        line.purchases,
        line.amount,
        client.scores.r,
        client.scores.f,
        client.scores.m,
        client.code,
        client.segment,
        client.abc,
      ];
    });
    return [header, ...body];
  });
}
