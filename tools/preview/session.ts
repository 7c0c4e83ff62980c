/**
 * What the preview shows at a time: one workbook in an in-memory spreadsheet
 * with the real built add-on loaded over it (a fresh `loadBundle` per
 * workbook, as Sheets runs the script in each document), the sidebar the
 * add-on opened, and a version number that changes with every change.
 */
import {
  createMemorySpreadsheet,
  loadBundle,
  type LoadedBundle,
  type MemorySpreadsheet,
} from '../gas-emulator/index.ts';
import type { ImportedSheet } from '../file-import/index';
import { answerCall, type Reply } from '../sidebar-host/index.mjs';
import { exerciseText } from '../../src/core/i18n/exerciseTexts';
import { langFromLocale, usesDecimalComma } from '../../src/core/i18n/language';
import { evaluateFormula, parseFormula, type FormulaCall } from './formulas';
import { sheetView } from './sheetView';
import type { ExampleId, SidebarPanel, WorkbookView } from './types';

/** The built add-on: `dist/Code.js` and `dist/sidebar.html`. */
export interface BuiltAddOn {
  code: string;
  sidebarHtml: string;
}

/** A workbook to show. */
export interface OpenedWorkbook {
  fileName: string;
  example: ExampleId | null;
  sheets: ImportedSheet[];
  locale: string;
}

export interface SessionOptions {
  addOn: BuiltAddOn;
  /** Spreadsheet time zone: the zone the file import read dates in (the host's). */
  timeZone: string;
  /** Freezes the script's clock (screenshots, tests); default: the real clock. */
  now?: Date;
  maxUploadBytes: number;
}

/** A sheet name the spreadsheet does not hold (the page shows stale tabs). */
export class UnknownSheetError extends Error {}

interface Current {
  workbook: OpenedWorkbook;
  spreadsheet: MemorySpreadsheet;
  bundle: LoadedBundle;
  sidebar: { title: string; content: string };
  panel: SidebarPanel;
}

/** A formula typed in the grid: where, what, and the block its last result filled. */
interface TypedFormula {
  sheet: string;
  row: number;
  column: number;
  input: string;
  call: FormulaCall;
  rows: number;
  columns: number;
  error: string | null;
}

/** Sheets' text for a formula that failed. */
export const FORMULA_ERROR_TEXT = '#ERROR!';

export class PreviewSession {
  private current: Current | null = null;
  private version = 0;
  /** Formulas typed in the grid, by `sheet\nrow,column`, evaluated again after every edit. */
  private readonly formulas = new Map<string, TypedFormula>();

  constructor(private readonly options: SessionOptions) {}

  /** Replaces the workbook: new spreadsheet, first sheet active, menu built, sidebar opened. */
  open(workbook: OpenedWorkbook): void {
    const spreadsheet = createMemorySpreadsheet({
      name: workbook.fileName,
      locale: workbook.locale,
      timeZone: this.options.timeZone,
      sheets: workbook.sheets,
    });
    const bundle = loadBundle({
      spreadsheet,
      code: this.options.addOn.code,
      files: { 'sidebar.html': this.options.addOn.sidebarHtml },
      now: this.options.now,
    });
    bundle.callWith({ authMode: 'NONE' }, 'onOpen', { authMode: 'NONE' });
    this.current = { workbook, spreadsheet, bundle, sidebar: showSidebar(bundle, 'analysis'), panel: 'analysis' };
    this.formulas.clear();
    this.addFileFormulas(workbook.sheets);
    this.version += 1;
  }

  /**
   * The formulas of an XLSX file that call the add-on's functions (the file
   * has no result for them): evaluated as if typed, in the file's syntax
   * (`,` between arguments). Other formulas keep the file's cached result.
   */
  private addFileFormulas(sheets: readonly ImportedSheet[]): void {
    for (const sheet of sheets) {
      for (const { row, column, formula } of sheet.formulas ?? []) {
        const call = parseFormula(formula, false);
        if (call)
          this.formulas.set(`${sheet.name}\n${row},${column}`, {
            sheet: sheet.name,
            row,
            column,
            input: formula,
            call,
            rows: 1,
            columns: 1,
            error: null,
          });
      }
    }
    for (const formula of this.formulas.values()) this.evaluate(formula);
  }

  /**
   * Types `input` into a cell of the active sheet (1-based): a formula of the
   * add-on's functions is evaluated with the real bundle and its result fills
   * the cells from there (an error shows `#ERROR!`); anything else is stored
   * as typed input. Every typed formula is then evaluated again, so that a
   * formula over the edited cell follows it.
   */
  editCell(row: number, column: number, input: string): void {
    const { spreadsheet } = this.opened();
    const sheet = spreadsheet.getActiveSheet();
    const key = `${sheet.getName()}\n${row},${column}`;
    const previous = this.formulas.get(key);
    if (previous) this.clearResult(previous);
    this.formulas.delete(key);
    const call = parseFormula(input, usesDecimalComma(spreadsheet.getSpreadsheetLocale()));
    if (call)
      this.formulas.set(key, {
        sheet: sheet.getName(),
        row,
        column,
        input: input.trim(),
        call,
        rows: 1,
        columns: 1,
        error: null,
      });
    else sheet.getRange(row, column).setValue(input);
    for (const formula of this.formulas.values()) this.evaluate(formula);
    this.version += 1;
  }

  private clearResult(formula: TypedFormula): void {
    const sheet = this.opened().spreadsheet.getSheetByName(formula.sheet);
    sheet?.getRange(formula.row, formula.column, formula.rows, formula.columns).clearContent();
  }

  private evaluate(formula: TypedFormula): void {
    const { spreadsheet, bundle } = this.opened();
    const sheet = spreadsheet.getSheetByName(formula.sheet);
    if (!sheet) return;
    this.clearResult(formula);
    const result = evaluateFormula(formula.call, bundle, spreadsheet, formula.sheet);
    const values = 'values' in result ? result.values : [[FORMULA_ERROR_TEXT]];
    formula.error = 'error' in result ? result.error : null;
    formula.rows = Math.max(1, values.length);
    formula.columns = Math.max(1, ...values.map((line) => line.length));
    const grid = values.map((line) => Array.from({ length: formula.columns }, (_, c) => line[c] ?? ''));
    if (formula.row + formula.rows - 1 > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), formula.row + formula.rows - 1 - sheet.getMaxRows());
    if (formula.column + formula.columns - 1 > sheet.getMaxColumns()) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), formula.column + formula.columns - 1 - sheet.getMaxColumns());
    }
    sheet.getRange(formula.row, formula.column, formula.rows, formula.columns).setValues(grid);
  }

  /** Changes the spreadsheet locale (the add-on's language) and reopens the sidebar. */
  setLocale(locale: string): void {
    const current = this.opened();
    current.spreadsheet.setSpreadsheetLocale(locale);
    current.sidebar = showSidebar(current.bundle, current.panel);
    this.version += 1;
  }

  /** Opens `panel` in the sidebar, as the menu items *Analyse clients…* and *Create an exercise…* do. */
  showPanel(panel: SidebarPanel): void {
    const current = this.opened();
    current.panel = panel;
    current.sidebar = showSidebar(current.bundle, panel);
    this.version += 1;
  }

  /** Makes `sheetName` the active sheet, as clicking its tab does in Sheets. */
  activate(sheetName: string): void {
    const sheet = this.opened().spreadsheet.getSheetByName(sheetName);
    if (sheet === null || sheet.isSheetHidden()) throw new UnknownSheetError(sheetName);
    sheet.activate();
    this.version += 1;
  }

  /** The sidebar page the add-on opened (`showSidebar`), before the shim is added. */
  sidebarContent(): string {
    return this.opened().sidebar.content;
  }

  /** Answers a `google.script.run` call with the add-on's server code. */
  async call(name: string, args: unknown[]): Promise<Reply> {
    const reply = await answerCall(this.opened().bundle, name, args);
    this.version += 1;
    return reply;
  }

  /** The spreadsheet locale (`fr_FR`, `en_US`). */
  locale(): string {
    return this.opened().spreadsheet.getSpreadsheetLocale();
  }

  spreadsheet(): MemorySpreadsheet {
    return this.opened().spreadsheet;
  }

  fileName(): string {
    return this.opened().workbook.fileName;
  }

  view(): WorkbookView {
    const { workbook, spreadsheet, sidebar, panel } = this.opened();
    const locale = spreadsheet.getSpreadsheetLocale();
    return {
      version: this.version,
      fileName: workbook.fileName,
      example: workbook.example,
      locale,
      lang: langFromLocale(locale),
      sheets: spreadsheet
        .getSheets()
        .filter((sheet) => !sheet.isSheetHidden())
        .map((sheet) => sheet.getName()),
      active: sheetView(
        spreadsheet,
        spreadsheet.getActiveSheet(),
        this.typedFormulas(spreadsheet.getActiveSheet().getName()),
      ),
      sidebarTitle: sidebar.title,
      panel,
      exercise: exerciseSettingsRows(spreadsheet) !== null,
      maxUploadBytes: this.options.maxUploadBytes,
    };
  }

  /** The typed formulas of sheet `name`, by `row,column`. */
  private typedFormulas(name: string): Map<string, { formula: string; error: string | null }> {
    const result = new Map<string, { formula: string; error: string | null }>();
    for (const formula of this.formulas.values()) {
      if (formula.sheet === name)
        result.set(`${formula.row},${formula.column}`, { formula: formula.input, error: formula.error });
    }
    return result;
  }

  private opened(): Current {
    if (this.current === null) throw new Error('no workbook opened yet');
    return this.current;
  }
}

/** The rows of the spreadsheet's exercise Settings sheet (hidden), or null when it holds no exercise. */
export function exerciseSettingsRows(spreadsheet: MemorySpreadsheet): unknown[][] | null {
  for (const lang of ['fr', 'en'] as const) {
    const sheet = spreadsheet.getSheetByName(exerciseText(lang, 'sheetSettings'));
    if (sheet !== null) return sheet.getDataRange().getValues();
  }
  return null;
}

/** Runs the add-on's menu function of `panel` and returns the sidebar it showed. */
function showSidebar(bundle: LoadedBundle, panel: SidebarPanel): { title: string; content: string } {
  bundle.call(panel === 'exercise' ? 'showExercisePanel' : 'showSidebar');
  const shown = bundle.ui.sidebars[bundle.ui.sidebars.length - 1];
  if (shown === undefined) throw new Error('showSidebar did not open a sidebar');
  return { title: shown.title, content: shown.content };
}
