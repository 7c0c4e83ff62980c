/**
 * `Sheet`: a grid of `maxRows × maxColumns` cells (1000 × 26 for a new sheet)
 * stored as sparse layers. Ranges must lie inside the grid, as in Apps Script;
 * the grid grows only through `insertRows…` / `insertColumns…`.
 */
import { formatA1, parseA1, quoteSheetName, resolveA1, type GridRect } from './a1.ts';
import { interpretInput, type CellContent, type CellValue } from './cellValue.ts';
import { EmbeddedChartBuilderModel, EmbeddedChartModel } from './charts.ts';
import { checkedRules, type ConditionalFormatRuleModel } from './conditionalFormats.ts';
import { appsScriptException, emulatorError, signatureMismatch } from './errors.ts';
import type { DataValidationModel } from './dataValidation.ts';
import { Layer } from './grid.ts';
import type { FilterModel } from './filter.ts';
import { EmulatorObject } from './objectModel.ts';
import { PROTECTION_TYPES, ProtectionModel } from './protection.ts';
import { RangeModel } from './range.ts';
import { STYLE_NAMES, type StyleName, type StyleValue } from './styles.ts';

/** What a sheet needs from its spreadsheet. */
export interface SheetHost {
  readonly _locale: string;
  readonly _timeZone: string;
  _sheetList(): readonly SheetModel[];
  _activate(sheet: SheetModel, range: RangeModel | null): void;
  _checkNewName(name: string, except: SheetModel | null): void;
  _nextChartId(): number;
}

/** Column width set on a sheet, in pixels. */
export type ColumnWidth = number;

export class SheetModel extends EmulatorObject {
  readonly _className = 'Sheet';
  readonly _values = new Layer<CellValue>();
  readonly _formulas = new Layer<string>();
  readonly _numberFormats = new Layer<string>();
  readonly _styles = new Map<StyleName, Layer<StyleValue>>(STYLE_NAMES.map((name) => [name, new Layer<StyleValue>()]));
  readonly _columnWidths = new Map<number, ColumnWidth>();
  readonly _merges: GridRect[] = [];
  readonly _charts: EmbeddedChartModel[] = [];
  _filter: FilterModel | null = null;
  _conditionalFormatRules: ConditionalFormatRuleModel[] = [];
  readonly _validations = new Layer<DataValidationModel>();
  readonly _protections: ProtectionModel[] = [];
  _frozenRows = 0;
  _frozenColumns = 0;
  _hidden = false;

  constructor(
    readonly _book: SheetHost,
    public _name: string,
    readonly _id: number,
    public _maxRows: number,
    public _maxColumns: number,
  ) {
    super();
  }

  getName(): string {
    return this._name;
  }

  setName(name: string): SheetModel {
    if (typeof name !== 'string' || name.trim() === '') throw signatureMismatch('SpreadsheetApp.Sheet.setName', [name]);
    this._book._checkNewName(name, this);
    this._name = name;
    return this;
  }

  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number {
    return this._book._sheetList().indexOf(this) + 1;
  }

  getSheetId(): number {
    return this._id;
  }

  getParent(): unknown {
    return this._book;
  }

  getMaxRows(): number {
    return this._maxRows;
  }

  getMaxColumns(): number {
    return this._maxColumns;
  }

  /** Last row holding a value or a formula (0 for an empty sheet). */
  getLastRow(): number {
    return Math.max(this._values.usedRows(), this._formulas.usedRows());
  }

  /** Last column holding a value or a formula (0 for an empty sheet). */
  getLastColumn(): number {
    return Math.max(this._values.usedColumns(), this._formulas.usedColumns());
  }

  /**
   * `getRange(a1)`, `getRange(row, column)`, `getRange(row, column, numRows)`,
   * `getRange(row, column, numRows, numColumns)`; 1-based, inside the grid.
   */
  getRange(...args: unknown[]): RangeModel {
    if (args.length === 1 && typeof args[0] === 'string') return this._rangeOfA1(args[0]);
    const [row, column, numRows = 1, numColumns = 1] = args;
    const integers = [row, column, numRows, numColumns].every((value) => Number.isInteger(value));
    if (args.length < 2 || args.length > 4 || !integers) throw signatureMismatch('SpreadsheetApp.Sheet.getRange', args);
    return new RangeModel(
      this,
      this._checkedRect(row as number, column as number, numRows as number, numColumns as number),
    );
  }

  /** From A1 to the last row and column holding content (A1 alone for an empty sheet). */
  getDataRange(): RangeModel {
    return new RangeModel(this, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.getLastRow()),
      numColumns: Math.max(1, this.getLastColumn()),
    });
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetModel {
    this._checkPosition(afterPosition, this._maxRows, 'rows');
    this._checkCount(howMany, 'SpreadsheetApp.Sheet.insertRowsAfter', [afterPosition, howMany]);
    this._eachLayer((layer) => layer.insertRows(afterPosition, howMany));
    this._maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetModel {
    this._checkPosition(afterPosition, this._maxColumns, 'columns');
    this._checkCount(howMany, 'SpreadsheetApp.Sheet.insertColumnsAfter', [afterPosition, howMany]);
    this._eachLayer((layer) => layer.insertColumns(afterPosition, howMany));
    this._maxColumns += howMany;
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this._checkCount(howMany, 'SpreadsheetApp.Sheet.deleteRows', [rowPosition, howMany]);
    this._checkPosition(rowPosition, this._maxRows, 'rows');
    if (rowPosition + howMany - 1 > this._maxRows) throw appsScriptException('Those rows are out of bounds.');
    if (howMany === this._maxRows) throw appsScriptException("You can't delete all the rows on the sheet.");
    this._eachLayer((layer) => layer.deleteRows(rowPosition - 1, howMany));
    this._maxRows -= howMany;
  }

  /** Clears contents and formats, or only one of them with `{ contentsOnly }` / `{ formatOnly }`. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetModel {
    const contentsOnly = options?.contentsOnly === true;
    const formatOnly = options?.formatOnly === true;
    if (!formatOnly || contentsOnly) this.clearContents();
    if (!contentsOnly || formatOnly) this.clearFormats();
    return this;
  }

  clearContents(): SheetModel {
    this._values.reset();
    this._formulas.reset();
    return this;
  }

  /** Number formats, styles and merges. */
  clearFormats(): SheetModel {
    this._numberFormats.reset();
    for (const layer of this._styles.values()) layer.reset();
    this._merges.length = 0;
    return this;
  }

  setFrozenRows(rows: number): void {
    this._checkFrozen(rows, this._maxRows, 'SpreadsheetApp.Sheet.setFrozenRows');
    this._frozenRows = rows;
  }

  getFrozenRows(): number {
    return this._frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this._checkFrozen(columns, this._maxColumns, 'SpreadsheetApp.Sheet.setFrozenColumns');
    this._frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this._frozenColumns;
  }

  /** Width in pixels. */
  setColumnWidth(columnPosition: number, width: number): SheetModel {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetModel {
    this._checkColumns(startColumn, numColumns, 'SpreadsheetApp.Sheet.setColumnWidths');
    if (!Number.isInteger(width) || width < 0)
      throw signatureMismatch('SpreadsheetApp.Sheet.setColumnWidths', [startColumn, numColumns, width]);
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this._columnWidths.set(c, width);
    return this;
  }

  /** Width in pixels; 100 (Sheets' default) when never set or auto-resized. */
  getColumnWidth(columnPosition: number): number {
    this._checkColumns(columnPosition, 1, 'SpreadsheetApp.Sheet.getColumnWidth');
    const width = this._columnWidths.get(columnPosition);
    return typeof width === 'number' ? width : 100;
  }

  hideSheet(): SheetModel {
    const visible = this._book._sheetList().filter((sheet) => !sheet._hidden);
    if (!this._hidden && visible.length === 1)
      throw emulatorError('cannot hide the only visible sheet (Sheets refuses it)');
    this._hidden = true;
    return this;
  }

  showSheet(): SheetModel {
    this._hidden = false;
    return this;
  }

  /** The sheet's protection: a new one, or the existing one when the sheet is already protected (as Apps Script does). */
  protect(): ProtectionModel {
    const existing = this._protections.find((protection) => protection._type === PROTECTION_TYPES.SHEET);
    if (existing) return existing;
    const protection = new ProtectionModel(this, PROTECTION_TYPES.SHEET);
    this._protections.push(protection);
    return protection;
  }

  /** Protections of `type` (`SpreadsheetApp.ProtectionType`) on this sheet. */
  getProtections(type: unknown): ProtectionModel[] {
    if (type !== PROTECTION_TYPES.SHEET && type !== PROTECTION_TYPES.RANGE)
      throw signatureMismatch('SpreadsheetApp.Sheet.getProtections', [type]);
    return this._protections.filter((protection) => protection._type === type);
  }

  isSheetHidden(): boolean {
    return this._hidden;
  }

  activate(): SheetModel {
    this._book._activate(this, null);
    return this;
  }

  /** The sheet's filter (see `Range.createFilter`), or `null`. */
  getFilter(): FilterModel | null {
    return this._filter;
  }

  /** Replaces the whole list of conditional format rules. */
  setConditionalFormatRules(rules: ConditionalFormatRuleModel[]): void {
    this._conditionalFormatRules = checkedRules(this, rules);
  }

  getConditionalFormatRules(): ConditionalFormatRuleModel[] {
    return this._conditionalFormatRules.slice();
  }

  newChart(): EmbeddedChartBuilderModel {
    return new EmbeddedChartBuilderModel(this, null);
  }

  insertChart(chart: EmbeddedChartModel): void {
    if (!(chart instanceof EmbeddedChartModel)) throw signatureMismatch('SpreadsheetApp.Sheet.insertChart', [chart]);
    if (chart._id !== null) throw emulatorError('this chart is already inserted; use updateChart');
    chart._id = this._book._nextChartId();
    this._charts.push(chart);
  }

  updateChart(chart: EmbeddedChartModel): void {
    const index = this._charts.findIndex((known) => known._id !== null && known._id === chart._id);
    if (!(chart instanceof EmbeddedChartModel) || index < 0) throw appsScriptException('Chart not found.');
    this._charts[index] = chart;
  }

  getCharts(): EmbeddedChartModel[] {
    return this._charts.slice();
  }

  removeChart(chart: EmbeddedChartModel): void {
    const index = this._charts.findIndex((known) => known._id !== null && known._id === chart?._id);
    if (index < 0) throw appsScriptException('Chart not found.');
    this._charts.splice(index, 1);
  }

  /** Checks a block against the grid, with Apps Script's messages. */
  _checkedRect(row: number, column: number, numRows: number, numColumns: number): GridRect {
    if (row < 1) throw appsScriptException('The starting row of the range is too small.');
    if (column < 1) throw appsScriptException('The starting column of the range is too small.');
    if (numRows < 1) throw appsScriptException('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw appsScriptException('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || column + numColumns - 1 > this._maxColumns) {
      throw appsScriptException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return { row, column, numRows, numColumns };
  }

  /** A range from A1 notation; a sheet prefix must name this sheet. */
  _rangeOfA1(notation: string): RangeModel {
    const reference = parseA1(notation);
    if (reference.sheetName !== null && reference.sheetName.toLowerCase() !== this._name.toLowerCase()) {
      throw emulatorError(
        `Sheet "${this._name}".getRange("${notation}") names another sheet; use Spreadsheet.getRange`,
      );
    }
    const rect = resolveA1(reference, this._maxRows, this._maxColumns);
    return new RangeModel(this, this._checkedRect(rect.row, rect.column, rect.numRows, rect.numColumns));
  }

  /** What `getValues` returns for a cell (1-based): formulas read as `''` (not evaluated). */
  _readValue(row: number, column: number): CellValue {
    if (this._formulas.get(row - 1, column - 1) !== undefined) return '';
    const value = this._values.get(row - 1, column - 1);
    if (value === undefined) return '';
    return value instanceof Date ? new Date(value.getTime()) : value;
  }

  /** The content a typed `input` leaves in a cell (1-based), honouring a plain-text `@` format. */
  _interpret(row: number, column: number, input: unknown): CellContent {
    const plainText = this._numberFormats.get(row - 1, column - 1) === '@';
    return interpretInput(input, { locale: this._book._locale, timeZone: this._book._timeZone, plainText });
  }

  /** Stores a content in a cell (1-based), replacing value and formula. */
  _store(row: number, column: number, content: CellContent): void {
    this._values.set(row - 1, column - 1, content.value);
    this._formulas.set(row - 1, column - 1, content.formula);
  }

  /** `Sheet!A1:B2` of a block of this sheet. */
  _qualifiedA1(rect: GridRect): string {
    return `${quoteSheetName(this._name)}!${formatA1(rect)}`;
  }

  private _eachLayer(action: (layer: Layer<unknown>) => void): void {
    action(this._values as Layer<unknown>);
    action(this._formulas as Layer<unknown>);
    action(this._numberFormats as Layer<unknown>);
    for (const layer of this._styles.values()) action(layer as Layer<unknown>);
  }

  private _checkPosition(position: number, max: number, what: 'rows' | 'columns'): void {
    if (!Number.isInteger(position) || position < 1 || position > max) {
      throw appsScriptException(`Those ${what} are out of bounds.`);
    }
  }

  private _checkCount(count: unknown, member: string, args: unknown[]): void {
    if (!Number.isInteger(count) || (count as number) < 1) throw signatureMismatch(member, args);
  }

  private _checkColumns(start: number, count: number, member: string): void {
    if (!Number.isInteger(start) || !Number.isInteger(count) || count < 1)
      throw signatureMismatch(member, [start, count]);
    if (start < 1 || start + count - 1 > this._maxColumns)
      throw appsScriptException('Those columns are out of bounds.');
  }

  private _checkFrozen(count: number, max: number, member: string): void {
    if (!Number.isInteger(count) || count < 0) throw signatureMismatch(member, [count]);
    if (count > max) throw emulatorError(`${member}(${count}) exceeds the ${max} the sheet has`);
  }
}
