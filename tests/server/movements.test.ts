/**
 * What changed since last time, on two runs of the example workbook
 * (examples/boutique-clients.xlsx) 75 days apart, 15 clients having bought
 * again in between (scores are relative: the others slide down): the history
 * sheet keeps both runs, the Movements sheet holds the segment matrix and the
 * clients who moved down, action first.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemorySpreadsheet, type MemorySpreadsheet } from '../../tools/gas-emulator/index.ts';
import { readWorkbookFile } from '../../tools/file-import/index';
import { PROJECT_ROOT } from '../../scripts/build/index.mjs';
import type { AnalysisResult } from '../../src/server/api';
import { movedDown } from '../../src/core/movements';
import { reopenAddOn, sheetValues } from '../support/addOn';

/** The process's zone: the import gives date cells at local midnight. */
const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const FIRST = new Date('2026-11-01T10:00:00Z');
const SECOND = new Date('2027-01-15T10:00:00Z');

let ss: MemorySpreadsheet;
let source: string;
let clients: number;
const results: AnalysisResult[] = [];
const movementsAfter: unknown[][][] = [];

async function runOn(now: Date): Promise<AnalysisResult> {
  const addOn = await reopenAddOn(ss, now);
  ss.getSheetByName(source)!.activate();
  return addOn.analyse(addOn.sourceInfo().defaults);
}

beforeAll(async () => {
  const workbook = await readWorkbookFile(path.join(PROJECT_ROOT, 'examples', 'boutique-clients.xlsx'));
  ss = createMemorySpreadsheet({
    locale: 'fr_FR',
    timeZone: TZ,
    sheets: workbook.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values })),
  });
  source = workbook.sheets[0]!.name;
  results.push(await runOn(FIRST));
  movementsAfter.push(sheetValues(ss, 'Portefeuille – Mouvements'));
  // a month of business: the first 15 clients buy again, three times, for 300 € more
  const sheet = ss.getSheetByName(source)!;
  const block = sheet.getRange(2, 4, 15, 3);
  block.setValues(
    block
      .getValues()
      .map(([, purchases, amount]) => [new Date(2027, 0, 12), Number(purchases) + 3, Number(amount) + 300]),
  );
  results.push(await runOn(SECOND));
  movementsAfter.push(sheetValues(ss, 'Portefeuille – Mouvements'));
  clients = results[0]!.clients;
});

describe('the first run', () => {
  it('says that movements start at the second run', () => {
    expect(movementsAfter[0]).toEqual([
      ['Pas encore d’analyse précédente\u00a0: les mouvements apparaissent à partir de la deuxième.'],
    ]);
    expect(results[0]!.notes.join(' ')).not.toContain('mouvements');
  });
});

describe('the second run, 75 days later', () => {
  const movements = () => movementsAfter[1]!;
  const rowOf = (label: string) => movements().findIndex((row) => row[0] === label);

  it('keeps both runs in the history sheet', () => {
    const history = sheetValues(ss, 'Portefeuille – Historique');
    expect(history[0]).toEqual(['Date de l’analyse', 'Client', 'Segment', 'ABC']);
    expect(history).toHaveLength(1 + 2 * clients);
    expect(results[1]!.sheets.history).toBe('Portefeuille – Historique');
  });

  it('titles the Movements sheet with both dates and says so in the sidebar', () => {
    expect(movements()[0]![0]).toBe('Mouvements entre segments du 01/11/2026 au 15/01/2027');
    expect(results[1]!.notes).toContain(
      'mouvements depuis l’analyse du 01/11/2026 dans la feuille « Portefeuille – Mouvements »',
    );
  });

  it('has a matrix accounting for every client of both runs', () => {
    const header = rowOf('Avant \\ maintenant');
    const newRow = rowOf('Nouveau client');
    const width = movements()[header]!.filter((cell) => cell !== '').length;
    const body = movements()
      .slice(header + 1, newRow)
      .map((row) => row.slice(1, width).map(Number));
    // same clients in both runs: every client is in one cell, none arrives or leaves
    expect(body.flat().reduce((sum, count) => sum + count, 0)).toBe(clients);
    const arrivals = movements()[newRow] ?? [];
    expect(
      arrivals
        .slice(1, width - 1)
        .map(Number)
        .every((count) => count === 0),
    ).toBe(true);
    expect(body.map((row) => row[row.length - 1]).every((left) => left === 0)).toBe(true);
  });

  it('lists the clients who moved down, each to a worse segment, most urgent first, with their action', () => {
    const start = rowOf('Priorité');
    expect(start).toBeGreaterThan(0);
    expect(movements()[start]!.slice(0, 5)).toEqual(['Priorité', 'Action', 'Client', 'Avant', 'Maintenant']);
    const down = movements()
      .slice(start + 1)
      .filter((row) => row[2] !== '');
    expect(down.length).toBeGreaterThan(0);
    for (const row of down) {
      expect(movedDown(String(row[3]), String(row[4])), `${row[2]}: ${row[3]} → ${row[4]}`).toBe(true);
      expect(String(row[1])).not.toBe('');
    }
    const priorities = down.map((row) => Number(row[0]));
    expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
  });

  it('replaces the day’s run on a re-run the same day instead of adding it twice', async () => {
    await runOn(SECOND);
    expect(sheetValues(ss, 'Portefeuille – Historique')).toHaveLength(1 + 2 * clients);
  });
});
