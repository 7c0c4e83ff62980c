/**
 * The sidebar's "Too big for a sheet?" panel in headless Chromium over the
 * real server: for a sales log it shows the BigQuery query of the core
 * builder for the mapped columns and the settings, follows the table name and
 * the settings, copies it; for a client list it explains that the query needs
 * a sales log. It calls no server function of its own.
 */
import { describe, expect, it } from 'vitest';
import { sqlText } from '../../src/core/i18n/sqlTexts';
import { rfmTableQuery, type RfmQuerySettings } from '../../src/core/sql/rfmTableQuery';
import { chromiumPerFile, openAddOnSidebar, TIMEOUT } from '../support/sidebarSession';

function salesLog(): unknown[][] {
  const rows: unknown[][] = [['Customer', 'Order date', 'Revenue']];
  for (let i = 0; i < 20; i += 1) rows.push([`c${i % 7}`, new Date(2025, i % 6, 1 + i), 10 + i]);
  return rows;
}

const browser = chromiumPerFile();

describe('Too big for a sheet?', () => {
  it(
    'shows the BigQuery query of the mapped sales log, follows the table name and the settings, and copies it',
    async () => {
      const { page, calls, pageErrors } = await openAddOnSidebar(
        browser(),
        { locale: 'en_US', sheets: [{ name: 'Sales', values: salesLog() }] },
        'en-US',
      );
      expect(await page.isVisible('#bq-query')).toBe(false);
      await page.click('#bigquery > summary');
      const expected: RfmQuerySettings = {
        dialect: 'bigquery',
        table: sqlText('en', 'panelTablePlaceholder'),
        columns: { client: 'Customer', date: 'Order date', amount: 'Revenue' },
        asOf: '2025-07-01',
        binning: { kind: 'bins', n: 5 },
        method: 'quantile',
        scheme: 'classic',
        abc: { rule: 'reach', aShare: 0.8, bShare: 0.95 },
        returns: 'net',
        lang: 'en',
      };
      // The panel builds the query on its toggle event, which follows the click.
      await expect.poll(() => page.inputValue('#bq-query')).toBe(rfmTableQuery(expected));

      await page.fill('#bq-table', 'shop-123.sales.orders');
      expect(await page.inputValue('#bq-query')).toBe(rfmTableQuery({ ...expected, table: 'shop-123.sales.orders' }));
      await page.click('#settings details > summary');
      await page.fill('#bins', '4');
      await page.dispatchEvent('#bins', 'change');
      expect(await page.inputValue('#bq-query')).toBe(
        rfmTableQuery({ ...expected, table: 'shop-123.sales.orders', binning: { kind: 'bins', n: 4 } }),
      );

      await page.click('#bq-copy');
      await expect.poll(() => page.textContent('#bigquery [role="status"]')).toBe(sqlText('en', 'panelCopied'));
      const selection = await page.$eval('#bq-query', (area) => {
        const text = area as HTMLTextAreaElement;
        return [text.selectionStart, text.selectionEnd, text.value.length];
      });
      expect(selection[0]).toBe(0);
      expect(selection[1]).toBe(selection[2]);
      expect(calls).toEqual(['getLanguage', 'getSourceInfo']);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'in French, for a client list: says the query needs a sales log, nothing to copy',
    async () => {
      const values = [
        ['Client', 'Date du dernier achat', 'Nombre d’achats', 'Montant'],
        ['Ana', new Date(2025, 5, 1), 3, 120],
        ['Léo', new Date(2025, 4, 1), 1, 40],
      ];
      const { page, pageErrors } = await openAddOnSidebar(
        browser(),
        { locale: 'fr_FR', sheets: [{ name: 'Clients', values }] },
        'fr-FR',
      );
      expect(await page.textContent('#bigquery > summary')).toBe(sqlText('fr', 'panelTitle'));
      await page.click('#bigquery > summary');
      await expect.poll(() => page.textContent('#bigquery [role="status"]')).toBe(sqlText('fr', 'panelNoColumns'));
      expect(await page.isDisabled('#bq-copy')).toBe(true);
      expect(await page.isVisible('#bq-query')).toBe(false);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );
});
