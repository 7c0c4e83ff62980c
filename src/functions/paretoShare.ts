import { isBlank, readNumber } from '../core/cells';
import { cumulativeRevenue, paretoShareOf } from '../core/pareto';
import { positiveTotal } from '../core/abc';
import { PortfolioError } from '../core/errors';
import { readShare } from '../core/settingCells';
import {
  columnOf,
  filledRows,
  isOmitted,
  readArgument,
  readCells,
  runCustomFunction,
  shapeResult,
  spread,
} from './args';

/**
 * Share (0 to 1) of total revenue made by the top clients (the 20/80 rule). Clients are ranked by amount, largest first;
 * between two whole numbers of clients the share is interpolated linearly. Amounts of 0 or less count as no revenue.
 *
 * @param {number} amounts Amount of each client (one row per client; blank rows are ignored).
 * @param {number} client_share Optional. Share of clients from 0 to 1 (default 0.2), or a column of shares to draw the Pareto curve.
 * @return Share of revenue made by that share of clients.
 * @customfunction
 */
export function PARETO_SHARE(amounts: unknown, client_share?: unknown): unknown {
  return runCustomFunction('PARETO_SHARE', (context) => {
    const amountColumn = readArgument('amounts', () => columnOf(amounts));
    const amountRows = filledRows({ amounts: amountColumn }, amountColumn.cells.length);
    const values = readCells('amounts', amountColumn, amountRows, (cell) => readNumber(cell, context.decimalComma));
    readArgument('amounts', () => {
      if (!(positiveTotal(values) > 0)) throw new PortfolioError('allAmountsZero');
    });
    const cumulative = cumulativeRevenue(values);
    const shareColumn = readArgument('client_share', () => columnOf(isOmitted(client_share) ? 0.2 : client_share));
    const length = shareColumn.cells.length;
    const shareRows = shareColumn.cells.map((_, row) => row).filter((row) => !isBlank(shareColumn.cells[row]));
    const shares = readCells('client_share', shareColumn, shareRows, (cell) => readShare(cell, context.decimalComma));
    const result = shares.map((share) => paretoShareOf(cumulative, share));
    return shapeResult(spread(result, shareRows, length), shareColumn.scalar);
  });
}
