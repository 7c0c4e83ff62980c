/**
 * The local preview, end to end: the server started in-process on a free
 * port, the page driven in headless Chromium (the real built sidebar in its
 * frame, `google.script.run` answered by the built bundle in the emulator),
 * uploads, the language switch, the `.xlsx` download, bad files, and the
 * `npm start` entry script.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fileImportMessage } from '../../tools/file-import/index';
import { startPreview, type RunningPreview } from '../../tools/preview/server';
import { previewText } from '../../src/core/i18n/previewTexts';
import type { WorkbookView } from '../../tools/preview/types';
import { launchChromium } from '../../tools/sidebar-host/browser';
import { sidebarText } from '../../src/core/i18n/sidebarTexts';
import { at } from '../../tools/indexing';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOUTIQUE_CSV = path.join(ROOT, 'examples', 'boutique-clients.csv');
const SALES_LOG_CSV = path.join(ROOT, 'examples', 'shop-sales-log.csv');
/** Upload limit of the browser tests' server: the sales log (about 120 KB) fits, a 300 KB file does not. */
const UPLOAD_LIMIT = 256 * 1024;
const XSS = '<img src=x onerror=alert(1)>';
const FRENCH_SHEETS = [
  'Portefeuille – Clients',
  'Portefeuille – Actions',
  'Portefeuille – Synthèse',
  'Portefeuille – Mouvements',
];
const ENGLISH_SHEETS = ['Portfolio – Clients', 'Portfolio – Actions', 'Portfolio – Summary', 'Portfolio – Movements'];

/** Rows of a CSV example as text (papaparse, independent of the preview's import). */
function csvRows(file: string, delimiter: string): string[][] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
}

/** Data rows of the boutique example: rows below the header with a client name. */
function boutiqueClients(): string[][] {
  return csvRows(BOUTIQUE_CSV, ';')
    .slice(1)
    .filter((row) => (row[0] ?? '').trim() !== '');
}

/** Distinct customers of the sales log example (column `Customer`). */
function salesLogCustomers(): Set<string> {
  const [header = [], ...rows] = csvRows(SALES_LOG_CSV, ',');
  const column = header.indexOf('Customer');
  return new Set(rows.map((row) => (row[column] ?? '').trim()).filter((name) => name !== ''));
}

let preview: RunningPreview;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
const failedResponses: string[] = [];

async function api(method: 'GET' | 'POST', route: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${preview.url}${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

const sidebar = (): FrameLocator => page.frameLocator('#sidebar');

async function tabNames(): Promise<string[]> {
  return page.locator('#tabs [role=tab]').allTextContents();
}

async function activeTab(): Promise<string> {
  return page.locator('#tabs [role=tab][aria-selected=true]').innerText();
}

/** Grid rows holding at least one non-blank cell, as their cell texts. */
async function filledGridRows(): Promise<string[][]> {
  const rows = await page.$$eval('#grid tbody tr', (trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
  );
  return rows.filter((cells) => cells.some((text) => text !== ''));
}

/** Waits until the tabs are exactly `names`. */
async function waitForTabs(names: string[]): Promise<void> {
  await expect.poll(tabNames, { timeout: 15_000 }).toEqual(names);
}

/** Clicks Analyse in the sidebar once it has read the source, and waits for its summary. */
async function analyse(): Promise<void> {
  await sidebar().locator('#role-client').waitFor();
  await sidebar().locator('#analyse').click();
  await sidebar().locator('#results-title').waitFor({ timeout: 30_000 });
}

async function openTab(name: string): Promise<void> {
  await page.locator('#tabs [role=tab]', { hasText: name }).first().click();
  await expect.poll(activeTab).toBe(name);
}

async function upload(name: string, data: Buffer): Promise<void> {
  await page.setInputFiles('#open-file', { name, mimeType: 'application/octet-stream', buffer: data });
}

async function bannerMessage(): Promise<string> {
  await page.locator('#banner').waitFor({ state: 'visible' });
  return page.locator('#banner-message').innerText();
}

beforeAll(async () => {
  preview = await startPreview({ port: 0, maxUploadBytes: UPLOAD_LIMIT });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('local preview in the browser', () => {
  beforeEach(async () => {
    const reset = await api('POST', '/api/example', { example: 'boutique' });
    expect(reset.status).toBe(200);
    failedResponses.length = 0;
    await page.goto(preview.url);
    await waitForTabs(['Clients', 'Formules']);
  });

  it('shows the boutique example in French: the Clients tab, its header and cells, the sidebar', async () => {
    const [header = [], first = []] = csvRows(BOUTIQUE_CSV, ';');
    expect(await activeTab()).toBe('Clients');
    expect(await page.locator('h1').innerText()).toBe(previewText('fr', 'pageTitle'));
    const rows = await filledGridRows();
    expect(rows[0]?.slice(0, header.length)).toEqual(header.map((text) => text.replace(/^\uFEFF/, '')));
    // Client, e-mail, phone and the date as the French CSV writes them (dd/mm/yyyy).
    expect(rows[1]?.slice(0, 4)).toEqual(first.slice(0, 4));
    await expect.poll(() => sidebar().locator('#analyse').innerText()).toBe(sidebarText('fr', 'analyse'));
    // nothing the page asks for is missing, the browser's /favicon.ico included
    const favicon = await fetch(new URL('/favicon.ico', preview.url));
    expect([favicon.status, favicon.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
    expect(failedResponses).toEqual([]);
  });

  it('runs Analyse from the sidebar: new tabs, the Summary with two charts, one Clients row per client', async () => {
    const clients = boutiqueClients();
    expect(clients.length).toBeGreaterThan(10);
    await analyse();
    await waitForTabs([
      'Clients',
      'Formules',
      ...FRENCH_SHEETS,
      'Portefeuille – Règles segments',
      'Portefeuille – Catalogue',
      'Portefeuille – Historique',
    ]);
    expect(await activeTab()).toBe('Portefeuille – Synthèse');
    const charts = page.locator('#grid svg.sheet-chart');
    expect(await charts.count()).toBe(2);
    expect(await charts.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('data-chart-type')))).toEqual([
      'LINE',
      'COLUMN',
    ]);
    const linePoints = await charts.nth(0).locator('polyline').first().getAttribute('points');
    expect((linePoints ?? '').trim().split(' ').length).toBeGreaterThan(5);
    // the lesson's two lines, dashed: 20 % of clients (vertical, one x) and 80 % of revenue (horizontal, one y)
    const referenceLines = charts.nth(0).locator('polyline[data-reference-line]');
    expect(await referenceLines.count()).toBe(2);
    const ends = async (index: number) =>
      ((await referenceLines.nth(index).getAttribute('points')) ?? '')
        .trim()
        .split(' ')
        .map((point) => point.split(',').map(Number));
    const [vertical, horizontal] = [await ends(0), await ends(1)];
    expect(vertical).toHaveLength(2);
    expect(vertical[0]?.[0]).toBe(vertical[1]?.[0]);
    expect(horizontal[0]?.[1]).toBe(horizontal[1]?.[1]);
    expect(await charts.nth(0).locator('text.chart-legend').allTextContents()).toEqual([
      '% CA',
      '20\u202f% des clients',
      '80\u202f% du CA',
    ]);
    expect(await charts.nth(1).locator('rect.chart-column').count()).toBeGreaterThan(5);

    await openTab('Portefeuille – Clients');
    const rows = await filledGridRows();
    expect(rows.length - 1).toBe(clients.length);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(clients.map((row) => row[0])));

    // Actions: one mail-merge row per client, under one header row.
    await openTab('Portefeuille – Actions');
    const actions = await filledGridRows();
    const clientColumn = at(actions, 0).indexOf('Client');
    expect(actions.length - 1).toBe(clients.length);
    expect(new Set(actions.slice(1).map((row) => row[clientColumn]))).toEqual(new Set(clients.map((row) => row[0])));

    // Summary: the headline count of clients, and one row per ABC class.
    await openTab('Portefeuille – Synthèse');
    const summary = await filledGridRows();
    expect(summary.find((row) => row[0] === 'Clients')?.[1]).toBe(String(clients.length));
    expect(summary.filter((row) => ['A', 'B', 'C'].includes(at(row, 0))).map((row) => row[0])).toEqual(['A', 'B', 'C']);
    expect(pageErrors).toEqual([]);
  });

  it('downloads every sheet as an .xlsx workbook that reads back', async () => {
    await analyse();
    await waitForTabs([
      'Clients',
      'Formules',
      ...FRENCH_SHEETS,
      'Portefeuille – Règles segments',
      'Portefeuille – Catalogue',
      'Portefeuille – Historique',
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preview-download-')), 'out.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 6)).toEqual(['Clients', 'Formules', ...FRENCH_SHEETS]);
    expect(names).toHaveLength(9);
    expect(names.every((name) => name.length <= 31)).toBe(true);

    const clientsSheet = workbook.getWorksheet('Portefeuille – Clients');
    expect(clientsSheet).toBeDefined();
    expect(clientsSheet!.actualRowCount - 1).toBe(boutiqueClients().length);
    expect(clientsSheet!.getRow(1).getCell(1).font?.bold).toBe(true);
    const lastPurchase = clientsSheet!.getRow(2).values as unknown[];
    expect(lastPurchase.some((value) => value instanceof Date)).toBe(true);
    const source = workbook.getWorksheet('Clients');
    const first = at(boutiqueClients(), 0);
    expect(source!.getRow(2).getCell(1).value).toBe(first[0]);
    // The date cell holds the calendar day of the CSV (dd/mm/yyyy), whatever the time zone.
    const [day = NaN, month = NaN, year = NaN] = at(first, 3).split('/').map(Number);
    expect(source!.getRow(2).getCell(4).value).toEqual(new Date(Date.UTC(year, month - 1, day)));
  });

  it('opens the English sales log with the picker, follows the locale switch, and analyses it in English', async () => {
    await page.setInputFiles('#open-file', SALES_LOG_CSV);
    await waitForTabs(['shop-sales-log']);
    expect(await page.locator('#file-name').innerText()).toBe('shop-sales-log.csv');
    const [header = [], first = []] = csvRows(SALES_LOG_CSV, ',');
    const rows = await filledGridRows();
    expect(rows[0]?.slice(0, header.length)).toEqual(header);
    const [year, month, day] = at(first, 0).split('-').map(Number);
    expect(rows[1]?.[0]).toBe(`${month}/${day}/${year}`);

    await page.selectOption('#locale', 'fr_FR');
    await expect.poll(() => page.locator('#download').innerText()).toBe(previewText('fr', 'download'));
    await expect.poll(() => sidebar().locator('#analyse').innerText()).toBe(sidebarText('fr', 'analyse'));
    await page.selectOption('#locale', 'en_US');
    await expect.poll(() => page.locator('#download').innerText()).toBe(previewText('en', 'download'));
    await expect.poll(() => sidebar().locator('#analyse').innerText()).toBe(sidebarText('en', 'analyse'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await analyse();
    await waitForTabs([
      'shop-sales-log',
      ...ENGLISH_SHEETS,
      'Portfolio – Segment rules',
      'Portfolio – Action catalogue',
      'Portfolio – History',
    ]);
    // A sales log's Summary adds the clients per value quadrant (value now × value to come) to the two charts.
    const charts = page.locator('#grid svg.sheet-chart');
    expect(await charts.count()).toBe(3);
    expect(await charts.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('data-chart-type')))).toEqual([
      'LINE',
      'COLUMN',
      'COLUMN',
    ]);
    await openTab('Portfolio – Clients');
    expect((await filledGridRows()).length - 1).toBe(salesLogCustomers().size);

    // switching the language after a run, then running again, replaces the owned sheets: one set, in French
    await openTab('shop-sales-log');
    await page.selectOption('#locale', 'fr_FR');
    await analyse();
    const french = [
      'shop-sales-log',
      ...FRENCH_SHEETS,
      'Portefeuille – Règles segments',
      'Portefeuille – Catalogue',
      'Portefeuille – Historique',
    ];
    await expect.poll(async () => [...(await tabNames())].sort(), { timeout: 15_000 }).toEqual([...french].sort());
  });

  it('reads a semicolon CSV with decimal commas, and shows markup in cells and names as text', async () => {
    const names = [
      XSS,
      'Ana Lima',
      'Bruno Costa',
      'Chloé Martin',
      'David Roux',
      'Emma Petit',
      'Félix Blanc',
      'Gaëlle Noir',
      'Hugo Vert',
      'Inès Gris',
      'Jules Brun',
      'Karim Bleu',
    ];
    const lines = ['Client;Date du dernier achat;Nombre d’achats;Montant total (€)'];
    names.forEach((name, i) =>
      lines.push(
        `${name};${String(1 + i * 2).padStart(2, '0')}/09/2026;${1 + (i % 6)};${i === 0 ? '1 234,50' : `${10 + i * 7},${i}5`}`,
      ),
    );
    const fileName = '<img src=x onerror=alert(2)>.csv';
    await upload(fileName, Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'));
    await waitForTabs(['<img src=x onerror=alert(2)>']);
    expect(await page.locator('#file-name').innerText()).toBe(fileName);

    const rows = await filledGridRows();
    expect(rows[1]?.[0]).toBe(XSS);
    expect(rows[1]?.[3]).toBe('1234,5');
    expect(await page.locator('#grid tbody tr').nth(1).locator('td').nth(3).getAttribute('class')).toContain(
      'kind-number',
    );
    expect(rows[2]?.[3]).toBe('17,15');
    expect(await page.locator('img').count()).toBe(0);

    await analyse();
    await waitForTabs([
      '<img src=x onerror=alert(2)>',
      ...FRENCH_SHEETS,
      'Portefeuille – Règles segments',
      'Portefeuille – Catalogue',
      'Portefeuille – Historique',
    ]);
    await openTab('Portefeuille – Clients');
    const clientRows = await filledGridRows();
    expect(clientRows.length - 1).toBe(names.length);
    expect(clientRows.map((row) => row[0])).toContain(XSS);
    expect(await page.locator('img').count()).toBe(0);
    expect(await sidebar().locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows a clear message for bad files, keeps the workbook, and the server keeps answering', async () => {
    const oversize = Buffer.alloc(UPLOAD_LIMIT + 10_000, 'a;1\n');
    const cases: Array<{ name: string; data: Buffer; expected: (lang: 'fr' | 'en') => string }> = [
      {
        name: 'rapport.pdf',
        data: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
        expected: (lang) => fileImportMessage(lang, 'unsupported_format', { fileName: 'rapport.pdf' }),
      },
      {
        name: 'vide.csv',
        data: Buffer.alloc(0),
        expected: (lang) => fileImportMessage(lang, 'empty_file', { fileName: 'vide.csv' }),
      },
      {
        name: 'énorme.csv',
        data: oversize,
        expected: (lang) =>
          fileImportMessage(lang, 'file_too_large', {
            fileName: 'énorme.csv',
            sizeBytes: oversize.length,
            maxBytes: UPLOAD_LIMIT,
          }),
      },
      {
        name: 'guillemets.csv',
        data: Buffer.from('Client;Montant\n"Ana;12\nBob;3\n', 'utf8'),
        expected: (lang) =>
          fileImportMessage(lang, 'csv_malformed', { fileName: 'guillemets.csv', line: 2, problem: 'unclosed_quote' }),
      },
    ];
    for (const bad of cases) {
      await upload(bad.name, bad.data);
      await expect.poll(bannerMessage).toBe(bad.expected('fr'));
      expect(await tabNames()).toEqual(['Clients', 'Formules']);
      const state = await api('GET', '/api/workbook');
      expect(state.status).toBe(200);
      expect((state.json as WorkbookView).fileName).toBe('boutique-clients.xlsx');
      await page.click('#banner .banner-close');
      await page.locator('#banner').waitFor({ state: 'hidden' });
    }
    // The same message in English once the spreadsheet is English.
    await page.selectOption('#locale', 'en_US');
    await expect.poll(() => page.locator('#download').innerText()).toBe(previewText('en', 'download'));
    const broken = at(cases, 3);
    await upload(broken.name, broken.data);
    await expect.poll(bannerMessage).toBe(broken.expected('en'));
    expect(await tabNames()).toEqual(['Clients', 'Formules']);
  });
});

describe('local preview over HTTP', () => {
  it('refuses a real 50 MB upload with the size message and keeps serving', async () => {
    const server = await startPreview({ port: 0 });
    try {
      const size = 50 * 1024 * 1024;
      const big = Buffer.alloc(size, 'Client;Montant\nAna;12,5\n');
      const response = await fetch(`${server.url}/api/upload?name=ventes.csv`, { method: 'POST', body: big });
      expect(response.status).toBe(413);
      const reply = (await response.json()) as { error: { code: string; message: { fr: string; en: string } } };
      expect(reply.error.code).toBe('file_too_large');
      expect(reply.error.message.fr).toBe(
        fileImportMessage('fr', 'file_too_large', {
          fileName: 'ventes.csv',
          sizeBytes: size,
          maxBytes: 20 * 1024 * 1024,
        }),
      );
      const after = await fetch(`${server.url}/api/workbook`);
      expect(after.status).toBe(200);
      expect(((await after.json()) as WorkbookView).fileName).toBe('boutique-clients.xlsx');
    } finally {
      await server.close();
    }
  });

  it('answers malformed requests with an error and stays up', async () => {
    const badJson = await fetch(`${preview.url}/api/activate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(badJson.status).toBe(400);
    const unknownSheet = await api('POST', '/api/activate', { sheet: 'Nope' });
    expect(unknownSheet.status).toBe(404);
    expect((unknownSheet.json as { error: { message: { en: string } } }).error.message.en).toBe(
      previewText('en', 'error_unknown_sheet'),
    );
    const before = ((await api('GET', '/api/workbook')).json as WorkbookView).locale;
    const foreign = await fetch(`${preview.url}/api/locale`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ locale: before === 'fr_FR' ? 'en_US' : 'fr_FR' }),
    });
    expect(foreign.status).toBe(403);
    const state = await api('GET', '/api/workbook');
    expect(state.status).toBe(200);
    expect((state.json as WorkbookView).locale).toBe(before);
  });

  it('`tsx tools/preview/start.ts FILE` opens the file and prints the address', async () => {
    const child = spawn(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['tools/preview/start.ts', 'examples/boutique-clients.csv'],
      {
        cwd: ROOT,
        env: { ...process.env, PORT: '0', LC_ALL: '', LANG: 'en_US.UTF-8' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const match = /Client Portfolio preview: (http:\/\/localhost:\d+)/.exec(output);
          if (match) resolve(at(match, 1));
        });
        child.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const view = (await (await fetch(`${url}/api/workbook`)).json()) as WorkbookView;
      expect(view.fileName).toBe('boutique-clients.csv');
      expect(view.locale).toBe('fr_FR');
      expect(view.sheets).toEqual(['boutique-clients']);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
