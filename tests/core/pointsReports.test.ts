/**
 * The owned sheets with the Points scale method, as plain tables: points
 * columns in the Clients sheet (T only with product types), the class in the
 * Actions sheet with the product types, and the Summary's scale, classes and
 * ABC rule.
 */
import { describe, expect, it } from 'vitest';
import { analysePortfolio, type AnalysisOptions } from '../../src/core/analysis';
import { dayFromIso } from '../../src/core/days';
import { pointsSettingsFromRows } from '../../src/core/pointsSheet';
import { actionsTable, clientsTable, summaryTable } from '../../src/core/reports';
import { emptyMapping } from '../../src/core/sourceLayout';
import { analysisOptions } from '../support/analysisOptions';

const AS_OF = dayFromIso('2024-06-30');
const SHEET = 'Portfolio – Points scale';
const scale = pointsSettingsFromRows(
  [
    ['Criterion', 'From', 'Points'],
    ['R', 0, 5],
    ['R', 90, 1],
    ['F', 0, 0],
    ['F', 3, 2],
    ['M', 0, 0],
    ['M', 1000, 3],
    ['T', 'Tea', 2],
    ['T', '*', 0],
    ['Weight', 'M', 2],
    ['Class', 0, 'Small'],
    ['Class', 7, 'Big'],
  ],
  'en',
  SHEET,
);

/**
 * Days to 2024-06-30, purchases, amount, product:
 *   Ann 5 d, 4, 1 200, Tea   → R 5 + F 2 + 2 × M 3 (+ T 2) = 13 (15)
 *   Bob 100 d, 1, 50, Coffee → R 1 + F 0 + 2 × M 0 (+ T 0) = 1 (1)
 */
const ROWS = [
  ['Ann', '2024-06-25', 4, 1200, 'Tea'],
  ['Bob', '2024-03-22', 1, 50, 'Coffee'],
];

function optionsWith(type: number | null): AnalysisOptions {
  return analysisOptions('en', {
    mapping: { ...emptyMapping(), client: 0, date: 1, purchases: 2, amount: 3, type },
    aShare: 0.2,
    bShare: 0.5,
    abcRule: 'clients',
    points: { settings: scale, sheet: SHEET },
  });
}

describe('with product types', () => {
  const options = optionsWith(4);
  const analysis = analysePortfolio(ROWS, options);

  it('writes the points of each criterion, the weighted total and the class in the Clients sheet', () => {
    const table = clientsTable(analysis, options.mapping, 'en');
    const header = table.values[0] as string[];
    const at = (name: string) => header.indexOf(name);
    expect(header.slice(at('R points'), at('Class') + 1)).toEqual([
      'R points',
      'F points',
      'M points',
      'T points (product type)',
      'Total points',
      'Class',
    ]);
    expect(header).not.toContain('Segment');
    expect(table.values.slice(1).map((row) => row.slice(at('R points'), at('Class') + 1))).toEqual([
      [5, 2, 3, 2, 15, 'Big'],
      [1, 0, 0, 0, 1, 'Small'],
    ]);
  });

  it('keys the Actions sheet by class and adds the product types', () => {
    const table = actionsTable(analysis, options.mapping, 'en');
    const header = table.values[0] as string[];
    expect(header[1]).toBe('Class');
    expect(header).toContain('Product types');
    const rows = table.values.slice(1);
    expect(rows.map((row) => [row[1], row[header.indexOf('Product types')]])).toEqual(
      expect.arrayContaining([
        ['Big', 'Tea'],
        ['Small', 'Coffee'],
      ]),
    );
  });

  it('states the scale, the classes and the ABC rule in the Summary', () => {
    const table = summaryTable(
      analysis,
      {
        asOfDay: AS_OF,
        binning: options.binning,
        method: 'quantile',
        abc: { rule: 'clients', aShare: 0.2, bShare: 0.5 },
      },
      'en',
    );
    const labels = table.values.map((row) => row[0]);
    expect(labels).toContain('ABC rule used: clients – A: the first 20% of clients by amount, B up to 50%');
    const byClass = labels.indexOf('By class (points scale)');
    // best class first
    expect(table.values.slice(byClass + 2, byClass + 4).map((row) => row.slice(0, 2))).toEqual([
      ['Big', 1],
      ['Small', 1],
    ]);
    const used = labels.indexOf(`Points scale used (sheet “${SHEET}”)`);
    expect(table.values.slice(used + 1, used + 8).map((row) => row.filter((cell) => cell !== ''))).toEqual([
      ['Method', 'points scale: points per criterion added up, classes by total'],
      ['R (days since last purchase)', '0 → 5', '90 → 1'],
      ['F (purchases)', '0 → 0', '3 → 2'],
      ['M (amount)', '0 → 0', '1000 → 3'],
      ['T (product type)', 'Tea → 2', '* → 0'],
      ['Weights (R, F, M, T)', 1, 1, 2, 1],
      ['Classes by total points', '0 → Small', '7 → Big'],
    ]);
    expect(labels).not.toContain('Thresholds used');
  });
});

describe('without a product-type column', () => {
  const options = optionsWith(null);
  const analysis = analysePortfolio(
    ROWS.map((row) => row.slice(0, 4)),
    options,
  );

  it('leaves T out: Ann 5 + 2 + 2 × 3 = 13, Bob 1 + 0 + 0 = 1', () => {
    const table = clientsTable(analysis, options.mapping, 'en');
    const header = table.values[0] as string[];
    expect(header).not.toContain('T points (product type)');
    const at = (name: string) => header.indexOf(name);
    expect(table.values.slice(1).map((row) => [row[at('Total points')], row[at('Class')]])).toEqual([
      [13, 'Big'],
      [1, 'Small'],
    ]);
    expect(actionsTable(analysis, options.mapping, 'en').values[0]).not.toContain('Product types');
  });
});
