import { abcClasses, checkAbcShares } from '../core/abc';
import { readNumber } from '../core/cells';
import { DEFAULT_A_SHARE, DEFAULT_B_SHARE } from '../core/choices';
import { readShare } from '../core/settingCells';
import { columnOf, filledRows, isOmitted, readArgument, readCells, runCustomFunction, shapeResult, spread } from './args';

/**
 * ABC class of each client by amount: A = the top clients making the first a_share of revenue (the largest client is
 * always A), B = the next ones up to b_share, C = the rest. Equal amounts get the same class; amounts of 0 or less are C.
 *
 * @param {number} amounts Amount of each client (one row per client).
 * @param {number} a_share Optional. Cumulative share of revenue closing class A, 0 to 1 (default 0.8).
 * @param {number} b_share Optional. Cumulative share of revenue closing class B, 0 to 1 (default 0.95).
 * @return "A", "B" or "C" per row; blank rows stay blank.
 * @customfunction
 */
export function ABC_CLASS(amounts: unknown, a_share?: unknown, b_share?: unknown): unknown {
  return runCustomFunction('ABC_CLASS', (context) => {
    const column = readArgument('amounts', () => columnOf(amounts));
    const rows = filledRows({ amounts: column }, column.cells.length);
    const values = readCells('amounts', column, rows, (cell) => readNumber(cell, context.decimalComma));
    const share = (name: string, arg: unknown, fallback: number) =>
      readArgument(name, () => (isOmitted(arg) ? fallback : readShare(arg, context.decimalComma)));
    const aShare = share('a_share', a_share, DEFAULT_A_SHARE);
    const bShare = share('b_share', b_share, DEFAULT_B_SHARE);
    readArgument('b_share', () => checkAbcShares(aShare, bShare));
    const classes = readArgument('amounts', () => abcClasses(values, aShare, bShare));
    return shapeResult(spread(classes, rows, column.cells.length), column.scalar);
  });
}
