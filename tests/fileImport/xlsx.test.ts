import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbookBuffer } from '../../tools/file-import/index';
import { at } from '../../tools/indexing';

/** An XLSX written by exceljs: every kind of cell the reader must flatten. */
async function sampleWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const clients = workbook.addWorksheet('Clients');
  clients.getRow(1).values = ['Client', 'Dernier achat', 'Achats', 'Montant', 'Fidèle', 'Site', 'Double'];
  clients.getCell('A2').value = { richText: [{ text: 'Camille ' }, { font: { bold: true }, text: 'Martin' }] };
  clients.getCell('B2').value = new Date(Date.UTC(2025, 2, 12));
  clients.getCell('B2').numFmt = 'dd/mm/yyyy';
  clients.getCell('C2').value = 4;
  clients.getCell('D2').value = 1234.5;
  clients.getCell('E2').value = true;
  clients.getCell('F2').value = { text: 'boutique', hyperlink: 'https://example.fr' };
  clients.getCell('G2').value = { formula: 'D2*2', result: 2469 };
  clients.getCell('A3').value = '06 12 34 56 78';
  clients.getCell('B3').value = { formula: 'B2+1', result: new Date(Date.UTC(2025, 2, 13)) };
  clients.getCell('B3').numFmt = 'dd/mm/yyyy';
  clients.getCell('C3').value = { error: '#N/A' };
  clients.getCell('D3').value = { formula: 'D2/0' };
  clients.getCell('E3').value = new Date(Date.UTC(2025, 2, 12, 14, 30));
  clients.getCell('E3').numFmt = 'dd/mm/yyyy hh:mm';
  clients.getCell('A5').value = 'Groupe';
  clients.mergeCells('A5:C6');
  clients.getCell('D6').value = 'fin';
  clients.getCell('H10').numFmt = '0.00';

  const hidden = workbook.addWorksheet('Calculs', { state: 'hidden' });
  hidden.getCell('B2').value = 'x';
  workbook.addWorksheet('Vide');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('XLSX import', () => {
  it('flattens every kind of cell the way getValues shows it', async () => {
    const workbook = await readWorkbookBuffer('clients.xlsx', await sampleWorkbook());
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Clients', 'Calculs', 'Vide']);
    expect(workbook.sheets[0]?.values).toEqual([
      ['Client', 'Dernier achat', 'Achats', 'Montant', 'Fidèle', 'Site', 'Double'],
      ['Camille Martin', new Date(2025, 2, 12), 4, 1234.5, true, 'boutique', 2469],
      ['06 12 34 56 78', new Date(2025, 2, 13), '#N/A', '', new Date(2025, 2, 12, 14, 30), '', ''],
      ['', '', '', '', '', '', ''],
      ['Groupe', '', '', '', '', '', ''],
      ['', '', '', 'fin', '', '', ''],
    ]);
  });

  it('keeps hidden sheets, starts at A1 and gives an empty sheet as []', async () => {
    const workbook = await readWorkbookBuffer('clients.xlsx', await sampleWorkbook());
    expect(workbook.sheets[1]?.values).toEqual([
      ['', ''],
      ['', 'x'],
    ]);
    expect(workbook.sheets[2]?.values).toEqual([]);
  });

  it('returns dates as Date objects and numbers as numbers', async () => {
    const workbook = await readWorkbookBuffer('clients.xlsx', await sampleWorkbook());
    const [, second] = at(workbook.sheets, 0).values;
    expect(second?.[1]).toBeInstanceOf(Date);
    expect(typeof second?.[3]).toBe('number');
  });
});
