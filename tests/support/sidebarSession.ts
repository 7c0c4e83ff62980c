/**
 * What the sidebar tests share: one headless Chromium per test file, the
 * script's clock, and the built sidebar opened over an emulated add-on
 * holding a given workbook, waiting until it shows the column choices.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openSidebar, type OpenedSidebar } from '../../tools/sidebar-host/browser';
import { emulatedAddOn, type EmulatedAddOn, type EmulatedAddOnOptions } from '../../tools/sidebar-host/emulatedAddOn';

/** The script's clock in the sidebar tests (the default reference date is 2025-07-01). */
export const NOW = new Date('2025-07-01T10:00:00Z');
/** Milliseconds for a test that starts Chromium or runs an analysis in it. */
export const TIMEOUT = 60_000;

/** Launches one Chromium before the file's tests and closes it after them; call the result inside a test. */
export function chromiumPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not launched');
    return browser;
  };
}

/** The add-on over `workbook` (clock {@link NOW}) and its sidebar, opened in `browserLocale`. */
export interface OpenedAddOn extends OpenedSidebar {
  addOn: EmulatedAddOn;
}

/**
 * Builds the emulated add-on over `workbook` (its clock {@link NOW} unless
 * given), opens its sidebar in `browser` with the browser locale
 * `browserLocale` (`fr-FR`), and waits for the client column choice.
 */
export async function openAddOnSidebar(
  browser: Browser,
  workbook: EmulatedAddOnOptions,
  browserLocale: string,
): Promise<OpenedAddOn> {
  const addOn = await emulatedAddOn({ now: NOW, ...workbook });
  const opened = await openSidebar(browser, { html: addOn.html, server: addOn.server, locale: browserLocale });
  await opened.page.waitForSelector('#role-client');
  return { addOn, ...opened };
}

/** An English sales log: 40 sales of 12 customers (customers repeat), each sale of tea or coffee. */
export function englishSalesLog(): unknown[][] {
  const customers = [
    'Ann Lee',
    'Bob Stone',
    'Cara Diaz',
    'Dan Wu',
    'Eve Hall',
    'Finn Roy',
    'Gil Moss',
    'Hana Ito',
    'Ian Park',
    'Jo Kent',
    'Kim Ray',
    'Lou Bell',
  ];
  const rows: unknown[][] = [['Customer', 'Order date', 'Revenue', 'Product']];
  for (let i = 0; i < 40; i += 1) {
    rows.push([
      customers[(i * 5) % customers.length],
      new Date(2025, (i * 3) % 6, 1 + ((i * 7) % 28)),
      10 + ((i * 17) % 120),
      i % 2 === 0 ? 'Tea' : 'Coffee',
    ]);
  }
  return rows;
}
