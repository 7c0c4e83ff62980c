/**
 * Screenshots of an exercise for the README, from the real add-on: the built
 * bundle in the emulator writes a French RFM-grid exercise, a student's
 * answers are typed into its Work sheet (two of them wrong), then the local
 * preview opens that workbook in headless Chromium, shows the Statement and
 * Work sheets, and runs *Vérifier mes réponses* from the Exercise panel.
 *
 *   npx tsx tools/exercise/screenshots.ts
 *
 * Writes docs/screenshots/exercise-statement.png, exercise-work.png and
 * exercise-result.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/build/index.mjs';
import { writeWorkbookXlsx } from '../preview/xlsxExport';
import { startPreview } from '../preview/server';
import { launchChromium } from '../sidebar-host/browser';
import { emulatedAddOn } from '../sidebar-host/emulatedAddOn';
import type { LoadedBundle } from '../gas-emulator/index.ts';

const OUTPUT = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const NOW = new Date('2026-10-31T12:00:00Z');

// 1. The exercise, answered by a student.
const addOn = await emulatedAddOn({ locale: 'fr_FR', sheets: [{ name: 'Feuille 1', values: [['']] }], now: NOW });
const bundle = addOn.server as LoadedBundle;
bundle.call('createExerciseSheets', {
  topic: 'rfm-grid',
  clients: 8,
  level: 2,
  seed: 2026,
  lang: 'fr',
  asOf: '2026-10-31',
  abcRule: 'reach',
  rounding: 2,
});
const spreadsheet = addOn.spreadsheet;
spreadsheet.deleteSheet(spreadsheet.getSheetByName('Feuille 1')!);
const key = spreadsheet.getSheetByName('Exercice – Corrigé')!.getRange(2, 1, 8, 9).getValues();
const work = spreadsheet.getSheetByName('Exercice – Travail')!;
const answers = key.map((row, i) =>
  row.map((cell, j) => (i === 2 && j === 5 ? 3 : i === 6 && j === 8 ? 'Bon client' : cell)),
);
work.getRange(2, 1, 8, 9).setValues(answers);
spreadsheet.deleteSheet(spreadsheet.getSheetByName('Exercice – Corrigé')!);
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'exercise-')), 'exercice-rfm.xlsx');
await writeWorkbookXlsx(spreadsheet, fs.createWriteStream(file));

// 2. The preview over that workbook.
const preview = await startPreview({ port: 0, file, locale: 'fr_FR', now: NOW });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 860 }, locale: 'fr-FR' });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  await page.selectOption('#panel', 'exercise');
  await page.frameLocator('#sidebar').locator('#ex-topic').waitFor();
  fs.mkdirSync(OUTPUT, { recursive: true });
  const shoot = async (tab: string, name: string) => {
    await page.locator('.tab', { hasText: tab }).click();
    await page.locator('.tab[aria-selected="true"]', { hasText: tab }).waitFor();
    await page.screenshot({ path: path.join(OUTPUT, name) });
    console.log(`wrote docs/screenshots/${name}`);
  };
  await shoot('Exercice – Énoncé', 'exercise-statement.png');
  await shoot('Exercice – Travail', 'exercise-work.png');
  await page.frameLocator('#sidebar').locator('#ex-check').click();
  await page.locator('.tab[aria-selected="true"]', { hasText: 'Exercice – Résultat' }).waitFor();
  await page.screenshot({ path: path.join(OUTPUT, 'exercise-result.png') });
  console.log('wrote docs/screenshots/exercise-result.png');
  if (pageErrors.length > 0) throw new Error(`the page failed: ${pageErrors.join('; ')}`);
} finally {
  await browser.close();
  await preview.close();
}
