/**
 * Exercise workbooks in the spreadsheet, through the built bundle and the
 * emulator: the sheets written (and only those), drop-down lists, warning-only
 * protection, hidden settings without answers, checking from the settings
 * alone, and the student version after a confirmation.
 */
import { describe, expect, it } from 'vitest';
import { simulateScriptRun } from '../../tools/gas-emulator/index.ts';
import type { ExerciseCheck, ExerciseCreated, ExerciseRequest, StudentVersion } from '../../src/server/api';
import { openAddOn, type AddOnRun } from '../support/addOn';

/** `SpreadsheetApp.ProtectionType.SHEET` */
const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

const USER_SHEET = {
  name: 'Clients',
  values: [
    ['Client', 'Montant'],
    ['Ana', 10],
    ['Ben', 20],
  ],
};

const REQUEST: ExerciseRequest = {
  topic: 'rfm-grid',
  clients: 8,
  level: 2,
  seed: 42,
  lang: '',
  asOf: '2025-06-30',
  abcRule: 'reach',
  rounding: 2,
};

async function open(locale = 'en_US'): Promise<AddOnRun> {
  return openAddOn({ locale, timeZone: 'Europe/Paris', sheets: [USER_SHEET] });
}

function create(run: AddOnRun, request: Partial<ExerciseRequest> = {}): ExerciseCreated {
  return simulateScriptRun(run.bundle.call('createExerciseSheets', { ...REQUEST, ...request })) as ExerciseCreated;
}

function check(run: AddOnRun): ExerciseCheck {
  return simulateScriptRun(run.bundle.call('checkMyAnswers')) as ExerciseCheck;
}

function values(run: AddOnRun, name: string): unknown[][] {
  return run.ss.getSheetByName(name)!.getDataRange().getValues();
}

/** Copies the answers of the Answer key into the blank answer cells of the Work sheet, as a student would type them. */
function copyKeyIntoWork(run: AddOnRun, keyName: string, workName: string): void {
  const key = values(run, keyName);
  const work = run.ss.getSheetByName(workName)!;
  const clients = work
    .getDataRange()
    .getValues()
    .filter((row, i) => i > 0 && row[0] !== '').length;
  const grid = work.getRange(2, 1, clients, key[0]!.length).getValues();
  const filled = grid.map((row, i) => row.map((cell, j) => (cell === '' ? key[i + 1]![j] : cell)));
  work.getRange(2, 1, clients, key[0]!.length).setValues(filled);
}

describe('createExerciseSheets', () => {
  it('writes the five exercise sheets, one setValues each, and leaves the user’s sheet alone', async () => {
    const run = await open();
    const before = run.ss.emulator.snapshot('Clients');
    run.ss.emulator.resetCalls();
    const created = create(run);
    expect(created).toEqual({
      lang: 'en',
      topic: 'rfm-grid',
      seed: 42,
      sheets: ['Exercise – Statement', 'Exercise – Data', 'Exercise – Work', 'Exercise – Answer key'],
    });
    expect(run.ss.emulator.sheetNames()).toEqual([
      'Clients',
      'Exercise – Statement',
      'Exercise – Data',
      'Exercise – Work',
      'Exercise – Answer key',
      'Exercise – Settings',
    ]);
    expect(run.ss.emulator.calls()['Range.setValues']).toBe(5);
    expect(run.ss.emulator.snapshot('Clients')).toEqual(before);
    expect(run.ss.getSheetByName('Exercise – Settings')!.isSheetHidden()).toBe(true);
    expect(run.ss.getActiveSheet().getName()).toBe('Exercise – Statement');
    const statement = values(run, 'Exercise – Statement').flat().join('\n');
    expect(statement).toContain('Exercise – RFM scoring with a grid');
    expect(statement).toContain('2025-06-30');
  });

  it('leaves the answer cells blank with a drop-down list for labels, protects the rest with a warning only', async () => {
    const run = await open();
    create(run);
    const work = run.ss.getSheetByName('Exercise – Work')!;
    const rows = values(run, 'Exercise – Work');
    expect(rows[0]).toEqual([
      'Client',
      'Days since last purchase',
      'Purchases',
      'Amount',
      'R',
      'F',
      'M',
      'RFM code',
      'Segment',
    ]);
    for (const row of rows.slice(1, 9)) {
      expect(row[0]).not.toBe('');
      expect(row[2]).not.toBe('');
      expect(row.filter((_, j) => j === 1 || j >= 4)).toEqual(['', '', '', '', '', '']);
    }
    const rule = work.getRange(2, 9).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toContain('Very good client');
    expect(work.getRange(9, 9).getDataValidation()).not.toBeNull();
    expect(work.getRange(2, 8).getDataValidation()).toBeNull();
    const [protection] = work.getProtections(SHEET);
    expect(protection!.isWarningOnly()).toBe(true);
    expect(protection!.getUnprotectedRanges().map((range) => range.getA1Notation())).toEqual([
      'B2:B9',
      'E2:E9',
      'F2:F9',
      'G2:G9',
      'H2:H9',
      'I2:I9',
    ]);
    for (const name of ['Exercise – Statement', 'Exercise – Data']) {
      expect(run.ss.getSheetByName(name)!.getProtections(SHEET)[0]!.isWarningOnly()).toBe(true);
    }
  });

  it('keeps no answer in the hidden settings', async () => {
    const run = await open();
    create(run, { topic: 'client-value' });
    const settings = values(run, 'Exercise – Settings').flat().map(String);
    expect(settings).toEqual(expect.arrayContaining(['topic', 'client-value', 'seed', '42', 'version']));
    const key = values(run, 'Exercise – Answer key');
    for (const row of key.slice(1, 9)) expect(settings).not.toContain(String(row[5]));
  });

  it('names the sheets in French for a French spreadsheet and reports a bad option by name', async () => {
    const run = await open('fr_FR');
    const created = create(run, { topic: 'pareto-abc' });
    expect(created.sheets).toEqual([
      'Exercice – Énoncé',
      'Exercice – Données',
      'Exercice – Travail',
      'Exercice – Corrigé',
    ]);
    expect(values(run, 'Exercice – Corrigé')[0]).toEqual([
      'Client',
      'Montant',
      '% du CA',
      '% cumulé du CA',
      '% des clients',
      '% cumulé des clients',
      'Classe',
    ]);
    expect(() => run.bundle.call('createExerciseSheets', { ...REQUEST, clients: 40 })).toThrow(
      'le paramètre d’exercice « clients » doit être 5–30 (40)',
    );
  });

  it('refuses a request field of the wrong kind by name, and makes the default exercise without a request', async () => {
    const run = await open('en_US');
    // What a caller other than the sidebar might send through google.script.run: no script error leaks out.
    expect(() => run.bundle.call('createExerciseSheets', { ...REQUEST, asOf: 20251231 })).toThrow(
      'the exercise setting "asOf" must be yyyy-mm-dd (20251231)',
    );
    expect(() => run.bundle.call('createExerciseSheets', { ...REQUEST, topic: ['rfm-grid'] })).toThrow(
      'the exercise setting "topic" must be',
    );
    expect(() => run.bundle.call('createExerciseSheets', { ...REQUEST, clients: { n: 10 } })).toThrow(
      'the exercise setting "clients" must be 5–30 ({"n":10})',
    );
    const created = run.bundle.call('createExerciseSheets', null) as { sheets: string[] };
    expect(created.sheets).toEqual([
      'Exercise – Statement',
      'Exercise – Data',
      'Exercise – Work',
      'Exercise – Answer key',
    ]);
    // The default exercise: 10 clients (header + 10 rows of data).
    expect(values(run, 'Exercise – Data')).toHaveLength(11);
  });
});

describe('checkMyAnswers', () => {
  it('gives 20/20 to the key’s answers, from the settings alone, even with the Answer key sheet changed', async () => {
    const run = await open();
    create(run, { topic: 'rfm-points' });
    copyKeyIntoWork(run, 'Exercise – Answer key', 'Exercise – Work');
    run.ss.getSheetByName('Exercise – Answer key')!.getRange(2, 9).setValue('Good client?');
    const result = check(run);
    expect(result.mark).toBe(20);
    expect(result.sheet).toBe('Exercise – Result');
    const table = values(run, 'Exercise – Result');
    expect(table[1]?.slice(0, 2)).toEqual(['Mark', '20 / 20']);
    expect(table.flat()).not.toContain('✘');
    expect(run.ss.getActiveSheet().getName()).toBe('Exercise – Result');
  });

  it('marks one wrong answer ✘ and takes its points off', async () => {
    const run = await open();
    create(run, { topic: 'client-value' });
    copyKeyIntoWork(run, 'Exercise – Answer key', 'Exercise – Work');
    const work = run.ss.getSheetByName('Exercise – Work')!;
    work.getRange(3, 6).setValue(1);
    const result = check(run);
    // 20 points over 8 client values: one wrong costs 2.5.
    expect(result.mark).toBe(17.5);
    const table = values(run, 'Exercise – Result');
    const row = table.find((cells) => cells[0] === values(run, 'Exercise – Work')[2]![0]);
    expect(row?.slice(1, 3)).toEqual([1, '✘']);
  });

  it('says what is missing when there is no exercise', async () => {
    const run = await open();
    expect(() => run.bundle.call('checkMyAnswers')).toThrow(
      'no exercise in this spreadsheet (the sheet "Exercise – Settings" is missing)',
    );
  });

  it('says in French which hidden setting was blanked, in French words', async () => {
    const run = await open('fr_FR');
    create(run);
    const settings = run.ss.getSheetByName('Exercice – Paramètres')!;
    const seedRow = settings
      .getDataRange()
      .getValues()
      .findIndex((row) => row[0] === 'seed');
    settings.getRange(seedRow + 1, 2).setValue('');
    expect(() => run.bundle.call('checkMyAnswers')).toThrow(
      'le paramètre d’exercice « seed » est vide dans la feuille cachée des paramètres : recréez l’exercice (même graine pour les mêmes données)',
    );
  });
});

describe('prepareStudentVersion', () => {
  it('deletes the Answer key only after Yes; the answers can still be checked', async () => {
    const run = await open();
    create(run, { topic: 'pareto-abc' });
    run.ss.emulator.ui.alertResponses.push('NO');
    const kept = simulateScriptRun(run.bundle.call('prepareStudentVersion')) as StudentVersion;
    expect(kept.deleted).toBe(false);
    expect(run.ss.getSheetByName('Exercise – Answer key')).not.toBeNull();
    expect(run.ss.emulator.ui.alerts[0]).toMatchObject({ buttons: 'YES_NO', title: 'Prepare the student version' });
    copyKeyIntoWork(run, 'Exercise – Answer key', 'Exercise – Work');
    run.ss.emulator.ui.alertResponses.push('YES');
    const done = simulateScriptRun(run.bundle.call('prepareStudentVersion')) as StudentVersion;
    expect(done.deleted).toBe(true);
    expect(run.ss.getSheetByName('Exercise – Answer key')).toBeNull();
    expect(check(run).mark).toBe(20);
  });
});

describe('menu', () => {
  it('offers the exercise items, each calling a global of the bundle, and opens the Exercise panel', async () => {
    const run = await open();
    run.bundle.callWith({ authMode: 'NONE' }, 'onOpen', { authMode: 'NONE' });
    const items = run.ss.emulator.ui.menus[0]!.entries.flatMap((entry) => (entry.kind === 'item' ? [entry] : []));
    expect(items.map((item) => item.caption)).toEqual(
      expect.arrayContaining(['Create an exercise…', 'Check my answers', 'Prepare the student version']),
    );
    for (const item of items) expect(run.bundle.globals).toContain(item.functionName);
    run.bundle.call('showExercisePanel');
    const [sidebar] = run.ss.emulator.ui.sidebars;
    expect(sidebar?.title).toBe('Create an exercise');
    expect(sidebar?.content).toContain('<main id="app" data-panel="exercise"');
  });
});
