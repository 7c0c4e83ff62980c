/**
 * The add-on as the sidebar sees it, without Google: the built bundle
 * (`Code.js`) loaded by the emulator over an in-memory spreadsheet, and the
 * built sidebar page. For the browser tests and the README screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  createMemorySpreadsheet,
  loadBundle,
  type LoadedBundle,
  type MemorySpreadsheet,
  type SheetSeed,
} from '../gas-emulator/index.ts';
import { builtDist } from './builtDist';
import type { ScriptServer } from './index.mjs';

export interface EmulatedAddOnOptions {
  /** Spreadsheet locale, e.g. `fr_FR`, `en_US`: it sets the add-on's language. */
  locale: string;
  timeZone?: string;
  /** The workbook; the first sheet is the active one. */
  sheets: SheetSeed[];
  /** The script's clock (today's date defaults the reference date). */
  now?: Date;
  /** `Session.getActiveUserLocale()`; default: the spreadsheet's language. */
  userLocale?: string;
}

export interface EmulatedAddOn {
  spreadsheet: MemorySpreadsheet;
  /** The loaded bundle: call its globals as Apps Script would. */
  bundle: LoadedBundle;
  /** Answers `google.script.run` calls with the bundle's top-level functions. */
  server: ScriptServer;
  /** The built sidebar page. */
  html: string;
  /** Where `Code.js` and `sidebar.html` were read (`dist/` or a fresh build). */
  distDir: string;
}

export interface BuiltFiles {
  dir: string;
  code: string;
  html: string;
}

let built: Promise<BuiltFiles> | null = null;

/** `Code.js` and `sidebar.html`, built (or found up to date) once per process. */
export function builtFiles(): Promise<BuiltFiles> {
  built ??= builtDist().then(({ dir }) => ({
    dir,
    code: fs.readFileSync(path.join(dir, 'Code.js'), 'utf8'),
    html: fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8'),
  }));
  return built;
}

export async function emulatedAddOn(options: EmulatedAddOnOptions): Promise<EmulatedAddOn> {
  const { dir, code, html } = await builtFiles();
  const spreadsheet = createMemorySpreadsheet({
    locale: options.locale,
    timeZone: options.timeZone,
    sheets: options.sheets,
  });
  const bundle = loadBundle({
    spreadsheet,
    code,
    files: { 'sidebar.html': html },
    now: options.now,
    userLocale: options.userLocale,
  });
  return { spreadsheet, bundle, server: bundle, html, distDir: dir };
}
