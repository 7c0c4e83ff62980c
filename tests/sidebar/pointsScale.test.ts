/**
 * The sidebar's Points scale method and ABC rule, in headless Chromium over
 * the real server code: choosing them in the settings, the shares following
 * the rule's defaults, and what the run writes.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPerFile, englishSalesLog, openAddOnSidebar, TIMEOUT } from '../support/sidebarSession';

const browser = chromiumPerFile();

describe('Points scale and ABC rule in the sidebar', () => {
  it(
    'scores by the scale sheet, with product types, under the rule "clients"',
    async () => {
      const { addOn, page, pageErrors, dialogs } = await openAddOnSidebar(
        browser(),
        {
          locale: 'en_US',
          timeZone: 'America/New_York',
          sheets: [{ name: 'Sales', values: englishSalesLog() }],
        },
        'en-US',
      );
      await page.click('details.settings > summary');

      expect(await page.isHidden('#points-hint')).toBe(true);
      await page.check('#scale-points');
      expect(await page.isVisible('#points-hint')).toBe(true);
      expect(await page.innerText('#points-hint')).toContain('Portfolio – Points scale');
      expect(await page.isHidden('#bins')).toBe(true);
      expect(await page.isDisabled('#method')).toBe(true);

      // the shares still hold reach's defaults (80 / 95): choosing "clients" puts 20 / 50 in
      expect([await page.inputValue('#aPercent'), await page.inputValue('#bPercent')]).toEqual(['80', '95']);
      expect(await page.innerText('label[for="aPercent"]')).toBe('A up to (% of revenue)');
      await page.selectOption('#abcRule', 'clients');
      expect([await page.inputValue('#aPercent'), await page.inputValue('#bPercent')]).toEqual(['20', '50']);
      expect(await page.innerText('label[for="aPercent"]')).toBe('A up to (% of clients)');
      // shares the user typed are kept when the rule changes
      await page.fill('#aPercent', '25');
      await page.selectOption('#abcRule', 'within');
      expect([await page.inputValue('#aPercent'), await page.inputValue('#bPercent')]).toEqual(['25', '50']);
      await page.selectOption('#abcRule', 'clients');
      await page.fill('#aPercent', '20');

      await page.click('#analyse');
      await page.waitForSelector('#results-title');
      const sheetNames = await page.$$eval('#sheets li', (items) => items.map((item) => item.textContent ?? ''));
      expect(sheetNames).toContain('Portfolio – Points scale');

      const clients = addOn.spreadsheet.getSheetByName('Portfolio – Clients')?.getDataRange().getValues() ?? [];
      const header = clients[0] ?? [];
      for (const column of ['R points', 'F points', 'M points', 'T points (product type)', 'Total points', 'Class'])
        expect(header).toContain(column);
      // with the default scale every total (R 0–5, F 0–5, M 0–6, T 0) is between 0 and 16
      const totals = clients.slice(1).map((row) => row[header.indexOf('Total points')] as number);
      expect(totals).toHaveLength(12);
      for (const total of totals) expect(total >= 0 && total <= 16).toBe(true);

      // rule "clients", 12 customers: A while (k − 1)/12 < 0.2 (ranks 1–3), B while < 0.5 (ranks 4–6), ties aside
      const abcCounts = await page.$$eval('#abc tbody td:first-of-type', (cells) =>
        cells.map((cell) => Number((cell.textContent ?? '').replace(/\D/g, ''))),
      );
      expect(abcCounts.reduce((sum, count) => sum + count, 0)).toBe(12);
      const summary = addOn.spreadsheet.getSheetByName('Portfolio – Summary')?.getDataRange().getValues() ?? [];
      expect(summary.map((row) => row[0])).toContain(
        'ABC rule used: clients – A: the first 20% of clients by amount, B up to 50%',
      );
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
