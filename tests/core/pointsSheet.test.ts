/**
 * The points-scale sheet: its course-style default, and its rows read into
 * scales, weights and classes, with errors naming the sheet and the row.
 */
import { describe, expect, it } from 'vitest';
import { pointsOf } from '../../src/core/points';
import { defaultScaleRows, pointsSettingsFromRows } from '../../src/core/pointsSheet';
import { scoreClients } from '../../src/core/scorecard';

const SHEET = 'Portfolio – Points scale';
const HEADER = ['Criterion', 'From (lower bound) or label', 'Points or class', 'Meaning'];

/** A small scale, as a teacher would type it (rows of a criterion need not be together). */
const ROWS = [
  HEADER,
  ['R', 0, 5, 'less than a month'],
  ['R', 30, 2, ''],
  ['F', 1, 1, ''],
  ['F', 3, 4, ''],
  ['', '', '', ''],
  ['M', 0, 0, ''],
  ['M', 500, 3, ''],
  ['T', 'Jewellery', 4, ''],
  ['T', '*', 0, ''],
  ['Weight', 'R', 2, ''],
  ['Class', -5, 'Low', ''],
  ['Class', 8, 'High', ''],
  ['R', 365, -3, 'a year or more: negative points'],
];

const badRow = (row: number, problem: string) =>
  expect.objectContaining({ key: 'badScaleRow', params: { sheet: SHEET, row, problem } });

describe('defaultScaleRows', () => {
  it('holds a course-style scale that reads back', () => {
    const rows = defaultScaleRows('en');
    expect(rows[0]).toEqual(HEADER);
    const settings = pointsSettingsFromRows(rows, 'en', SHEET);
    expect(settings.scales.r).toEqual({ kind: 'numeric', bounds: [0, 30, 180, 365], values: [5, 3, 1, 0] });
    expect(settings.scales.f).toEqual({ kind: 'numeric', bounds: [0, 1, 2, 5], values: [0, 1, 3, 5] });
    expect(settings.scales.m).toEqual({ kind: 'numeric', bounds: [0, 100, 500, 1000], values: [0, 2, 4, 6] });
    expect(settings.scales.t).toEqual({ kind: 'labels', labels: ['*'], values: [0] });
    expect(settings.weights).toEqual({ r: 1, f: 1, m: 1, t: 1 });
    expect(settings.classes).toEqual({
      kind: 'numeric',
      bounds: [0, 5, 9, 13],
      values: ['Inactive (prospect again)', 'Occasional client', 'Good client', 'Very good client'],
    });
  });

  it('is written in French in a French spreadsheet and reads back there', () => {
    const rows = defaultScaleRows('fr');
    expect(rows[0]?.[0]).toBe('Critère');
    expect(rows.some((row) => row[0] === 'Classe' && row[2] === 'Très bon client')).toBe(true);
    expect(rows.some((row) => row[0] === 'Coefficient')).toBe(true);
    expect(pointsSettingsFromRows(rows, 'fr', 'Portefeuille – Barème').classes).toMatchObject({
      kind: 'numeric',
      bounds: [0, 5, 9, 13],
    });
  });
});

describe('pointsSettingsFromRows', () => {
  const settings = pointsSettingsFromRows(ROWS, 'en', SHEET);

  it('gathers the rows of each criterion, skipping blank rows, and reads weights and classes', () => {
    expect(settings.scales.r).toEqual({ kind: 'numeric', bounds: [0, 30, 365], values: [5, 2, -3] });
    expect(settings.scales.t?.kind).toBe('labels');
    expect(settings.weights).toEqual({ r: 2, f: 1, m: 1, t: 1 });
    expect(pointsOf(8, settings.classes)).toBe('High');
  });

  it('accepts the criterion words of either language and a criterion followed by words', () => {
    const rows = [
      HEADER,
      ['R (récence)', 0, 1],
      ['F', 0, 1],
      ['M', 0, 1],
      ['Coefficient', 'm', 3],
      ['Classe', 0, 'Tous'],
    ];
    const read = pointsSettingsFromRows(rows, 'en', SHEET);
    expect(read.weights.m).toBe(3);
    expect(read.classes.values).toEqual(['Tous']);
    expect(read.scales.t).toBeUndefined();
  });

  it('names the sheet and row of each mistake', () => {
    const withRow = (row: unknown[], at = 5) => [...ROWS.slice(0, at), row, ...ROWS.slice(at)];
    // row 6 of the sheet is the inserted row
    expect(() => pointsSettingsFromRows(withRow(['Q', 1, 1]), 'en', SHEET)).toThrow(
      badRow(6, 'the criterion "Q" is unknown: write R, F, M, T, Class or Weight in the first column'),
    );
    expect(() => pointsSettingsFromRows(withRow(['F', 2, '']), 'en', SHEET)).toThrow(
      badRow(6, 'blank cell inside the scale: every row needs a bound or a label and its points'),
    );
    // F 1, 3 then 2 on row 6: not above 3
    expect(() => pointsSettingsFromRows(withRow(['F', 2, 2]), 'en', SHEET)).toThrow(
      badRow(6, 'the bound 2 is not above the bound before it (3): bounds must be strictly ascending'),
    );
    expect(() => pointsSettingsFromRows(withRow(['F', 'many', 2]), 'en', SHEET)).toThrow(
      badRow(6, 'the bounds of F must be numbers, not "many"'),
    );
    // appended as the last row (15): M 0, 500, then 1 000
    expect(() => pointsSettingsFromRows(withRow(['M', 1000, 'lots'], ROWS.length), 'en', SHEET)).toThrow(
      badRow(15, 'the points of this row ("lots") are not a number'),
    );
    expect(() => pointsSettingsFromRows(withRow(['Weight', 'X', 2]), 'en', SHEET)).toThrow(
      badRow(6, 'a weight applies to R, F, M or T, not "X"'),
    );
    expect(() => pointsSettingsFromRows(withRow(['Weight', 'R', 'double']), 'en', SHEET)).toThrow(
      badRow(6, 'the weight "double" is not a number'),
    );
    expect(() => pointsSettingsFromRows(withRow(['Weight', 'R', 3]), 'en', SHEET)).toThrow(
      badRow(12, 'the weight of R is given twice'),
    ); // the second of rows 6 and 12
    expect(() => pointsSettingsFromRows(withRow(['T', 'JEWELLERY', 1]), 'en', SHEET)).toThrow(
      badRow(10, 'the label "Jewellery" is in the scale twice'),
    ); // the second of rows 6 and 10
  });

  it('names a criterion with no row', () => {
    const rows = ROWS.filter((row) => row[0] !== 'Class');
    expect(() => pointsSettingsFromRows(rows, 'en', SHEET)).toThrow(
      expect.objectContaining({ key: 'scaleSection', params: { sheet: SHEET, section: 'Class' } }),
    );
  });

  it('localises the problem in French', () => {
    const rows = [['Critère'], ['R', 0, 5], ['R', 0, 3], ['F', 0, 1], ['M', 0, 1], ['Classe', 0, 'Tous']];
    expect(() => pointsSettingsFromRows(rows, 'fr', 'Portefeuille – Barème')).toThrow(
      expect.objectContaining({
        message:
          'sheet "Portefeuille – Barème", row 3: le seuil 0 n’est pas supérieur au seuil précédent (0) : les seuils doivent être strictement croissants',
      }),
    );
  });
});

describe('scoreClients', () => {
  const settings = pointsSettingsFromRows(ROWS, 'en', SHEET);
  const client = (name: string, recencyDays: number, purchases: number, amount: number, types = '') => ({
    name,
    row: 2,
    recencyDays,
    purchases,
    amount,
    types,
  });

  it('adds weighted points, scores the best product type and cuts the total into classes', () => {
    // Ann: R 10 → 5 (× 2 = 10), F 3 → 4, M 600 → 3, T "Shoes, Jewellery" → best of 0 and 4 = 4: total 21 → High
    // Bob: R 400 → −3 (× 2 = −6), F 1 → 1, M 20 → 0, T "" → * → 0: total −5 → Low (on the bound)
    const card = scoreClients(
      [client('Ann', 10, 3, 600, 'Shoes, Jewellery'), client('Bob', 400, 1, 20)],
      settings,
      true,
      'en',
      SHEET,
    );
    expect(card.points).toEqual([
      { r: 5, f: 4, m: 3, t: 4, total: 21 },
      { r: -3, f: 1, m: 0, t: 0, total: -5 },
    ]);
    expect(card.classes).toEqual(['High', 'Low']);
  });

  it('leaves product types out without a product-type column', () => {
    const card = scoreClients([client('Ann', 10, 3, 600, 'Jewellery')], settings, false, 'en', SHEET);
    // 2 × 5 + 4 + 3 = 17
    expect(card.points[0]).toEqual({ r: 5, f: 4, m: 3, t: null, total: 17 });
  });

  it('names the client, its row, the criterion and the sheet when a value or a total is out of the scale', () => {
    expect(() => scoreClients([client('Ann', 10, 0, 600)], settings, false, 'en', SHEET)).toThrow(
      expect.objectContaining({
        message:
          'client Ann (row 2), criterion F: 0 is below the first bound of the scale (1); adapt the sheet "Portfolio – Points scale"',
      }),
    );
    // with weight R 3: R 400 → −3 × 3 = −9, F 1 → 1, M 0 → 0: total −8, below the first class bound −5
    const harsh = { ...settings, weights: { ...settings.weights, r: 3 } };
    expect(() => scoreClients([client('Bob', 400, 1, 0)], harsh, false, 'en', SHEET)).toThrow(
      expect.objectContaining({
        message:
          'client Bob (row 2), criterion Class: -8 is below the first bound of the scale (-5); adapt the sheet "Portfolio – Points scale"',
      }),
    );
  });
});
