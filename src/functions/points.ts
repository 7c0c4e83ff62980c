import { parseScale, pointsOf, type PointsScale } from '../core/points';
import type { Cell } from '../core/cells';
import type { SheetContext } from '../platform/sheetContext';
import { columnOf, filledRows, isRange, readArgument, readCells, runCustomFunction, shapeResult, spread } from './args';

/**
 * Points of each value on a scale (barème): the entry of the last lower bound ≤ value, or of the value's label.
 *
 * @param {number} values Values to score (days, purchases, amounts, totals, or text labels such as product types), one per row.
 * @param {number} scale Two columns: ascending lower bounds (inclusive) or text labels ("*" matches any other), then the points or any value (e.g. a class name).
 * @return The second-column entry for each value; blank rows stay blank.
 * @customfunction
 */
export function POINTS(values: unknown, scale: unknown): unknown {
  return runCustomFunction('POINTS', (context) => {
    const column = readArgument('values', () => columnOf(values));
    const parsed = readScale('scale', scale, context);
    const rows = filledRows({ values: column }, column.cells.length);
    const results = readCells('values', column, rows, (cell) => pointsOf(cell, parsed, context.decimalComma));
    return shapeResult(spread(results, rows, column.cells.length), column.scalar);
  });
}

/** A scale argument: a range of two columns; errors name the argument and the scale row. */
export function readScale(name: string, arg: unknown, context: SheetContext): PointsScale {
  return readArgument(name, () => parseScale(isRange(arg) ? arg : [[arg as Cell]], context.decimalComma));
}
