import { inferDateOrder, readDate, readNumber, readReferenceDate, type Cell } from '../core/cells';
import { latestDay } from '../core/days';
import { btydText, type BtydTextKey } from '../core/i18n/btydTexts';
import { parseTimeUnit, summariseRepeatPurchases, type TimeUnit } from '../core/repeatPurchases';
import {
  columnOf,
  commonLength,
  filledRows,
  isOmitted,
  oneValue,
  optionalSetting,
  readArgument,
  readCells,
  runCustomFunction,
} from './args';

const COLUMNS: readonly BtydTextKey[] = [
  'headerClient',
  'headerFrequency',
  'headerRecency',
  'headerAge',
  'headerMeanRepeatSpend',
];

/**
 * From a sales log, per client: x (distinct purchase days − 1), t_x, T and the mean repeat spend, for the BG/NBD and
 * Gamma-Gamma functions. Sales after as_of and returns are left out.
 *
 * @param {string} client_ids Client of each sale.
 * @param {Date} dates Date of each sale.
 * @param {number} amounts Amount of each sale.
 * @param {Date} as_of Optional. End of the observation (default: the latest sale date).
 * @param {string} unit Optional. "weeks" (default), "days" or "months".
 * @return A header row, then one row per client.
 * @customfunction
 */
export function BTYD_TABLE(
  client_ids: unknown,
  dates: unknown,
  amounts: unknown,
  as_of?: unknown,
  unit?: unknown,
): unknown[][] {
  return runCustomFunction('BTYD_TABLE', (context) => {
    const columns = {
      client_ids: readArgument('client_ids', () => columnOf(client_ids)),
      dates: readArgument('dates', () => columnOf(dates)),
      amounts: readArgument('amounts', () => columnOf(amounts)),
    };
    const timeUnit: TimeUnit = optionalSetting('unit', unit, 'weeks', (value) => parseTimeUnit(String(value)));
    const length = commonLength(columns);
    const rows = filledRows(columns, length);
    const idCells = rows.map((row) => columns.client_ids.cells[columns.client_ids.scalar ? 0 : row]);
    const order = inferDateOrder(
      rows.map((row) => columns.dates.cells[columns.dates.scalar ? 0 : row]),
      context.dateOrder,
    );
    const days = readCells('dates', columns.dates, rows, (cell) => readDate(cell, context.dayOf, order));
    const values = readCells('amounts', columns.amounts, rows, (cell) => readNumber(cell, context.decimalComma));
    const reference = isOmitted(as_of)
      ? latestDay(days)
      : readArgument('as_of', () => readReferenceDate(oneValue(as_of) as Cell, context.dayOf, order));
    const lines = readArgument('dates', () =>
      summariseRepeatPurchases(idCells.map(String), days, values, reference, timeUnit),
    );
    const header = COLUMNS.map((key) => btydText(context.lang, key));
    const body = lines.map((line) => [idCells[line.firstRow], line.x, line.tx, line.T, line.meanRepeatSpend]);
    return [header, ...body];
  });
}
