import { itemAt } from '../core/arrays';
import { readNumber } from '../core/cells';
import { isPortfolioError } from '../core/errors';
import { clientValue } from '../core/clientValue';
import {
  columnOf,
  commonLength,
  filledRows,
  isOmitted,
  readArgument,
  readCells,
  runCustomFunction,
  shapeResult,
  spread,
  type Column,
} from './args';

/**
 * Client value: what a client is expected to bring over the relationship.
 * Simple: average basket × purchases per year × years × margin rate.
 * With a retention rate r and a discount rate d: Σ over the years of yearly margin × rᵗ / (1 + d)ᵗ;
 * years left blank = no horizon: yearly margin × r / (1 + d − r).
 *
 * @param {number} average_basket Average amount per purchase.
 * @param {number} purchases_per_year Number of purchases per year.
 * @param {number} years Length of the relationship in years; blank = no horizon (needs a retention rate below 1 + d).
 * @param {number} margin_rate Optional. Margin as a share of revenue, 0 to 1 (default 1: the value is revenue).
 * @param {number} retention_rate Optional. Share of clients kept each year, above 0 and at most 1.
 * @param {number} discount_rate Optional. Yearly discount rate, 0 or more (default 0).
 * @return Client value per row, in the currency of average_basket.
 * @customfunction
 */
export function CLIENT_VALUE(
  average_basket: unknown,
  purchases_per_year: unknown,
  years: unknown,
  margin_rate?: unknown,
  retention_rate?: unknown,
  discount_rate?: unknown,
): unknown {
  return runCustomFunction('CLIENT_VALUE', (context) => {
    const required = {
      average_basket: readArgument('average_basket', () => columnOf(average_basket)),
      purchases_per_year: readArgument('purchases_per_year', () => columnOf(purchases_per_year)),
    };
    const optional = {
      years: readArgument('years', () => columnOf(years)),
      margin_rate: readArgument('margin_rate', () => columnOf(margin_rate)),
      retention_rate: readArgument('retention_rate', () => columnOf(retention_rate)),
      discount_rate: readArgument('discount_rate', () => columnOf(discount_rate)),
    };
    const length = commonLength({ ...required, ...optional });
    const rows = filledRows(required, length, optional);
    const number = (cell: unknown) => readNumber(cell, context.decimalComma);
    const optionalNumbers = (name: string, column: Column) =>
      readCells(name, column, rows, (cell) => (isOmitted(cell) ? undefined : number(cell)));
    const baskets = readCells('average_basket', required.average_basket, rows, number);
    const frequencies = readCells('purchases_per_year', required.purchases_per_year, rows, number);
    const horizons = optionalNumbers('years', optional.years);
    const margins = optionalNumbers('margin_rate', optional.margin_rate);
    const retentions = optionalNumbers('retention_rate', optional.retention_rate);
    const discounts = optionalNumbers('discount_rate', optional.discount_rate);
    const scalar = [...Object.values(required), ...Object.values(optional)].every((column) => column.scalar);
    const values = rows.map((row, i) => {
      try {
        return clientValue({
          averageBasket: itemAt(baskets, i),
          purchasesPerYear: itemAt(frequencies, i),
          years: horizons[i] ?? null,
          marginRate: margins[i],
          retentionRate: retentions[i],
          discountRate: discounts[i],
        });
      } catch (error) {
        if (!isPortfolioError(error)) throw error;
        const argument = ARGUMENT_OF_FIELD[String(error.params.field)] ?? 'years';
        return readArgument(argument, () => {
          throw scalar ? error : error.at(row);
        });
      }
    });
    return shapeResult(spread(values, rows, length), scalar);
  });
}

/** Argument name of each input of the core's `clientValue`. */
const ARGUMENT_OF_FIELD: Record<string, string> = {
  averageBasket: 'average_basket',
  purchasesPerYear: 'purchases_per_year',
  years: 'years',
  marginRate: 'margin_rate',
  retentionRate: 'retention_rate',
  discountRate: 'discount_rate',
};
