/**
 * The sidebar's "Points scale" method end to end through the built add-on: the
 * scale sheet (barème) created once with the course-style default, read on
 * every run and never overwritten; points per criterion, total and class in
 * the Clients sheet; actions keyed by class; the scale used, the count per
 * class and the ABC rule in the Summary. Every total is worked out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisSettings } from '../../src/server/api';
import { midnight } from '../support/calendar';
import { openAddOn, sheetRecords, sheetValues, type AddOnRun } from '../support/addOn';
import { thrownBy } from '../support/thrown';

const TZ = 'Europe/Paris';
const SOURCE = 'Clients';
const SCALE = 'Portefeuille – Barème';
const d = (iso: string) => midnight(iso, TZ);

/**
 * Reference date 2024-06-30 (the frozen clock). Days since the last purchase, purchases, amount, product type:
 *   Ana  2024-06-25 →   5 d, 10, 1 500,   Bijoux
 *   Ben  2024-06-18 →  12 d,  1,    40,   Parfum
 *   Cleo 2024-05-31 →  30 d,  6, 1 234.5, Montres
 *   Dan  2024-01-02 → 180 d (Jan 30 + Feb 29 + Mar 31 + Apr 30 + May 31 + Jun 29 = 180), 3, 150, Bijoux
 *   Eve  2023-06-30 → 366 d (2024 is a leap year), 2, 100, Parfum
 *   Finn 2024-05-31 →  30 d,  5, 999.99,  Montres
 */
const TABLE: unknown[][] = [
  ['Client', 'Date du dernier achat', "Nombre d'achats", 'Montant', 'Type de produit'],
  ['Ana', d('2024-06-25'), 10, 1500, 'Bijoux'],
  ['Ben', d('2024-06-18'), 1, 40, 'Parfum'],
  ['Cleo', d('2024-05-31'), 6, 1234.5, 'Montres'],
  ['Dan', d('2024-01-02'), 3, 150, 'Bijoux'],
  ['Eve', d('2023-06-30'), 2, 100, 'Parfum'],
  ['Finn', d('2024-05-31'), 5, 999.99, 'Montres'],
];

/**
 * The default scale: R 0 → 5, 30 → 3, 180 → 1, 365 → 0; F 0 → 0, 1 → 1, 2 → 3, 5 → 5;
 * M 0 → 0, 100 → 2, 500 → 4, 1 000 → 6; T * → 0; weights 1; classes 0 Inactif, 5 Client occasionnel,
 * 9 Bon client, 13 Très bon client.
 *   Ana  R 5 + F 5 (10) + M 6 (1 500) + T 0 = 16 → Très bon client
 *   Ben  R 5 + F 1 (1) + M 0 (40) + T 0 = 6 → Client occasionnel
 *   Cleo R 3 (30, on the bound) + F 5 (6) + M 6 (1 234.5) = 14 → Très bon client
 *   Dan  R 1 (180, on the bound) + F 3 (3) + M 2 (150) = 6 → Client occasionnel
 *   Eve  R 0 (366) + F 3 (2, on the bound) + M 2 (100, on the bound) = 5 → Client occasionnel (5, on the bound)
 *   Finn R 3 + F 5 (5, on the bound) + M 4 (999.99) = 12 → Bon client
 */
const DEFAULT_POINTS = [
  // client, R, F, M, T, total, class
  ['Ana', 5, 5, 6, 0, 16, 'Très bon client'],
  ['Ben', 5, 1, 0, 0, 6, 'Client occasionnel'],
  ['Cleo', 3, 5, 6, 0, 14, 'Très bon client'],
  ['Dan', 1, 3, 2, 0, 6, 'Client occasionnel'],
  ['Eve', 0, 3, 2, 0, 5, 'Client occasionnel'],
  ['Finn', 3, 5, 4, 0, 12, 'Bon client'],
];

function pointsOf(addOn: AddOnRun): unknown[][] {
  return sheetRecords(addOn.ss, 'Portefeuille – Clients').map((row) => [
    row.Client,
    row['Points R'],
    row['Points F'],
    row['Points M'],
    row['Points T (type de produit)'],
    row['Total des points'],
    row.Classe,
  ]);
}

describe('the Points scale method on a French client table with product types', () => {
  let addOn: AddOnRun;
  let settings: AnalysisSettings;

  beforeAll(async () => {
    addOn = await openAddOn({ locale: 'fr_FR', timeZone: TZ, sheets: [{ name: SOURCE, values: TABLE }] });
    const info = addOn.sourceInfo();
    expect(info.defaults.mapping.type).toBe(4);
    settings = { ...info.defaults, scoring: 'points', abcRule: 'within' };
  });

  it('creates the scale sheet with the course-style default and scores every client with it', () => {
    const result = addOn.analyse(settings);
    expect(result.sheets).toMatchObject({ scale: SCALE });
    expect(result.notes[0]).toContain(SCALE);
    const scale = sheetValues(addOn.ss, SCALE);
    expect(scale[0]).toEqual(['Critère', 'À partir de (seuil) ou libellé', 'Points ou classe', 'Signification']);
    expect(scale.slice(1, 5).map((row) => row.slice(0, 3))).toEqual([
      ['R', 0, 5],
      ['R', 30, 3],
      ['R', 180, 1],
      ['R', 365, 0],
    ]);
    expect(pointsOf(addOn)).toEqual(DEFAULT_POINTS);
    // no RFM breakpoints to show in the sidebar: the scale scored the clients
    expect(result.thresholds).toEqual({ r: [], f: [], m: [] });
  });

  it('keys the actions by class and adds the product type to the Actions sheet', () => {
    const actions = sheetRecords(addOn.ss, 'Portefeuille – Actions');
    expect(actions).toHaveLength(6);
    expect(new Set(actions.map((row) => row.Classe))).toEqual(
      new Set(['Très bon client', 'Bon client', 'Client occasionnel']),
    );
    // the default catalogue has an action for each of these classes
    for (const row of actions) expect(row.Action).not.toBe('');
    expect(Object.fromEntries(actions.map((row) => [row.Client, row['Types de produits']]))).toEqual({
      Ana: 'Bijoux',
      Ben: 'Parfum',
      Cleo: 'Montres',
      Dan: 'Bijoux',
      Eve: 'Parfum',
      Finn: 'Montres',
    });
  });

  it('shows the ABC rule, the count per class and the scale used in the Summary', () => {
    const values = sheetValues(addOn.ss, 'Portefeuille – Synthèse');
    const labels = values.map((row) => row[0]);
    expect(labels).toContain(
      'Règle ABC utilisée : sans dépasser (within) – A : les premiers clients dont le CA cumulé, eux compris, ne dépasse pas 80\u202f%, B 95\u202f%',
    );
    // classes from the best: Très bon client 2 (Ana, Cleo), Bon client 1 (Finn), Client occasionnel 3; Inactif has no client
    const byClass = labels.indexOf('Par classe (barème de points)');
    expect(values[byClass + 1]?.[0]).toBe('Classe');
    expect(values.slice(byClass + 2, byClass + 5).map((row) => row.slice(0, 2))).toEqual([
      ['Très bon client', 2],
      ['Bon client', 1],
      ['Client occasionnel', 3],
    ]);
    // within: total 1 500 + 40 + 1 234.5 + 150 + 100 + 999.99 = 4 024.49; cumulative shares including each client:
    // 1 500 → 37.27 % A; 2 734.5 → 67.95 % A; 3 734.49 → 92.79 % B; 3 884.49 → 96.52 % C; then C, C
    const byAbc = labels.indexOf('Par classe ABC');
    expect(values.slice(byAbc + 2, byAbc + 5).map((row) => row.slice(0, 2))).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 3],
    ]);
    const used = labels.indexOf('Barème de points utilisé (feuille « Portefeuille – Barème »)');
    expect(values[used + 2]?.slice(0, 5)).toEqual([
      'R (jours depuis le dernier achat)',
      '0 → 5',
      '30 → 3',
      '180 → 1',
      '365 → 0',
    ]);
    expect(values[used + 5]?.slice(0, 2)).toEqual(['T (type de produit)', '* → 0']);
    expect(values[used + 6]?.slice(0, 5)).toEqual(['Coefficients (R, F, M, T)', 1, 1, 1, 1]);
    expect(values[used + 7]?.slice(0, 5)).toEqual([
      'Classes selon le total des points',
      '0 → Inactif (à reconquérir comme un prospect)',
      '5 → Client occasionnel',
      '9 → Bon client',
      '13 → Très bon client',
    ]);
  });

  it('reads the teacher’s edits on the next run and never overwrites them', () => {
    const sheet = addOn.ss.getSheetByName(SCALE);
    if (!sheet) throw new Error('no scale sheet');
    const rows = sheet.getDataRange().getValues();
    const weightR = rows.findIndex((row) => row[0] === 'Coefficient' && row[1] === 'R');
    sheet.getRange(weightR + 1, 3).setValue(2);
    sheet.insertRowsAfter(rows.length, 1);
    sheet.getRange(rows.length + 1, 1, 1, 4).setValues([['T', 'bijoux', 4, '']]);
    const edited = sheet.getDataRange().getValues();

    const result = addOn.analyse(settings);
    expect(result.notes).toContain('barème de points lu dans la feuille « Portefeuille – Barème »');
    expect(addOn.ss.getSheetByName(SCALE)?.getDataRange().getValues()).toEqual(edited);
    // weight R 2, and Bijoux 4 points (matched without case):
    //   Ana 2 × 5 + 5 + 6 + 4 = 25 → Très bon client; Ben 2 × 5 + 1 + 0 + 0 = 11 → Bon client;
    //   Cleo 2 × 3 + 5 + 6 + 0 = 17 → Très bon client; Dan 2 × 1 + 3 + 2 + 4 = 11 → Bon client;
    //   Eve 2 × 0 + 3 + 2 + 0 = 5 → Client occasionnel; Finn 2 × 3 + 5 + 4 + 0 = 15 → Très bon client
    expect(pointsOf(addOn)).toEqual([
      ['Ana', 5, 5, 6, 4, 25, 'Très bon client'],
      ['Ben', 5, 1, 0, 0, 11, 'Bon client'],
      ['Cleo', 3, 5, 6, 0, 17, 'Très bon client'],
      ['Dan', 1, 3, 2, 4, 11, 'Bon client'],
      ['Eve', 0, 3, 2, 0, 5, 'Client occasionnel'],
      ['Finn', 3, 5, 4, 0, 15, 'Très bon client'],
    ]);
  });

  it('reports a bad row of the scale sheet by sheet and row, and changes nothing', () => {
    const sheet = addOn.ss.getSheetByName(SCALE);
    if (!sheet) throw new Error('no scale sheet');
    // row 4 holds R 180 → 1: 20 is below the bound before it (30)
    sheet.getRange(4, 2).setValue(20);
    const before = addOn.ss.emulator.snapshotAll();
    const error = thrownBy(() => addOn.analyse(settings));
    expect(error.message).toBe(
      'feuille « Portefeuille – Barème », ligne 4 : le seuil 20 n’est pas supérieur au seuil précédent (30) : les seuils doivent être strictement croissants',
    );
    expect(addOn.ss.emulator.snapshotAll()).toEqual(before);
    sheet.getRange(4, 2).setValue(180);
  });

  it('names the client, the criterion and the sheet when a value is below a scale', () => {
    const sheet = addOn.ss.getSheetByName(SCALE);
    if (!sheet) throw new Error('no scale sheet');
    // M now starts at 50: Ben's 40 is below it
    sheet.getRange(10, 2).setValue(50);
    const error = thrownBy(() => addOn.analyse(settings));
    expect(error.message).toBe(
      'client Ben (ligne 3), critère M : 40 est inférieur au premier seuil du barème (50) ; adaptez la feuille « Portefeuille – Barème »',
    );
    sheet.getRange(10, 2).setValue(0);
  });

  it('leaves the scale sheet out of a run with RFM scores', () => {
    const result = addOn.analyse({ ...settings, scoring: 'rfm' });
    expect(Object.values(result.sheets)).not.toContain(SCALE);
    const header = sheetValues(addOn.ss, 'Portefeuille – Clients')[0];
    expect(header).toContain('Segment');
    expect(header).not.toContain('Total des points');
  });
});
