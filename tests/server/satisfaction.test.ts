/**
 * A French client table with a 0–10 recommendation column and a 1–5 satisfaction column: the Summary sheet gets
 * NPS and CSAT per segment (hand-computed below); the analysis columns are unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { midnight } from '../support/calendar';
import { openAddOn, sheetRecords, sheetValues, type AddOnRun } from '../support/addOn';

const TZ = 'Europe/Paris';
const d = (iso: string) => midnight(iso, TZ);

/**
 * Same clients as the French client-table test: Ana (555) and Cleo (444) are Champions, Gus (255) Can't lose them.
 * Recommendation: Ana 10, Cleo 6 → Champions (1 − 1)/2 = 0; all clients: 10, 6, 9, 7, 3, 12 (left out, row 8) →
 * promoters Ana, Ben; detractors Cleo, Dan → (2 − 2)/5 = 0.
 * Satisfaction: Ana 5, Cleo 4 → Champions 100 %, mean 4.5; all: 5, 4, 3, 2, 5 → 3/5 satisfied, mean 3.8.
 */
const TABLE: unknown[][] = [
  [
    'Client',
    'Date du dernier achat',
    "Nombre d'achats",
    'Montant',
    'Note de recommandation (0-10)',
    'Satisfaction (1-5)',
  ],
  ['Ana', d('2024-06-25'), 10, 1500, 10, 5],
  ['Ben', d('2024-06-18'), 1, 40, 9, 3],
  ['Cleo', d('2024-05-31'), 6, 1234.5, 6, 4],
  ['Dan', d('2024-05-16'), 3, 150, 3, ''],
  ['Eve', d('2024-05-01'), 8, 600, 7, 2],
  ['Finn', d('2024-04-01'), 2, 90, '', 5],
  ['Gus', d('2024-03-02'), 12, 2000, 12, ''],
];

let addOn: AddOnRun;

beforeAll(async () => {
  addOn = await openAddOn({ locale: 'fr_FR', timeZone: TZ, sheets: [{ name: 'Clients', values: TABLE }] });
  const info = addOn.sourceInfo();
  expect(info.defaults.shape).toBe('clients');
  addOn.analyse(info.defaults);
});

describe('NPS and CSAT per segment in the Summary', () => {
  it('writes a row per segment and one for all clients', () => {
    const values = sheetValues(addOn.ss, 'Portefeuille – Synthèse');
    const title = values.findIndex((row) => row[0] === 'Satisfaction par segment');
    expect(title).toBeGreaterThan(0);
    expect(values[title + 1]?.slice(0, 6)).toEqual([
      'Segment',
      'Réponses (recommandation)',
      'NPS',
      'Réponses (satisfaction)',
      'CSAT (2 meilleures notes sur 5)',
      'Note moyenne (sur 5)',
    ]);
    // Per segment, recomputed from the table with the definitions: NPS = 100 × (promoters − detractors) / answers.
    const segmentOf = Object.fromEntries(
      sheetRecords(addOn.ss, 'Portefeuille – Clients').map((r) => [r.Client, r.Segment]),
    );
    for (const segment of new Set(Object.values(segmentOf))) {
      const members = TABLE.slice(1).filter((row) => segmentOf[row[0] as string] === segment);
      const recommendations = members.map((row) => row[4]).filter((v): v is number => typeof v === 'number' && v <= 10);
      const satisfaction = members.map((row) => row[5]).filter((v): v is number => typeof v === 'number');
      const nps =
        recommendations.length === 0
          ? ''
          : (100 * (recommendations.filter((v) => v >= 9).length - recommendations.filter((v) => v <= 6).length)) /
            recommendations.length;
      const row = values.find((cells, i) => i > title && cells[0] === segment);
      expect(row?.slice(1, 4), String(segment)).toEqual([recommendations.length, nps, satisfaction.length]);
    }
    const all = values.find((row, i) => i > title && row[0] === 'Tous les clients');
    expect(all?.slice(1, 4)).toEqual([5, 0, 5]);
    expect(all?.[4]).toBeCloseTo(0.6, 12);
    expect(all?.[5]).toBeCloseTo(3.8, 12);
    expect(values.some((row) => row[0] === 'Réponses non prises en compte (pas un entier de 0 à 10) : lignes 8')).toBe(
      true,
    );
  });

  it('leaves the survey columns out of the analysis: the client figures are unchanged', () => {
    const ana = sheetRecords(addOn.ss, 'Portefeuille – Clients').find((r) => r.Client === 'Ana');
    expect(ana?.['Montant']).toBe(1500);
    expect(ana?.['Nombre d’achats']).toBe(10);
  });
});
