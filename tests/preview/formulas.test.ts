/**
 * Trying the formulas in the preview: cells edited in the grid, formulas of
 * the add-on's functions over A1 ranges evaluated with the real bundle,
 * errors shown as Sheets shows them (#ERROR!, the message on hover). The
 * parser in node, the grid in headless Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFormula } from '../../tools/preview/formulas';
import { startPreview, type RunningPreview } from '../../tools/preview/server';
import { launchChromium } from '../../tools/sidebar-host/browser';

describe('parseFormula', () => {
  it('reads one call of the six functions with ranges, numbers, texts and omitted arguments', () => {
    expect(parseFormula('=rfm_score(B2:B; C2:C;D2:D;; 1,5)', true)).toEqual({
      name: 'RFM_SCORE',
      args: [
        { kind: 'range', a1: 'B2:B' },
        { kind: 'range', a1: 'C2:C' },
        { kind: 'range', a1: 'D2:D' },
        { kind: 'omitted' },
        { kind: 'value', value: 1.5 },
      ],
    });
    expect(parseFormula(`=RFM_SEGMENT('Mes clients'!$K$2:$K$9, "fr-ladder")`, false)).toEqual({
      name: 'RFM_SEGMENT',
      args: [
        { kind: 'range', a1: `'Mes clients'!K2:K9` },
        { kind: 'value', value: 'fr-ladder' },
      ],
    });
    expect(parseFormula('=ABC_CLASS(F2:F11, 70%)', false)?.args[1]).toEqual({ kind: 'value', value: 0.7 });
  });

  it('leaves anything else as typed: other functions, expressions, plain text', () => {
    expect(parseFormula('=SUM(A1:A3)', false)).toBeNull();
    expect(parseFormula('=ABC_CLASS(A1:A3)*2', false)).toBeNull();
    expect(parseFormula('=ABC_CLASS(A1+A2)', false)).toBeNull();
    expect(parseFormula('ABC_CLASS(A1:A3)', false)).toBeNull();
  });
});

const TIMEOUT = 60_000;
let preview: RunningPreview;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  preview = await startPreview({ port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.goto(preview.url);
  await page.locator('td[data-row="1"][data-column="1"]').waitFor();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const cell = (row: number, column: number) => page.locator(`td[data-row="${row}"][data-column="${column}"]`);

/**
 * Double-clicks a cell, types `input`, presses Enter and waits for the grid
 * drawn from the server's answer (a redraw would close the next cell's editor).
 */
async function type(row: number, column: number, input: string): Promise<void> {
  await cell(row, column).dblclick();
  const editor = cell(row, column).locator('input.cell-input');
  await editor.fill(input);
  await editor.press('Enter');
  if (input.startsWith('=')) await expect.poll(() => cell(row, column).getAttribute('data-formula')).toBe(input);
  else await expect.poll(() => cell(row, column).innerText()).toBe(input);
}

describe('the preview grid', () => {
  it(
    'evaluates a formula of the add-on over the cells typed beside it, and follows their edits',
    async () => {
      // the boutique example is French: arguments are separated by ";"
      await type(1, 8, '40');
      await type(2, 8, '900');
      await type(3, 8, '60');
      await type(1, 9, '=ABC_CLASS(H1:H3)');
      // 40 + 900 + 60 = 1 000: 900 reaches 90 % (A), 900 + 60 = 96 % (B), 40 the rest (C)
      await expect
        .poll(async () => [await cell(1, 9).innerText(), await cell(2, 9).innerText(), await cell(3, 9).innerText()])
        .toEqual(['C', 'A', 'B']);
      expect(await cell(1, 9).getAttribute('data-formula')).toBe('=ABC_CLASS(H1:H3)');
      // 900 becomes 10: 60 + 40 + 10 = 110; 60 is 55 % (A), 60 + 40 = 91 % (A, it crosses 80 %), 110 is 100 % (B, it crosses 95 %)
      await type(2, 8, '10');
      await expect
        .poll(async () => [await cell(1, 9).innerText(), await cell(2, 9).innerText(), await cell(3, 9).innerText()])
        .toEqual(['A', 'B', 'A']);
    },
    TIMEOUT,
  );

  it(
    'evaluates the Formules sheet of the example workbook with the real add-on',
    async () => {
      await page.getByRole('tab', { name: 'Formules' }).click();
      await expect.poll(async () => cell(2, 1).innerText(), { timeout: 15_000 }).toMatch(/^[1-5]{3}$/);
      const row = await Promise.all([1, 2, 3, 4, 5].map((column) => cell(2, column).innerText()));
      expect(row).not.toContain('#ERROR!');
      expect(row[1]).not.toBe('');
      expect(['A', 'B', 'C']).toContain(row[2]);
      expect(await cell(2, 1).getAttribute('data-formula')).toBe(
        '=RFM_SCORE(Clients!D2:D63, Clients!E2:E63, Clients!F2:F63)',
      );
      // 60 clients and 2 blank rows: the codes fill A2:A63 and leave the blank rows blank
      const codes = await page.$$eval('td[data-column="1"]', (cells) => cells.map((td) => td.textContent ?? ''));
      expect(codes.filter((text) => /^[1-5]{3}$/.test(text))).toHaveLength(60);
    },
    TIMEOUT,
  );

  it(
    'shows a failing formula as #ERROR! with the function’s message on hover',
    async () => {
      await type(6, 9, '=RFM_SEGMENT(999)');
      await expect.poll(async () => cell(6, 9).innerText()).toBe('#ERROR!');
      const message = await cell(6, 9).getAttribute('title');
      expect(message).toMatch(/^RFM_SEGMENT : argument « codes »/);
      expect(message).toContain('999');
    },
    TIMEOUT,
  );
});
