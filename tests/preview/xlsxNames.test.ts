/** Sheet names of the preview's .xlsx download: what Excel accepts. */
import { describe, expect, it } from 'vitest';
import { excelSheetName } from '../../tools/preview/xlsxExport';

describe('excelSheetName', () => {
  it('keeps a name Excel accepts', () => {
    expect(excelSheetName('Portefeuille – Synthèse', [])).toBe('Portefeuille – Synthèse');
  });

  it('cuts names to 31 characters', () => {
    const name = excelSheetName('Portefeuille – Catalogue d’actions', []);
    expect(name).toBe('Portefeuille – Catalogue d’acti');
    expect(name).toHaveLength(31);
  });

  it('replaces the characters Excel refuses and drops end quotes', () => {
    expect(excelSheetName('Ventes 2025/2026 [brut]: *?', [])).toBe('Ventes 2025_2026 _brut__ __');
    expect(excelSheetName("'Clients'", [])).toBe('Clients');
    expect(excelSheetName("''", [])).toBe('Sheet');
  });

  it('makes names unique ignoring case, within 31 characters', () => {
    expect(excelSheetName('clients', ['Clients'])).toBe('clients (2)');
    expect(excelSheetName('Clients', ['Clients', 'clients (2)'])).toBe('Clients (3)');
    const long = 'Portefeuille – Règles des segments';
    const first = excelSheetName(long, []);
    const second = excelSheetName(long, [first]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(excelSheetName('History', [])).toBe('History (2)');
  });
});
