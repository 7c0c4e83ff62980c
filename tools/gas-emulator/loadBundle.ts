/**
 * Runs the built add-on (`dist/Code.js`) the way Apps Script does: one script
 * in a fresh `node:vm` context whose only globals are the standard JavaScript
 * ones plus the emulated services (no `require`, `process`, `setTimeout`…);
 * its top-level function declarations are the entry points.
 *
 * - The top-level code runs once at load, with every service call refused
 *   (see authMode.ts, phase `LOADING`).
 * - `call(name, ...args)` runs one execution of the top-level function `name`
 *   in `AuthMode.FULL`; `callWith({ authMode }, name, ...args)` picks the mode
 *   (`NONE` for `onOpen` before use, `CUSTOM_FUNCTION` for cell formulas).
 *   Arguments are deep-copied into the script's realm (give a 2-D array for a
 *   range argument, a scalar for one cell, a plain object for an event);
 *   results come back as host values (`Date`s, arrays and plain objects
 *   rebuilt, emulator objects usable from the test). Errors are rethrown as
 *   host `Error`s with the script's message and name. The locks taken by the
 *   execution are released when it ends.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';
import { authModePolicy, type AuthMode, type ScriptPhase } from './authMode.ts';
import { emulatorError } from './errors.ts';
import { releaseLocksOf } from './lock.ts';
import { createView, exportValue } from './objectModel.ts';
import { createVmRealm, hostRealm } from './realm.ts';
import { exposeServices, serviceModels, type AppsScriptServices } from './services.ts';
import { spreadsheetModelOf, type MemorySpreadsheet } from './spreadsheet.ts';
import type { RecordedUi } from './ui.ts';

/** The repository's `dist/` folder. */
export const DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

export interface LoadBundleOptions {
  /** Script source; default: `dist/Code.js`. */
  code?: string;
  /** HTML files for HtmlService (`name.html` → content); default: the `.html` files of `dist/`. */
  files?: Record<string, string>;
  spreadsheet: MemorySpreadsheet;
  /** `Session.getActiveUserLocale()`; default: the spreadsheet locale's language. */
  userLocale?: string;
  /** `Session.getScriptTimeZone()`; default: the spreadsheet's time zone. */
  scriptTimeZone?: string;
  /** Freezes the script's clock: `new Date()` and `Date.now()` return this instant. */
  now?: Date | number;
  /** Also print `Logger.log` / `console.*` lines on the host console. */
  echoLogs?: boolean;
}

export interface CallOptions {
  /** Default `FULL`. */
  authMode?: AuthMode;
}

export interface LoadedBundle {
  /** Runs the top-level function `name` as one execution in `AuthMode.FULL`. */
  call(name: string, ...args: unknown[]): unknown;
  /** Same as `call`, with options (authorization mode). */
  callWith(options: CallOptions, name: string, ...args: unknown[]): unknown;
  /** Names of the script's top-level function declarations, in source order. */
  globals: string[];
  /** The services of this script, as host objects (to hold a lock, read properties…). */
  services: AppsScriptServices;
  /** What the script showed (same object as `spreadsheet.emulator.ui`). */
  ui: RecordedUi;
  /** Log lines (same array as `spreadsheet.emulator.logs`). */
  logs: string[];
}

/** Loads a bundle over a memory spreadsheet; see the module comment. */
export function loadBundle(options: LoadBundleOptions): LoadedBundle {
  const code = options.code ?? readDistFile('Code.js');
  const files = options.files ?? readDistHtml();
  const book = spreadsheetModelOf(options.spreadsheet);
  let phase: ScriptPhase = 'LOADING';
  let execution = 'loading';
  let executions = 0;

  const sandbox: Record<string, unknown> = {};
  const context = vm.createContext(sandbox, { name: 'Apps Script' });
  const view = createView(
    createVmRealm(context),
    book._counter,
    authModePolicy(() => phase),
  );
  const models = serviceModels(book, { ...options, files }, { current: () => execution });
  Object.assign(sandbox, exposeServices(models, view));
  if (options.now !== undefined) freezeClock(context, new Date(options.now).getTime());

  const globals = topLevelFunctionNames(code);
  try {
    new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  } catch (error) {
    throw hostRealm.error(error);
  }
  const missing = globals.filter((name) => typeof sandbox[name] !== 'function');
  if (missing.length > 0) throw emulatorError(`top-level functions not found after loading: ${missing.join(', ')}`);
  phase = 'FULL';
  execution = 'idle';

  const callWith = (callOptions: CallOptions, name: string, ...args: unknown[]): unknown => {
    if (!globals.includes(name)) throw emulatorError(`the script has no top-level function named "${name}"`);
    const fn = sandbox[name] as (...scriptArgs: unknown[]) => unknown;
    const scriptArgs = args.map((arg) => exportValue(arg, view));
    executions += 1;
    const id = `execution-${executions}`;
    phase = callOptions.authMode ?? 'FULL';
    execution = id;
    try {
      return exportValue(fn(...scriptArgs), book._hostView);
    } catch (error) {
      throw hostRealm.error(error);
    } finally {
      releaseLocksOf(book._locks, id);
      phase = 'FULL';
      execution = 'idle';
    }
  };

  return {
    call: (name, ...args) => callWith({}, name, ...args),
    callWith,
    globals,
    services: exposeServices(models, book._hostView),
    ui: book._ui,
    logs: book._logs,
  };
}

/**
 * A cell-formula argument as Sheets passes it to a custom function: the
 * range's values (`Sheet!B2:B` runs to the grid's last row, blanks as `''`),
 * or the single value for a one-cell range. Reading it is not counted.
 */
export function rangeArgument(spreadsheet: MemorySpreadsheet, a1Notation: string): unknown {
  const book = spreadsheetModelOf(spreadsheet);
  const values = book.getRange(a1Notation).getValues();
  const [first, ...more] = values;
  return first?.length === 1 && more.length === 0 ? first[0] : values;
}

/** Names of the function declarations at the top level of a script (what Apps Script exposes). */
export function topLevelFunctionNames(code: string): string[] {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) names.push(statement.name.text);
  }
  return names;
}

/** Replaces the context's `Date` so that `new Date()` and `Date.now()` give `time`. */
function freezeClock(context: vm.Context, time: number): void {
  const install = vm.runInContext(
    `(function (fixed) {
      var RealDate = Date;
      class FixedDate extends RealDate {
        constructor(...args) { if (args.length === 0) { super(fixed); } else { super(...args); } }
        static now() { return fixed; }
      }
      Object.defineProperty(FixedDate, 'name', { value: 'Date' });
      globalThis.Date = FixedDate;
    })`,
    context,
  ) as (fixed: number) => void;
  install(time);
}

function readDistFile(name: string): string {
  const file = path.join(DIST_DIR, name);
  if (!existsSync(file)) throw emulatorError(`${file} not found: run \`npm run build\` first, or pass \`code\``);
  return readFileSync(file, 'utf8');
}

/** Every `.html` file of `dist/`, by file name; none when `dist/` does not exist. */
function readDistHtml(): Record<string, string> {
  if (!existsSync(DIST_DIR)) return {};
  const files: Record<string, string> = {};
  for (const name of readdirSync(DIST_DIR)) {
    if (name.endsWith('.html')) files[name] = readFileSync(path.join(DIST_DIR, name), 'utf8');
  }
  return files;
}
