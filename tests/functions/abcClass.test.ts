/**
 * ABC_CLASS through the built bundle: A = the smallest set of top
 * clients whose cumulative share reaches a_share, B likewise up to b_share, C the rest.
 */
import { describe, expect, it } from 'vitest';
import { column, expectCellError, flat, workbook } from '../support/customFunctions';

describe('ABC_CLASS', () => {
  const english = workbook({ locale: 'en_US' });
  const french = workbook({ locale: 'fr_FR' });

  /**
   * Amounts 400, 250, 150, 100, 60, 40 (total 1 000), given in shuffled rows with a blank row.
   * Cumulative shares from the largest: 40 %, 65 %, 80 %, 90 %, 96 %, 100 %.
   * A: 400, 250, 150 (80 % reached with the 3rd); B: 100, 60 (95 % reached with 60 → 96 %); C: 40.
   */
  const amounts = column(100, 40, 400, '', 150, 60, 250);

  it('defaults to 0.8 and 0.95', () => {
    expect(flat(english.call('ABC_CLASS', amounts))).toEqual(['B', 'C', 'A', '', 'A', 'B', 'A']);
    expect(flat(english.call('ABC_CLASS', amounts, 0.8, 0.95))).toEqual(['B', 'C', 'A', '', 'A', 'B', 'A']);
  });

  it('takes custom shares', () => {
    // a = 0.5, b = 0.9: shares before each client 0, 40, 65, 80, 90, 96 %:
    // 400 (0 < 50) A, 250 (40 < 50) A, 150 (65 ≥ 50, < 90) B, 100 (80 < 90) B, 60 (90 ≥ 90) C, 40 C.
    expect(flat(english.call('ABC_CLASS', amounts, 0.5, 0.9))).toEqual(['B', 'C', 'A', '', 'B', 'C', 'A']);
    expect(flat(french.call('ABC_CLASS', amounts, '50 %', '90 %'))).toEqual(['B', 'C', 'A', '', 'B', 'C', 'A']);
    expect(flat(french.call('ABC_CLASS', amounts, '0,5', '0,9'))).toEqual(['B', 'C', 'A', '', 'B', 'C', 'A']);
  });

  it('gives equal amounts the same (better) class', () => {
    // 500, 200, 100, 100, 50, 50 (total 1 000): shares before 0, 50, 70, 80, 90, 95 %.
    // 500 A, 200 A, 100 A (70 < 80); the other 100 starts at 80 % but ties with an A → A;
    // 50 starts at 90 % → B; the other 50 (95 %) ties with a B → B.
    expect(flat(english.call('ABC_CLASS', column(100, 50, 500, 100, 200, 50)))).toEqual(['A', 'B', 'A', 'A', 'A', 'B']);
  });

  it('always puts the largest client in A', () => {
    // 900 alone makes 90 % ≥ 80 %: A; 60 (90 % before) B; 40 (96 % before) C.
    expect(flat(english.call('ABC_CLASS', column(40, 900, 60)))).toEqual(['C', 'A', 'B']);
  });

  it('puts amounts of 0 or less in C', () => {
    expect(flat(english.call('ABC_CLASS', column(10, -5, 0)))).toEqual(['A', 'C', 'C']);
  });

  it('returns one class for one cell', () => {
    expect(english.call('ABC_CLASS', 120)).toBe('A');
  });

  it('is deterministic', () => {
    expect(english.call('ABC_CLASS', amounts, 0.7)).toEqual(english.call('ABC_CLASS', amounts, 0.7));
  });

  it('refuses bad shares and text amounts, naming the argument', () => {
    expectCellError(
      english.failure('ABC_CLASS', amounts, 0.9, 0.8),
      'ABC_CLASS: argument "b_share": the A share (0.9) must be below the B share (0.8), both between 0 and 1',
    );
    expectCellError(
      french.failure('ABC_CLASS', amounts, 0.9, 0.8),
      'ABC_CLASS : argument « b_share » : la part A (0,9) doit être inférieure à la part B (0,8), toutes deux entre 0 et 1',
    );
    expectCellError(
      english.failure('ABC_CLASS', amounts, 1.5),
      'ABC_CLASS: argument "a_share": the share must be between 0 and 1 (1.5)',
    );
    expectCellError(
      french.failure('ABC_CLASS', column(10, 'N/A'), 0.8),
      'ABC_CLASS : argument « amounts », ligne 2 : "N/A" n’est pas un nombre',
    );
    expectCellError(
      english.failure('ABC_CLASS', column(0, 0)),
      'ABC_CLASS: argument "amounts": all amounts are zero or negative: there is no revenue to share',
    );
  });
});
