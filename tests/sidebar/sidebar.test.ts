/**
 * The built sidebar (dist/sidebar.html) in headless Chromium, its
 * `google.script.run` calls answered by the real server code: the built
 * bundle (dist/Code.js) in the emulator, over an in-memory spreadsheet.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSidebar } from '../../tools/sidebar-host/browser';
import { emulatedAddOn, type EmulatedAddOn } from '../../tools/sidebar-host/emulatedAddOn';
import type { ScriptServer } from '../../tools/sidebar-host/index.mjs';
import { sidebarText } from '../../src/core/i18n/sidebarTexts';
import { tableHeader } from '../../src/core/i18n/tableHeaders';
import type { Lang } from '../../src/core/types';
import { at } from '../../tools/indexing';
import { foreignWords } from '../server/vocabulary';
import { chromiumPerFile, englishSalesLog, NOW, openAddOnSidebar, TIMEOUT } from '../support/sidebarSession';

const XSS = '<img src=x onerror=alert(1)>';

/** A French client list typed by hand: 30 clients, one row each. */
function frenchClients(): unknown[][] {
  const rows: unknown[][] = [['Client', 'Date du dernier achat', 'Nombre d’achats', 'Montant', 'E-mail', 'Téléphone']];
  for (let i = 0; i < 30; i += 1) {
    rows.push([
      `Cliente ${i + 1}`,
      new Date(2025, 0, 2 + ((i * 11) % 170)),
      1 + ((i * 7) % 12),
      40 + ((i * 53) % 900) + 0.5,
      `cliente${i + 1}@example.fr`,
      `06 12 34 56 ${String(i).padStart(2, '0')}`,
    ]);
  }
  return rows;
}

/** The text of the selected option of a select. */
function selectedText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (select) => {
    const element = select as HTMLSelectElement;
    return element.options[element.selectedIndex]?.text ?? '';
  });
}

/** Digits of a formatted count ("1 234" → 1234). */
function countOf(text: string): number {
  return Number(text.replace(/\D/g, ''));
}

/** Clients per segment shown in the summary table. */
async function shownSegmentCounts(page: Page): Promise<Map<string, number>> {
  const rows = await page.$$eval('#segments tbody tr', (trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
  );
  return new Map(rows.map(([name = '', count = '']) => [name, countOf(count)]));
}

/** Clients per segment in the Clients sheet the run wrote (header row found by its Segment header). */
function writtenSegmentCounts(
  addOn: EmulatedAddOn,
  sheetName: string,
  lang: Lang,
): { counts: Map<string, number>; clients: number } {
  const sheet = addOn.spreadsheet.getSheetByName(sheetName);
  if (sheet === null) throw new Error(`sheet ${sheetName} was not written`);
  const values = sheet.getDataRange().getValues();
  const headerIndex = values.findIndex((row) => row.includes(tableHeader('segment', lang)));
  expect(headerIndex).toBeGreaterThanOrEqual(0);
  const column = at(values, headerIndex).indexOf(tableHeader('segment', lang));
  const counts = new Map<string, number>();
  const rows = values.slice(headerIndex + 1).filter((row) => row.some((cell) => cell !== ''));
  for (const row of rows) counts.set(String(row[column]), (counts.get(String(row[column])) ?? 0) + 1);
  return { counts, clients: rows.length };
}

/** Keeps the segments with at least one client. */
function nonEmpty(counts: Map<string, number>): Map<string, number> {
  return new Map([...counts].filter(([, count]) => count > 0));
}

const browser = chromiumPerFile();

describe('sidebar over the real server', () => {
  it(
    'detects the columns of a French client list, runs, and shows what the Clients sheet holds',
    async () => {
      const addOn = await emulatedAddOn({
        locale: 'fr_FR',
        sheets: [{ name: 'Clients', values: frenchClients() }],
        now: NOW,
      });
      const before = addOn.spreadsheet.emulator.snapshot('Clients');
      const { page, dialogs, pageErrors, calls } = await openSidebar(browser(), {
        html: addOn.html,
        server: addOn.server,
        locale: 'fr-FR',
      });
      await page.waitForSelector('#role-client');

      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.inputValue('#shape')).toBe('clients');
      expect(await selectedText(page, '#role-client')).toBe('Client');
      expect(await selectedText(page, '#role-date')).toBe('Date du dernier achat');
      expect(await selectedText(page, '#role-purchases')).toBe('Nombre d’achats');
      expect(await selectedText(page, '#role-amount')).toBe('Montant');
      expect(await selectedText(page, '#role-email')).toBe('E-mail');
      expect(await selectedText(page, '#role-phone')).toBe('Téléphone');
      expect(await selectedText(page, '#role-type')).toBe(sidebarText('fr', 'noColumn'));
      expect(await page.inputValue('#asOf')).toBe('2025-07-01');
      expect(await page.locator('table.preview tbody tr').count()).toBe(5);
      expect(await page.textContent('table.preview tbody tr td')).toBe('Cliente 1');

      await page.click('#analyse');
      await page.waitForSelector('#results-title');

      const sheetNames = await page.$$eval('#sheets li', (items) => items.map((item) => item.textContent ?? ''));
      expect(sheetNames.length).toBe(7);
      for (const name of sheetNames) expect(addOn.spreadsheet.getSheetByName(name), name).not.toBeNull();
      const written = writtenSegmentCounts(addOn, at(sheetNames, 0), 'fr');
      expect(nonEmpty(await shownSegmentCounts(page))).toEqual(written.counts);
      expect(countOf(await page.innerText('#total-clients'))).toBe(30);
      expect(written.clients).toBe(30);

      const abcCounts = await page.$$eval('#abc tbody td:first-of-type', (cells) =>
        cells.map((cell) => cell.textContent ?? ''),
      );
      expect(abcCounts.map(countOf).reduce((sum, count) => sum + count, 0)).toBe(30);
      expect(await page.innerText('.pareto')).toMatch(
        /^\d+,\d\u202f% des clients font \d+,\d\u202f% du chiffre d’affaires\.$/,
      );
      for (const axis of ['r', 'f', 'm'])
        expect(await page.innerText(`.thresholds dd[data-axis="${axis}"]`)).not.toBe('');
      expect(await page.locator('svg.chart rect').count()).toBe((await shownSegmentCounts(page)).size);
      // The sidebar writes shares as the Summary sheet shows them (its 0.0% cells, as Sheets displays them in French).
      const shownShares = await page.$$eval('#segments tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
      );
      const summary =
        addOn.spreadsheet
          .getSheetByName(sheetNames[2] ?? '')
          ?.getDataRange()
          .getDisplayValues() ?? [];
      expect(shownShares.length).toBeGreaterThan(0);
      for (const [name, , clientShare, revenueShare] of shownShares) {
        const sheetRow = summary.find((row) => row[0] === name);
        expect(sheetRow, name).toBeDefined();
        expect(clientShare, name).toMatch(/^\d+,\d\u202f%$/);
        expect([clientShare, revenueShare], name).toEqual([sheetRow?.[2], sheetRow?.[4]]);
      }
      expect(await page.isHidden('.progress')).toBe(true);
      expect(await page.isEnabled('#analyse')).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-title');

      expect(addOn.spreadsheet.emulator.snapshot('Clients')).toEqual(before);
      expect(calls).toEqual(['getLanguage', 'getSourceInfo', 'runAnalysis']);
      // one language: no word of the English texts anywhere on the page, options of the selects included
      const shown = await page.evaluate(
        () =>
          `${document.body.innerText}\n${[...document.querySelectorAll('option')].map((o) => o.textContent).join('\n')}`,
      );
      expect(foreignWords(shown, 'en')).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'shows a header and a client name holding HTML as text, and nothing runs',
    async () => {
      const values = frenchClients();
      at(values, 0).push(XSS);
      at(values, 1)[0] = XSS;
      for (const row of values.slice(1)) row.push('x');
      const { page, dialogs, pageErrors } = await openAddOnSidebar(
        browser(),
        { locale: 'fr_FR', sheets: [{ name: 'Clients', values }] },
        'fr-FR',
      );

      const options = await page.$$eval('#role-client option', (items) => items.map((item) => item.textContent));
      expect(options).toContain(XSS);
      const headers = await page.$$eval('table.preview thead th', (cells) => cells.map((cell) => cell.textContent));
      expect(headers).toContain(XSS);
      expect(await page.textContent('table.preview tbody tr td')).toBe(XSS);

      await page.click('#analyse');
      await page.waitForSelector('#results-title');
      await page.waitForTimeout(200);
      expect(await page.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'recognises an English sales log as one row per sale, and lists the rows it skips',
    async () => {
      const values = englishSalesLog();
      const badRows: number[] = [];
      for (let k = 0; k < 6; k += 1) {
        values.push(['Ann Lee', `someday ${k}`, 20, 'Tea']);
        badRows.push(values.length);
      }
      const { page, pageErrors } = await openAddOnSidebar(
        browser(),
        {
          locale: 'en_US',
          timeZone: 'America/New_York',
          sheets: [{ name: 'Sales', values }],
        },
        'en-US',
      );

      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.inputValue('#shape')).toBe('sales');
      expect(await selectedText(page, '#shape')).toBe('One row per sale');
      expect(await selectedText(page, '#role-client')).toBe('Customer');
      expect(await selectedText(page, '#role-date')).toBe('Order date');
      expect(await selectedText(page, '#role-amount')).toBe('Revenue');
      expect(await selectedText(page, '#role-type')).toBe('Product');
      expect(await page.innerText('label[for="role-date"]')).toContain(sidebarText('en', 'dateRole_sales'));
      expect(await page.isHidden('#role-purchases')).toBe(true);
      expect(await page.isHidden('#role-recency')).toBe(true);

      await page.click('#analyse');
      await page.waitForSelector('#results-title');
      const customers = new Set(values.slice(1).map((row) => row[0]));
      expect(countOf(await page.innerText('#total-clients'))).toBe(customers.size);
      expect(await page.innerText('.pareto')).toMatch(/^\d+\.\d% of clients make \d+\.\d% of revenue\.$/);

      const skipped = page.locator('details.skipped');
      expect(await skipped.getAttribute('open')).toBeNull();
      await skipped.locator('summary').click();
      const reasons = await page.$$eval('#skipped li', (items) => items.map((item) => item.textContent ?? ''));
      expect(reasons.map((reason) => Number(/^Row (\d+): \S/.exec(reason)?.[1]))).toEqual(badRows);
      const shown = await page.evaluate(
        () =>
          `${document.body.innerText}\n${[...document.querySelectorAll('option')].map((o) => o.textContent).join('\n')}`,
      );
      expect(foreignWords(shown, 'fr')).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'checks the columns before running and names the fields at fault',
    async () => {
      const { page, calls } = await openAddOnSidebar(
        browser(),
        {
          locale: 'fr_FR',
          sheets: [{ name: 'Clients', values: frenchClients() }],
        },
        'fr-FR',
      );
      const fr = (key: Parameters<typeof sidebarText>[1], params?: Parameters<typeof sidebarText>[2]) =>
        sidebarText('fr', key, params);

      await page.selectOption('#role-amount', '');
      await page.selectOption('#role-email', { label: 'Nombre d’achats' });
      await page.click('#analyse');
      const alert = page.locator('#alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain(fr('missingRole', { role: fr('role_amount') }));
      expect(await alert.innerText()).toContain(
        fr('sameColumn', { column: 'Nombre d’achats', firstRole: fr('role_purchases'), secondRole: fr('role_email') }),
      );
      expect(await page.getAttribute('#role-amount', 'aria-invalid')).toBe('true');
      expect(await page.getAttribute('#role-email', 'aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('role-amount');
      expect(calls).toEqual(['getLanguage', 'getSourceInfo']);

      await page.selectOption('#role-amount', { label: 'Montant' });
      await page.selectOption('#role-email', { label: 'E-mail' });
      await page.click('#analyse');
      await page.waitForSelector('#results-title');
      expect(await alert.isHidden()).toBe(true);
      expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'checks a teacher’s grid in the collapsed settings and runs with it',
    async () => {
      const { page } = await openAddOnSidebar(
        browser(),
        {
          locale: 'fr_FR',
          sheets: [{ name: 'Clients', values: frenchClients() }],
        },
        'fr-FR',
      );
      expect(await page.isVisible('#bins')).toBe(false);

      await page.click('details.settings > summary');
      await page.check('#scale-grid');
      expect(await page.isDisabled('#method')).toBe(true);
      await page.fill('#grid-r', '30 ; 90 ; 180 ; 365');
      await page.fill('#grid-f', '2 ; 4 ; 7 ; 10');
      await page.fill('#grid-m', '200 ; 100');
      await page.click('#analyse');
      await page.locator('#alert').waitFor();
      expect(await page.innerText('#alert')).toContain(
        sidebarText('fr', 'grid_notAscending', { axis: sidebarText('fr', 'gridAxis_m') }),
      );

      await page.fill('#grid-m', '100 ; 250,5 ; 500 ; 800');
      await page.click('#analyse');
      await page.waitForSelector('#results-title');
      expect(await page.innerText('.thresholds dd[data-axis="m"]')).toBe('100 · 250,5 · 500 · 800');
    },
    TIMEOUT,
  );

  it(
    'shows progress while the analysis runs, then works from the keyboard',
    async () => {
      const addOn = await emulatedAddOn({
        locale: 'fr_FR',
        sheets: [{ name: 'Clients', values: frenchClients() }],
        now: NOW,
      });
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slowServer: ScriptServer = {
        async call(name, ...args) {
          if (name === 'runAnalysis') await gate;
          return addOn.server.call(name, ...args);
        },
      };
      const { page } = await openSidebar(browser(), { html: addOn.html, server: slowServer, locale: 'fr-FR' });
      await page.waitForSelector('#role-client');

      await page.focus('#analyse');
      await page.keyboard.press('Enter');
      await page.locator('.progress').waitFor();
      expect(await page.isDisabled('#analyse')).toBe(true);
      expect(await page.innerText('#status')).toBe(sidebarText('fr', 'analysing', { rows: '30' }));
      expect(await page.getAttribute('main', 'aria-busy')).toBe('true');
      release();
      await page.waitForSelector('#results-title');
      expect(await page.isHidden('.progress')).toBe(true);
      expect(await page.innerText('#status')).toBe(sidebarText('fr', 'analysisDone'));
    },
    TIMEOUT,
  );

  it(
    'shows a server error in French, then runs once the sheet is fixed',
    async () => {
      const values = frenchClients();
      const addOn = await emulatedAddOn({ locale: 'fr_FR', sheets: [{ name: 'Clients', values }], now: NOW });
      const sent: unknown[][] = [];
      const recording: ScriptServer = {
        call(name, ...args) {
          if (name === 'runAnalysis') sent.push(args);
          return addOn.server.call(name, ...args);
        },
      };
      const { page, dialogs } = await openSidebar(browser(), { html: addOn.html, server: recording, locale: 'fr-FR' });
      await page.waitForSelector('#role-client');

      // The user empties the amounts after opening the sidebar.
      const amounts = addOn.spreadsheet.getSheetByName('Clients')!.getRange(2, 4, values.length - 1, 1);
      amounts.setValues(values.slice(1).map(() => ['']));
      await page.click('#analyse');
      const alert = page.locator('#alert');
      await alert.waitFor();

      const serverMessage = (addOn: EmulatedAddOn) => {
        try {
          addOn.server.call('runAnalysis', ...at(sent, 0));
        } catch (error) {
          return (error as Error).message;
        }
        throw new Error('the server accepted a sheet without amounts');
      };
      const english = await emulatedAddOn({
        locale: 'en_US',
        sheets: [{ name: 'Clients', values: addOn.spreadsheet.getSheetByName('Clients')!.getDataRange().getValues() }],
        now: NOW,
      });
      const frenchMessage = serverMessage(addOn);
      expect(frenchMessage).not.toBe(serverMessage(english));
      expect(await alert.locator('.alert-title').innerText()).toBe(sidebarText('fr', 'errorTitle'));
      expect(await alert.locator('p:not(.alert-title)').innerText()).toBe(frenchMessage);
      expect(await page.isEnabled('#analyse')).toBe(true);
      expect(await page.locator('#results-title').count()).toBe(0);

      amounts.setValues(values.slice(1).map((row) => [row[3]]));
      await page.click('#analyse');
      await page.waitForSelector('#results-title');
      expect(await alert.isHidden()).toBe(true);
      expect(dialogs).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'explains a sheet it cannot read, and reads it again on Reload',
    async () => {
      const addOn = await emulatedAddOn({ locale: 'fr_FR', sheets: [{ name: 'Feuille 1', values: [] }], now: NOW });
      const { page, calls } = await openSidebar(browser(), { html: addOn.html, server: addOn.server, locale: 'fr-FR' });
      const alert = page.locator('#alert');
      await alert.waitFor();
      expect(await alert.locator('.alert-title').innerText()).toBe(sidebarText('fr', 'loadErrorTitle'));
      expect(await alert.locator('p:not(.alert-title)').innerText()).not.toBe('');
      expect(await page.isDisabled('#analyse')).toBe(true);

      const values = frenchClients();
      addOn.spreadsheet
        .getSheetByName('Feuille 1')!
        .getRange(1, 1, values.length, at(values, 0).length)
        .setValues(values);
      await page.getByRole('button', { name: sidebarText('fr', 'reload') }).click();
      await page.waitForSelector('#role-client');
      expect(await alert.isHidden()).toBe(true);
      expect(await selectedText(page, '#role-amount')).toBe('Montant');
      expect(await page.isEnabled('#analyse')).toBe(true);
      expect(calls).toEqual(['getLanguage', 'getSourceInfo', 'getSourceInfo']);
    },
    TIMEOUT,
  );

  it(
    'speaks the spreadsheet’s language, not the browser’s, even when the first read fails',
    async () => {
      // a French spreadsheet opened on an empty sheet, in an English browser
      const addOn = await emulatedAddOn({ locale: 'fr_FR', sheets: [{ name: 'Feuille 1', values: [] }], now: NOW });
      const { page, calls } = await openSidebar(browser(), { html: addOn.html, server: addOn.server, locale: 'en-US' });
      const alert = page.locator('#alert');
      await alert.waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await alert.locator('.alert-title').innerText()).toBe(sidebarText('fr', 'loadErrorTitle'));
      expect(await page.getByRole('button', { name: sidebarText('fr', 'reload') }).count()).toBe(1);
      expect(await page.getByRole('button', { name: sidebarText('en', 'reload') }).count()).toBe(0);
      expect(calls).toEqual(['getLanguage', 'getSourceInfo']);
    },
    TIMEOUT,
  );

  it(
    'offers the last sale date in one click when the data ends more than 90 days before today',
    async () => {
      // sales of 2022; today is 2025-07-01: the last sale, 2022-11-20, is 954 days before
      const rows: unknown[][] = [['Customer', 'Order date', 'Revenue']];
      for (let i = 0; i < 12; i += 1) rows.push([`Customer ${i % 4}`, new Date(2022, i % 11, 20), 20 + i]);
      const addOn = await emulatedAddOn({ locale: 'en_GB', sheets: [{ name: 'Sales 2022', values: rows }], now: NOW });
      const { page } = await openSidebar(browser(), { html: addOn.html, server: addOn.server, locale: 'en-GB' });
      const advice = page.locator('#asOf-advice');
      await advice.waitFor();
      expect(await page.inputValue('#asOf')).toBe('2025-07-01');
      expect(await advice.innerText()).toContain('2022-11-20');
      expect(await advice.innerText()).toContain('954 days');
      await page.click('#use-last-date');
      expect(await page.inputValue('#asOf')).toBe('2022-11-20');
      expect(await advice.isHidden()).toBe(true);
      await page.click('#analyse');
      await page.waitForSelector('#results-title');
      const clients = addOn.spreadsheet.getSheetByName('Portfolio – Clients')!.getDataRange().getValues();
      const days = clients[0]!.indexOf('Days since last purchase');
      // the sale of i = 10 (Customer 2, month index 10) is 2022-11-20 itself: 0 days
      expect(Math.min(...clients.slice(1).map((row) => Number(row[days])))).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'says nothing about the reference date when the data is recent',
    async () => {
      const { page } = await openAddOnSidebar(
        browser(),
        {
          locale: 'fr_FR',
          sheets: [{ name: 'Clients', values: frenchClients() }],
        },
        'fr-FR',
      );
      expect(await page.locator('#asOf-advice').count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'greets by the chosen column and downloads the Actions as CSV for mail merge',
    async () => {
      const values = frenchClients().map((row, i) => [...row, i === 0 ? 'Prénom' : `Prénom${i}`]);
      const { addOn, page, pageErrors } = await openAddOnSidebar(
        browser(),
        { locale: 'fr_FR', sheets: [{ name: 'Clients', values }] },
        'fr-FR',
      );
      // the field sits in the settings section, which starts collapsed
      await page.click('details.settings > summary');
      expect(await selectedText(page, '#greeting')).toBe('Client');
      expect(await page.innerText('#greeting-hint')).toContain('{{prenom}}');
      await page.selectOption('#greeting', { label: 'Prénom' });
      await page.click('#analyse');
      await page.waitForSelector('#export-csv');
      const messages = addOn.spreadsheet.getSheetByName('Portefeuille – Actions')!.getDataRange().getValues();
      const message = messages[0]!.indexOf('Message');
      expect(messages.slice(1).every((row) => /Prénom\d+/.test(String(row[message])))).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
      expect(download.suggestedFilename()).toBe('Portefeuille – Actions.csv');
      const text = await new Promise<string>((resolve, reject) => {
        void download.createReadStream().then((stream) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          stream.on('error', reject);
        });
      });
      expect(
        text
          .replace(/^\uFEFF/, '')
          .split('\r\n')
          .filter((line) => line !== ''),
      ).toHaveLength(31);
      expect(text).toContain('Prénom1');
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'keeps the Analyse button in view in a 300 × 600 px sidebar, without scrolling',
    async () => {
      const addOn = await emulatedAddOn({
        locale: 'fr_FR',
        sheets: [{ name: 'Clients', values: frenchClients() }],
        now: NOW,
      });
      const { page } = await openSidebar(browser(), {
        html: addOn.html,
        server: addOn.server,
        locale: 'fr-FR',
        width: 300,
        height: 600,
      });
      await page.waitForSelector('#role-client');
      // the page is taller than the sidebar: without the sticky step the button would be below the fold
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(600);
      const box = await page.locator('#analyse').boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(600);
      expect(await page.locator('#analyse').isEnabled()).toBe(true);
      await page.click('#analyse', { trial: true });
    },
    TIMEOUT,
  );
});
