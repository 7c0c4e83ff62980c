/**
 * Strict in-memory Apps Script emulator: a Spreadsheet service, the other
 * services the add-on uses, and a loader running the built bundle in `node:vm`.
 * See README.md in this folder for the behaviours and the choices made.
 */
export { createMemorySpreadsheet, DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS } from './spreadsheet.ts';
export type { EmulatorControls, MemorySpreadsheet, MemorySpreadsheetOptions, SheetSeed } from './spreadsheet.ts';
export type { SheetSnapshot } from './snapshot.ts';
export type { ChartDescription, ChartPosition } from './charts.ts';
export type { ColumnWidth } from './sheet.ts';
export { RecordedUi } from './ui.ts';
export type { RecordedAlert, RecordedHtml, RecordedMenu, RecordedMenuEntry, RecordedToast } from './ui.ts';
export { createServices } from './services.ts';
export type { AppsScriptServices, ServicesOptions } from './services.ts';
export { DIST_DIR, loadBundle, rangeArgument, topLevelFunctionNames } from './loadBundle.ts';
export type { CallOptions, LoadBundleOptions, LoadedBundle } from './loadBundle.ts';
export type { AuthMode } from './authMode.ts';
export { simulateScriptRun } from './scriptRun.ts';
export type { ScriptRunOptions } from './scriptRun.ts';
export { toHost } from './realm.ts';
export { AUTOMATIC_NUMBER_FORMAT } from './range.ts';
export { formatSimpleDate } from './dateFormat.ts';
