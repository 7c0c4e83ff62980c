/**
 * The "For teachers" example of the README, cell for cell: the data block
 * A1:E11, the scales A13:N17 and the formulas, with the totals, classes and
 * ABC classes the README announces. If this test fails, the README is wrong.
 */
import { describe, expect, it } from 'vitest';
import { flat, workbook } from '../support/customFunctions';

const DATA = [
  ['Client', 'Jours depuis le dernier achat', "Nombre d'achats", 'Montant', 'Type de produit'],
  ['Agathe', 12, 8, 9000, 'Bijoux'],
  ['Bruno', 45, 6, 8125, 'Montres'],
  ['Chloé', 200, 3, 900, 'Bijoux'],
  ['David', 30, 2, 900, 'Parfum'],
  ['Emma', 400, 1, 800, 'Montres'],
  ['Farid', 90, 4, 600, 'Parfum'],
  ['Gaëlle', 180, 1, 500, 'Parfum'],
  ['Hugo', 5, 1, 375, 'bijoux'],
  ['Inès', 365, 1, 200, 'Parfum'],
  ['Jules', 700, 1, 10, 'Accessoires'],
];
const SCALES = [
  [
    'Récence (jours)',
    'Points',
    '',
    'Achats',
    'Points',
    '',
    'Montant',
    'Points',
    '',
    'Type',
    'Points',
    '',
    'Total',
    'Classe',
  ],
  [0, 5, '', 0, 0, '', 0, 0, '', 'Bijoux', 4, '', 0, 'À relancer'],
  [30, 3, '', 1, 1, '', 100, 2, '', 'Montres', 2, '', 5, 'Client occasionnel'],
  [180, 1, '', 2, 3, '', 500, 4, '', '*', 0, '', 9, 'Bon client'],
  [365, 0, '', 5, 5, '', 1000, 6, '', '', '', '', 13, 'Très bon client'],
];
const WEIGHTS = [['Coefficients', 2, 1, 1, 1]];

function exercise() {
  const pad = (row: unknown[]) => [...row, ...new Array<unknown>(14 - row.length).fill('')];
  return workbook({
    locale: 'fr_FR',
    sheets: [{ name: 'Exercice', values: [...DATA.map(pad), pad([]), ...SCALES, pad([]), pad(WEIGHTS[0] ?? [])] }],
  });
}

describe('the README example for teachers', () => {
  const book = exercise();
  const r = (a1: string) => book.range(`Exercice!${a1}`);
  const totals = book.call(
    'RFM_POINTS',
    r('B2:B11'),
    r('C2:C11'),
    r('D2:D11'),
    r('A14:B17'),
    r('D14:E17'),
    r('G14:H17'),
    '',
    r('E2:E11'),
    r('J14:K16'),
  );

  it('gives the totals and classes announced', () => {
    // R + F + M + T, e.g. Agathe 5 + 5 + 6 + 4 = 20; David 3 (30 d, on the bound) + 3 (2, on the bound) + 4 + 0 = 10;
    // Gaëlle 1 (180 d, on the bound) + 1 + 4 (500, on the bound) + 0 = 6; Inès 0 (365 d, on the bound) + 1 + 2 + 0 = 3
    expect(flat(totals)).toEqual([20, 16, 12, 10, 7, 10, 6, 12, 3, 1]);
    expect(flat(book.call('POINTS', totals, r('M14:N17')))).toEqual([
      'Très bon client',
      'Très bon client',
      'Bon client',
      'Bon client',
      'Client occasionnel',
      'Bon client',
      'Client occasionnel',
      'Bon client',
      'À relancer',
      'À relancer',
    ]);
  });

  it('gives the points of one criterion', () => {
    expect(flat(book.call('POINTS', r('B2:B11'), r('A14:B17')))).toEqual([5, 3, 1, 3, 0, 3, 1, 5, 0, 0]);
    expect(flat(book.call('POINTS', r('E2:E11'), r('J14:K16')))).toEqual([4, 2, 4, 0, 2, 0, 0, 4, 0, 0]);
  });

  it('weights the criteria', () => {
    // weights 2, 1, 1, 1: each total + its R points: 20 + 5, 16 + 3, 12 + 1, 10 + 3, 7 + 0, 10 + 3, 6 + 1, 12 + 5, 3 + 0, 1 + 0
    const weighted = book.call(
      'RFM_POINTS',
      r('B2:B11'),
      r('C2:C11'),
      r('D2:D11'),
      r('A14:B17'),
      r('D14:E17'),
      r('G14:H17'),
      '',
      r('E2:E11'),
      r('J14:K16'),
      r('B19:E19'),
    );
    expect(flat(weighted)).toEqual([25, 19, 13, 13, 7, 13, 7, 17, 3, 1]);
  });

  it('gives the ABC classes of the 10-client key under the three rules', () => {
    expect(flat(book.call('ABC_CLASS', r('D2:D11'), '', '', 'within')).join('')).toBe('AABBBBCCCC');
    expect(flat(book.call('ABC_CLASS', r('D2:D11')))).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'C', 'C', 'C']);
    expect(flat(book.call('ABC_CLASS', r('D2:D11'), '', '', 'clients')).join('')).toBe('AABBBCCCCC');
  });
});
