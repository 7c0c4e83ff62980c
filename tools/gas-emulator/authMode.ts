/**
 * What a script may call in each authorization mode (`ScriptApp.AuthMode`),
 * after the add-on authorization lifecycle and the custom-function rules:
 *
 * - `FULL`, `LIMITED`: everything (a bound add-on on its own document).
 * - `NONE` (`onOpen` before the add-on is used in the document): no document,
 *   no locks, no sidebars or alerts; menus, `Session` locale,
 *   `Utilities`, logging only.
 * - `CUSTOM_FUNCTION`: the spreadsheet read-only (`get…`, `is…`, `has…`,
 *   `offset`), no `Ui`, no `HtmlService`, no `Session`.
 * - `LOADING` (emulator only): the script's top-level code runs before every
 *   execution, even in `NONE`, so it may not call any service (the build's rule:
 *   "Nothing calls an Apps Script service at load time"). Reading enums and
 *   logging are fine.
 */
import { appsScriptException, emulatorError } from './errors.ts';
import type { AccessPolicy } from './objectModel.ts';

export type AuthMode = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** `ScriptApp.AuthMode` */
export const AUTH_MODES = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});

/** Classes reached through `SpreadsheetApp.getActive()` (documents and their parts). */
export const SPREADSHEET_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'EmbeddedChartBuilder',
  'EmbeddedChart',
  'ChartOptions',
  'ContainerInfo',
  'Filter',
  'ConditionalFormatRule',
  'BooleanCondition',
]);

const NONE_DENIED = new Set([
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActiveSheet',
  'SpreadsheetApp.getActiveRange',
  'Ui.showSidebar',
  'Ui.alert',
]);
const NONE_DENIED_CLASSES = new Set(['LockService', 'Lock']);
const LOGGING_CLASSES = new Set(['Logger', 'console']);
const CUSTOM_FUNCTION_DENIED_CLASSES = new Set(['Ui', 'Menu', 'HtmlService', 'HtmlOutput', 'Session']);

/** The phase of the script: loading its top level, or running an execution in some mode. */
export type ScriptPhase = AuthMode | 'LOADING';

/** A policy reading the current phase each time it is asked. */
export function authModePolicy(phase: () => ScriptPhase): AccessPolicy {
  return {
    check(className, method) {
      const current = phase();
      const member = `${className}.${method}`;
      if (current === 'LOADING') {
        if (LOGGING_CLASSES.has(className)) return;
        throw emulatorError(
          `${member} called by top-level code while the script loads; services may only be called inside functions`,
        );
      }
      if (!isAllowed(current, className, method)) {
        throw appsScriptException(`You do not have permission to call ${member} (AuthMode.${current})`);
      }
    },
  };
}

function isAllowed(mode: AuthMode, className: string, method: string): boolean {
  if (mode === 'NONE') {
    if (SPREADSHEET_CLASSES.has(className) || NONE_DENIED_CLASSES.has(className)) return false;
    return !NONE_DENIED.has(`${className}.${method}`);
  }
  if (mode === 'CUSTOM_FUNCTION') {
    if (CUSTOM_FUNCTION_DENIED_CLASSES.has(className) || `${className}.${method}` === 'SpreadsheetApp.getUi')
      return false;
    if (SPREADSHEET_CLASSES.has(className)) return /^(get|is|has)([A-Z]|$)/.test(method) || method === 'offset';
    if (`${className}.${method}` === 'SpreadsheetApp.newConditionalFormatRule') return false;
  }
  return true;
}
