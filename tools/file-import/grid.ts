/**
 * Shapes a grid of cells like `getDataRange().getValues()`: from A1 to the
 * last row and the last column holding content, every row the same length.
 */
import type { ImportedCell } from './types';

/**
 * Drops trailing blank rows and columns (a blank cell is `''`), keeps leading
 * ones, and pads short rows with `''`. Rows may be missing (holes in a sparse
 * array count as blank rows). All blank → `[]`.
 */
export function toDataRange(rows: ReadonlyArray<ReadonlyArray<ImportedCell> | undefined>): ImportedCell[][] {
  let height = 0;
  let width = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      if (row[c] !== '') {
        height = r + 1;
        width = Math.max(width, c + 1);
      }
    }
  }
  const values: ImportedCell[][] = [];
  for (let r = 0; r < height; r += 1) {
    const row = rows[r] ?? [];
    values.push(Array.from({ length: width }, (_, c) => row[c] ?? ''));
  }
  return values;
}
