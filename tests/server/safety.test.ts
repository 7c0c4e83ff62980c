/**
 * The safety rules on the built bundle: the user's sheets never change, user text
 * is written back as text, re-runs replace the owned output and keep the
 * edited settings sheets, a failed run leaves nothing half-written, and
 * concurrent runs are refused while the document lock is held.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appsScriptException } from '../../tools/gas-emulator/errors.ts';
import { RangeModel } from '../../tools/gas-emulator/range.ts';
import type { AnalysisSettings } from '../../src/server/api';
import { type AddOnRun, openAddOn, sheetRecords, sheetValues, snapshotsOf } from '../support/addOn';
import { midnight } from '../support/calendar';
import { thrownBy } from '../support/thrown';
import { at } from '../../tools/indexing';

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);

const CLIENTS = 'Portefeuille – Clients';
const ACTIONS = 'Portefeuille – Actions';
const SUMMARY = 'Portefeuille – Synthèse';
const MOVEMENTS = 'Portefeuille – Mouvements';
const RULES = 'Portefeuille – Règles segments';
const CATALOGUE = 'Portefeuille – Catalogue';
const HISTORY = 'Portefeuille – Historique';
const OWNED = [CLIENTS, ACTIONS, SUMMARY, MOVEMENTS, RULES, CATALOGUE, HISTORY];

const HYPERLINK = '=HYPERLINK("http://x","y")';
const PHONE = '+33 6 12 34 56 78';

/** A French client table whose names and phones would turn into formulas or numbers if typed into Sheets. */
const TABLE: unknown[][] = [
  ['Client', 'Téléphone', 'Date du dernier achat', "Nombre d'achats", 'Montant'],
  [HYPERLINK, '0612345678', d('2024-06-20'), 12, 1500],
  [PHONE, PHONE, d('2024-05-02'), 4, 300],
  ['Ana', '0612345678', d('2024-01-15'), 1, 40],
  ['Ben', '', d('2023-11-30'), 7, 900],
  ['Cleo', '', d('2024-06-01'), 2, 120],
  ['Dan', '', d('2023-08-01'), 1, 20],
];

/** A user sheet beside the source: formulas, formats and values that must survive every run. */
const NOTES: unknown[][] = [
  ['Note', 'Total'],
  ['Relancer Ben', 900],
  ['Objectif', 5000],
];

async function openBook(): Promise<AddOnRun> {
  const addOn = await openAddOn({
    locale: 'fr_FR',
    timeZone: TZ,
    sheets: [
      { name: 'Clients 2024', values: TABLE, numberFormats: [[null], ['@'], ['@']] },
      { name: 'Notes', values: NOTES },
    ],
  });
  addOn.ss.getSheetByName('Notes')?.getRange('C2').setFormula('=B2*2');
  addOn.ss.setActiveSheet(addOn.ss.getSheetByName('Clients 2024') as GoogleAppsScript.Spreadsheet.Sheet);
  return addOn;
}

const USER_SHEETS = ['Clients 2024', 'Notes'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the user’s sheets', () => {
  it('are identical before and after every run, first run and re-runs alike', async () => {
    const addOn = await openBook();
    const before = snapshotsOf(addOn.ss, USER_SHEETS);
    const settings = addOn.sourceInfo().defaults;
    expect(snapshotsOf(addOn.ss, USER_SHEETS)).toEqual(before);
    addOn.analyse(settings);
    expect(snapshotsOf(addOn.ss, USER_SHEETS)).toEqual(before);
    addOn.analyse({ ...settings, scheme: 'fr-ladder', method: 'ntile' });
    expect(snapshotsOf(addOn.ss, USER_SHEETS)).toEqual(before);
    addOn.analyse({ ...settings, binning: { kind: 'grid', grid: { r: [30, 90, 180], f: [2, 5], m: [100, 1000] } } });
    expect(snapshotsOf(addOn.ss, USER_SHEETS)).toEqual(before);
  });

  it('keep their place among the tabs when the owned sheets are replaced', async () => {
    const addOn = await openBook();
    const settings = addOn.sourceInfo().defaults;
    addOn.analyse(settings);
    // the user adds a sheet after the add-on's sheets
    addOn.ss.insertSheet('Après', addOn.ss.getNumSheets()).getRange('A1').setValue('à garder');
    const names = addOn.ss.emulator.sheetNames();
    const before = snapshotsOf(addOn.ss, [...USER_SHEETS, 'Après']);
    addOn.analyse(settings);
    expect(addOn.ss.emulator.sheetNames()).toEqual(names);
    expect(snapshotsOf(addOn.ss, [...USER_SHEETS, 'Après'])).toEqual(before);
  });
});

describe('user text written back', () => {
  it('stays text in the Clients and Actions sheets: no formula, no number', async () => {
    const addOn = await openBook();
    addOn.analyse(addOn.sourceInfo().defaults);
    for (const name of [CLIENTS, ACTIONS]) {
      const sheet = addOn.ss.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
      const values = sheet.getDataRange().getValues();
      const formulas = sheet.getDataRange().getFormulas();
      const header = at(values, 0);
      const clientColumn = header.indexOf('Client');
      const phoneColumn = header.indexOf('Téléphone');
      const rowOf = (client: string) => values.findIndex((row) => row[clientColumn] === client);
      expect(rowOf(HYPERLINK), name).toBeGreaterThan(0);
      expect(rowOf(PHONE), name).toBeGreaterThan(0);
      expect(
        formulas.flat().every((formula) => formula === ''),
        name,
      ).toBe(true);
      expect(values[rowOf(HYPERLINK)]?.[phoneColumn]).toBe('0612345678');
      expect(values[rowOf(PHONE)]?.[phoneColumn]).toBe(PHONE);
      expect(values[rowOf('Ana')]?.[phoneColumn]).toBe('0612345678');
      expect(sheet.getDataRange().getDisplayValues()[rowOf(HYPERLINK)]?.[clientColumn]).toBe(HYPERLINK);
    }
  });

  it('stays text in the messages and in renamed segments', async () => {
    const addOn = await openBook();
    const settings = addOn.sourceInfo().defaults;
    addOn.analyse(settings);
    // the user renames every classic segment to a name that would be a formula or a number in a cell not formatted as text
    const rules = addOn.ss.getSheetByName(RULES) as GoogleAppsScript.Spreadsheet.Sheet;
    const ruleRows = rules.getDataRange().getValues();
    ruleRows.forEach((row, i) => {
      if (row[0] === 'classique') rules.getRange(i + 1, 2).setValue(`+${i} ${row[1]}`);
    });
    addOn.analyse(settings);
    const clients = addOn.ss.getSheetByName(CLIENTS) as GoogleAppsScript.Spreadsheet.Sheet;
    const segments = sheetRecords(addOn.ss, CLIENTS).map((row) => row['Segment']);
    expect(segments.every((segment) => typeof segment === 'string' && segment.startsWith('+'))).toBe(true);
    expect(
      clients
        .getDataRange()
        .getFormulas()
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
    const summary = addOn.ss.getSheetByName(SUMMARY) as GoogleAppsScript.Spreadsheet.Sheet;
    expect(
      summary
        .getDataRange()
        .getFormulas()
        .flat()
        .every((formula) => formula === ''),
    ).toBe(true);
  });
});

describe('a re-run', () => {
  it('replaces the owned output without duplicating sheets, with counts from the changed source', async () => {
    const addOn = await openBook();
    const settings = addOn.sourceInfo().defaults;
    const first = addOn.analyse(settings);
    expect(first.clients).toBe(6);
    const names = addOn.ss.emulator.sheetNames();
    expect(names).toEqual([...USER_SHEETS, ...OWNED]);
    // the user adds two clients below the table
    addOn.ss
      .getSheetByName('Clients 2024')
      ?.getRange(8, 1, 2, 5)
      .setValues([
        ['Eve', '', d('2024-06-10'), 3, 250],
        ['Finn', '', d('2024-02-10'), 2, 60],
      ]);
    const second = addOn.analyse(settings);
    expect(second.clients).toBe(8);
    expect(addOn.ss.emulator.sheetNames()).toEqual(names);
    expect(sheetValues(addOn.ss, CLIENTS)).toHaveLength(1 + 8);
    expect(sheetValues(addOn.ss, ACTIONS)).toHaveLength(1 + 8);
    expect(sheetValues(addOn.ss, SUMMARY)[2]?.slice(0, 2)).toEqual(['Clients', 8]);
    expect(addOn.ss.emulator.charts(SUMMARY)).toHaveLength(2);
    expect(second.notes).toEqual([
      'règles des segments et actions lues dans les feuilles « Portefeuille – Règles segments » et « Portefeuille – Catalogue »',
    ]);
  });

  it('reads the edited rules sheet and never overwrites it', async () => {
    const addOn = await openBook();
    const settings = addOn.sourceInfo().defaults;
    addOn.analyse(settings);
    const champions = sheetRecords(addOn.ss, CLIENTS)
      .filter((row) => row['Segment'] === 'Champions')
      .map((row) => row['Client']);
    expect(champions).toEqual([HYPERLINK]);
    const rules = addOn.ss.getSheetByName(RULES) as GoogleAppsScript.Spreadsheet.Sheet;
    const row =
      rules
        .getDataRange()
        .getValues()
        .findIndex((cells) => cells[0] === 'classique' && cells[1] === 'Champions') + 1;
    // rename Champions and open it to every recency score: R 1 to 5
    rules.getRange(row, 2, 1, 2).setValues([['Très bons clients', 1]]);
    const editedRules = addOn.ss.emulator.snapshot(RULES);
    addOn.analyse(settings);
    expect(addOn.ss.emulator.snapshot(RULES)).toEqual(editedRules);
    const segments = new Map(sheetRecords(addOn.ss, CLIENTS).map((cells) => [cells['Client'], cells]));
    expect(segments.get(HYPERLINK)?.['Segment']).toBe('Très bons clients');
    // 6 clients: PERCENTILE.INC at k/5 falls on sorted values k (0-based), so the breakpoints are
    // days 29 59 167 213, purchases 1 2 4 7, amounts 40 120 300 900.
    // Ben: 213 days (R 5 − 3 = 2), 7 purchases (F 1 + 3 = 4), 900 (M 4): 244 was "À ne pas perdre",
    // it now matches the widened first rule
    expect(segments.get('Ben')?.['Code RFM']).toBe(244);
    expect(segments.get('Ben')?.['Segment']).toBe('Très bons clients');
    expect(sheetRecords(addOn.ss, CLIENTS).some((cells) => cells['Segment'] === 'Champions')).toBe(false);
  });

  it('reads the edited action catalogue and never overwrites it', async () => {
    const addOn = await openBook();
    const settings = addOn.sourceInfo().defaults;
    addOn.analyse(settings);
    const catalogue = addOn.ss.getSheetByName(CATALOGUE) as GoogleAppsScript.Spreadsheet.Sheet;
    const row =
      catalogue
        .getDataRange()
        .getValues()
        .findIndex((cells) => cells[0] === 'Perdus') + 1;
    catalogue
      .getRange(row, 2, 1, 5)
      .setValues([[0, 'Comprendre', 'Appeler le client', 'Téléphone', 'Allô {{client}} ?']]);
    const edited = addOn.ss.emulator.snapshot(CATALOGUE);
    addOn.analyse(settings);
    expect(addOn.ss.emulator.snapshot(CATALOGUE)).toEqual(edited);
    const actions = sheetRecords(addOn.ss, ACTIONS);
    // Dan (334 days, 1 purchase, 20: code 111) is the only lost client; priority 0 puts him first
    expect(actions[0]).toMatchObject({
      Priorité: 0,
      Segment: 'Perdus',
      Client: 'Dan',
      Objectif: 'Comprendre',
      Action: 'Appeler le client',
      Canal: 'Téléphone',
      Message: 'Allô Dan ?',
    });
    const dan = sheetRecords(addOn.ss, CLIENTS).find((cells) => cells['Client'] === 'Dan');
    expect(dan?.['Action']).toBe('Appeler le client');
  });
});

describe('a run that fails', () => {
  /** Makes the `failing`-th `Range.setValues` of the script throw like a Sheets service error. */
  function failSetValues(failing: number): void {
    const original = RangeModel.prototype.setValues;
    let calls = 0;
    vi.spyOn(RangeModel.prototype, 'setValues').mockImplementation(function (this: RangeModel, values: unknown[][]) {
      calls += 1;
      if (calls === failing) throw appsScriptException('Service Spreadsheets failed while accessing document.');
      return original.call(this, values);
    });
  }

  it('midway through writing leaves the previous output, the settings sheets and the user’s sheets as they were', async () => {
    const addOn = await openBook();
    const settings = addOn.sourceInfo().defaults;
    addOn.analyse(settings);
    addOn.ss.setActiveSheet(addOn.ss.getSheetByName('Clients 2024') as GoogleAppsScript.Spreadsheet.Sheet);
    const before = addOn.ss.emulator.snapshotAll();
    // the 3rd setValues writes the Summary, after the Clients and Actions tables were written
    failSetValues(3);
    const error = thrownBy(() => addOn.analyse({ ...settings, scheme: 'fr-ladder' }));
    expect(error.message).toBe(
      'une erreur inattendue est survenue (Service Spreadsheets failed while accessing document.) ; vos feuilles n’ont pas été modifiées',
    );
    expect(addOn.ss.emulator.snapshotAll()).toEqual(before);
    expect(addOn.ss.getActiveSheet().getName()).toBe('Clients 2024');
  });

  it('on the first run leaves no new sheet at all', async () => {
    const addOn = await openBook();
    const settings = addOn.sourceInfo().defaults;
    const before = addOn.ss.emulator.snapshotAll();
    failSetValues(5);
    expect(() => addOn.analyse(settings)).toThrow(/vos feuilles n’ont pas été modifiées/);
    expect(addOn.ss.emulator.snapshotAll()).toEqual(before);
    // once the service works again, the run goes through
    vi.restoreAllMocks();
    expect(addOn.analyse(settings).clients).toBe(6);
  });

  it('because a rule of the rules sheet is wrong names the sheet and the row, and writes nothing', async () => {
    const addOn = await openBook();
    const settings = addOn.sourceInfo().defaults;
    addOn.analyse(settings);
    addOn.ss.getSheetByName(RULES)?.getRange('C4').setValue(7);
    const before = addOn.ss.emulator.snapshotAll();
    const error = thrownBy(() => addOn.analyse(settings));
    expect(error.message).toBe(
      'feuille « Portefeuille – Règles segments », ligne 4 : les plages de notes sont des entiers de 1 à 5, « de » au plus égal à « à »',
    );
    expect(addOn.ss.emulator.snapshotAll()).toEqual(before);
  });
});

describe('the document lock', () => {
  it('refuses a run while another one holds it, with the localised busy message, and lets the next run through', async () => {
    const addOn = await openBook();
    const settings: AnalysisSettings = addOn.sourceInfo().defaults;
    const lock = addOn.bundle.services.LockService.getDocumentLock();
    lock.waitLock(1000);
    const before = addOn.ss.emulator.snapshotAll();
    const error = thrownBy(() => addOn.analyse(settings));
    expect(error.message).toBe('une autre analyse est en cours sur ce classeur : réessayez dans un instant');
    expect(addOn.ss.emulator.snapshotAll()).toEqual(before);
    lock.releaseLock();
    expect(addOn.analyse(settings).clients).toBe(6);
    // the run released the lock when it ended
    expect(addOn.analyse(settings).clients).toBe(6);
  });
});
