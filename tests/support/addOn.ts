/**
 * Set-up of the server tests: the built add-on (`Code.js` and `sidebar.html`,
 * rebuilt into a temporary folder when `dist/` is stale) loaded in `node:vm`
 * over an in-memory spreadsheet (`tools/sidebar-host/emulatedAddOn.ts`), and
 * small helpers to read the owned sheets back. Dates: `calendar.ts`.
 */
import {
  loadBundle,
  simulateScriptRun,
  type LoadedBundle,
  type MemorySpreadsheet,
  type SheetSeed,
} from '../../tools/gas-emulator/index.ts';
import { builtFiles, emulatedAddOn } from '../../tools/sidebar-host/emulatedAddOn';
import type { AnalysisResult, AnalysisSettings, SourceInfo } from '../../src/server/api';

/** The script's frozen clock in every test: 30 June 2024, 10:00 UTC (noon in Paris). */
export const NOW = new Date('2024-06-30T10:00:00Z');

export interface AddOnRun {
  ss: MemorySpreadsheet;
  bundle: LoadedBundle;
  /** The built sidebar page. */
  html: string;
  /** `getSourceInfo()` as the sidebar receives it. */
  sourceInfo(): SourceInfo;
  /** `runAnalysis(settings)` as the sidebar receives it. */
  analyse(settings: AnalysisSettings): AnalysisResult;
}

export interface AddOnOptions {
  locale: string;
  timeZone: string;
  sheets: SheetSeed[];
  now?: Date;
  /** `Session.getActiveUserLocale()`; default: the spreadsheet's language. */
  userLocale?: string;
}

/** A spreadsheet with `sheets` and the built add-on loaded over it. */
export async function openAddOn(options: AddOnOptions): Promise<AddOnRun> {
  const { spreadsheet: ss, bundle, html } = await emulatedAddOn({ ...options, now: options.now ?? NOW });
  return {
    ss,
    bundle,
    html,
    sourceInfo: () => simulateScriptRun(bundle.call('getSourceInfo')) as SourceInfo,
    analyse: (settings) => simulateScriptRun(bundle.call('runAnalysis', settings)) as AnalysisResult,
  };
}

/** The built add-on loaded again over `ss` with the clock at `now`: a later run on the same workbook. */
export async function reopenAddOn(ss: MemorySpreadsheet, now: Date): Promise<AddOnRun> {
  const { code, html } = await builtFiles();
  const bundle = loadBundle({ spreadsheet: ss, code, files: { 'sidebar.html': html }, now });
  return {
    ss,
    bundle,
    html,
    sourceInfo: () => simulateScriptRun(bundle.call('getSourceInfo')) as SourceInfo,
    analyse: (settings) => simulateScriptRun(bundle.call('runAnalysis', settings)) as AnalysisResult,
  };
}

/** The values of a sheet's data range (host copies). */
export function sheetValues(ss: MemorySpreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet "${name}" (sheets: ${ss.emulator.sheetNames().join(', ')})`);
  return sheet.getDataRange().getValues();
}

/** Rows of a sheet below its header, as objects keyed by the header texts. */
export function sheetRecords(ss: MemorySpreadsheet, name: string): Array<Record<string, unknown>> {
  const [header = [], ...rows] = sheetValues(ss, name);
  return rows.map((row) => Object.fromEntries(header.map((title, k) => [String(title), row[k]])));
}

/** Snapshots of the named sheets (values, formulas, formats, styles, charts…). */
export function snapshotsOf(ss: MemorySpreadsheet, names: readonly string[]) {
  return names.map((name) => ss.emulator.snapshot(name));
}
