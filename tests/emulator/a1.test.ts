import { describe, expect, it } from 'vitest';
import { columnLetters, columnNumber, formatA1, parseA1, resolveA1 } from '../../tools/gas-emulator/a1.ts';

describe('column letters', () => {
  it('maps numbers to letters across the Z/AA boundary', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('maps letters back, ignoring case', () => {
    expect(['A', 'z', 'AA', 'az', 'ZZ', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 52, 702, 703]);
  });
});

describe('parseA1 / resolveA1', () => {
  const resolve = (a1: string) => resolveA1(parseA1(a1), 1000, 26);

  it('reads a single cell and a block', () => {
    expect(resolve('C5')).toEqual({ row: 5, column: 3, numRows: 1, numColumns: 1 });
    expect(resolve('B2:D10')).toEqual({ row: 2, column: 2, numRows: 9, numColumns: 3 });
    expect(resolve('$B$2:$D$10')).toEqual({ row: 2, column: 2, numRows: 9, numColumns: 3 });
  });

  it('opens whole columns, whole rows and open-ended columns to the grid edge', () => {
    expect(resolve('A:C')).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 3 });
    expect(resolve('2:4')).toEqual({ row: 2, column: 1, numRows: 3, numColumns: 26 });
    expect(resolve('B2:B')).toEqual({ row: 2, column: 2, numRows: 999, numColumns: 1 });
  });

  it('orders reversed corners', () => {
    expect(resolve('D10:B2')).toEqual({ row: 2, column: 2, numRows: 9, numColumns: 3 });
  });

  it('keeps the sheet name, quoted or not', () => {
    expect(parseA1("'Client''s list'!A1").sheetName).toBe("Client's list");
    expect(parseA1('Summary!A1:B2').sheetName).toBe('Summary');
    expect(parseA1('A1').sheetName).toBeNull();
  });

  it('rejects what is not A1 with "Range not found"', () => {
    for (const bad of ['', 'A', '1', 'A0', 'A1:B2:C3', 'hello world', 'A1B']) {
      expect(() => parseA1(bad), bad).toThrow('Range not found');
    }
  });

  it('formats one cell without a colon', () => {
    expect(formatA1({ row: 3, column: 28, numRows: 1, numColumns: 1 })).toBe('AB3');
    expect(formatA1({ row: 1, column: 1, numRows: 10, numColumns: 2 })).toBe('A1:B10');
  });
});
