/**
 * Reading the settings that formula users type as arguments (text or cells):
 * scoring method, number of classes or a grid, shares.
 */
import { isBlank, readNumber, type Cell } from './cells';
import { SCORE_METHODS } from './choices';
import { PortfolioError } from './errors';
import { checkBins, checkGrid } from './rfm';
import type { Binning, Grid, ScoreMethod } from './types';

/** The scoring method named by `value` (case and spaces ignored). Throws `unknownMethod`. */
export function parseMethod(value: string): ScoreMethod {
  const method = value.trim().toLowerCase();
  if ((SCORE_METHODS as readonly string[]).includes(method)) return method as ScoreMethod;
  throw new PortfolioError('unknownMethod', { value: `"${value}"` });
}

/** A number of classes, 2–9. Throws `binsOutOfRange`. */
export function readBins(cell: Cell, decimalComma: boolean): Binning {
  const n = readNumber(cell, decimalComma);
  checkBins(n);
  return { kind: 'bins', n };
}

/**
 * A teacher's grid from a range of 3 rows (R, F, M), each holding the
 * ascending lower bounds of classes 2..n; trailing blank cells are ignored,
 * so each axis may have its own number of classes.
 * A blank cell before the last bound of a row throws `gridBlank` (naming the row and the cell's position).
 * Throws `gridShape`, `gridNotNumber` or `gridNotAscending`.
 */
export function readGrid(rows: readonly (readonly Cell[])[], decimalComma: boolean): Grid {
  const [rRow, fRow, mRow] = rows;
  if (rows.length !== 3 || rRow === undefined || fRow === undefined || mRow === undefined)
    throw new PortfolioError('gridShape');
  const bounds = (axis: 'R' | 'F' | 'M', row: readonly Cell[]): number[] => {
    const cells = [...row];
    while (cells.length > 0 && isBlank(cells[cells.length - 1])) cells.pop();
    return cells.map((cell, position) => {
      if (isBlank(cell)) throw new PortfolioError('gridBlank', { axis, position: position + 1 });
      try {
        return readNumber(cell, decimalComma);
      } catch {
        throw new PortfolioError('gridNotNumber', { axis, value: String(cell) });
      }
    });
  };
  const grid = { r: bounds('R', rRow), f: bounds('F', fRow), m: bounds('M', mRow) };
  checkGrid(grid);
  return grid;
}

/** A share between 0 and 1 (`0.2`, `"20 %"`). Throws `shareOutOfRange`. */
export function readShare(cell: Cell, decimalComma: boolean): number {
  const share = readNumber(cell, decimalComma);
  if (!(share >= 0 && share <= 1)) throw new PortfolioError('shareOutOfRange', { value: share });
  return share;
}
