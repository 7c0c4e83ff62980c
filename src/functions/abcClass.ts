import { ABC_DEFAULT_SHARES, abcClasses, checkAbcShares, DEFAULT_ABC_RULE, parseAbcRule } from '../core/abc';
import { readNumber } from '../core/cells';
import { readShare } from '../core/settingCells';
import {
  columnOf,
  filledRows,
  optionalSetting,
  readArgument,
  readCells,
  runCustomFunction,
  shapeResult,
  spread,
} from './args';

/**
 * ABC class of each client by amount. Rule "reach" (default): A = the top clients making the first a_share of revenue
 * (the largest client is always A), B = the next ones up to b_share, C = the rest. Rule "within": A = the clients whose
 * cumulative share, themselves included, stays within a_share. Rule "clients": shares of the number of clients
 * (default 20 % A, 30 % B, 50 % C). Equal amounts get the same, better class; amounts of 0 or less are C.
 *
 * @param {number} amounts Amount of each client (one row per client).
 * @param {number} a_share Optional. Share closing class A, 0 to 1 (default 0.8 of revenue; 0.2 of clients with rule "clients").
 * @param {number} b_share Optional. Share closing class B, 0 to 1 (default 0.95 of revenue; 0.5 of clients with rule "clients").
 * @param {string} rule Optional. "reach" (default), "within" or "clients".
 * @return "A", "B" or "C" per row; blank rows stay blank.
 * @customfunction
 */
export function ABC_CLASS(amounts: unknown, a_share?: unknown, b_share?: unknown, rule?: unknown): unknown {
  return runCustomFunction('ABC_CLASS', (context) => {
    const column = readArgument('amounts', () => columnOf(amounts));
    const abcRule = optionalSetting('rule', rule, DEFAULT_ABC_RULE, (value) => parseAbcRule(String(value)));
    const rows = filledRows({ amounts: column }, column.cells.length);
    const values = readCells('amounts', column, rows, (cell) => readNumber(cell, context.decimalComma));
    const share = (name: string, arg: unknown, fallback: number) =>
      optionalSetting(name, arg, fallback, (value) => readShare(value, context.decimalComma));
    const aShare = share('a_share', a_share, ABC_DEFAULT_SHARES[abcRule].a);
    const bShare = share('b_share', b_share, ABC_DEFAULT_SHARES[abcRule].b);
    readArgument('b_share', () => checkAbcShares(aShare, bShare));
    const classes = readArgument('amounts', () => abcClasses(values, aShare, bShare, abcRule));
    return shapeResult(spread(classes, rows, column.cells.length), column.scalar);
  });
}
