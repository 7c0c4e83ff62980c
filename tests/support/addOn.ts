/**
 * Set-up of the server tests: the built add-on (`Code.js` and
 * `sidebar.html`, rebuilt into a temporary folder when `dist/` is stale)
 * loaded in `node:vm` over an in-memory spreadsheet, and small helpers to
 * seed sheets and read the owned sheets back.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  createMemorySpreadsheet, loadBundle, simulateScriptRun,
  type LoadedBundle, type MemorySpreadsheet, type SheetSeed,
} from '../../tools/gas-emulator/index.ts';
import { builtDist } from '../../tools/sidebar-host/builtDist.ts';
import type { AnalysisResult, AnalysisSettings, SourceInfo } from '../../src/server/api';

export interface BuiltAddOn {
  code: string;
  files: Record<string, string>;
}

let built: Promise<BuiltAddOn> | null = null;

/** The built add-on, built at most once per test file. */
export function builtAddOn(): Promise<BuiltAddOn> {
  built ??= builtDist().then(({ dir }) => ({
    code: fs.readFileSync(path.join(dir, 'Code.js'), 'utf8'),
    files: { 'sidebar.html': fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8') },
  }));
  return built;
}

/** The script's frozen clock in every test: 30 June 2024, 10:00 UTC (noon in Paris). */
export const NOW = new Date('2024-06-30T10:00:00Z');

export interface AddOnRun {
  ss: MemorySpreadsheet;
  bundle: LoadedBundle;
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
  const { code, files } = await builtAddOn();
  const ss = createMemorySpreadsheet({ locale: options.locale, timeZone: options.timeZone, sheets: options.sheets });
  const bundle = loadBundle({ spreadsheet: ss, code, files, now: options.now ?? NOW, userLocale: options.userLocale });
  return {
    ss,
    bundle,
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
