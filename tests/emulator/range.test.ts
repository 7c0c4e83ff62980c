import { describe, expect, it } from 'vitest';
import { createMemorySpreadsheet } from '../../tools/gas-emulator/index.ts';

function clientsSheet(locale = 'en_US') {
  const ss = createMemorySpreadsheet({
    locale,
    sheets: [
      {
        name: 'Clients',
        values: [
          ['Name', 'Last purchase', 'Amount'],
          ['Alice', new Date('2024-01-14T23:00:00Z'), 120.5],
          ['Bob', '', 80],
        ],
      },
    ],
  });
  return { ss, sheet: ss.getSheetByName('Clients')! };
}

describe('ranges are 1-based and must lie inside the grid', () => {
  it('reads row 1, column 1 as A1', () => {
    const { sheet } = clientsSheet();
    expect(sheet.getRange(1, 1).getValue()).toBe('Name');
    expect(sheet.getRange(2, 3).getValue()).toBe(120.5);
    expect(sheet.getRange(2, 1, 2, 3).getA1Notation()).toBe('A2:C3');
  });

  it('throws Apps Script errors for row or column 0 and empty sizes', () => {
    const { sheet } = clientsSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1.5, 1)).toThrow(/don't match the method signature/);
  });

  it('refuses a range past the grid until rows are inserted', () => {
    const { sheet } = clientsSheet();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    sheet.getRange(1000, 1, 2, 1).setValues([['x'], ['y']]);
    expect(sheet.getRange(1001, 1).getValue()).toBe('y');
  });

  it('shifts data down when rows are inserted in the middle', () => {
    const { sheet } = clientsSheet();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange(4, 1).getValue()).toBe('Alice');
    expect(sheet.getRange(2, 1).getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(5);
  });
});

describe('setValues shape', () => {
  it('throws when the number of rows differs', () => {
    const { sheet } = clientsSheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('throws when a row has the wrong number of columns', () => {
    const { sheet } = clientsSheet();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b'], ['c']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('names the error Exception, like Apps Script', () => {
    const { sheet } = clientsSheet();
    let caught: unknown;
    try {
      sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']]);
    } catch (error) {
      caught = error;
    }
    expect(String(caught)).toMatch(/^Exception: The number of rows/);
  });

  it('refuses a 1-D array and writes nothing when one value is refused', () => {
    const { sheet } = clientsSheet();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues(['a', 'b'] as unknown as string[][])).toThrow(
      /don't match the method signature/,
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['new', Number.NaN]])).toThrow(/emulator/);
    expect(sheet.getRange(1, 1).getValue()).toBe('Name');
  });

  it('checks the shape of plural format setters too', () => {
    const { sheet } = clientsSheet();
    expect(() => sheet.getRange(1, 1, 2, 1).setNumberFormats([['@']])).toThrow(/number of rows/);
    expect(() => sheet.getRange(1, 1, 1, 2).setBackgrounds([['#ff0000']])).toThrow(/number of columns/);
    expect(() => sheet.getRange(1, 1, 1, 2).setFontWeights([['bold', 'bold', 'bold']])).toThrow(/number of columns/);
  });
});

describe('values read back', () => {
  it('reads blanks as empty strings, inside and outside the written area', () => {
    const { sheet } = clientsSheet();
    expect(sheet.getRange(3, 2).getValue()).toBe('');
    expect(sheet.getRange(10, 10, 2, 2).getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  it('round-trips dates as Date copies, without aliasing', () => {
    const { sheet } = clientsSheet();
    const written = new Date('2024-06-30T10:00:00Z');
    sheet.getRange(5, 1).setValue(written);
    written.setUTCFullYear(1999);
    const read = sheet.getRange(5, 1).getValue() as Date;
    expect(read).toBeInstanceOf(Date);
    expect(read.toISOString()).toBe('2024-06-30T10:00:00.000Z');
    read.setUTCFullYear(2000);
    expect((sheet.getRange(5, 1).getValue() as Date).toISOString()).toBe('2024-06-30T10:00:00.000Z');
  });

  it('fills every cell with setValue', () => {
    const { sheet } = clientsSheet();
    sheet.getRange(5, 1, 2, 2).setValue(7);
    expect(sheet.getRange(5, 1, 2, 2).getValues()).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  it('records formulas without evaluating them', () => {
    const { sheet } = clientsSheet();
    sheet.getRange(5, 1, 1, 2).setValues([['=HYPERLINK("http://x","y")', 'plain']]);
    expect(sheet.getRange(5, 1, 1, 2).getValues()).toEqual([['', 'plain']]);
    expect(sheet.getRange(5, 1, 1, 2).getFormulas()).toEqual([['=HYPERLINK("http://x","y")', '']]);
    expect(sheet.getLastRow()).toBe(5);
  });

  it('keeps user text as text only with a plain-text format or an apostrophe', () => {
    const { sheet } = clientsSheet('fr_FR');
    const userText = ['=HYPERLINK("http://x","y")', '+33 6 12 34 56 78', '0612345678'];
    sheet.getRange(5, 1, 1, 3).setValues([userText]);
    expect(sheet.getRange(5, 1, 1, 3).getValues()).toEqual([['', 33612345678, 612345678]]);

    sheet.getRange(6, 1, 1, 3).setNumberFormat('@').setValues([userText]);
    expect(sheet.getRange(6, 1, 1, 3).getValues()).toEqual([userText]);

    sheet.getRange(7, 1, 1, 3).setValues([userText.map((value) => `'${value}`)]);
    expect(sheet.getRange(7, 1, 1, 3).getValues()).toEqual([userText]);
    expect(sheet.getRange(7, 1, 1, 3).getFormulas()).toEqual([['', '', '']]);
  });

  it('reports data bounds from values and formulas, not formats', () => {
    const { sheet } = clientsSheet();
    sheet.getRange(20, 10).setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
  });
});

describe('display values and formats', () => {
  it('shows numbers, booleans and dates in the spreadsheet locale', () => {
    const { sheet } = clientsSheet('fr_FR');
    sheet.getRange(5, 1, 1, 3).setValues([[true, 1234.5, new Date('2024-07-04T22:00:00Z')]]);
    expect(sheet.getRange(5, 1, 1, 3).getDisplayValues()).toEqual([['VRAI', '1234,5', '2024-07-05']]);
    expect(sheet.getRange(2, 1, 1, 3).getDisplayValues()).toEqual([['Alice', '2024-01-15', '120,5']]);
  });

  it('applies number and date formats', () => {
    const { sheet } = clientsSheet('en_US');
    sheet.getRange(5, 1, 1, 4).setValues([[1234.567, 0.1234, new Date('2024-07-04T22:00:00Z'), 5]]);
    sheet.getRange(5, 1, 1, 4).setNumberFormats([['#,##0.00', '0.0%', 'dd/mm/yyyy', '000']]);
    expect(sheet.getRange(5, 1, 1, 4).getDisplayValues()).toEqual([['1,234.57', '12.3%', '05/07/2024', '005']]);
  });

  it('reports the automatic format for unformatted cells', () => {
    const { sheet } = clientsSheet();
    sheet.getRange(1, 2).setNumberFormat('@');
    expect(sheet.getRange(1, 1, 1, 2).getNumberFormats()).toEqual([['0.###############', '@']]);
  });

  it('validates style keywords', () => {
    const { sheet } = clientsSheet();
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
    expect(sheet.getRange(1, 1, 2, 1).getFontWeights()).toEqual([['bold'], ['normal']]);
    expect(() => sheet.getRange(1, 1).setFontWeight('heavy' as never)).toThrow('Invalid argument: fontWeight');
    expect(() => sheet.getRange(1, 1).setHorizontalAlignment('middle' as never)).toThrow(
      'Invalid argument: horizontalAlignment',
    );
  });
});

describe('range helpers', () => {
  it('offsets and picks cells relative to the range', () => {
    const { sheet } = clientsSheet();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, -1).getA1Notation()).toBe('A3:B4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getValue()).toBe(80);
    expect(() => range.getCell(3, 1)).toThrow('Cell reference out of range');
  });

  it('merges keeping only the top-left value and refuses overlapping merges', () => {
    const { sheet } = clientsSheet();
    sheet.getRange('A2:B2').merge();
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['Alice', '']]);
    expect(() => sheet.getRange('B2:C2').merge()).toThrow('You must select all cells in a merged range');
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
  });

  it('clears contents, formats or both', () => {
    const { sheet } = clientsSheet();
    sheet.getRange('A1:C1').setBackground('#eeeeee');
    sheet.getRange('A1:C1').clear({ contentsOnly: true });
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '', '']]);
    expect(sheet.getRange('A1').getBackground()).toBe('#eeeeee');
    sheet.getRange('A1:C1').clearFormat();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });
});
