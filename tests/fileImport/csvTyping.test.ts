import { describe, expect, it } from 'vitest';
import { columnDateOrder, parseDateText } from '../../tools/file-import/csvDates';
import { decimalSeparatorEvidence, parseLocaleNumber } from '../../tools/file-import/csvNumbers';
import { detectDelimiter } from '../../tools/file-import/detectDelimiter';
import { readWorkbookBuffer } from '../../tools/file-import/index';

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('parseLocaleNumber', () => {
  it('reads decimal-comma numbers with space or dot thousands', () => {
    expect(parseLocaleNumber('1 234,50', ',')).toBe(1234.5);
    expect(parseLocaleNumber('1\u00a0234,50', ',')).toBe(1234.5);
    expect(parseLocaleNumber('1\u202f234\u202f567,5', ',')).toBe(1234567.5);
    expect(parseLocaleNumber('1.234,50', ',')).toBe(1234.5);
    expect(parseLocaleNumber('12,5', ',')).toBe(12.5);
    expect(parseLocaleNumber('0,5', ',')).toBe(0.5);
    expect(parseLocaleNumber('1,234', ',')).toBe(1.234);
  });

  it('reads decimal-point numbers with comma thousands', () => {
    expect(parseLocaleNumber('1,234.50', '.')).toBe(1234.5);
    expect(parseLocaleNumber('12.5', '.')).toBe(12.5);
    expect(parseLocaleNumber('.5', '.')).toBe(0.5);
    expect(parseLocaleNumber('1,234', '.')).toBe(1234);
    expect(parseLocaleNumber('42', '.')).toBe(42);
  });

  it('strips signs, currency and percent', () => {
    expect(parseLocaleNumber('-12,50 €', ',')).toBe(-12.5);
    expect(parseLocaleNumber('\u221212,50\u00a0€', ',')).toBe(-12.5);
    expect(parseLocaleNumber('€ 1 234,50', ',')).toBe(1234.5);
    expect(parseLocaleNumber('$1,234.50', '.')).toBe(1234.5);
    expect(parseLocaleNumber('-$5.25', '.')).toBe(-5.25);
    expect(parseLocaleNumber('$-5.25', '.')).toBe(-5.25);
    expect(parseLocaleNumber('£3', '.')).toBe(3);
    expect(parseLocaleNumber('12,5 %', ',')).toBe(0.125);
    expect(parseLocaleNumber('7%', '.')).toBe(0.07);
    expect(parseLocaleNumber('-0', '.')).toBe(0);
    expect(Object.is(parseLocaleNumber('-0', '.'), -0)).toBe(false);
  });

  it('keeps phone numbers, codes and other conventions as text', () => {
    for (const text of ['06 12 34 56 78', '+33 6 12 34 56 78', '+33612345678', '0612345678', '01000', '007']) {
      expect(parseLocaleNumber(text, ',')).toBeNull();
      expect(parseLocaleNumber(text, '.')).toBeNull();
    }
    expect(parseLocaleNumber('1 234,50', '.')).toBeNull();
    expect(parseLocaleNumber('12,5', '.')).toBeNull();
    expect(parseLocaleNumber('1.234', ',')).toBeNull();
    expect(parseLocaleNumber('12 5', ',')).toBeNull();
    expect(parseLocaleNumber('1234567890123456', '.')).toBeNull();
    expect(parseLocaleNumber('1E5', '.')).toBeNull();
    expect(parseLocaleNumber('€12%', '.')).toBeNull();
    expect(parseLocaleNumber('5.', '.')).toBeNull();
    expect(parseLocaleNumber('-', '.')).toBeNull();
    expect(parseLocaleNumber('€', '.')).toBeNull();
  });
});

describe('decimalSeparatorEvidence', () => {
  it('tells the decimal separator only when the text proves it', () => {
    expect(decimalSeparatorEvidence('12,5')).toBe(',');
    expect(decimalSeparatorEvidence('1 234,50 €')).toBe(',');
    expect(decimalSeparatorEvidence('1.234,50')).toBe(',');
    expect(decimalSeparatorEvidence('12.5')).toBe('.');
    expect(decimalSeparatorEvidence('1,234.50')).toBe('.');
    expect(decimalSeparatorEvidence('1,234')).toBeNull();
    expect(decimalSeparatorEvidence('1.234')).toBeNull();
    expect(decimalSeparatorEvidence('12.03.2025')).toBeNull();
    expect(decimalSeparatorEvidence('Dupont')).toBeNull();
  });
});

describe('dates', () => {
  it('parses ISO and numeric dates as local midnight', () => {
    expect(parseDateText('2025-03-12', 'mdy')).toEqual(new Date(2025, 2, 12));
    expect(parseDateText('2025/3/7', 'dmy')).toEqual(new Date(2025, 2, 7));
    expect(parseDateText('12/03/2025', 'dmy')).toEqual(new Date(2025, 2, 12));
    expect(parseDateText('12/03/2025', 'mdy')).toEqual(new Date(2025, 11, 3));
    expect(parseDateText('1.2.25', 'dmy')).toEqual(new Date(2025, 1, 1));
    expect(parseDateText('31-12-99', 'dmy')).toEqual(new Date(1999, 11, 31));
    expect(parseDateText('2025-03-12 14:30', 'dmy')).toEqual(new Date(2025, 2, 12, 14, 30));
    expect(parseDateText('12/03/2025 08:05:09', 'dmy')).toEqual(new Date(2025, 2, 12, 8, 5, 9));
  });

  it('refuses days and times that do not exist', () => {
    expect(parseDateText('31/02/2025', 'dmy')).toBeNull();
    expect(parseDateText('29/02/2025', 'dmy')).toBeNull();
    expect(parseDateText('29/02/2024', 'dmy')).toEqual(new Date(2024, 1, 29));
    expect(parseDateText('13/25/2025', 'dmy')).toBeNull();
    expect(parseDateText('2025-03-12 24:00', 'dmy')).toBeNull();
    expect(parseDateText('12/03', 'dmy')).toBeNull();
  });

  it('chooses the order per column from the values, else the fallback', () => {
    expect(columnDateOrder(['01/02/2025', '25/02/2025'], 'mdy')).toBe('dmy');
    expect(columnDateOrder(['01/02/2025', '02/25/2025'], 'dmy')).toBe('mdy');
    expect(columnDateOrder(['01/02/2025', '03/04/2025'], 'dmy')).toBe('dmy');
    expect(columnDateOrder(['01/02/2025', '03/04/2025'], 'mdy')).toBe('mdy');
    expect(columnDateOrder(['25/02/2025', '02/25/2025'], 'mdy')).toBe('mdy');
  });
});

describe('detectDelimiter', () => {
  it('picks the separator that splits records evenly', () => {
    expect(detectDelimiter('Dupont;12/03/2025;1 234,50')).toBe(';');
    expect(detectDelimiter('A;12,5\nB;13,5\n')).toBe(';');
    expect(detectDelimiter('name,amount\n"Smith; John",1\nLee,2\n')).toBe(',');
    expect(detectDelimiter('name\tamount\nSmith, John\t1,5\n')).toBe('\t');
    expect(detectDelimiter('one column\nno separator\n')).toBe(',');
  });
});

describe('CSV import typing', () => {
  it('types a French semicolon file with decimal commas', async () => {
    const workbook = await readWorkbookBuffer(
      'clients.csv',
      csv('\ufeffClient;Date;Montant\r\nDupont;12/03/2025;1 234,50\r\nMartin;01/02/2025;-12,5\r\n'),
    );
    expect(workbook.sheets).toHaveLength(1);
    expect(workbook.sheets[0]?.name).toBe('clients');
    expect(workbook.sheets[0]?.values).toEqual([
      ['Client', 'Date', 'Montant'],
      ['Dupont', new Date(2025, 2, 12), 1234.5],
      ['Martin', new Date(2025, 1, 1), -12.5],
    ]);
  });

  it('reads the one-line example of the issue', async () => {
    const workbook = await readWorkbookBuffer('ligne.csv', csv('Dupont;12/03/2025;1 234,50'));
    expect(workbook.sheets[0]?.values).toEqual([['Dupont', new Date(2025, 2, 12), 1234.5]]);
  });

  it('reads dates month-first in a comma file without evidence, day-first with evidence', async () => {
    const noEvidence = await readWorkbookBuffer('a.csv', csv('date,amount\n03/04/2025,1.5\n'));
    expect(noEvidence.sheets[0]?.values[1]).toEqual([new Date(2025, 2, 4), 1.5]);
    const dayFirst = await readWorkbookBuffer('b.csv', csv('date,amount\n03/04/2025,1.5\n25/04/2025,2\n'));
    expect(dayFirst.sheets[0]?.values.slice(1)).toEqual([
      [new Date(2025, 3, 3), 1.5],
      [new Date(2025, 3, 25), 2],
    ]);
  });

  it('keeps text as written: phones, leading zeros, formulas, free text', async () => {
    const workbook = await readWorkbookBuffer(
      'contacts.csv',
      csv(
        'Nom;Téléphone;Code postal;Note\nDurand;06 12 34 56 78;01000;=HYPERLINK("x")\nLee;+33 6 12 34 56 78;75011; VIP \n',
      ),
    );
    expect(workbook.sheets[0]?.values.slice(1)).toEqual([
      ['Durand', '06 12 34 56 78', '01000', '=HYPERLINK("x")'],
      ['Lee', '+33 6 12 34 56 78', 75011, ' VIP '],
    ]);
  });

  it('reads booleans, currencies and percentages in an English file', async () => {
    const workbook = await readWorkbookBuffer(
      'orders.csv',
      csv('id,paid,total,discount\n1,TRUE,"$1,234.50",10%\n2,false,£3.20,2.5%\n'),
    );
    expect(workbook.sheets[0]?.values.slice(1)).toEqual([
      [1, true, 1234.5, 0.1],
      [2, false, 3.2, 0.025],
    ]);
  });

  it('gives a rectangle from A1 to the last content: ragged rows padded, blank tails dropped', async () => {
    const workbook = await readWorkbookBuffer('ragged.csv', csv('a;b;c;;\n1\n\n;;\n2;;;\n  ;\n\n'));
    expect(workbook.sheets[0]?.values).toEqual([
      ['a', 'b', 'c'],
      [1, '', ''],
      ['', '', ''],
      ['', '', ''],
      [2, '', ''],
    ]);
  });

  it('reads quoted fields with separators, quotes and line breaks', async () => {
    const workbook = await readWorkbookBuffer('q.csv', csv('name,note\n"Smith, John","He said ""hi""\nthen left"\n'));
    expect(workbook.sheets[0]?.values[1]).toEqual(['Smith, John', 'He said "hi"\nthen left']);
  });

  it('reads tab-separated UTF-16 and Windows-1252 files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nom\tMontant\nÉlise\t12,5\n', 'utf16le')]);
    const fromUtf16 = await readWorkbookBuffer('export.txt', utf16);
    expect(fromUtf16.sheets[0]?.values).toEqual([
      ['Nom', 'Montant'],
      ['Élise', 12.5],
    ]);
    const windows1252 = Buffer.from([
      ...Buffer.from('Nom;Note\nL', 'latin1'),
      0x9c,
      ...Buffer.from('uvre;80 ', 'latin1'),
      0x80,
      0x0a,
    ]);
    const fromWindows = await readWorkbookBuffer('ancien.csv', windows1252);
    expect(fromWindows.sheets[0]?.values[1]).toEqual(['Lœuvre', 80]);
  });
});
