/**
 * The core's check of the sidebar's form: problems come back as codes naming
 * the field at fault (the sidebar maps them to texts: tests/sidebar/problemText.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkSettingsForm, mappingProblems, readGridBounds, type SettingsDraft } from '../../src/core/settingsForm';
import { emptyMapping } from '../../src/core/sourceLayout';

const noColumns = emptyMapping();

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

describe('readGridBounds', () => {
  it('reads comma-separated bounds', () => {
    expect(readGridBounds('30, 90, 180, 365')).toEqual({ bounds: [30, 90, 180, 365] });
  });

  it('reads semicolon-separated bounds with decimal commas and skips a trailing separator', () => {
    expect(readGridBounds('2,5 ; 5 ; 1 000;')).toEqual({ bounds: [2.5, 5, 1000] });
  });

  it('refuses empty, non-numeric, non-ascending and too long lists', () => {
    expect(readGridBounds('  ')).toEqual({ problem: 'empty' });
    expect(readGridBounds('10, ten, 30')).toEqual({ problem: 'notNumber', value: 'ten' });
    expect(readGridBounds('10, 10, 30')).toEqual({ problem: 'notAscending' });
    expect(readGridBounds('30; 20')).toEqual({ problem: 'notAscending' });
    expect(readGridBounds('1,2,3,4,5,6,7,8,9')).toEqual({ problem: 'tooMany' });
    expect(readGridBounds('1,2,3,4,5,6,7,8')).toEqual({ bounds: [1, 2, 3, 4, 5, 6, 7, 8] });
  });
});

describe('mappingProblems', () => {
  it('requires client and amount, and for a client table a date or recency and purchases', () => {
    expect(mappingProblems(noColumns, 'clients')).toEqual([
      { code: 'missingRole', field: 'role-client', role: 'client' },
      { code: 'missingDateOrRecency', field: 'role-date' },
      { code: 'missingRole', field: 'role-purchases', role: 'purchases' },
      { code: 'missingRole', field: 'role-amount', role: 'amount' },
    ]);
  });

  it('accepts a recency column instead of a date', () => {
    const mapping = { ...noColumns, client: 0, recency: 1, purchases: 2, amount: 3 };
    expect(mappingProblems(mapping, 'clients')).toEqual([]);
  });

  it('requires a sale date for a sales log but no purchases column', () => {
    const mapping = { ...noColumns, client: 0, amount: 3 };
    expect(mappingProblems(mapping, 'sales')).toEqual([{ code: 'missingRole', field: 'role-date', role: 'date' }]);
  });

  it('names both roles and the column when one column serves two', () => {
    const mapping = { ...noColumns, client: 0, date: 1, purchases: 2, amount: 3, email: 3 };
    expect(mappingProblems(mapping, 'clients')).toEqual([
      { code: 'sameColumn', field: 'role-email', role: 'email', firstRole: 'amount', column: 3 },
    ]);
  });

  it('ignores the roles a sales log does not use when looking for a column used twice', () => {
    const mapping = { ...noColumns, client: 0, date: 1, purchases: 3, amount: 3 };
    expect(mappingProblems(mapping, 'sales')).toEqual([]);
  });
});

describe('checkSettingsForm', () => {
  it('turns a valid draft into the contract settings', () => {
    const checked = checkSettingsForm(draft({ aPercent: 70, bPercent: 90 }));
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
    const checked = checkSettingsForm(draft({ scale: 'points', bins: Number.NaN, abcRule: 'within' }));
    expect(checked.problems).toEqual([]);
    // the bins input is hidden with the points scale: its content plays no part
    expect(checked.settings).toMatchObject({ scoring: 'points', binning: { kind: 'bins', n: 5 }, abcRule: 'within' });
  });

  it('sends no recency or purchases column for a sales log', () => {
    const checked = checkSettingsForm(draft({ shape: 'sales' }));
    expect(checked.settings?.mapping).toMatchObject({ recency: null, purchases: null, date: 1 });
  });

  it('reads a grid', () => {
    const grid = { r: '30; 90', f: '2, 5', m: '100,5; 500' };
    const checked = checkSettingsForm(draft({ scale: 'grid', grid }));
    expect(checked.settings?.binning).toEqual({ kind: 'grid', grid: { r: [30, 90], f: [2, 5], m: [100.5, 500] } });
  });

  it('reports each unreadable grid axis with what is wrong', () => {
    const grid = { r: '', f: '2, two', m: '500; 100' };
    expect(checkSettingsForm(draft({ scale: 'grid', grid })).problems).toEqual([
      { code: 'invalidGrid', field: 'grid-r', axis: 'r', problem: 'empty' },
      { code: 'invalidGrid', field: 'grid-f', axis: 'f', problem: 'notNumber', value: 'two' },
      { code: 'invalidGrid', field: 'grid-m', axis: 'm', problem: 'notAscending' },
    ]);
  });

  it('accepts grids with a different number of classes per axis, as the core does', () => {
    const grid = { r: '30; 90', f: '2', m: '100; 500' };
    const checked = checkSettingsForm(draft({ scale: 'grid', grid }));
    expect(checked.problems).toEqual([]);
    expect(checked.settings?.binning).toEqual({ kind: 'grid', grid: { r: [30, 90], f: [2], m: [100, 500] } });
  });

  it('reports each bad setting', () => {
    const checked = checkSettingsForm(draft({ asOf: '2025-02-30', bins: 11, aPercent: 95, bPercent: 80 }));
    expect(checked.problems).toEqual([
      { code: 'invalidAsOf', field: 'asOf' },
      { code: 'invalidBins', field: 'bins' },
      { code: 'invalidAbc', field: 'bPercent' },
    ]);
  });

  it('refuses bins that are not whole numbers from 2 to 9', () => {
    for (const bins of [1, 10, 2.5, Number.NaN]) {
      expect(checkSettingsForm(draft({ bins })).problems).toEqual([{ code: 'invalidBins', field: 'bins' }]);
    }
    expect(checkSettingsForm(draft({ bins: 9 })).problems).toEqual([]);
  });

  it('refuses ABC thresholds outside 0 < A < B ≤ 100', () => {
    for (const [aPercent, bPercent] of [
      [0, 90],
      [80, 101],
      [80, 80],
      [Number.NaN, 90],
    ]) {
      expect(checkSettingsForm(draft({ aPercent, bPercent })).problems).toHaveLength(1);
    }
    expect(checkSettingsForm(draft({ aPercent: 80, bPercent: 100 })).problems).toEqual([]);
  });
});
