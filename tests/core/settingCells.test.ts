/**
 * Settings typed by users: method, classes, grid, shares; and the readers of
 * client figures (purchase counts, amounts) and of whole columns.
 */
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/core/cells';
import { readPurchaseCount } from '../../src/core/clientCells';
import { parseMethod, readBins, readGrid, readShare } from '../../src/core/settingCells';
import { portfolioError } from '../support/portfolioError';

describe('parseMethod', () => {
  it('reads the three methods, case and spaces ignored', () => {
    expect(parseMethod('quantile')).toBe('quantile');
    expect(parseMethod(' RFM ')).toBe('rfm');
    expect(parseMethod('NTile')).toBe('ntile');
    expect(() => parseMethod('median')).toThrow(portfolioError('unknownMethod', { value: '"median"' }));
  });
});

describe('readBins', () => {
  it('reads 2 to 9 classes from a number or a text', () => {
    expect(readBins(5, false)).toEqual({ kind: 'bins', n: 5 });
    expect(readBins('7', true)).toEqual({ kind: 'bins', n: 7 });
    for (const cell of [1, 10, 11, 4.5, '0'])
      expect(() => readBins(cell, false)).toThrow(portfolioError('binsOutOfRange'));
    expect(() => readBins('five', false)).toThrow(portfolioError('notANumber'));
  });
});

describe('readGrid', () => {
  it('reads 3 rows of lower bounds, trailing blanks ignored, one class count per axis', () => {
    const grid = readGrid(
      [
        [30, 90, ''],
        [2, 5, 10],
        ['100', '', ''],
      ],
      false,
    );
    expect(grid).toEqual({ r: [30, 90], f: [2, 5, 10], m: [100] });
  });

  it('reads French numbers', () => {
    expect(readGrid([['30'], ['2,5'], ['1 000', '2 000,50']], true)).toEqual({ r: [30], f: [2.5], m: [1000, 2000.5] });
  });

  it('refuses a grid that is not 3 rows of 1 to 8 ascending numbers', () => {
    expect(() => readGrid([[1], [2]], false)).toThrow(portfolioError('gridShape'));
    expect(() => readGrid([[1], [2], [3], [4]], false)).toThrow(portfolioError('gridShape'));
    expect(() => readGrid([[1], ['', ''], [3]], false)).toThrow(portfolioError('gridShape'));
    expect(() => readGrid([[1], [5, 3], [3]], false)).toThrow(
      portfolioError('gridNotAscending', { axis: 'F', values: [5, 3] }),
    );
    expect(() => readGrid([[1], [2], [3, 'lots']], false)).toThrow(
      portfolioError('gridNotNumber', { axis: 'M', value: 'lots' }),
    );
    // a blank inside a row is no bound: the message says the cell is blank and which one (2nd of row R)
    expect(() => readGrid([[30, '', 90], [2], [3]], false)).toThrow(
      portfolioError('gridBlank', { axis: 'R', position: 2 }),
    );
    expect(() => readGrid([[30], [2], [' ', 100, 200]], false)).toThrow(
      portfolioError('gridBlank', { axis: 'M', position: 1 }),
    );
    expect(() => readGrid([[30], [1, 2, 3, 4, 5, 6, 7, 8, 9], [3]], false)).toThrow(portfolioError('gridShape'));
  });
});

describe('readShare', () => {
  it('reads a share as a fraction or a percentage', () => {
    expect(readShare(0.2, false)).toBe(0.2);
    expect(readShare('20 %', true)).toBeCloseTo(0.2, 12);
    expect(readShare('0,25', true)).toBe(0.25);
    expect(readShare(0, false)).toBe(0);
    expect(readShare(1, false)).toBe(1);
    for (const cell of [1.2, -0.1, '120 %'])
      expect(() => readShare(cell, false)).toThrow(portfolioError('shareOutOfRange'));
  });
});

describe('readPurchaseCount and readNumber (amounts)', () => {
  it('reads whole purchase counts ≥ 0', () => {
    expect(readPurchaseCount('3', false)).toBe(3);
    expect(readPurchaseCount(0, false)).toBe(0);
    expect(() => readPurchaseCount(-1, false)).toThrow(portfolioError('negativeCount', { value: -1 }));
    expect(() => readPurchaseCount('2,5', true)).toThrow(portfolioError('notWholeCount', { value: 2.5 }));
  });

  it('reads amounts, negative ones included (returns)', () => {
    expect(readNumber('-12,50 €', true)).toBe(-12.5);
    expect(readNumber(99.9, false)).toBe(99.9);
    expect(() => readNumber('n/a', false)).toThrow(portfolioError('notANumber', { value: '"n/a"' }));
  });
});
