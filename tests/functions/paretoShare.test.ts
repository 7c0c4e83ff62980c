/**
 * PARETO_SHARE through the built bundle: the reference example's 15 clients
 * totalling 63 064 whose top 3 make 78.06 %, the Pareto curve, interpolation, errors.
 */
import { describe, expect, it } from 'vitest';
import { column, expectCellError, flat, workbook } from '../support/customFunctions';

/**
 * 15 clients, in shuffled order. Top 3: 25 000 + 14 228 + 10 000 = 49 228.
 * The 12 others: 2 500 + 2 000 + 1 800 + 1 500 + 1 200 + 1 000 + 900 + 800 + 700 + 600 + 500 + 336 = 13 836.
 * Total 49 228 + 13 836 = 63 064; 49 228 / 63 064 = 0.78060 → 78.06 %.
 */
const AMOUNTS = [900, 25_000, 336, 1_800, 10_000, 700, 2_500, 600, 14_228, 1_200, 500, 2_000, 1_000, 800, 1_500];
const TOTAL = 63_064;

function shop(locale = 'en_US') {
  return workbook({
    locale,
    sheets: [
      { name: 'Sales', values: [['Client', 'Amount'], ...AMOUNTS.map((amount, i) => [`Client ${i + 1}`, amount])] },
      { name: 'Curve', values: [['Share'], [0], [0.1], [0.2], [''], [0.5], [1]] },
    ],
  });
}

describe('PARETO_SHARE', () => {
  const book = shop();
  const amounts = book.range('Sales!B2:B');

  it('the top 20 % of 15 clients (3 clients) make 78.06 %', () => {
    expect(AMOUNTS.reduce((sum, a) => sum + a, 0)).toBe(TOTAL);
    const share = book.call('PARETO_SHARE', amounts) as number;
    expect(share).toBeCloseTo(49_228 / TOTAL, 12);
    expect(Math.round(share * 10_000) / 100).toBe(78.06);
    expect(book.call('PARETO_SHARE', amounts, 0.2)).toBe(share);
    // a blank cell as client_share means the default, as an omitted argument does
    expect(book.call('PARETO_SHARE', amounts, '')).toBe(share);
    expect(shop('fr_FR').call('PARETO_SHARE', amounts, '20 %')).toBe(share);
  });

  it('interpolates between whole numbers of clients', () => {
    // 10 % of 15 = 1.5 clients: 25 000 + 0.5 × 14 228 = 32 114.
    expect(book.call('PARETO_SHARE', amounts, 0.1)).toBeCloseTo(32_114 / TOTAL, 12);
    // 50 % = 7.5 clients: the top 7 make 49 228 + 2 500 + 2 000 + 1 800 + 1 500 = 57 028, the 8th adds 1 200 → 57 628.
    expect(book.call('PARETO_SHARE', amounts, 0.5)).toBeCloseTo(57_628 / TOTAL, 12);
  });

  it('returns a column for a column of shares: the Pareto curve from 0 → 0 to 1 → 1', () => {
    const curve = flat(book.call('PARETO_SHARE', amounts, book.range('Curve!A2:A7')));
    expect(curve).toHaveLength(6);
    expect(curve[0]).toBe(0);
    expect(curve[1]).toBeCloseTo(32_114 / TOTAL, 12);
    expect(curve[2]).toBeCloseTo(49_228 / TOTAL, 12);
    expect(curve[3]).toBe('');
    expect(curve[4]).toBeCloseTo(57_628 / TOTAL, 12);
    expect(curve[5]).toBe(1);
  });

  it('counts amounts of 0 or less as no revenue', () => {
    // 60, 30, 10, −20, 0 → revenue 100; top 20 % = 1 client = 60 %; top 40 % = 2 clients = 90 %.
    const withReturns = column(60, -20, 30, 0, 10);
    expect(book.call('PARETO_SHARE', withReturns)).toBeCloseTo(0.6, 12);
    expect(book.call('PARETO_SHARE', withReturns, 0.4)).toBeCloseTo(0.9, 12);
  });

  it('gives the same curve twice', () => {
    const shares = book.range('Curve!A2:A7');
    expect(book.call('PARETO_SHARE', amounts, shares)).toEqual(book.call('PARETO_SHARE', amounts, shares));
  });

  it('refuses all-zero amounts, bad shares and text amounts', () => {
    expectCellError(
      book.failure('PARETO_SHARE', column(0, -5, '', 0)),
      'PARETO_SHARE: argument "amounts": all amounts are zero or negative: there is no revenue to share',
    );
    expectCellError(
      shop('fr_FR').failure('PARETO_SHARE', column(0, -5, '', 0)),
      'PARETO_SHARE : argument « amounts » : tous les montants sont nuls ou négatifs : il n’y a pas de chiffre d’affaires à répartir',
    );
    expectCellError(
      book.failure('PARETO_SHARE', amounts, column(0.5, 1.5)),
      'PARETO_SHARE: argument "client_share", row 2: the share must be between 0 and 1 (1.5)',
    );
    expectCellError(
      shop('fr_FR').failure('PARETO_SHARE', column(10, '12 unités'), 0.2),
      'PARETO_SHARE : argument « amounts », ligne 2 : "12 unités" n’est pas un nombre',
    );
    expectCellError(
      book.failure('PARETO_SHARE', column('', '')),
      'PARETO_SHARE: argument "amounts": the range holds no value',
    );
  });
});
