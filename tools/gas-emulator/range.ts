/**
 * `Range`: a block of cells of one sheet. Reads return fresh arrays and `Date`
 * copies; blank cells read as `''`; formula cells read as `''` in `getValues`
 * and `getDisplayValues` (formulas are recorded, not evaluated; see
 * `getFormulas`). Every 2-D write must match the range's shape exactly.
 */
import { formatA1, type GridRect } from './a1.ts';
import type { CellValue } from './cellValue.ts';
import { appsScriptException, emulatorError, signatureMismatch } from './errors.ts';
import { createFilterOn, type FilterModel } from './filter.ts';
import { displayText } from './numberFormat.ts';
import { DataValidationModel } from './dataValidation.ts';
import { EmulatorObject, unwrap } from './objectModel.ts';
import type { SheetModel } from './sheet.ts';
import { checkedStyle, STYLE_RULES, type StyleName, type StyleValue } from './styles.ts';

/** What `getNumberFormat` returns for a cell with the automatic format. */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

export class RangeModel extends EmulatorObject {
  readonly _className = 'Range';

  constructor(
    readonly _sheet: SheetModel,
    readonly _rect: GridRect,
  ) {
    super();
  }

  getValues(): CellValue[][] {
    return this._map((row, column) => this._sheet._readValue(row, column));
  }

  /** The top-left cell's value. */
  getValue(): CellValue {
    return this._sheet._readValue(this._rect.row, this._rect.column);
  }

  getDisplayValues(): string[][] {
    return this._map((row, column) => this._display(row, column));
  }

  getDisplayValue(): string {
    return this._display(this._rect.row, this._rect.column);
  }

  /** Formulas as written (`=…`), `''` where a cell holds none. */
  getFormulas(): string[][] {
    return this._map((row, column) => this._sheet._formulas.get(row - 1, column - 1) ?? '');
  }

  getFormula(): string {
    return this._sheet._formulas.get(this._rect.row - 1, this._rect.column - 1) ?? '';
  }

  /** Writes a 2-D array of exactly the range's shape, read as typed input (see cellValue.ts). */
  setValues(values: unknown[][]): RangeModel {
    this._checkShape(values, 'SpreadsheetApp.Range.setValues');
    const contents = values.map((line, i) =>
      line.map((input, j) => this._sheet._interpret(this._rect.row + i, this._rect.column + j, input)),
    );
    this._eachOf(contents, (row, column, content) => this._sheet._store(row, column, content));
    return this;
  }

  /** Writes one value into every cell of the range. */
  setValue(value: unknown): RangeModel {
    this._each((row, column) => this._sheet._store(row, column, this._sheet._interpret(row, column, value)));
    return this;
  }

  setFormula(formula: string): RangeModel {
    const checked = checkedFormula(formula, 'SpreadsheetApp.Range.setFormula');
    this._each((row, column) => this._sheet._store(row, column, { formula: checked }));
    return this;
  }

  setFormulas(formulas: string[][]): RangeModel {
    this._checkShape(formulas, 'SpreadsheetApp.Range.setFormulas');
    const checked = formulas.map((line) =>
      line.map((formula) => checkedFormula(formula, 'SpreadsheetApp.Range.setFormulas')),
    );
    this._eachOf(checked, (row, column, formula) => this._sheet._store(row, column, { formula }));
    return this;
  }

  getRow(): number {
    return this._rect.row;
  }

  getColumn(): number {
    return this._rect.column;
  }

  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }

  getLastColumn(): number {
    return this._rect.column + this._rect.numColumns - 1;
  }

  getNumRows(): number {
    return this._rect.numRows;
  }

  getNumColumns(): number {
    return this._rect.numColumns;
  }

  getHeight(): number {
    return this._rect.numRows;
  }

  getWidth(): number {
    return this._rect.numColumns;
  }

  getA1Notation(): string {
    return formatA1(this._rect);
  }

  getSheet(): SheetModel {
    return this._sheet;
  }

  /** One cell of the range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): RangeModel {
    if (!Number.isInteger(row) || !Number.isInteger(column))
      throw signatureMismatch('SpreadsheetApp.Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numColumns) {
      throw appsScriptException('Cell reference out of range');
    }
    return this._sheet.getRange(this._rect.row + row - 1, this._rect.column + column - 1);
  }

  /** A range moved by the offsets, with the same size or the given one. */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeModel {
    return this._sheet.getRange(
      this._rect.row + rowOffset,
      this._rect.column + columnOffset,
      numRows ?? this._rect.numRows,
      numColumns ?? this._rect.numColumns,
    );
  }

  isBlank(): boolean {
    let blank = true;
    this._each((row, column) => {
      if (this._sheet._readValue(row, column) !== '' || this._sheet._formulas.get(row - 1, column - 1) !== undefined)
        blank = false;
    });
    return blank;
  }

  setNumberFormat(numberFormat: string): RangeModel {
    if (typeof numberFormat !== 'string')
      throw signatureMismatch('SpreadsheetApp.Range.setNumberFormat', [numberFormat]);
    this._each((row, column) => this._sheet._numberFormats.set(row - 1, column - 1, numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): RangeModel {
    this._checkShape(numberFormats, 'SpreadsheetApp.Range.setNumberFormats');
    if (numberFormats.some((line) => line.some((format) => typeof format !== 'string'))) {
      throw signatureMismatch('SpreadsheetApp.Range.setNumberFormats', [numberFormats]);
    }
    this._eachOf(numberFormats, (row, column, format) => this._sheet._numberFormats.set(row - 1, column - 1, format));
    return this;
  }

  getNumberFormat(): string {
    return this._sheet._numberFormats.get(this._rect.row - 1, this._rect.column - 1) ?? AUTOMATIC_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this._map((row, column) => this._sheet._numberFormats.get(row - 1, column - 1) ?? AUTOMATIC_NUMBER_FORMAT);
  }

  setFontWeight(fontWeight: string | null): RangeModel {
    return this._setStyle('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: (string | null)[][]): RangeModel {
    return this._setStyles('fontWeight', fontWeights, 'SpreadsheetApp.Range.setFontWeights');
  }

  getFontWeight(): string {
    return String(this._style('fontWeight', this._rect.row, this._rect.column));
  }

  getFontWeights(): string[][] {
    return this._map((row, column) => String(this._style('fontWeight', row, column)));
  }

  setBackground(color: string | null): RangeModel {
    return this._setStyle('background', color);
  }

  setBackgrounds(colors: (string | null)[][]): RangeModel {
    return this._setStyles('background', colors, 'SpreadsheetApp.Range.setBackgrounds');
  }

  getBackground(): string {
    return String(this._style('background', this._rect.row, this._rect.column));
  }

  getBackgrounds(): string[][] {
    return this._map((row, column) => String(this._style('background', row, column)));
  }

  setHorizontalAlignment(alignment: string | null): RangeModel {
    return this._setStyle('horizontalAlignment', alignment);
  }

  setHorizontalAlignments(alignments: (string | null)[][]): RangeModel {
    return this._setStyles('horizontalAlignment', alignments, 'SpreadsheetApp.Range.setHorizontalAlignments');
  }

  getHorizontalAlignment(): string {
    return String(this._style('horizontalAlignment', this._rect.row, this._rect.column));
  }

  /** Puts a filter on this range; Sheets refuses a second filter on the same sheet. */
  createFilter(): FilterModel {
    return createFilterOn(this);
  }

  setWrap(isWrapEnabled: boolean): RangeModel {
    return this._setStyle('wrap', isWrapEnabled);
  }

  setWraps(isWrapEnabled: boolean[][]): RangeModel {
    return this._setStyles('wrap', isWrapEnabled, 'SpreadsheetApp.Range.setWraps');
  }

  getWrap(): boolean {
    return this._style('wrap', this._rect.row, this._rect.column) === true;
  }

  getWraps(): boolean[][] {
    return this._map((row, column) => this._style('wrap', row, column) === true);
  }

  /** Merges the block into one cell; only the top-left value stays. */
  merge(): RangeModel {
    this._checkMergeable();
    this._sheet._merges.push({ ...this._rect });
    const { row: top, column: left } = this._rect;
    this._each((row, column) => {
      if (row > top || column > left) this._sheet._store(row, column, {});
    });
    return this;
  }

  /** Merges each row of the block separately. */
  mergeAcross(): RangeModel {
    this._checkMergeable();
    for (let i = 0; i < this._rect.numRows; i += 1) {
      new RangeModel(this._sheet, {
        row: this._rect.row + i,
        column: this._rect.column,
        numRows: 1,
        numColumns: this._rect.numColumns,
      }).merge();
    }
    return this;
  }

  isPartOfMerge(): boolean {
    return this._sheet._merges.some((merge) => overlaps(merge, this._rect));
  }

  /** Clears contents and formats, or only one of them with `{ contentsOnly }` / `{ formatOnly }`. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): RangeModel {
    const contentsOnly = options?.contentsOnly === true;
    const formatOnly = options?.formatOnly === true;
    if (!formatOnly || contentsOnly) this.clearContent();
    if (!contentsOnly || formatOnly) this.clearFormat();
    return this;
  }

  clearContent(): RangeModel {
    const { row, column, numRows, numColumns } = this._rect;
    this._sheet._values.clear(row - 1, column - 1, numRows, numColumns);
    this._sheet._formulas.clear(row - 1, column - 1, numRows, numColumns);
    return this;
  }

  /** Number formats and styles. */
  clearFormat(): RangeModel {
    const { row, column, numRows, numColumns } = this._rect;
    this._sheet._numberFormats.clear(row - 1, column - 1, numRows, numColumns);
    for (const layer of this._sheet._styles.values()) layer.clear(row - 1, column - 1, numRows, numColumns);
    return this;
  }

  /** Makes this the active range (and its sheet the active sheet). */
  activate(): RangeModel {
    this._sheet._book._activate(this._sheet, this);
    return this;
  }

  private _display(row: number, column: number): string {
    if (this._sheet._formulas.get(row - 1, column - 1) !== undefined) return '';
    const value = this._sheet._values.get(row - 1, column - 1);
    const format = this._sheet._numberFormats.get(row - 1, column - 1);
    return displayText(value, format, { locale: this._sheet._book._locale, timeZone: this._sheet._book._timeZone });
  }

  private _style(name: StyleName, row: number, column: number): StyleValue {
    return this._sheet._styles.get(name)?.get(row - 1, column - 1) ?? STYLE_RULES[name].defaultValue;
  }

  private _setStyle(name: StyleName, value: unknown): RangeModel {
    const stored = checkedStyle(name, value);
    const layer = this._sheet._styles.get(name);
    this._each((row, column) => layer?.set(row - 1, column - 1, stored));
    return this;
  }

  private _setStyles(name: StyleName, values: unknown[][], member: string): RangeModel {
    this._checkShape(values, member);
    const stored = values.map((line) => line.map((value) => checkedStyle(name, value)));
    const layer = this._sheet._styles.get(name);
    this._eachOf(stored, (row, column, value) => layer?.set(row - 1, column - 1, value));
    return this;
  }

  /** One rule for every cell of the range; `null` removes the rules. */
  setDataValidation(rule: unknown): RangeModel {
    if (rule !== null && !(rule instanceof DataValidationModel))
      throw signatureMismatch('SpreadsheetApp.Range.setDataValidation', [rule]);
    this._each((row, column) => this._sheet._validations.set(row - 1, column - 1, rule ?? undefined));
    return this;
  }

  /** One rule (or `null`) per cell, in the range's shape. */
  setDataValidations(rules: unknown[][]): RangeModel {
    this._checkShape(rules, 'SpreadsheetApp.Range.setDataValidations');
    // Elements arrive as the script's proxies: unwrap them to store the rules themselves.
    const raw = rules.map((line) => line.map((rule) => unwrap(rule)));
    if (!raw.every((line) => line.every((rule) => rule === null || rule instanceof DataValidationModel))) {
      throw signatureMismatch('SpreadsheetApp.Range.setDataValidations', [rules]);
    }
    this._eachOf(raw, (row, column, rule) =>
      this._sheet._validations.set(row - 1, column - 1, (rule as DataValidationModel | null) ?? undefined),
    );
    return this;
  }

  /** The top-left cell's rule, or `null`. */
  getDataValidation(): DataValidationModel | null {
    return this._sheet._validations.get(this._rect.row - 1, this._rect.column - 1) ?? null;
  }

  getDataValidations(): (DataValidationModel | null)[][] {
    return this._map((row, column) => this._sheet._validations.get(row - 1, column - 1) ?? null);
  }

  /** Apps Script's shape check for 2-D writes: rows first, then each row's columns. */
  private _checkShape(data: unknown, member: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) throw signatureMismatch(member, [data]);
    if (data.length !== this._rect.numRows) {
      throw appsScriptException(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._rect.numRows}.`,
      );
    }
    const wrong = (data as unknown[][]).find((line) => line.length !== this._rect.numColumns);
    if (wrong) {
      throw appsScriptException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${wrong.length} but the range has ${this._rect.numColumns}.`,
      );
    }
  }

  private _checkMergeable(): void {
    if (this._sheet._merges.some((merge) => overlaps(merge, this._rect))) throw partialMerge();
  }

  /** Calls `action(row, column, i, j)` for each cell: sheet coordinates (1-based) and offsets (0-based). */
  private _each(action: (row: number, column: number) => void): void {
    for (let i = 0; i < this._rect.numRows; i += 1) {
      for (let j = 0; j < this._rect.numColumns; j += 1) action(this._rect.row + i, this._rect.column + j);
    }
  }

  /** Each value of `grid` (already checked to have the range's shape) with its sheet row and column. */
  private _eachOf<T>(grid: readonly (readonly T[])[], action: (row: number, column: number, value: T) => void): void {
    grid.forEach((line, i) => line.forEach((value, j) => action(this._rect.row + i, this._rect.column + j, value)));
  }

  private _map<T>(read: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._rect.numRows; i += 1) {
      const line: T[] = [];
      for (let j = 0; j < this._rect.numColumns; j += 1) line.push(read(this._rect.row + i, this._rect.column + j));
      out.push(line);
    }
    return out;
  }
}

function checkedFormula(formula: unknown, member: string): string {
  if (typeof formula !== 'string') throw signatureMismatch(member, [formula]);
  if (!formula.startsWith('=')) throw emulatorError(`${member} expects formulas starting with "=", got "${formula}"`);
  return formula;
}

function overlaps(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function partialMerge(): Error {
  return appsScriptException('You must select all cells in a merged range to merge or unmerge them.');
}
