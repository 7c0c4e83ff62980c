/**
 * A sparse 2-D layer of cell properties (values, formulas, number formats,
 * one layer per style). Indexes are 0-based here; `undefined` means "unset"
 * (blank value, no formula, default format).
 */
export class Layer<T> {
  private _rows: (T | undefined)[][] = [];

  /** The entry at (row, column), 0-based. */
  get(row: number, column: number): T | undefined {
    return this._rows[row]?.[column];
  }

  /** Sets (or, with `undefined`, unsets) the entry at (row, column). */
  set(row: number, column: number, value: T | undefined): void {
    let line = this._rows[row];
    if (value === undefined) {
      if (line && column < line.length) delete line[column];
      return;
    }
    if (!line) {
      line = [];
      this._rows[row] = line;
    }
    line[column] = value;
  }

  /** Unsets every entry of a block. */
  clear(row: number, column: number, numRows: number, numColumns: number): void {
    const lastRow = Math.min(row + numRows, this._rows.length);
    for (let r = row; r < lastRow; r += 1) {
      const line = this._rows[r];
      if (!line) continue;
      const lastColumn = Math.min(column + numColumns, line.length);
      for (let c = column; c < lastColumn; c += 1) delete line[c];
    }
  }

  /** Inserts `count` empty rows before row `at`, shifting the rows below down. */
  insertRows(at: number, count: number): void {
    if (at >= this._rows.length) return;
    this._rows.splice(at, 0, ...new Array<(T | undefined)[]>(count));
  }

  /** Removes `count` rows from row `at`, shifting the rows below up. */
  deleteRows(at: number, count: number): void {
    this._rows.splice(at, count);
  }

  /** Inserts `count` empty columns before column `at` in every row. */
  insertColumns(at: number, count: number): void {
    for (const line of this._rows) {
      if (line && at < line.length) line.splice(at, 0, ...new Array<T | undefined>(count));
    }
  }

  /** Number of rows up to the last one holding an entry (0 when empty). */
  usedRows(): number {
    for (let r = this._rows.length - 1; r >= 0; r -= 1) {
      const line = this._rows[r];
      if (line && line.some((entry) => entry !== undefined)) return r + 1;
    }
    return 0;
  }

  /** Number of columns up to the last one holding an entry in any row (0 when empty). */
  usedColumns(): number {
    let used = 0;
    for (const line of this._rows) {
      if (!line) continue;
      for (let c = line.length - 1; c >= used; c -= 1) {
        if (line[c] !== undefined) {
          used = c + 1;
          break;
        }
      }
    }
    return used;
  }

  /** Unsets everything. */
  reset(): void {
    this._rows = [];
  }
}
