/**
 * The owned sheets as plain tables: values, formats (text cells `@`), bold
 * cells, frozen rows and charts.
 */
import { describe, expect, it } from 'vitest';
import { analysePortfolio } from '../../src/core/analysis';
import { dayFromIso } from '../../src/core/days';
import { actionsTable, clientsTable, settingsTable, summaryTable } from '../../src/core/reports';
import { emptyMapping } from '../../src/core/sourceLayout';
import { analysisOptions } from '../support/analysisOptions';
import { at } from '../../tools/indexing';

const AS_OF = dayFromIso('2024-06-30');
const mapping = { ...emptyMapping(), client: 0, date: 1, purchases: 2, amount: 3, phone: 4 };
const options = analysisOptions('fr', { mapping, asOfDay: AS_OF });

// 3 clients: breakpoints at h = 2k/5 = 0.4, 0.8, 1.2, 1.6.
// days 5, 100, 200 → 5 + 0.4 × 95 = 43, 5 + 0.8 × 95 = 81, 100 + 0.2 × 100 = 120, 160: R 5, 3, 1; purchases 1, 4, 9 → 2.2, 3.4, 5, 7: F 1, 3, 5;
// amounts 30, 300, 3000 → 138, 246, 840, 1920: M 1, 3, 5
const ROWS = [
  ['=HYPERLINK("http://x","y")', '2024-06-25', 1, 30, '+33 6 12 34 56 78'],
  ['Ben', '2024-03-22', 4, 300, ''],
  ['Cleo', '2023-12-13', 9, 3000, '0612345678'],
  ['', '', '', '', ''],
  ['Dan', 'hier', 1, 1, ''],
];
const analysis = analysePortfolio(ROWS, options);

describe('clientsTable', () => {
  const table = clientsTable(analysis, mapping, 'fr');

  it('has a header and one row per client, with every intermediate column', () => {
    expect(table.values[0]).toEqual([
      'Client',
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
    expect(table.values).toHaveLength(4);
    const [, first] = table.values;
    expect(first?.slice(0, 12)).toEqual([
      '=HYPERLINK("http://x","y")',
      '+33 6 12 34 56 78',
      { day: dayFromIso('2024-06-25') },
      5,
      1,
      30,
      30,
      5,
      1,
      1,
      511,
      'Nouveaux clients',
    ]);
    expect(table.values[3]?.slice(7, 11)).toEqual([1, 5, 5, 155]);
    expect(table.frozenRows).toBe(1);
    expect(table.charts).toEqual([]);
  });

  it('formats every text cell as plain text, so that user text is never read as a formula or a number', () => {
    expect(table.formats[0]?.every((format) => format === '@')).toBe(true);
    expect(table.formats[1]).toEqual([
      '@',
      '@',
      'dd/mm/yyyy',
      '0',
      '0',
      '#,##0.00',
      '#,##0.00',
      '0',
      '0',
      '0',
      '0',
      '@',
      '@',
      '#,##0.00',
      '@',
    ]);
    expect(table.bold[0]?.every(Boolean)).toBe(true);
    expect(table.bold[1]?.some(Boolean)).toBe(false);
  });

  it('writes a numeric client id as text, and leaves out contact and date columns the source lacks', () => {
    const plain = { ...emptyMapping(), client: 0, recency: 1, purchases: 2, amount: 3 };
    const ids = analysePortfolio(
      [
        [1001, 3, 1, 10],
        [1002, 30, 2, 20],
      ],
      { ...options, mapping: plain, lang: 'en' },
    );
    const idTable = clientsTable(ids, plain, 'en');
    expect(idTable.values[0]?.slice(0, 3)).toEqual(['Client', 'Days since last purchase', 'Purchases']);
    expect(idTable.values[1]?.[0]).toBe('1001');
    expect(idTable.formats[1]?.[0]).toBe('@');
  });
});

describe('actionsTable', () => {
  const table = actionsTable(analysis, mapping, 'fr');

  it('puts the clients in priority order with the catalogue texts and a personalised message', () => {
    expect(table.values[0]).toEqual([
      'Priorité',
      'Segment',
      'Objectif',
      'Action',
      'Canal',
      'Client',
      'Téléphone',
      'ABC',
      'Valeur en jeu (1 an)',
      'Jours depuis le dernier achat',
      'Montant',
      'Message',
    ]);
    // Cleo 155 "À ne pas perdre" (win back, 1); Ben 333 "À surveiller" (intensify, 7); the HYPERLINK client 511 "Nouveaux clients" (welcome, 5)
    expect(table.values.slice(1).map((row) => [row[0], row[1], row[5]])).toEqual([
      [1, 'À ne pas perdre', 'Cleo'],
      [5, 'Nouveaux clients', '=HYPERLINK("http://x","y")'],
      [7, 'À surveiller', 'Ben'],
    ]);
    // ABC over 3000 + 300 + 30 = 3330: Cleo reaches 3000 / 3330 = 90 % (A, she crosses 80 %), Ben 3300 / 3330 = 99 % (B, he
    // crosses 95 %), the HYPERLINK client the rest (C)
    expect(table.values.slice(1).map((row) => row[7])).toEqual(['A', 'C', 'B']);
    expect(table.values[2]?.[11]).toBe(
      'Bienvenue =HYPERLINK("http://x","y") ! Merci pour votre premier achat. Une question sur votre produit ? Répondez simplement à ce message. Voici 5 € de réduction pour votre prochaine visite.',
    );
    expect(table.formats[2]?.[5]).toBe('@');
    expect(table.formats[2]?.[11]).toBe('@');
  });

  it('sorts clients of one segment by value at stake, largest first, and leaves the priority blank when none is known', () => {
    const rules = [{ segment: 'Tous', r: [1, 5], f: [1, 5], m: [1, 5] } as const];
    const one = analysePortfolio(ROWS, { ...options, rules });
    const rows = actionsTable(one, mapping, 'fr').values.slice(1);
    expect(rows.map((row) => row[5])).toEqual(['Cleo', 'Ben', '=HYPERLINK("http://x","y")']);
    expect(rows.map((row) => row[0])).toEqual(['', '', '']);
  });
});

describe('summaryTable', () => {
  const table = summaryTable(analysis, { asOfDay: AS_OF, binning: { kind: 'bins', n: 5 }, method: 'quantile' }, 'fr');
  const column = (k: number) => table.values.map((row) => row[k]);

  it('is one rectangle with the headline figures', () => {
    const width = at(table.values, 0).length;
    expect(table.values.every((row) => row.length === width)).toBe(true);
    expect(table.formats.every((row) => row.length === width)).toBe(true);
    expect(table.values.slice(0, 5).map((row) => row.slice(0, 2))).toEqual([
      ['Synthèse du portefeuille clients', ''],
      ['Date de référence', { day: AS_OF }],
      ['Clients', 3],
      ['Chiffre d’affaires', 3330],
      // class A: Cleo alone (3 000 of 3 330 = 90.09 %) → 1 client of 3 = 33.3 %
      ['33,3\u202f% des clients font 90,1\u202f% du chiffre d’affaires (classe A)', ''],
    ]);
    expect(table.frozenRows).toBe(0);
  });

  it('lists the segments, the ABC classes, the thresholds, the curve and the skipped rows', () => {
    const labels = column(0);
    const segmentHeader = labels.indexOf('Par segment') + 1;
    expect(table.values[segmentHeader]).toEqual([
      'Segment',
      'Clients',
      '% clients',
      'Chiffre d’affaires',
      '% CA',
      'Panier moyen',
    ]);
    // French shares: one decimal, a narrow no-break space before %, as the sidebar writes them
    expect(table.formats[segmentHeader + 1]).toEqual([
      '@',
      '0',
      '0.0"\u202f"%',
      '#,##0.00',
      '0.0"\u202f"%',
      '#,##0.00',
    ]);
    const abcHeader = labels.indexOf('Par classe ABC') + 1;
    expect(labels.slice(abcHeader + 1, abcHeader + 4)).toEqual(['A', 'B', 'C']);
    const method = labels.indexOf('Méthode');
    expect(table.values[method]?.[1]).toBe('5 × quantiles (CENTILE.INCLURE), la note monte au-dessus de chaque seuil');
    expect(table.values[method + 1]?.[0]).toBe('R (jours depuis le dernier achat)');
    expect((table.values[method + 1]?.slice(1, 5) as number[]).map((t) => Number(t.toFixed(9)))).toEqual([
      43, 81, 120, 160,
    ]);
    const skipped = labels.indexOf('Lignes écartées');
    expect(table.values[skipped + 1]?.slice(0, 2)).toEqual(['Ligne', 'Raison']);
    // sheet row 6 ("hier"); rows 2–4 clients, row 5 blank
    expect(table.values[skipped + 2]?.slice(0, 2)).toEqual([
      6,
      '"hier" n’est pas une date (attendu : une cellule date ou une date écrite comme 2025-03-14 ou 14/03/2025)',
    ]);
  });

  it('charts the Pareto curve and the clients and revenue per segment over its own rows (1-based)', () => {
    const labels = column(0);
    const curveHeaderRow = labels.indexOf('Courbe de Pareto') + 2;
    const segmentHeaderRow = labels.indexOf('Par segment') + 2;
    expect(table.charts).toEqual([
      // header, 21 curve points, 4 rows for the 20 % / 80 % lines; 4 columns: % clients, % CA, the two lines (dashed)
      {
        type: 'LINE',
        title: 'Courbe de Pareto : part cumulée du chiffre d’affaires',
        ranges: [[curveHeaderRow, 1, 26, 4]],
        anchor: [1, 8],
        secondAxis: false,
        dashedSeries: [1, 2],
        axes: { h: { title: '% clients', format: '0%' }, v: [{ title: '% CA', format: '0%' }] },
      },
      {
        type: 'COLUMN',
        title: 'Clients et chiffre d’affaires par segment',
        ranges: [
          [segmentHeaderRow, 1, 4, 2],
          [segmentHeaderRow, 4, 4, 1],
        ],
        anchor: [20, 8],
        secondAxis: true,
        axes: {
          h: { title: 'Segment', format: '@' },
          v: [
            { title: 'Clients', format: '0' },
            { title: 'Chiffre d’affaires', format: '#,##0' },
          ],
        },
      },
    ]);
    expect(table.values[curveHeaderRow - 1]?.slice(0, 2)).toEqual(['% clients', '% CA']);
    expect(table.values[curveHeaderRow + 20]?.slice(0, 2)).toEqual([1, 1]);
  });

  it('names a teacher’s grid', () => {
    const grid = { r: [30, 90], f: [2, 5], m: [100, 1000] };
    const graded = analysePortfolio(ROWS, { ...options, binning: { kind: 'grid', grid } });
    const gridTable = summaryTable(
      graded,
      { asOfDay: AS_OF, binning: { kind: 'grid', grid }, method: 'quantile' },
      'en',
    );
    const method = gridTable.values.findIndex((row) => row[0] === 'Method');
    expect(gridTable.values[method]?.[1]).toBe('teacher’s grid (lower bounds of classes 2..n)');
    expect(gridTable.values[method + 1]?.slice(0, 3)).toEqual(['R (days since last purchase)', 30, 90]);
  });
});

describe('settingsTable', () => {
  it('pads the rows, bolds the header, formats text as text and numbers as whole numbers', () => {
    const table = settingsTable([['Segment', 'Priorité'], ['Perdus', 12, 'x'], ['+VIP']]);
    expect(table.values).toEqual([
      ['Segment', 'Priorité', ''],
      ['Perdus', 12, 'x'],
      ['+VIP', '', ''],
    ]);
    expect(table.formats).toEqual([
      ['@', '@', '@'],
      ['@', '0', '@'],
      ['@', '@', '@'],
    ]);
    expect(table.bold).toEqual([
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ]);
    expect(table.frozenRows).toBe(1);
  });
});
