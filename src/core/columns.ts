/**
 * Reading whole input columns, for the custom functions: blank cells give
 * `null`, the first bad cell throws a `PortfolioError` carrying its position.
 */
import { isPortfolioError } from './errors';
import { isBlank, type Cell } from './cells';

/** `read` applied to every non-blank cell; blanks → `null`. Errors get the 0-based index of their cell. */
export function readColumn<T>(cells: readonly Cell[], read: (cell: Cell) => T): Array<T | null> {
  return cells.map((cell, index) => {
    if (isBlank(cell)) return null;
    try {
      return read(cell);
    } catch (error) {
      throw isPortfolioError(error) ? error.at(index) : error;
    }
  });
}
