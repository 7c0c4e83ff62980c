import { describe, expect, it } from 'vitest';
import { sidebarTexts } from '../../src/core/i18n/sidebar';
import type { ColumnMapping } from '../../src/server/api';
import { checkMapping, checkSettings, readBounds, type SettingsDraft } from '../../sidebar/validate';

const en = sidebarTexts.en;
const fr = sidebarTexts.fr;
const columns = ['Client', 'Last purchase', 'Orders', 'Amount', 'Email'];

const noColumns: ColumnMapping = {
  client: null,
  date: null,
  recency: null,
  purchases: null,
  amount: null,
  email: null,
  phone: null,
  type: null,
};

function draft(changes: Partial<SettingsDraft> = {}): SettingsDraft {
  return {
    sheetName: 'Clients',
    mapping: { ...noColumns, client: 0, date: 1, purchases: 2, amount: 3, email: 4 },
    shape: 'clients',
    asOf: '2025-06-30',
    scale: 'bins',
    bins: 5,
    grid: { r: '', f: '', m: '' },
    method: 'quantile',
    scheme: 'classic',
    aPercent: 80,
    bPercent: 95,
    returns: 'net',
    ...changes,
  };
}

describe('readBounds', () => {
  it('reads comma-separated bounds', () => {
    expect(readBounds('30, 90, 180, 365')).toEqual({ bounds: [30, 90, 180, 365] });
  });

  it('reads semicolon-separated bounds with decimal commas and skips a trailing separator', () => {
    expect(readBounds('2,5 ; 5 ; 1 000;')).toEqual({ bounds: [2.5, 5, 1000] });
  });

  it('refuses empty, non-numeric, non-ascending and too long lists', () => {
    expect(readBounds('  ')).toEqual({ problem: 'empty' });
    expect(readBounds('10, ten, 30')).toEqual({ problem: 'notNumber', value: 'ten' });
    expect(readBounds('10, 10, 30')).toEqual({ problem: 'notAscending' });
    expect(readBounds('30; 20')).toEqual({ problem: 'notAscending' });
    expect(readBounds('1,2,3,4,5,6,7,8,9,10')).toEqual({ problem: 'tooMany' });
    expect(readBounds('1,2,3,4,5,6,7,8,9')).toEqual({ bounds: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
  });
});

describe('checkMapping', () => {
  it('requires client and amount, and for a client table a date or recency and purchases', () => {
    const problems = checkMapping(noColumns, 'clients', en, columns);
    expect(problems.map((problem) => problem.field)).toEqual(['role-client', 'role-date', 'role-purchases', 'role-amount']);
    expect(problems[0]?.message).toBe('Choose the “Client” column.');
    expect(problems[1]?.message).toBe('Choose a “Date of last purchase” or a “Days since last purchase” column.');
  });

  it('accepts a recency column instead of a date', () => {
    const mapping = { ...noColumns, client: 0, recency: 1, purchases: 2, amount: 3 };
    expect(checkMapping(mapping, 'clients', en, columns)).toEqual([]);
  });

  it('requires a sale date for a sales log but no purchases column', () => {
    const mapping = { ...noColumns, client: 0, amount: 3 };
    const problems = checkMapping(mapping, 'sales', fr, columns);
    expect(problems).toEqual([{ field: 'role-date', message: 'Choisissez la colonne «\u00a0Date de la vente\u00a0».' }]);
  });

  it('names both roles when one column serves two', () => {
    const mapping = { ...noColumns, client: 0, date: 1, purchases: 2, amount: 3, email: 3 };
    expect(checkMapping(mapping, 'clients', en, columns)).toEqual([
      { field: 'role-email', message: 'Column “Amount” is chosen for both “Amount” and “Email”.' },
    ]);
  });

  it('ignores the roles a sales log does not use when looking for a column used twice', () => {
    const mapping = { ...noColumns, client: 0, date: 1, purchases: 3, amount: 3 };
    expect(checkMapping(mapping, 'sales', en, columns)).toEqual([]);
  });
});

describe('checkSettings', () => {
  it('turns a valid draft into the contract settings', () => {
    const checked = checkSettings(draft({ aPercent: 70, bPercent: 90 }), en, columns);
    expect(checked.problems).toEqual([]);
    expect(checked.settings).toEqual({
      sheetName: 'Clients',
      mapping: { ...noColumns, client: 0, date: 1, purchases: 2, amount: 3, email: 4 },
      shape: 'clients',
      asOf: '2025-06-30',
      binning: { kind: 'bins', n: 5 },
      method: 'quantile',
      scheme: 'classic',
      aShare: 0.7,
      bShare: 0.9,
      returns: 'net',
      scoring: 'rfm',
      abcRule: 'reach',
    });
  });

  it('sends the points-scale method and the ABC rule chosen', () => {
    const checked = checkSettings(draft({ scale: 'points', bins: Number.NaN, abcRule: 'within' }), en, columns);
    expect(checked.problems).toEqual([]);
    // the bins input is hidden with the points scale: its content plays no part
    expect(checked.settings).toMatchObject({ scoring: 'points', binning: { kind: 'bins', n: 5 }, abcRule: 'within' });
  });

  it('sends no recency or purchases column for a sales log', () => {
    const checked = checkSettings(draft({ shape: 'sales' }), en, columns);
    expect(checked.settings?.mapping).toMatchObject({ recency: null, purchases: null, date: 1 });
  });

  it('reads a grid', () => {
    const grid = { r: '30; 90', f: '2, 5', m: '100,5; 500' };
    const checked = checkSettings(draft({ scale: 'grid', grid }), en, columns);
    expect(checked.settings?.binning).toEqual({ kind: 'grid', grid: { r: [30, 90], f: [2, 5], m: [100.5, 500] } });
  });

  it('accepts grids with a different number of classes per axis, as the core does', () => {
    const grid = { r: '30; 90', f: '2', m: '100; 500' };
    const checked = checkSettings(draft({ scale: 'grid', grid }), en, columns);
    expect(checked.problems).toEqual([]);
    expect(checked.settings?.binning).toEqual({ kind: 'grid', grid: { r: [30, 90], f: [2], m: [100, 500] } });
  });

  it('reports each bad setting', () => {
    const checked = checkSettings(
      draft({ asOf: '2025-02-30', bins: 11, aPercent: 95, bPercent: 80 }),
      en,
      columns,
    );
    expect(checked.problems.map((problem) => problem.field)).toEqual(['asOf', 'bins', 'bPercent']);
  });

  it('refuses bins that are not whole numbers from 2 to 10', () => {
    for (const bins of [1, 2.5, Number.NaN]) {
      expect(checkSettings(draft({ bins }), en, columns).problems).toEqual([{ field: 'bins', message: en.invalidBins }]);
    }
    expect(checkSettings(draft({ bins: 10 }), en, columns).problems).toEqual([]);
  });

  it('refuses ABC thresholds outside 0 < A < B ≤ 100', () => {
    for (const [aPercent, bPercent] of [[0, 90], [80, 101], [80, 80], [Number.NaN, 90]]) {
      expect(checkSettings(draft({ aPercent, bPercent }), en, columns).problems).toHaveLength(1);
    }
    expect(checkSettings(draft({ aPercent: 80, bPercent: 100 }), en, columns).problems).toEqual([]);
  });
});
