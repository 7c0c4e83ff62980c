/**
 * Reader for the cells of a client's number of purchases. (An amount is any
 * number, returns being negative: `readNumber`.)
 */
import { readNumber, type Cell } from './cells';
import { isWholeNumber } from './builtins';
import { PortfolioError } from './errors';

/** A number of purchases: a whole number ≥ 0. Throws `negativeCount` or `notWholeCount`. */
export function readPurchaseCount(cell: Cell, decimalComma: boolean): number {
  const count = readNumber(cell, decimalComma);
  if (count < 0) throw new PortfolioError('negativeCount', { value: count });
  if (!isWholeNumber(count)) throw new PortfolioError('notWholeCount', { value: count });
  return count;
}
