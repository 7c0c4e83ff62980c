/**
 * Screenshots of the sidebar for the README, taken from the real add-on: the
 * built bundle in the emulator over the example workbook
 * `examples/boutique-clients.xlsx`, the built sidebar in headless Chromium.
 *
 *   npx tsx tools/preview/screenshots.ts
 *
 * Writes docs/screenshots/sidebar-summary.png (step 3 and the summary after
 * a run, in French, 300 px wide at 2× pixel density).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWorkbookFile } from '../file-import/index';
import { launchChromium, openSidebar } from '../sidebar-host/browser';
import { emulatedAddOn } from '../sidebar-host/emulatedAddOn';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKBOOK = path.join(ROOT, 'examples', 'boutique-clients.xlsx');
const OUTPUT = path.join(ROOT, 'docs', 'screenshots', 'sidebar-summary.png');
/** The day the example list was exported (examples/README.md): the reference date it defaults to. */
const EXPORT_DAY = new Date('2026-10-31T12:00:00Z');

const workbook = await readWorkbookFile(WORKBOOK);
const addOn = await emulatedAddOn({
  locale: 'fr_FR',
  sheets: workbook.sheets,
  now: EXPORT_DAY,
});
const browser = await launchChromium();
try {
  const { page, pageErrors } = await openSidebar(browser, {
    html: addOn.html,
    server: addOn.server,
    locale: 'fr-FR',
    deviceScaleFactor: 2,
  });
  await page.waitForSelector('#role-client');
  await page.click('#analyse');
  await page.waitForSelector('#results-title');
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  if (pageErrors.length > 0) throw new Error(`the sidebar failed: ${pageErrors.join('; ')}`);

  const top = await page.locator('section.analyse').boundingBox();
  const bottom = await page.locator('#summary').boundingBox();
  if (top === null || bottom === null) throw new Error('the summary is not shown');
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  await page.screenshot({
    path: OUTPUT,
    fullPage: true,
    clip: { x: 0, y: top.y, width: page.viewportSize()?.width ?? 300, height: bottom.y + bottom.height - top.y },
  });
  console.log(`wrote ${path.relative(ROOT, OUTPUT)}`);
} finally {
  await browser.close();
}
