/**
 * Reading arrays by index where the index is known to be in range (parallel
 * arrays of one length, positions computed from the length), checked rather
 * than assumed.
 */

/**
 * The item at `index` of `items`. Throws a `RangeError` (a programming error,
 * never a user's) when there is none: callers pass indexes they know to be
 * in range, such as positions in a parallel array of the same length.
 */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item at index ${index} of ${items.length}`);
  return item;
}
