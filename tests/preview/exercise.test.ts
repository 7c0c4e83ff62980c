/**
 * The local preview's Exercise panel: the page switches the sidebar to the
 * panel, the panel creates an exercise over the emulated spreadsheet, and
 * the page downloads the student and key workbooks of that exercise.
 */
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../tools/preview/server';
import { launchChromium } from '../../tools/sidebar-host/browser';

const TIMEOUT = 90_000;
let preview: RunningPreview;
let browser: Browser;

beforeAll(async () => {
  preview = await startPreview({ port: 0, now: new Date('2026-10-31T12:00:00Z') });
  browser = await launchChromium();
}, TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function download(route: string): Promise<ExcelJS.Workbook> {
  const response = await fetch(`${preview.url}${route}`);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

describe('preview Exercise panel', () => {
  it(
    'creates an exercise from the panel and downloads both workbooks',
    async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(preview.url);
      expect(await page.isHidden('#download-key')).toBe(true);
      await page.selectOption('#panel', 'exercise');
      const sidebar = page.frameLocator('#sidebar');
      await sidebar.locator('#ex-topic').waitFor();
      await sidebar.locator('#ex-topic').selectOption('client-value');
      await sidebar.locator('#ex-seed').fill('2024');
      await sidebar.locator('#ex-create').click();
      await page.locator('#download-key:not([hidden])').waitFor();
      expect(await page.locator('.tabs, [role="tablist"]').first().innerText()).toContain('Exercice – Énoncé');

      const key = await download('/download/exercise-key.xlsx');
      const student = await download('/download/exercise-student.xlsx');
      expect(student.worksheets.map((sheet) => sheet.name)).toEqual(['Énoncé', 'Données', 'Travail']);
      const answers = key.getWorksheet('Corrigé');
      expect(answers?.getRow(1).values).toEqual([
        undefined,
        'Client',
        'Panier moyen',
        'Achats par an',
        'Durée (années)',
        'Taux de marge',
        'Valeur client',
      ]);
      expect(answers?.rowCount).toBe(11);
      // Each client value is average basket × purchases per year × years × margin rate, to the cent.
      for (let row = 2; row <= 11; row += 1) {
        const [basket, perYear, years, margin, value] = [2, 3, 4, 5, 6].map((column) =>
          Number(answers?.getRow(row).getCell(column).value),
        );
        expect(value).toBeCloseTo(Math.round(basket! * perYear! * years! * margin! * 100) / 100, 2);
      }
      expect(pageErrors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'answers 404 for the exercise workbooks when the spreadsheet holds no exercise',
    async () => {
      const fresh = await startPreview({ port: 0 });
      try {
        expect((await fetch(`${fresh.url}/download/exercise-key.xlsx`)).status).toBe(404);
      } finally {
        await fresh.close();
      }
    },
    TIMEOUT,
  );
});
