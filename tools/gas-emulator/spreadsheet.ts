/**
 * `Spreadsheet` and `createMemorySpreadsheet`, the entry point of the
 * emulator. The object returned is typed as Apps Script's `Spreadsheet` (only
 * the subset listed in README.md works; any other member throws
 * `emulator: X is not implemented`) plus `emulator`, host-only controls that
 * scripts running in `loadBundle` cannot see.
 */
import { parseA1, resolveA1 } from './a1.ts';
import { rawContent } from './cellValue.ts';
import { describeChart, type ChartDescription } from './charts.ts';
import { appsScriptException, emulatorError, signatureMismatch } from './errors.ts';
import { createLockStates, type LockStates } from './lock.ts';
import { CallCounter, EmulatorObject, allowEverything, createView, expose, unwrap, type View } from './objectModel.ts';
import { hostRealm } from './realm.ts';
import { RangeModel } from './range.ts';
import { SheetModel, type SheetHost } from './sheet.ts';
import { snapshotSheet, type SheetSnapshot } from './snapshot.ts';
import { SPREADSHEET_CLASSES } from './authMode.ts';
import { RecordedUi } from './ui.ts';
import { at } from '../indexing';

/** Size of a sheet created by `insertSheet` (and the minimum of a seeded sheet). */
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

/** A sheet to create with the spreadsheet: values stored as-is (no parsing, like a user's sheet). */
export interface SheetSeed {
  name: string;
  values?: unknown[][];
  /** Number formats of the top-left block, `null` = automatic. */
  numberFormats?: (string | null)[][];
  /** Grid size; defaults to max(1000, rows) × max(26, columns). */
  maxRows?: number;
  maxColumns?: number;
}

export interface MemorySpreadsheetOptions {
  name?: string;
  /** Sheets locale such as `fr_FR`; default `en_US`. */
  locale?: string;
  /** IANA zone; default `Europe/Paris`. */
  timeZone?: string;
  /** Default: one empty sheet `Sheet1` (`Feuille 1` in French). */
  sheets?: SheetSeed[];
}

/** Emulator-only controls of a memory spreadsheet (not part of Apps Script). */
export interface EmulatorControls {
  /** Deep plain copy of a sheet (values, formulas, formats, styles, charts…). */
  snapshot(sheetName: string): SheetSnapshot;
  /** Snapshots of every sheet, in order. */
  snapshotAll(): SheetSnapshot[];
  sheetNames(): string[];
  /** Inserted charts of a sheet, as plain data. */
  charts(sheetName: string): ChartDescription[];
  /** Calls per `Class.method` since the last reset (services included). */
  calls(): Record<string, number>;
  /** Number of calls on Spreadsheet, Sheet, Range and chart objects since the last reset. */
  spreadsheetCalls(): number;
  resetCalls(): void;
  /** Menus, sidebars, alerts and toasts shown so far. */
  readonly ui: RecordedUi;
  /** Lines written by `Logger.log` and `console.*`. */
  readonly logs: string[];
}

/** What `createMemorySpreadsheet` returns. */
export type MemorySpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet & { readonly emulator: EmulatorControls };

let spreadsheetCount = 0;

export class SpreadsheetModel extends EmulatorObject implements SheetHost {
  readonly _className = 'Spreadsheet';
  readonly _counter = new CallCounter();
  readonly _hostView: View = createView(hostRealm, this._counter, allowEverything);
  readonly _ui = new RecordedUi();
  readonly _logs: string[] = [];
  readonly _locks: LockStates = createLockStates();
  readonly _id: string;
  readonly _sheets: SheetModel[] = [];
  _activeSheet: SheetModel;
  _activeRange: RangeModel | null = null;
  _name: string;
  _locale: string;
  _timeZone: string;
  private _lastSheetId = 0;
  private _lastChartId = 0;

  constructor(options: MemorySpreadsheetOptions) {
    super();
    spreadsheetCount += 1;
    this._id = `memory-spreadsheet-${spreadsheetCount}`;
    this._name = options.name ?? 'Untitled spreadsheet';
    this._locale = options.locale ?? 'en_US';
    this._timeZone = options.timeZone ?? 'Europe/Paris';
    const seeds = options.sheets && options.sheets.length > 0 ? options.sheets : [{ name: this._defaultSheetName() }];
    for (const seed of seeds) this._sheets.push(this._seededSheet(seed));
    this._activeSheet = at(this._sheets, 0);
  }

  getId(): string {
    return this._id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }

  getName(): string {
    return this._name;
  }

  rename(newName: string): void {
    if (typeof newName !== 'string') throw signatureMismatch('SpreadsheetApp.Spreadsheet.rename', [newName]);
    this._name = newName;
  }

  /** Sheets locale code such as `en_US` or `fr_FR`. */
  getSpreadsheetLocale(): string {
    return this._locale;
  }

  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string')
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.setSpreadsheetLocale', [locale]);
    this._locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    if (typeof timezone !== 'string')
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone', [timezone]);
    this._timeZone = timezone;
  }

  getSheets(): SheetModel[] {
    return this._sheets.slice();
  }

  getNumSheets(): number {
    return this._sheets.length;
  }

  /** Sheet names are case-insensitive in Sheets; `null` when absent. */
  getSheetByName(name: string): SheetModel | null {
    if (typeof name !== 'string') throw signatureMismatch('SpreadsheetApp.Spreadsheet.getSheetByName', [name]);
    return this._sheets.find((sheet) => sameName(sheet._name, name)) ?? null;
  }

  getSheetById(id: number): SheetModel | null {
    return this._sheets.find((sheet) => sheet._id === id) ?? null;
  }

  getActiveSheet(): SheetModel {
    return this._activeSheet;
  }

  setActiveSheet(sheet: SheetModel): SheetModel {
    if (!(sheet instanceof SheetModel) || !this._sheets.includes(sheet))
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    this._activate(sheet, null);
    return sheet;
  }

  getActiveRange(): RangeModel | null {
    return this._activeRange;
  }

  /**
   * `insertSheet()`, `insertSheet(name)`, `insertSheet(name, index)` or
   * `insertSheet(index)`; `index` is 0-based. The new sheet (1000 × 26) becomes
   * the active sheet. A name already used (ignoring case) throws.
   */
  insertSheet(...args: unknown[]): SheetModel {
    const [first, second] = args;
    const name = typeof first === 'string' ? first : this._defaultSheetName();
    const index = typeof first === 'number' ? first : (second ?? this._sheets.length);
    const valid =
      args.length <= 2 &&
      (first === undefined || typeof first === 'string' || typeof first === 'number') &&
      (args.length < 2 || (typeof first === 'string' && typeof second === 'number')) &&
      Number.isInteger(index) &&
      (index as number) >= 0 &&
      (index as number) <= this._sheets.length;
    if (!valid) throw signatureMismatch('SpreadsheetApp.Spreadsheet.insertSheet', args);
    this._checkNewName(name, null);
    const sheet = new SheetModel(this, name, this._newSheetId(), DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS);
    this._sheets.splice(index as number, 0, sheet);
    this._activate(sheet, null);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const index = sheet instanceof SheetModel ? this._sheets.indexOf(sheet) : -1;
    if (index < 0) throw signatureMismatch('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    if (this._sheets.filter((other) => other !== sheet && !other._hidden).length === 0) {
      throw emulatorError('cannot delete the last visible sheet (Sheets refuses it)');
    }
    this._sheets.splice(index, 1);
    if (this._activeSheet === sheet) this._activate(at(this._sheets, 0), null);
  }

  /** `getRange('Sheet name!A1:B2')`; without a sheet name, on the active sheet. */
  getRange(a1Notation: string): RangeModel {
    if (typeof a1Notation !== 'string') throw signatureMismatch('SpreadsheetApp.Spreadsheet.getRange', [a1Notation]);
    const reference = parseA1(a1Notation);
    const sheet = reference.sheetName === null ? this._activeSheet : this.getSheetByName(reference.sheetName);
    if (!sheet) throw appsScriptException('Range not found');
    const rect = resolveA1(reference, sheet._maxRows, sheet._maxColumns);
    return new RangeModel(sheet, sheet._checkedRect(rect.row, rect.column, rect.numRows, rect.numColumns));
  }

  /** A small popup in the corner; recorded in `emulator.ui.toasts`. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    if (typeof msg !== 'string')
      throw signatureMismatch('SpreadsheetApp.Spreadsheet.toast', [msg, title, timeoutSeconds]);
    this._ui.toasts.push({ message: msg, title: title ?? null, timeoutSeconds: timeoutSeconds ?? null });
  }

  _sheetList(): readonly SheetModel[] {
    return this._sheets;
  }

  _activate(sheet: SheetModel, range: RangeModel | null): void {
    this._activeSheet = sheet;
    this._activeRange = range;
  }

  /** Throws Apps Script's error when `name` is already used by another sheet (case-insensitive). */
  _checkNewName(name: string, except: SheetModel | null): void {
    if (this._sheets.some((sheet) => sheet !== except && sameName(sheet._name, name))) {
      throw appsScriptException(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  _nextChartId(): number {
    this._lastChartId += 1;
    return this._lastChartId;
  }

  _sheetNamed(name: string): SheetModel {
    const sheet = this.getSheetByName(name);
    if (!sheet)
      throw emulatorError(`no sheet named "${name}" (sheets: ${this._sheets.map((s) => s._name).join(', ')})`);
    return sheet;
  }

  private _newSheetId(): number {
    const id = this._lastSheetId === 0 && this._sheets.length === 0 ? 0 : 100000 + this._lastSheetId;
    this._lastSheetId += 1;
    return id;
  }

  private _defaultSheetName(): string {
    const french = /^fr/i.test(this._locale);
    for (let n = this._sheets.length + 1; ; n += 1) {
      const name = french ? `Feuille ${n}` : `Sheet${n}`;
      if (!this._sheets.some((sheet) => sameName(sheet._name, name))) return name;
    }
  }

  private _seededSheet(seed: SheetSeed): SheetModel {
    this._checkNewName(seed.name, null);
    const values = seed.values ?? [];
    const formats = seed.numberFormats ?? [];
    const widest = [...values, ...formats].reduce((most, line) => Math.max(most, line.length), 0);
    const maxRows = seed.maxRows ?? Math.max(DEFAULT_MAX_ROWS, values.length, formats.length);
    const maxColumns = seed.maxColumns ?? Math.max(DEFAULT_MAX_COLUMNS, widest);
    if (values.length > maxRows || formats.length > maxRows || widest > maxColumns) {
      throw emulatorError(`seed of sheet "${seed.name}" does not fit in ${maxRows} × ${maxColumns}`);
    }
    const sheet = new SheetModel(this, seed.name, this._newSheetId(), maxRows, maxColumns);
    values.forEach((line, r) => line.forEach((value, c) => sheet._store(r + 1, c + 1, rawContent(value))));
    formats.forEach((line, r) => line.forEach((format, c) => sheet._numberFormats.set(r, c, format ?? undefined)));
    return sheet;
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Creates an in-memory spreadsheet behaving like Apps Script's (see README.md for the subset). */
export function createMemorySpreadsheet(options: MemorySpreadsheetOptions = {}): MemorySpreadsheet {
  const model = new SpreadsheetModel(options);
  model._hostView.extras.set(model, { emulator: controlsOf(model) });
  return expose(model, model._hostView) as unknown as MemorySpreadsheet;
}

/** The model behind a memory spreadsheet (for the other emulator modules). */
export function spreadsheetModelOf(spreadsheet: MemorySpreadsheet): SpreadsheetModel {
  const model = unwrap(spreadsheet) as unknown;
  if (!(model instanceof SpreadsheetModel))
    throw emulatorError('expected a spreadsheet made by createMemorySpreadsheet');
  return model;
}

function controlsOf(model: SpreadsheetModel): EmulatorControls {
  return {
    snapshot: (sheetName) => snapshotSheet(model._sheetNamed(sheetName)),
    snapshotAll: () => model._sheets.map(snapshotSheet),
    sheetNames: () => model._sheets.map((sheet) => sheet._name),
    charts: (sheetName) => model._sheetNamed(sheetName)._charts.map(describeChart),
    calls: () => model._counter.snapshot(),
    spreadsheetCalls: () => {
      const counts = model._counter.snapshot();
      return Object.entries(counts)
        .filter(([member]) => SPREADSHEET_CLASSES.has(member.split('.')[0] ?? ''))
        .reduce((sum, [, count]) => sum + count, 0);
    },
    resetCalls: () => model._counter.reset(),
    ui: model._ui,
    logs: model._logs,
  };
}
