/**
 * Bad input through the sidebar's server calls: each case gives a clear,
 * localised message. Rows that cannot be read are left out and listed with
 * their sheet row; problems that stop the run reach the caller as an Error
 * holding one localised sentence, and nothing is written.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisSettings } from '../../src/server/api';
import { type AddOnRun, openAddOn, sheetRecords } from '../support/addOn';
import { calendarDay, midnight } from '../support/calendar';
import { thrownBy } from '../support/thrown';
import { at } from '../../tools/indexing';

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);

const FR_TABLE: unknown[][] = [
  ['Client', 'Date du dernier achat', "Nombre d'achats", 'Montant'],
  ['Ana', d('2024-06-25'), 10, 1500],
  ['Ben', d('2024-05-18'), 1, 40],
  ['Cleo', d('2024-01-31'), 6, 300],
];

async function french(values: unknown[][], name = 'Données'): Promise<AddOnRun> {
  return openAddOn({ locale: 'fr_FR', timeZone: TZ, sheets: [{ name, values }] });
}

/** An error as the sidebar's failure handler gets it: one sentence, no stack, no "Error:" prefix. */
function expectOneSentence(error: Error, sentence: string): void {
  expect(error).toBeInstanceOf(Error);
  expect(error.message).toBe(sentence);
  expect(error.message).not.toMatch(/\n|\bat .*:\d+|^(Error|Exception|PortfolioError)\b/);
}

/** The error of `call`, checking that no sheet was added, removed or changed. */
function failureOf(addOn: AddOnRun, call: () => unknown): Error {
  const before = addOn.ss.emulator.snapshotAll();
  const error = thrownBy(call);
  expect(addOn.ss.emulator.snapshotAll()).toEqual(before);
  return error;
}

describe('a source that cannot be analysed', () => {
  it('an empty sheet', async () => {
    const addOn = await french([], 'Feuille vide');
    expectOneSentence(
      failureOf(addOn, () => addOn.sourceInfo()),
      'la feuille « Feuille vide » est vide : ouvrez la feuille de vos clients ou de vos ventes',
    );
  });

  it('a sheet without a header row', async () => {
    const addOn = await french([
      ['Ana', 1500],
      ['Ben', 40],
    ]);
    expectOneSentence(
      failureOf(addOn, () => addOn.sourceInfo()),
      'aucune ligne d’en-tête dans « Données » : la première ligne doit nommer les colonnes (par exemple Client, Date, Montant)',
    );
  });

  it('an owned sheet as the active sheet, or as the sheet to analyse', async () => {
    const addOn = await french(FR_TABLE);
    const settings = addOn.sourceInfo().defaults;
    addOn.analyse(settings);
    // the run leaves the Summary active
    const message =
      'la feuille « Portefeuille – Synthèse » est écrite par Client Portfolio : ouvrez d’abord la feuille de vos clients ou de vos ventes';
    expectOneSentence(
      failureOf(addOn, () => addOn.sourceInfo()),
      message,
    );
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse({ ...settings, sheetName: 'Portefeuille – Synthèse' })),
      message,
    );
  });

  it('a sheet to analyse that no longer exists: no other sheet is analysed in its place', async () => {
    const addOn = await french(FR_TABLE);
    const settings = addOn.sourceInfo().defaults;
    addOn.ss.getSheetByName('Données')?.setName('Clients 2024');
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse(settings)),
      'la feuille « Données » n’existe plus (renommée ou supprimée ?) : rechargez la barre latérale pour choisir de nouveau la feuille à analyser',
    );
  });

  it('settings of the wrong form are refused before any sheet is read', async () => {
    const addOn = await french(FR_TABLE);
    const settings = addOn.sourceInfo().defaults;
    // What a caller other than the sidebar might send through google.script.run.
    const malformed = (change: Record<string, unknown>) =>
      failureOf(addOn, () => addOn.analyse({ ...settings, ...change } as AnalysisSettings));
    expectOneSentence(
      malformed({ sheetName: 3 }),
      'les réglages de l’analyse sont incomplets (feuille à analyser) : rechargez la barre latérale et réessayez',
    );
    expectOneSentence(
      malformed({ asOf: { day: 1 } }),
      'les réglages de l’analyse sont incomplets (date de référence) : rechargez la barre latérale et réessayez',
    );
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse(null as unknown as AnalysisSettings)),
      'les réglages de l’analyse sont incomplets (tous les réglages) : rechargez la barre latérale et réessayez',
    );
  });

  it('all amounts zero', async () => {
    const addOn = await french([
      at(FR_TABLE, 0),
      ['Ana', d('2024-06-25'), 1, 0],
      ['Ben', d('2024-05-18'), 2, '0,00 €'],
    ]);
    const settings = addOn.sourceInfo().defaults;
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse(settings)),
      'tous les montants sont nuls ou négatifs : il n’y a pas de chiffre d’affaires à répartir',
    );
  });

  it('no row that can be read', async () => {
    const addOn = await french([at(FR_TABLE, 0), ['Ana', 'hier', 1, 10], ['Ben', 'demain', 2, 20]]);
    const settings = addOn.sourceInfo().defaults;
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse(settings)),
      'aucun client à analyser',
    );
  });
});

describe('settings that cannot be used', () => {
  let addOn: AddOnRun;
  let settings: AnalysisSettings;

  const open = async () => {
    addOn = await french(FR_TABLE);
    settings = addOn.sourceInfo().defaults;
  };

  it('a column mapped twice', async () => {
    await open();
    const mapping = { ...settings.mapping, amount: settings.mapping.purchases };
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse({ ...settings, mapping })),
      'la même colonne est choisie comme colonne du nombre d’achats et comme colonne du montant',
    );
  });

  it('a required role without a column', async () => {
    await open();
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse({ ...settings, mapping: { ...settings.mapping, amount: null } })),
      'choisissez la colonne du montant',
    );
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse({ ...settings, mapping: { ...settings.mapping, date: null } })),
      'choisissez la colonne de la date (du dernier achat ou de la vente)',
    );
  });

  it('a reference date, a number of classes or ABC shares that cannot be used', async () => {
    await open();
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse({ ...settings, asOf: 'hier' })),
      'la date de référence hier n’est pas une date',
    );
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse({ ...settings, binning: { kind: 'bins', n: 12 } })),
      'le nombre de classes doit être un entier de 2 à 9, car un code RFM a un chiffre par note (12)',
    );
    expectOneSentence(
      failureOf(addOn, () => addOn.analyse({ ...settings, aShare: 0.95, bShare: 0.8 })),
      'la part A (0,95) doit être inférieure à la part B (0,8), toutes deux entre 0 et 1',
    );
  });

  it('in English for an English spreadsheet', async () => {
    const english = await openAddOn({
      locale: 'en_GB',
      timeZone: 'Europe/London',
      sheets: [{ name: 'Data', values: FR_TABLE }],
    });
    const defaults = english.sourceInfo().defaults;
    expectOneSentence(
      failureOf(english, () =>
        english.analyse({ ...defaults, mapping: { ...defaults.mapping, client: defaults.mapping.amount } }),
      ),
      'the same column is used for the client and the amount',
    );
  });
});

describe('rows that cannot be read', () => {
  it('are left out and listed with their sheet row and the problem; the other rows are analysed', async () => {
    const addOn = await openAddOn({
      locale: 'en_US',
      timeZone: 'America/New_York',
      sheets: [
        {
          name: 'Data',
          values: [
            ['Client', 'Last purchase', 'Orders', 'Revenue'],
            ['Ann', '25/03/2024', 3, '$1,234.50'],
            ['Bob', '13/04/2024', 2, '1,000'],
            ['Cid', '04/05/2024', 1, '€20'],
            ['Dan', '05/25/2024', 2, 30],
            ['Eve', 'last week', 1, 10],
            ['Fay', '2024-02-30', 1, 10],
            ['', '', '', ''],
            ['Total', '', '', ''],
            ['Hal', '2024-06-01', -1, 10],
            ['Ivy', '2024-06-01', 1.5, 10],
            ['Jon', '2024-06-01', 2, 'ten dollars'],
            ['', '2024-06-01', 2, 10],
          ],
        },
      ],
    });
    const settings = addOn.sourceInfo().defaults;
    expect(settings.shape).toBe('clients');
    const result = addOn.analyse(settings);
    expect(result.skipped).toEqual([
      { row: 6, reason: '"last week" is not a date (expected a date cell or a text date such as 2025-03-14)' },
      { row: 7, reason: '"2024-02-30" is not a date (expected a date cell or a text date such as 2025-03-14)' },
      { row: 9, reason: 'the date (of last purchase or of sale) is missing' },
      { row: 10, reason: 'the number of purchases cannot be negative (-1)' },
      { row: 11, reason: 'the number of purchases must be a whole number (1.5)' },
      { row: 12, reason: '"ten dollars" is not a number' },
      { row: 13, reason: 'the client is missing' },
    ]);
    // 25/03 and 13/04 prove day/month; 05/25/2024 has a single reading (no 25th month): 25 May 2024
    expect(result.clients).toBe(4);
    const clients = sheetRecords(addOn.ss, 'Portfolio – Clients');
    // 04/05/2024 is 4 May in a column whose other dates are day first, although the locale (en_US) puts the month first
    expect(
      clients.map((row) => [
        row['Client'],
        calendarDay(row['Last purchase'] as Date, 'America/New_York'),
        row['Amount'],
      ]),
    ).toEqual([
      ['Ann', '2024-03-25', 1234.5],
      ['Bob', '2024-04-13', 1000],
      ['Cid', '2024-05-04', 20],
      ['Dan', '2024-05-25', 30],
    ]);
  });

  it('amounts typed as text with currency signs and French separators are read, not skipped', async () => {
    const addOn = await french([
      at(FR_TABLE, 0),
      ['Ana', d('2024-06-25'), 10, '1 234,50 €'],
      ['Ben', d('2024-05-18'), 1, '1\u202f000 €'],
      ['Cleo', d('2024-01-31'), 6, '€ 12,5'],
      ['Dan', d('2024-02-11'), 2, '99,90 EUR'],
    ]);
    const result = addOn.analyse(addOn.sourceInfo().defaults);
    expect(result.skipped).toEqual([]);
    expect(sheetRecords(addOn.ss, 'Portefeuille – Clients').map((row) => row['Montant'])).toEqual([
      1234.5, 1000, 12.5, 99.9,
    ]);
    expect(result.revenue).toBeCloseTo(2346.9, 9);
  });

  it('a sales log goes on without its unreadable sales', async () => {
    const addOn = await french([
      ['Date', 'Client', 'Montant'],
      [d('2024-01-10'), 'Ana', 50],
      ['31/02/2024', 'Ana', 20],
      [d('2024-03-10'), 'Ben', '12 euros'],
      [d('2024-03-12'), 'Ben', 'douze'],
      [d('2024-04-10'), 'Ana', ''],
    ]);
    const settings = addOn.sourceInfo().defaults;
    expect(settings.shape).toBe('sales');
    const result = addOn.analyse(settings);
    expect(result.skipped).toEqual([
      {
        row: 3,
        reason:
          '"31/02/2024" n’est pas une date (attendu : une cellule date ou une date écrite comme 2025-03-14 ou 14/03/2025)',
      },
      { row: 5, reason: '"douze" n’est pas un nombre' },
      { row: 6, reason: 'la cellule du montant est vide' },
    ]);
    expect(
      sheetRecords(addOn.ss, 'Portefeuille – Clients').map((row) => [
        row['Client'],
        row['Nombre d’achats'],
        row['Montant'],
      ]),
    ).toEqual([
      ['Ana', 1, 50],
      ['Ben', 1, 12],
    ]);
  });
});

describe('portfolios the scores cannot split', () => {
  it('a single client is analysed, with a note', async () => {
    const addOn = await french([at(FR_TABLE, 0), at(FR_TABLE, 1)]);
    const result = addOn.analyse(addOn.sourceInfo().defaults);
    expect(result.clients).toBe(1);
    // one value: every breakpoint is that value, so R = 5 − 0, F = 1 + 0, M = 1 + 0
    expect(sheetRecords(addOn.ss, 'Portefeuille – Clients')[0]).toMatchObject({
      Client: 'Ana',
      R: 5,
      F: 1,
      M: 1,
      'Code RFM': 511,
      Segment: 'Nouveaux clients',
      ABC: 'A',
    });
    expect(result.pareto).toEqual({ clientShare: 1, revenueShare: 1 });
    expect(result.notes).toContain(
      'un seul client : les notes RFM et les segments comparent les clients entre eux, ils disent peu de chose d’un client seul',
    );
  });

  it('identical clients share one code, one segment and one ABC class, with a note', async () => {
    const addOn = await french([
      at(FR_TABLE, 0),
      ['Ana', d('2024-05-01'), 3, 100],
      ['Ben', d('2024-05-01'), 3, 100],
      ['Cleo', d('2024-05-01'), 3, 100],
    ]);
    const result = addOn.analyse(addOn.sourceInfo().defaults);
    const rows = sheetRecords(addOn.ss, 'Portefeuille – Clients');
    expect(rows.map((row) => [row['Code RFM'], row['Segment'], row['ABC']])).toEqual([
      [511, 'Nouveaux clients', 'A'],
      [511, 'Nouveaux clients', 'A'],
      [511, 'Nouveaux clients', 'A'],
    ]);
    expect(result.segments).toHaveLength(1);
    expect(result.notes).toContain(
      'tous les clients ont les mêmes jours depuis le dernier achat, nombre d’achats et montant : ils ont tous les mêmes notes et le même segment',
    );
  });

  it('an ordinary portfolio gets no such note', async () => {
    const addOn = await french(FR_TABLE);
    expect(addOn.analyse(addOn.sourceInfo().defaults).notes).toHaveLength(1);
  });
});
