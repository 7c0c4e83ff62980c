/**
 * Deep, plain-data copy of everything a sheet holds, so tests can assert "the
 * user's sheet is identical before and after a run" with `toEqual`.
 *
 * Matrices cover the used area of every layer together (values, formulas,
 * formats, styles): a format written past the last value still shows.
 */
import { formatA1 } from './a1.ts';
import type { CellValue } from './cellValue.ts';
import { describeChart, type ChartDescription } from './charts.ts';
import type { ConditionalFormatDescription } from './conditionalFormats.ts';
import type { Layer } from './grid.ts';
import type { ColumnWidth, SheetModel } from './sheet.ts';
import type { StyleValue } from './styles.ts';

export interface SheetSnapshot {
  name: string;
  /** 1-based position. */
  index: number;
  sheetId: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Values as stored: `''` blank, `Date` copies; formula cells hold `''`. */
  values: CellValue[][];
  /** Formulas, `''` where none. */
  formulas: string[][];
  /** Number formats, `null` where automatic. */
  numberFormats: (string | null)[][];
  /** One matrix per style name, `null` where default. */
  styles: Record<string, (StyleValue | null)[][]>;
  /** Column (1-based) → width in pixels. */
  columnWidths: Record<number, ColumnWidth>;
  merges: string[];
  charts: ChartDescription[];
  /** The filter's range (`A1:K20`), or `null`. */
  filter: string | null;
  conditionalFormats: ConditionalFormatDescription[];
}

/** A plain copy of a sheet's whole state. */
export function snapshotSheet(sheet: SheetModel): SheetSnapshot {
  const layers: Layer<unknown>[] = [sheet._values, sheet._formulas, sheet._numberFormats, ...sheet._styles.values()];
  const rows = Math.max(...layers.map((layer) => layer.usedRows()));
  const columns = Math.max(...layers.map((layer) => layer.usedColumns()));
  const styles: Record<string, (StyleValue | null)[][]> = {};
  for (const [name, layer] of sheet._styles) styles[name] = matrix(layer, rows, columns, null);
  return {
    name: sheet._name,
    index: sheet.getIndex(),
    sheetId: sheet._id,
    hidden: sheet._hidden,
    maxRows: sheet._maxRows,
    maxColumns: sheet._maxColumns,
    frozenRows: sheet._frozenRows,
    frozenColumns: sheet._frozenColumns,
    values: matrix(sheet._values, rows, columns, '').map((line) =>
      line.map((value) => (value instanceof Date ? new Date(value.getTime()) : value)),
    ),
    formulas: matrix(sheet._formulas, rows, columns, ''),
    numberFormats: matrix(sheet._numberFormats, rows, columns, null),
    styles,
    columnWidths: Object.fromEntries(sheet._columnWidths),
    merges: sheet._merges.map((merge) => formatA1(merge)),
    charts: sheet._charts.map(describeChart),
    filter: sheet._filter ? sheet._filter._describe() : null,
    conditionalFormats: sheet._conditionalFormatRules.map((rule) => rule._describe()),
  };
}

function matrix<T, B>(layer: Layer<T>, rows: number, columns: number, blank: B): (T | B)[][] {
  const out: (T | B)[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const line: (T | B)[] = [];
    for (let c = 0; c < columns; c += 1) line.push(layer.get(r, c) ?? blank);
    out.push(line);
  }
  return out;
}
