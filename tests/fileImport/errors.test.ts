import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  FileImportError,
  readWorkbookBuffer,
  readWorkbookFile,
  type FileImportErrorCode,
} from '../../tools/file-import/index';

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<FileImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FileImportError);
    return error as FileImportError;
  }
  throw new Error('expected the import to fail');
}

async function codeOf(promise: Promise<unknown>): Promise<FileImportErrorCode> {
  return (await rejection(promise)).code;
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'file-import-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('broken quoting', () => {
  it('names the line of an unclosed quote', async () => {
    const error = await rejection(readWorkbookBuffer('ventes.csv', Buffer.from('a;b\r\n1;2\r\n3;"oops\r\n4;5\r\n')));
    expect(error.code).toBe('csv_malformed');
    expect(error.details).toEqual({ fileName: 'ventes.csv', line: 3, problem: 'unclosed_quote' });
    expect(error.localizedMessage('fr')).toBe("« ventes.csv », ligne 3 : un guillemet ouvert n'est jamais fermé.");
    expect(error.localizedMessage('en')).toBe('"ventes.csv", line 3: a quote is opened and never closed.');
    expect(error.message).toBe(error.localizedMessage('en'));
  });

  it('counts the lines of quoted line breaks before the faulty field', async () => {
    const text = 'name,note\n"Lee","two\nlines"\nKim,"bad"quote\n';
    const error = await rejection(readWorkbookBuffer('log.csv', Buffer.from(text)));
    expect(error.details).toEqual({ fileName: 'log.csv', line: 4, problem: 'misplaced_quote' });
  });
});

describe('empty files', () => {
  it.each([
    ['zero bytes', 'vide.csv', Buffer.alloc(0)],
    ['only a byte order mark and line breaks', 'vide.csv', Buffer.from('\ufeff\r\n\r\n')],
    ['only separators', 'vide.csv', Buffer.from(';;;\n;;;\n')],
    ['zero-byte workbook', 'vide.xlsx', Buffer.alloc(0)],
  ])('%s → empty_file', async (_, name, data) => {
    expect(await codeOf(readWorkbookBuffer(name, data))).toBe('empty_file');
  });

  it('refuses a workbook whose sheets are all empty', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Feuille 1');
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await codeOf(readWorkbookBuffer('rien.xlsx', data))).toBe('empty_file');
  });
});

describe('not a spreadsheet', () => {
  const pdf = Buffer.from(
    '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nstream\n\u0000\u0001\u0002binary\nendstream\n',
    'latin1',
  );
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
  const oldXls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);

  it.each([
    ['a PDF by its extension', 'facture.pdf', pdf],
    ['a file without extension', 'clients', Buffer.from('a,b\n1,2\n')],
    ['an old binary .xls', 'clients.xls', oldXls],
    ['a PDF renamed .csv', 'facture.csv', pdf],
    ['a zip renamed .csv', 'archive.csv', zip],
    ['a text file renamed .xlsx', 'clients.xlsx', Buffer.from('a,b\n1,2\n')],
    ['an old .xls renamed .xlsx', 'clients.xlsx', oldXls],
  ])('%s → unsupported_format', async (_, name, data) => {
    expect(await codeOf(readWorkbookBuffer(name, data))).toBe('unsupported_format');
  });

  it('explains in both languages and names the file', async () => {
    const error = await rejection(readWorkbookBuffer('facture.pdf', pdf));
    expect(error.localizedMessage('fr')).toContain('« facture.pdf »');
    expect(error.localizedMessage('en')).toContain('"facture.pdf"');
    expect(error.localizedMessage('fr')).not.toBe(error.localizedMessage('en'));
  });

  it('reports an XLSX that exceljs cannot open', async () => {
    const broken = Buffer.concat([zip, Buffer.from('this is not the rest of a zip archive')]);
    const error = await rejection(readWorkbookBuffer('abîmé.xlsx', broken));
    expect(error.code).toBe('xlsx_unreadable');
    expect(error.details.fileName).toBe('abîmé.xlsx');
    expect(error.localizedMessage('fr')).toContain('ne peut pas être lu');
  });
});

describe('size limit', () => {
  const content = Buffer.from('client;montant\nDupont;12,5\nMartin;8\n');

  it('refuses a buffer above the limit and accepts one at the limit', async () => {
    const error = await rejection(readWorkbookBuffer('grand.csv', content, { maxBytes: content.length - 1 }));
    expect(error.code).toBe('file_too_large');
    expect(error.details).toEqual({ fileName: 'grand.csv', sizeBytes: content.length, maxBytes: content.length - 1 });
    const read = await readWorkbookBuffer('juste.csv', content, { maxBytes: content.length });
    expect(read.sheets[0]?.values).toHaveLength(3);
  });

  it('checks a file on disk before reading it', async () => {
    const path = join(folder, 'grand.csv');
    await writeFile(path, content);
    expect(await codeOf(readWorkbookFile(path, { maxBytes: 10 }))).toBe('file_too_large');
  });

  it('checks the size before parsing: an oversized broken file is too large, not malformed', async () => {
    const broken = Buffer.from('a,"b\n'.repeat(10));
    expect(await codeOf(readWorkbookBuffer('x.csv', broken, { maxBytes: 20 }))).toBe('file_too_large');
  });

  it('writes sizes for people', async () => {
    const error = await rejection(
      readWorkbookBuffer('grand.csv', Buffer.alloc(3 * 1024 * 1024, 'a'), { maxBytes: 1536 }),
    );
    expect(error.localizedMessage('fr')).toBe('« grand.csv » fait 3 Mo ; la limite est de 1,5 Ko.');
    expect(error.localizedMessage('en')).toBe('"grand.csv" is 3 MB; the limit is 1.5 KB.');
  });

  it('defaults to 20 MB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it('rejects a limit that is not a positive number', async () => {
    await expect(readWorkbookBuffer('a.csv', content, { maxBytes: 0 })).rejects.toThrow(RangeError);
  });
});

describe('files on disk', () => {
  it('reads a CSV file and names its sheet after the file', async () => {
    const path = join(folder, 'mes clients.2025.csv');
    await writeFile(path, 'Client;Montant\nDupont;1 234,50\n');
    const workbook = await readWorkbookFile(path);
    expect(workbook.sheets).toEqual([
      {
        name: 'mes clients.2025',
        values: [
          ['Client', 'Montant'],
          ['Dupont', 1234.5],
        ],
      },
    ]);
  });

  it('reports a missing file as file_unreadable', async () => {
    const error = await rejection(readWorkbookFile(join(folder, 'absent.csv')));
    expect(error.code).toBe('file_unreadable');
    expect(error.details.fileName).toBe('absent.csv');
  });

  it('refuses the extension before touching the disk', async () => {
    expect(await codeOf(readWorkbookFile(join(folder, 'absent.docx')))).toBe('unsupported_format');
  });
});
