/**
 * Screenshot of the local preview for the README: the boutique example in
 * French, after an analysis (the Summary sheet with its charts, the
 * sidebar's summary), in headless Chromium.
 *
 *   npx tsx tools/preview/screenshot.ts     # writes docs/screenshots/preview.png
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../scripts/build/index.mjs';
import { launchChromium } from '../sidebar-host/browser';
import { startPreview } from './server';

const OUTPUT = path.join(PROJECT_ROOT, 'docs', 'screenshots', 'preview.png');
/** The day the example list was exported (examples/README.md): its analysis reads as intended on that day. */
const EXPORT_DAY = new Date('2026-10-31T12:00:00Z');

const preview = await startPreview({ port: 0, now: EXPORT_DAY });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1680, height: 900 }, locale: 'fr-FR' });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.url);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('#role-client').waitFor();
  await sidebar.locator('#analyse').click();
  await sidebar.locator('#results-title').waitFor();
  await page.locator('svg.sheet-chart').nth(1).waitFor();
  if (pageErrors.length > 0) throw new Error(`the page failed: ${pageErrors.join('; ')}`);
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  await page.screenshot({ path: OUTPUT });
  console.log(`wrote ${path.relative(PROJECT_ROOT, OUTPUT)}`);
} finally {
  await browser.close();
  await preview.close();
}
