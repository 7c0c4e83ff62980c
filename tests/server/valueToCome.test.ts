/**
 * Value to come through the sidebar's server path: the raw CDNOW sample (tests/fixtures/reference, MIT) as a sales
 * sheet analysed with the reference date 1997-09-30 (the end of lifetimes' calibration period). The BG/NBD fit shown
 * in the Summary must be lifetimes' published one; the Clients sheet gains expected purchases, P(alive), predicted
 * value and quadrant; the Actions sheet puts valuable clients who may be leaving first. A log without any repeat
 * purchase gets a note instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED_BGNBD } from '../fixtures/reference/publishedBtyd';
import type { AnalysisResult } from '../../src/server/api';
import { midnight } from '../support/calendar';
import { openAddOn, sheetRecords, sheetValues, type AddOnRun } from '../support/addOn';

const TZ = 'America/New_York';

/** CDNOW_sample.txt as a user's sheet: client (sample id), date cell, amount. */
function cdnowSheet(): unknown[][] {
  const lines = fs
    .readFileSync(path.join(__dirname, '../fixtures/reference/CDNOW_sample.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  return [
    ['Client', 'Date', 'Amount'],
    ...lines.map((line) => {
      const [, id = '', date = '', , dollars = ''] = line.trim().split(/\s+/);
      return [Number(id), midnight(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, TZ), Number(dollars)];
    }),
  ];
}

let addOn: AddOnRun;
let result: AnalysisResult;

beforeAll(async () => {
  addOn = await openAddOn({ locale: 'en_US', timeZone: TZ, sheets: [{ name: 'CDNOW', values: cdnowSheet() }] });
  const info = addOn.sourceInfo();
  expect(info.defaults.shape).toBe('sales');
  result = addOn.analyse({ ...info.defaults, asOf: '1997-09-30' });
});

describe('CDNOW through runAnalysis: value to come', () => {
  it('analyses the 2 357 clients of the calibration period', () => {
    expect(result.clients).toBe(2357);
  });

  it('shows the published BG/NBD parameters (3 significant digits) and one quadrant per client in the Summary', () => {
    const values = sheetValues(addOn.ss, 'Portfolio – Summary');
    const title = values.findIndex((row) => String(row[0]).startsWith('Value now × value to come'));
    expect(title).toBeGreaterThan(0);
    const sig3 = (x: number) => String(Number(x.toPrecision(3)));
    const { r, alpha, a, b } = PUBLISHED_BGNBD;
    expect(values[title + 2]?.[0]).toContain(`BG/NBD r, α (weeks), a, b: ${[r, alpha, a, b].map(sig3).join(', ')};`);
    expect(values[title + 3]?.slice(0, 3)).toEqual(['Quadrant', 'Clients', '% clients']);
    const quadrants = values.slice(title + 4, title + 8);
    expect(quadrants.map((row) => row[0])).toEqual(['Develop', 'Retain', 'Nurture', 'Maintain']);
    expect(quadrants.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(2357);
    const charts = addOn.ss.getSheetByName('Portfolio – Summary')?.getCharts() ?? [];
    expect(charts).toHaveLength(3);
  });

  it('adds expected purchases, P(alive), predicted value and quadrant to the Clients sheet', () => {
    const records = sheetRecords(addOn.ss, 'Portfolio – Clients');
    const first = records.find((record) => record.Client === '1');
    // Client 1: x = 2, t_x = 30.43, T = 38.86 → P(alive) 0.727 at the published parameters (our fit agrees to 3 digits).
    expect(Math.abs((first?.['P(alive)'] as number) - 0.7266)).toBeLessThan(2e-3);
    // 1.226 purchases over 39 weeks (published), so a little more over 52.18 weeks.
    expect(first?.['Expected purchases (next year)']).toBeGreaterThan(1.226);
    expect(first?.['Expected purchases (next year)']).toBeLessThan((1.226 * 52.18) / 39);
    for (const record of records) {
      expect(['Develop', 'Retain', 'Nurture', 'Maintain']).toContain(record.Quadrant);
      expect(record['P(alive)']).toBeGreaterThanOrEqual(0);
      expect(record['P(alive)']).toBeLessThanOrEqual(1);
      expect(record['Predicted value (next year)']).toBeGreaterThan(0);
    }
    // A client who bought on a single day is alive for the model.
    const single = records.filter((record) => record.Purchases === 1);
    expect(single.length).toBeGreaterThan(1000);
    expect(single.every((record) => record['P(alive)'] === 1)).toBe(true);
  });

  it('puts valuable clients who may be leaving first in the Actions sheet', () => {
    const records = sheetRecords(addOn.ss, 'Portfolio – Actions');
    const notes = records.map((record) => String(record['Value to come']));
    const urgent = notes.filter((note) => note.startsWith('Call first'));
    expect(urgent.length).toBeGreaterThan(0);
    expect(notes.slice(0, urgent.length).every((note) => note.startsWith('Call first'))).toBe(true);
    expect(notes.slice(urgent.length).some((note) => note.startsWith('Call first'))).toBe(false);
  });
});

describe('value to come when it cannot be fitted', () => {
  it('leaves the columns out and says why, in French', async () => {
    const run = await openAddOn({
      locale: 'fr_FR',
      timeZone: 'Europe/Paris',
      sheets: [
        {
          name: 'Ventes',
          values: [
            ['Client', 'Date', 'Montant'],
            ['Ana', midnight('2024-03-01', 'Europe/Paris'), 40],
            ['Bo', midnight('2024-04-01', 'Europe/Paris'), 25],
          ],
        },
      ],
    });
    const info = run.sourceInfo();
    const outcome = run.analyse({ ...info.defaults, asOf: '2024-06-30' });
    const note =
      'valeur à venir non calculée : seuls 0 clients ont acheté deux fois, trop peu pour prévoir (au moins 20)';
    expect(outcome.notes).toContain(note);
    expect(sheetValues(run.ss, 'Portefeuille – Clients')[0]).not.toContain('P(actif)');
    // The Summary keeps its quadrant block and chart (same layout whatever the data), with the reason and no count.
    const summary = sheetValues(run.ss, 'Portefeuille – Synthèse');
    const title = summary.findIndex((row) => String(row[0]).startsWith('Valeur actuelle × valeur à venir'));
    expect(summary[title + 1]?.[0]).toBe(note);
    expect(summary.slice(title + 4, title + 8).map((row) => row.slice(0, 3))).toEqual([
      ['Développer', '', ''],
      ['Fidéliser', '', ''],
      ['Cultiver', '', ''],
      ['Maintenir', '', ''],
    ]);
    expect(run.ss.getSheetByName('Portefeuille – Synthèse')?.getCharts()).toHaveLength(3);
  });
});
