/**
 * Indexing that states its assumption: `at(items, i)` is `items[i]` when `i`
 * is in range, and throws otherwise (a bug in the caller, not bad input).
 * For tools and tests, where an index comes from a loop bound or a fixture.
 */

/** `items[index]`; throws when `index` is not an index of `items`. */
export function at<T>(items: ArrayLike<T>, index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`index ${index} out of range 0..${items.length - 1}`);
  }
  return items[index] as T;
}

/** `grid[row][column]`; throws when either index is out of range. */
export function cellAt<T>(grid: ArrayLike<ArrayLike<T>>, row: number, column: number): T {
  return at(at(grid, row), column);
}

/** `value`, which the caller knows is there (a fixture's key, a match's group); throws naming `what` otherwise. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}
