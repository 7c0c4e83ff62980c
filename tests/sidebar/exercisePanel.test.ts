/**
 * The Exercise panel in headless Chromium, as the menu opens it, over the
 * real server code: defaults, creating an exercise, checking the answers,
 * the student version, and a bad field caught before any call.
 */
import { describe, expect, it } from 'vitest';
import { openSidebar } from '../../tools/sidebar-host/browser';
import { emulatedAddOn } from '../../tools/sidebar-host/emulatedAddOn';
import type { LoadedBundle } from '../../tools/gas-emulator/index.ts';
import { chromiumPerFile, NOW, TIMEOUT } from '../support/sidebarSession';

const browser = chromiumPerFile();

/** The panel as the menu item shows it: the sidebar page with its root marked for the Exercise panel. */
async function openPanel(locale: string, browserLocale: string) {
  const addOn = await emulatedAddOn({
    locale,
    sheets: [{ name: 'Notes', values: [['Mes notes'], ['à garder']] }],
    now: NOW,
  });
  (addOn.server as LoadedBundle).call('showExercisePanel');
  const html = addOn.spreadsheet.emulator.ui.sidebars[0]?.content ?? '';
  const opened = await openSidebar(browser(), { html, server: addOn.server, locale: browserLocale });
  await opened.page.waitForSelector('#ex-topic');
  return { addOn, ...opened };
}

describe('Exercise panel', () => {
  it(
    'creates an exercise with the chosen options, checks the answers and keeps the key without a Yes',
    async () => {
      const { addOn, page, calls, pageErrors } = await openPanel('fr_FR', 'fr-FR');
      const before = addOn.spreadsheet.emulator.snapshot('Notes');
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.inputValue('#ex-asof')).toBe('2025-07-01');
      expect(Number(await page.inputValue('#ex-seed'))).toBeGreaterThanOrEqual(0);
      await page.selectOption('#ex-topic', 'pareto-abc');
      await page.fill('#ex-clients', '6');
      await page.selectOption('#ex-level', '1');
      await page.fill('#ex-seed', '123');
      await page.selectOption('#ex-rule', 'within');
      await page.click('#ex-create');
      await page.waitForFunction(() => document.querySelector('#ex-status')?.textContent?.startsWith('Exercice créé'));
      expect(await page.textContent('#ex-status')).toBe(
        'Exercice créé (pareto-abc, graine 123) : Exercice – Énoncé, Exercice – Données, Exercice – Travail, Exercice – Corrigé.',
      );
      const settings = addOn.spreadsheet.getSheetByName('Exercice – Paramètres')!.getDataRange().getValues();
      expect(
        settings
          .filter((row) => ['topic', 'seed', 'clients', 'level', 'abcRule', 'lang'].includes(String(row[0])))
          .map((row) => [row[0], row[1]]),
      ).toEqual([
        ['topic', 'pareto-abc'],
        ['seed', '123'],
        ['clients', '6'],
        ['level', '1'],
        ['lang', 'fr'],
        ['abcRule', 'within'],
      ]);
      expect(addOn.spreadsheet.emulator.snapshot('Notes')).toEqual(before);

      await page.click('#ex-check');
      await page.waitForFunction(() => document.querySelector('#ex-status')?.textContent?.startsWith('Note'));
      expect(await page.textContent('#ex-status')).toBe('Note : 0 / 20 (détail dans « Exercice – Résultat »).');

      await page.click('#ex-student');
      await page.waitForFunction(() => document.querySelector('#ex-status')?.textContent === 'Rien n’a été supprimé.');
      expect(addOn.spreadsheet.getSheetByName('Exercice – Corrigé')).not.toBeNull();
      expect(calls).toEqual(['getExerciseDefaults', 'createExerciseSheets', 'checkMyAnswers', 'prepareStudentVersion']);
      expect(pageErrors).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'names a bad field before calling the server',
    async () => {
      const { page, calls } = await openPanel('en_US', 'en-US');
      await page.fill('#ex-clients', '3');
      await page.click('#ex-create');
      await page.waitForSelector('#alert:not([hidden])');
      expect(await page.textContent('#alert')).toContain('Check the field “Number of clients (5–30)”.');
      expect(await page.getAttribute('#ex-clients', 'aria-invalid')).toBe('');
      expect(calls).toEqual(['getExerciseDefaults']);
    },
    TIMEOUT,
  );
});
