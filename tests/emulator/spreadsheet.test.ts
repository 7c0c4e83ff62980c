import { describe, expect, it } from 'vitest';
import { createMemorySpreadsheet, type MemorySpreadsheet } from '../../tools/gas-emulator/index.ts';
import { at } from '../../tools/indexing';

function book(): MemorySpreadsheet {
  return createMemorySpreadsheet({
    name: 'Shop',
    locale: 'fr_FR',
    sheets: [
      {
        name: 'Ventes',
        values: [
          ['Client', 'Montant'],
          ['Alice', 10],
          ['Bob', 20],
        ],
      },
      { name: 'Notes', values: [['libre']] },
    ],
  });
}

describe('spreadsheet settings', () => {
  it('defaults to en_US, Europe/Paris and one sheet', () => {
    const ss = createMemorySpreadsheet();
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
  });

  it('keeps the given name, locale and sheets in order', () => {
    const ss = book();
    expect(ss.getName()).toBe('Shop');
    expect(ss.getSpreadsheetLocale()).toBe('fr_FR');
    expect(ss.getSheets().map((sheet) => [sheet.getName(), sheet.getIndex()])).toEqual([
      ['Ventes', 1],
      ['Notes', 2],
    ]);
    expect(ss.getActiveSheet().getName()).toBe('Ventes');
  });
});

describe('sheets', () => {
  it('refuses a duplicate sheet name, ignoring case, like Apps Script', () => {
    const ss = book();
    expect(() => ss.insertSheet('Ventes')).toThrow(
      'A sheet with the name "Ventes" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('VENTES')).toThrow('already exists');
    expect(() => ss.getSheetByName('Notes')!.setName('ventes')).toThrow('already exists');
  });

  it('finds sheets ignoring case and returns null when absent', () => {
    const ss = book();
    expect(ss.getSheetByName('ventes')!.getName()).toBe('Ventes');
    expect(ss.getSheetByName('Missing')).toBeNull();
  });

  it('inserts at a 0-based index, 1000 × 26, and activates the new sheet', () => {
    const ss = book();
    const summary = ss.insertSheet('Synthèse', 0);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['Synthèse', 'Ventes', 'Notes']);
    expect([summary.getMaxRows(), summary.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getActiveSheet().getName()).toBe('Synthèse');
    expect(ss.insertSheet().getName()).toBe('Feuille 4');
  });

  it('deletes a sheet but never the last visible one', () => {
    const ss = book();
    ss.deleteSheet(ss.getSheetByName('Notes')!);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['Ventes']);
    expect(() => ss.deleteSheet(ss.getSheetByName('Ventes')!)).toThrow(
      /emulator: cannot delete the last visible sheet/,
    );
  });

  it('resolves A1 with a sheet name on the spreadsheet', () => {
    const ss = book();
    expect(ss.getRange('Ventes!A2:B3').getValues()).toEqual([
      ['Alice', 10],
      ['Bob', 20],
    ]);
    expect(ss.getRange("'Notes'!A1").getValue()).toBe('libre');
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('records toasts', () => {
    const ss = book();
    ss.toast('Analyse terminée', 'Portefeuille', 5);
    expect(ss.emulator.ui.toasts).toEqual([{ message: 'Analyse terminée', title: 'Portefeuille', timeoutSeconds: 5 }]);
  });
});

describe('strictness', () => {
  it('throws a clear error for APIs the emulator lacks', () => {
    const ss = book();
    const sheet = ss.getSheetByName('Ventes')!;
    expect(() => sheet.getBandings()).toThrow('emulator: Sheet.getBandings is not implemented');
    expect(() => sheet.getRange('A1').getRichTextValue()).toThrow(
      'emulator: Range.getRichTextValue is not implemented',
    );
    expect(() => ss.getOwner()).toThrow('emulator: Spreadsheet.getOwner is not implemented');
  });

  it('hides internal members and refuses assignments', () => {
    const sheet = book().getSheetByName('Ventes')! as unknown as Record<string, unknown>;
    expect(() => (sheet._values as () => unknown)()).toThrow('emulator: Sheet._values is not implemented');
    expect(() => {
      sheet.getName = () => 'x';
    }).toThrow('emulator: cannot assign Sheet.getName');
  });
});

describe('call counting', () => {
  it('counts each call per Class.method', () => {
    const ss = book();
    const sheet = ss.getSheetByName('Ventes')!;
    sheet.getRange(1, 1, 3, 2).getValues();
    sheet.getRange('A1').getValue();
    expect(ss.emulator.calls()).toEqual({
      'Range.getValue': 1,
      'Range.getValues': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheetByName': 1,
    });
    expect(ss.emulator.spreadsheetCalls()).toBe(5);
    ss.emulator.resetCalls();
    expect(ss.emulator.calls()).toEqual({});
  });
});

describe('snapshots', () => {
  it('are equal when nothing changed and differ after any write, format or style', () => {
    const ss = book();
    const sheet = ss.getSheetByName('Ventes')!;
    const before = ss.emulator.snapshot('Ventes');
    sheet.getRange('A1:B3').getValues();
    expect(ss.emulator.snapshot('Ventes')).toEqual(before);

    sheet.getRange('B2').setValue(10);
    expect(ss.emulator.snapshot('Ventes')).toEqual(before);

    sheet.getRange('B2').setValue(11);
    expect(ss.emulator.snapshot('Ventes')).not.toEqual(before);
    sheet.getRange('B2').setValue(10);
    sheet.getRange('D9').setNumberFormat('@');
    expect(ss.emulator.snapshot('Ventes')).not.toEqual(before);
    sheet.getRange('D9').clearFormat();
    sheet.setFrozenRows(1);
    expect(ss.emulator.snapshot('Ventes')).not.toEqual(before);
  });

  it('are deep copies', () => {
    const ss = createMemorySpreadsheet({ sheets: [{ name: 'S', values: [[new Date('2024-01-01T00:00:00Z')]] }] });
    const snapshot = ss.emulator.snapshot('S');
    (at(snapshot.values, 0)[0] as Date).setUTCFullYear(1990);
    at(snapshot.values, 0).push('extra');
    expect(ss.emulator.snapshot('S').values).toEqual([[new Date('2024-01-01T00:00:00Z')]]);
  });

  it('name the missing sheet', () => {
    expect(() => book().emulator.snapshot('Clients')).toThrow(
      'emulator: no sheet named "Clients" (sheets: Ventes, Notes)',
    );
  });
});
