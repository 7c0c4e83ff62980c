/**
 * The add-on as the sidebar sees it, without Google: the built bundle
 * (`Code.js`) loaded by the emulator over an in-memory spreadsheet, and the
 * built sidebar page. For the browser tests and the README screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createMemorySpreadsheet, loadBundle, type MemorySpreadsheet, type SheetSeed } from '../gas-emulator/index.ts';
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
}

export interface EmulatedAddOn {
  spreadsheet: MemorySpreadsheet;
  /** Answers `google.script.run` calls with the bundle's top-level functions. */
  server: ScriptServer;
  /** The built sidebar page. */
  html: string;
  /** Where `Code.js` and `sidebar.html` were read (`dist/` or a fresh build). */
  distDir: string;
}

export async function emulatedAddOn(options: EmulatedAddOnOptions): Promise<EmulatedAddOn> {
  const { dir } = await builtDist();
  const html = fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8');
  const code = fs.readFileSync(path.join(dir, 'Code.js'), 'utf8');
  const spreadsheet = createMemorySpreadsheet({
    locale: options.locale,
    timeZone: options.timeZone,
    sheets: options.sheets,
  });
  const bundle = loadBundle({ spreadsheet, code, files: { 'sidebar.html': html }, now: options.now });
  return { spreadsheet, server: bundle, html, distDir: dir };
}
