/**
 * A French client table (one row per client) analysed end to end by the built
 * add-on: getSourceInfo, then runAnalysis with the defaults, every figure of
 * the owned sheets checked against hand-computed values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult, SourceInfo } from '../../src/server/api';
import { type AddOnRun, openAddOn, sheetRecords, sheetValues } from '../support/addOn';
import { calendarDay, midnight } from '../support/calendar';
import { at } from '../../tools/indexing';

const TZ = 'Europe/Paris';
const SOURCE = 'Mes clients';
const d = (iso: string) => midnight(iso, TZ);

/**
 * Reference date 2024-06-30 (the frozen clock). Days since the last purchase,
 * purchases and amounts of the ten clients:
 *   Ana 5 j, 10, 1 500 | Ben 12 j, 1, 40 | Cleo 30 j, 6, "1 234,50 €" | Dan 45 j, 3, 150 | Eve 60 j, 8, 600
 *   Finn 90 j (text date 01/04/2024), 2, 90 | Gus 120 j, 12, 2 000 | Hana 200 j, 4, 300 | Ivo 300 j, 1, 20 | Jo 400 j, 5, 500
 * Row 1 is a merged title, row 2 the header, row 8 blank, row 9 a merged section title.
 */
const TABLE: unknown[][] = [
  ['Mes clients – 2024', '', '', '', '', ''],
  ['Client', 'E-mail', 'Téléphone', 'Date du dernier achat', "Nombre d'achats", 'Montant'],
  ['Ana', 'ana@exemple.fr', '+33 6 12 34 56 78', d('2024-06-25'), 10, 1500],
  ['Ben', 'ben@exemple.fr', '0612345678', d('2024-06-18'), 1, 40],
  ['Cleo', 'cleo@exemple.fr', '', d('2024-05-31'), 6, '1 234,50 €'],
  ['Dan', '', '', d('2024-05-16'), 3, 150],
  ['Eve', 'eve@exemple.fr', '', d('2024-05-01'), 8, 600],
  ['', '', '', '', '', ''],
  ['Clients professionnels', '', '', '', '', ''],
  ['Finn', 'finn@exemple.fr', '', '01/04/2024', 2, 90],
  ['Gus', 'gus@exemple.fr', '', d('2024-03-02'), 12, 2000],
  ['Hana', 'hana@exemple.fr', '', d('2023-12-13'), 4, 300],
  ['Ivo', 'ivo@exemple.fr', '', d('2023-09-04'), 1, 20],
  ['Jo', 'jo@exemple.fr', '', d('2023-05-27'), 5, 500],
];

/*
 * Quintile breakpoints, PERCENTILE.INC at k/5 over the 10 values, h = 9·k/5 = 1.8, 3.6, 5.4, 7.2 (0-based):
 * days sorted 5 12 30 45 60 90 120 200 300 400:
 *   q1 = 12 + 0.8 × 18 = 26.4, q2 = 45 + 0.6 × 15 = 54, q3 = 90 + 0.4 × 30 = 102, q4 = 200 + 0.2 × 100 = 220
 *   R = 5 − #{q : days > q}: 5→5 12→5 30→4 45→4 60→3 90→3 120→2 200→2 300→1 400→1
 * purchases sorted 1 1 2 3 4 5 6 8 10 12:
 *   q1 = 1 + 0.8 × 1 = 1.8, q2 = 3 + 0.6 × 1 = 3.6, q3 = 5 + 0.4 × 1 = 5.4, q4 = 8 + 0.2 × 2 = 8.4
 *   F = 1 + #{q : purchases > q}: 10→5 1→1 6→4 3→2 8→4 2→2 12→5 4→3 1→1 5→3
 * amounts sorted 20 40 90 150 300 500 600 1234.5 1500 2000:
 *   q1 = 40 + 0.8 × 50 = 80, q2 = 150 + 0.6 × 150 = 240, q3 = 500 + 0.4 × 100 = 540, q4 = 1234.5 + 0.2 × 265.5 = 1287.6
 *   M: 1500→5 40→1 1234.5→4 150→2 600→4 90→2 2000→5 300→3 20→1 500→3
 * Segments (classic, first matching rule): 555 and 444 Champions (R4–5 F4–5 M4–5); 511 New (R5 F1);
 * 422 Potential loyalists (R4–5 F2–3); 344 Loyal (R3–5 F4–5); 322 Need attention (R3 F2–3);
 * 255 Can't lose them (R1–2 F4–5 M4–5); 233 and 133 At risk (R1–2 F3–5); 111 Lost (R1 F1–2).
 * ABC: total 6 434.5, 80 % = 5 147.6, 95 % = 6 112.775. By amount, revenue before each client:
 *   Gus 2000 (0) A, Ana 1500 (2000) A, Cleo 1234.5 (3500) A, Eve 600 (4734.5) A, Jo 500 (5334.5) B,
 *   Hana 300 (5834.5) B, Dan 150 (6134.5) C, Finn 90 C, Ben 40 C, Ivo 20 C.
 */
const EXPECTED_CLIENTS = [
  // client, days, purchases, amount, R, F, M, code, segment, ABC
  ['Ana', 5, 10, 1500, 5, 5, 5, 555, 'Champions', 'A'],
  ['Ben', 12, 1, 40, 5, 1, 1, 511, 'Nouveaux clients', 'C'],
  ['Cleo', 30, 6, 1234.5, 4, 4, 4, 444, 'Champions', 'A'],
  ['Dan', 45, 3, 150, 4, 2, 2, 422, 'Fidèles en devenir', 'C'],
  ['Eve', 60, 8, 600, 3, 4, 4, 344, 'Clients fidèles', 'A'],
  ['Finn', 90, 2, 90, 3, 2, 2, 322, 'À surveiller', 'C'],
  ['Gus', 120, 12, 2000, 2, 5, 5, 255, 'À ne pas perdre', 'A'],
  ['Hana', 200, 4, 300, 2, 3, 3, 233, 'À risque (futurs non-clients)', 'B'],
  ['Ivo', 300, 1, 20, 1, 1, 1, 111, 'Perdus', 'C'],
  ['Jo', 400, 5, 500, 1, 3, 3, 133, 'À risque (futurs non-clients)', 'B'],
];
const TOTAL = 6434.5;

const NAMES = {
  clients: 'Portefeuille – Clients',
  actions: 'Portefeuille – Actions',
  summary: 'Portefeuille – Synthèse',
  rules: 'Portefeuille – Règles segments',
  catalogue: 'Portefeuille – Catalogue',
  history: 'Portefeuille – Historique',
  movements: 'Portefeuille – Mouvements',
};

/** The rows of a Summary block: from the row after `title` (its header) to the next blank row. */
function summaryBlock(values: unknown[][], title: string): unknown[][] {
  const start = values.findIndex((row) => row[0] === title);
  expect(start, `block "${title}"`).toBeGreaterThanOrEqual(0);
  const rows: unknown[][] = [];
  for (let i = start + 1; i < values.length && at(values, i).some((cell) => cell !== ''); i += 1)
    rows.push(at(values, i));
  return rows;
}

let addOn: AddOnRun;
let info: SourceInfo;
let result: AnalysisResult;

beforeAll(async () => {
  addOn = await openAddOn({ locale: 'fr_FR', timeZone: TZ, sheets: [{ name: SOURCE, values: TABLE }] });
  const sheet = addOn.ss.getSheetByName(SOURCE);
  sheet?.getRange('A1:F1').merge();
  sheet?.getRange('A9:F9').merge();
  info = addOn.sourceInfo();
  result = addOn.analyse(info.defaults);
});

/**
 * Checks the rows of a per-group summary table (name, clients, % clients, revenue, % revenue, average basket)
 * against `[name, clients, revenue, purchases]` worked out by hand, for the 10 clients and TOTAL revenue.
 */
function expectGroupRows(rows: unknown[][], expected: ReadonlyArray<[string, number, number, number]>): void {
  expect(rows.map((row) => row[0])).toEqual(expected.map(([name]) => name));
  rows.forEach((row, i) => {
    const [, clients, revenue, purchases] = at(expected, i);
    expect(row[1]).toBe(clients);
    expect(row[2]).toBeCloseTo(clients / 10, 12);
    expect(row[3]).toBeCloseTo(revenue, 9);
    expect(row[4]).toBeCloseTo(revenue / TOTAL, 12);
    // the average basket is money: stored rounded to cents (2 734,5 / 16 = 170,90625 → 170,91)
    expect(row[5]).toBe(Math.round((revenue / purchases) * 100) / 100);
  });
}

describe('getSourceInfo on a French client table', () => {
  it('finds the header under the title row and recognises every column', () => {
    expect(info.lang).toBe('fr');
    expect(info.sheetName).toBe(SOURCE);
    expect(info.headerRow).toBe(2);
    expect(info.headers).toEqual([
      'Client',
      'E-mail',
      'Téléphone',
      'Date du dernier achat',
      "Nombre d'achats",
      'Montant',
    ]);
    expect(info.dataRows).toBe(12);
    expect(info.defaults.mapping).toEqual({
      client: 0,
      email: 1,
      phone: 2,
      date: 3,
      purchases: 4,
      amount: 5,
      recency: null,
      firstName: null,
      lastName: null,
      type: null,
    });
    expect(info.defaults.shape).toBe('clients');
  });

  it('previews the first rows as text, dates as ISO in the spreadsheet time zone', () => {
    expect(info.preview).toHaveLength(5);
    expect(info.preview[0]).toEqual(['Ana', 'ana@exemple.fr', '+33 6 12 34 56 78', '25/06/2024', '10', '1500']);
    expect(info.preview[2]).toEqual(['Cleo', 'cleo@exemple.fr', '', '31/05/2024', '6', '1 234,50 €']);
  });

  it('proposes quintiles, the classic scheme, ABC 80/95, netting returns, and today as the reference date', () => {
    expect(info.defaults).toMatchObject({
      sheetName: SOURCE,
      asOf: '2024-06-30',
      binning: { kind: 'bins', n: 5 },
      method: 'quantile',
      scheme: 'classic',
      aShare: 0.8,
      bShare: 0.95,
      returns: 'net',
    });
  });

  it('takes today in the spreadsheet time zone, not in UTC', async () => {
    // 23:30 UTC on 30 June is 01:30 on 1 July in Paris.
    const late = await openAddOn({
      locale: 'fr_FR',
      timeZone: TZ,
      sheets: [{ name: SOURCE, values: TABLE }],
      now: new Date('2024-06-30T23:30:00Z'),
    });
    expect(late.sourceInfo().defaults.asOf).toBe('2024-07-01');
  });
});

describe('runAnalysis on a French client table', () => {
  it('writes the seven owned sheets with French names after the source', () => {
    expect(addOn.ss.emulator.sheetNames()).toEqual([
      SOURCE,
      NAMES.clients,
      NAMES.actions,
      NAMES.summary,
      NAMES.movements,
      NAMES.rules,
      NAMES.catalogue,
      NAMES.history,
    ]);
    expect(result.sheets).toEqual(NAMES);
    expect(sheetValues(addOn.ss, NAMES.clients)).toHaveLength(1 + 10);
    expect(sheetValues(addOn.ss, NAMES.actions)).toHaveLength(1 + 10);
    // 11 classic + 10 rfm + 6 fr-ladder rules; one catalogue line per distinct segment name
    expect(sheetValues(addOn.ss, NAMES.rules)).toHaveLength(1 + 27);
    expect(sheetValues(addOn.ss, NAMES.rules)[0]).toEqual([
      'Grille',
      'Segment',
      'R de',
      'R à',
      'F de',
      'F à',
      'M de',
      'M à',
    ]);
    expect(sheetValues(addOn.ss, NAMES.catalogue)[0]).toEqual([
      'Segment',
      'Priorité',
      'Objectif',
      'Action',
      'Canal',
      'Modèle de message',
    ]);
    expect(addOn.ss.getActiveSheet().getName()).toBe(NAMES.summary);
  });

  it('gives every client the hand-computed R, F, M, code, segment and ABC class', () => {
    const rows = sheetRecords(addOn.ss, NAMES.clients).map((row) => [
      row['Client'],
      row['Jours depuis le dernier achat'],
      row['Nombre d’achats'],
      row['Montant'],
      row['R'],
      row['F'],
      row['M'],
      row['Code RFM'],
      row['Segment'],
      row['ABC'],
    ]);
    expect(rows).toEqual(EXPECTED_CLIENTS);
  });

  it('writes every intermediate column of the Clients sheet, dates as date cells', () => {
    expect(sheetValues(addOn.ss, NAMES.clients)[0]).toEqual([
      'Client',
      'E-mail',
      'Téléphone',
      'Dernier achat',
      'Jours depuis le dernier achat',
      'Nombre d’achats',
      'Montant',
      'Panier moyen',
      'R',
      'F',
      'M',
      'Code RFM',
      'Segment',
      'ABC',
      'Valeur client (1 an)',
      'Action',
    ]);
    const [ana, , cleo, , , finn] = sheetRecords(addOn.ss, NAMES.clients);
    expect(ana?.['E-mail']).toBe('ana@exemple.fr');
    expect(ana?.['Téléphone']).toBe('+33 6 12 34 56 78');
    expect(ana?.['Dernier achat']).toBeInstanceOf(Date);
    expect(calendarDay(ana?.['Dernier achat'] as Date, TZ)).toBe('2024-06-25');
    // the text date 01/04/2024 read day first (French), written back as a date cell
    expect(calendarDay(finn?.['Dernier achat'] as Date, TZ)).toBe('2024-04-01');
    // average basket = amount / purchases: 1500 / 10, 1234.5 / 6
    expect(ana?.['Panier moyen']).toBe(150);
    expect(cleo?.['Panier moyen']).toBeCloseTo(205.75, 10);
    // client table: one year of data, so the value over one year is the amount
    expect(ana?.['Valeur client (1 an)']).toBe(1500);
    expect(ana?.['Action']).toMatch(/VIP/);
    const formats = addOn.ss.getSheetByName(NAMES.clients)?.getRange('A2:G2').getNumberFormats()[0];
    expect(formats).toEqual(['@', '@', '@', 'dd/mm/yyyy', '0', '0', '#,##0.00']);
  });

  it('lists the merged section row as skipped, with its sheet row and a French reason; passes the blank row over', () => {
    expect(result.skipped).toEqual([
      { row: 9, reason: 'la cellule de la date (du dernier achat ou de la vente) est vide' },
    ]);
  });

  it('returns the figures of the analysis to the sidebar', () => {
    expect(result.lang).toBe('fr');
    expect(result.clients).toBe(10);
    expect(result.revenue).toBeCloseTo(TOTAL, 9);
    // class A: Gus, Ana, Cleo, Eve = 4 of 10 clients, 5 334.5 of 6 434.5
    expect(result.pareto.clientShare).toBeCloseTo(0.4, 12);
    expect(result.pareto.revenueShare).toBeCloseTo(5334.5 / TOTAL, 12);
    expect(result.thresholds.r.map((t) => Number(t.toFixed(6)))).toEqual([26.4, 54, 102, 220]);
    expect(result.thresholds.f.map((t) => Number(t.toFixed(6)))).toEqual([1.8, 3.6, 5.4, 8.4]);
    expect(result.thresholds.m.map((t) => Number(t.toFixed(6)))).toEqual([80, 240, 540, 1287.6]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toContain(NAMES.rules);
  });

  it('summarises each segment: clients, % clients, revenue, % revenue, average basket (revenue / purchases)', () => {
    const values = sheetValues(addOn.ss, NAMES.summary);
    const [header, ...segments] = summaryBlock(values, 'Par segment');
    expect(header).toEqual(['Segment', 'Clients', '% clients', 'Chiffre d’affaires', '% CA', 'Panier moyen']);
    const expected: Array<[string, number, number, number]> = [
      // segment, clients, revenue, purchases — segments in rule order, empty ones left out
      ['Champions', 2, 1500 + 1234.5, 10 + 6],
      ['Clients fidèles', 1, 600, 8],
      ['Fidèles en devenir', 1, 150, 3],
      ['Nouveaux clients', 1, 40, 1],
      ['À surveiller', 1, 90, 2],
      ['À ne pas perdre', 1, 2000, 12],
      ['À risque (futurs non-clients)', 2, 300 + 500, 4 + 5],
      ['Perdus', 1, 20, 1],
    ];
    expectGroupRows(segments, expected);
    expect(result.segments.map((s) => [s.name, s.clients])).toEqual(expected.map((e) => [e[0], e[1]]));
    expect(result.segments[0]?.averageBasket).toBeCloseTo(2734.5 / 16, 9);
  });

  it('summarises each ABC class', () => {
    const values = sheetValues(addOn.ss, NAMES.summary);
    const [header, ...classes] = summaryBlock(values, 'Par classe ABC');
    expect(header).toEqual(['Classe', 'Clients', '% clients', 'Chiffre d’affaires', '% CA', 'Panier moyen']);
    // A: Gus, Ana, Cleo, Eve (12 + 10 + 6 + 8 = 36 purchases); B: Jo, Hana (5 + 4); C: Dan, Finn, Ben, Ivo (3 + 2 + 1 + 1)
    const expected: Array<[string, number, number, number]> = [
      ['A', 4, 2000 + 1500 + 1234.5 + 600, 36],
      ['B', 2, 500 + 300, 9],
      ['C', 4, 150 + 90 + 40 + 20, 7],
    ];
    expect(classes.map((row) => row[0])).toEqual(['A', 'B', 'C']);
    expectGroupRows(classes, expected);
    expect(result.abc.map((c) => [c.name, c.clients])).toEqual(expected.map((e) => [e[0], e[1]]));
  });

  it('writes the headline figures, the thresholds, the Pareto curve and the skipped row in the Summary', () => {
    const values = sheetValues(addOn.ss, NAMES.summary);
    expect(values[0]?.[0]).toBe('Synthèse du portefeuille clients');
    expect(values[1]?.[0]).toBe('Date de référence');
    expect(calendarDay(values[1]?.[1] as Date, TZ)).toBe('2024-06-30');
    expect(values[2]?.slice(0, 2)).toEqual(['Clients', 10]);
    expect(values[3]?.[0]).toBe('Chiffre d’affaires');
    expect(values[3]?.[1]).toBeCloseTo(TOTAL, 9);
    // 4 / 10 clients; 5 334.5 / 6 434.5 = 82.90… %
    // shares with one decimal, as the sheet's share cells and the sidebar show them (40 % was written "40 %" before)
    expect(values[4]?.[0]).toBe('40,0\u202f% des clients font 82,9\u202f% du chiffre d’affaires (classe A)');
    expect(values[5]?.[0]).toBe(
      'Règle ABC utilisée : atteinte (reach) – A : les premiers clients jusqu’à ce que leur CA cumulé atteigne 80\u202f%, B jusqu’à 95\u202f%',
    );
    const thresholds = summaryBlock(values, 'Seuils utilisés');
    expect(thresholds[0]?.[0]).toBe('Méthode');
    expect(thresholds[1]?.[0]).toBe('R (jours depuis le dernier achat)');
    expect((thresholds[1]?.slice(1, 5) as number[]).map((t) => Number(t.toFixed(6)))).toEqual([26.4, 54, 102, 220]);
    const [curveHeader, ...curve] = summaryBlock(values, 'Courbe de Pareto');
    expect(curveHeader?.slice(0, 4)).toEqual(['% clients', '% CA', '20\u202f% des clients', '80\u202f% du CA']);
    // 21 points of the curve, then the lesson's two lines: 20 % of clients from 0 to 100 %, 80 % of revenue from 0 to 100 % of clients
    expect(curve).toHaveLength(21 + 4);
    expect(curve.slice(21).map((row) => row.slice(0, 4))).toEqual([
      [0.2, '', 0, ''],
      [0.2, '', 1, ''],
      [0, '', '', 0.8],
      [1, '', '', 0.8],
    ]);
    // top 20 % = 2 clients (Gus, Ana): 3 500 / 6 434.5; top 25 % = 2.5 clients: (3 500 + 0.5 × 1 234.5) / 6 434.5
    expect(curve[4]?.[0]).toBeCloseTo(0.2, 12);
    expect(curve[4]?.[1]).toBeCloseTo(3500 / TOTAL, 12);
    expect(curve[5]?.[1]).toBeCloseTo((3500 + 617.25) / TOTAL, 12);
    expect(curve[20]?.[1]).toBeCloseTo(1, 12);
    const [skippedHeader, skipped] = summaryBlock(values, 'Lignes écartées');
    expect(skippedHeader?.slice(0, 2)).toEqual(['Ligne', 'Raison']);
    expect(skipped?.slice(0, 2)).toEqual([9, 'la cellule de la date (du dernier achat ou de la vente) est vide']);
  });

  it('draws the Pareto curve and the clients and revenue per segment as native charts over the right ranges', () => {
    // Summary rows: 1–5 headline, 6 ABC rule, 8 "Par segment", 9 header, 10–17 eight segments, 19 "Par classe ABC",
    // 20 header, 21–23 A B C, 25 "Seuils utilisés", 26–29 method and axes, 31 "Courbe de Pareto", 32 header,
    // 33–53 curve, 54–57 the 20 % / 80 % lines
    const charts = addOn.ss.emulator.charts(NAMES.summary);
    expect(charts).toHaveLength(2);
    const [pareto, perSegment] = charts;
    expect(pareto?.type).toBe('LINE');
    expect(pareto?.ranges).toEqual([`'${NAMES.summary}'!A32:D57`]);
    // the curve plain, the two reference lines dashed
    expect(pareto?.options.series).toEqual({
      1: { lineDashStyle: [6, 4], lineWidth: 1 },
      2: { lineDashStyle: [6, 4], lineWidth: 1 },
    });
    expect(pareto?.options.title).toBe('Courbe de Pareto : part cumulée du chiffre d’affaires');
    expect(perSegment?.type).toBe('COLUMN');
    expect(perSegment?.ranges).toEqual([`'${NAMES.summary}'!A9:B17`, `'${NAMES.summary}'!D9:D17`]);
    expect(perSegment?.options.title).toBe('Clients et chiffre d’affaires par segment');
  });

  it('sorts the Actions sheet by priority, then by value at stake, with personalised messages', () => {
    const actions = sheetRecords(addOn.ss, NAMES.actions);
    // priorities of the default catalogue: À ne pas perdre 1 (win back), À risque 2 (retain), Champions 3 (reward),
    // Clients fidèles 4, Nouveaux clients 5, Fidèles en devenir 6, À surveiller 7, Perdus 12 (ask why);
    // within À risque, Jo (500) before Hana (300); within Champions, Ana (1 500) before Cleo (1 234.5)
    expect(actions.map((row) => row['Client'])).toEqual([
      'Gus',
      'Jo',
      'Hana',
      'Ana',
      'Cleo',
      'Eve',
      'Ben',
      'Dan',
      'Finn',
      'Ivo',
    ]);
    const catalogue = new Map(sheetRecords(addOn.ss, NAMES.catalogue).map((row) => [row['Segment'], row]));
    const priorities = actions.map((row) => row['Priorité'] as number);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    for (const row of actions) {
      const entry = catalogue.get(row['Segment']);
      expect(entry, String(row['Segment'])).toBeDefined();
      expect(row['Priorité']).toBe(entry?.['Priorité']);
      expect(row['Objectif']).toBe(entry?.['Objectif']);
      expect(row['Action']).toBe(entry?.['Action']);
      expect(row['Canal']).toBe(entry?.['Canal']);
      expect(row['Message']).toBe(String(entry?.['Modèle de message']).split('{{client}}').join(String(row['Client'])));
      expect(row['Message']).not.toContain('{{client}}');
    }
    expect(actions[0]?.['Message']).toMatch(/^Bonjour Gus, /);
    expect(actions[0]?.['Valeur en jeu (1 an)']).toBe(2000);
    expect(actions[3]?.['Téléphone']).toBe('+33 6 12 34 56 78');
  });
});
