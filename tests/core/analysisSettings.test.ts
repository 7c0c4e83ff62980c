/** The checks of the sidebar's settings, which arrive from the browser as JSON. */
import { describe, expect, it } from 'vitest';
import { checkSettings, defaultSettings, type AnalysisSettings } from '../../src/core/analysisSettings';
import { dayFromIso } from '../../src/core/days';
import { emptyMapping } from '../../src/core/sourceLayout';
import { portfolioError } from '../support/portfolioError';

/** A client table of 4 columns: client, date of last purchase, purchases, amount. */
const settings = (): AnalysisSettings =>
  defaultSettings({ ...emptyMapping(), client: 0, date: 1, purchases: 2, amount: 3 }, 'clients', '2024-06-30');

describe('checkSettings', () => {
  it('returns the reference date as a day number for sound settings', () => {
    expect(checkSettings(settings(), 4)).toBe(dayFromIso('2024-06-30'));
  });

  it('asks for each required column of the shape', () => {
    expect(() => checkSettings({ ...settings(), mapping: { ...settings().mapping, purchases: null } }, 4)).toThrow(
      portfolioError('roleRequired', { role: 'purchases' }),
    );
    // a sales log needs no purchases column, but a date
    const sales = { ...settings(), shape: 'sales' as const, mapping: { ...emptyMapping(), client: 0, amount: 3 } };
    expect(() => checkSettings(sales, 4)).toThrow(portfolioError('roleRequired', { role: 'date' }));
  });

  it('refuses a column outside the table and a column chosen twice', () => {
    expect(() => checkSettings({ ...settings(), mapping: { ...settings().mapping, email: 7 } }, 4)).toThrow(
      portfolioError('roleRequired', { role: 'email' }),
    );
    expect(() => checkSettings({ ...settings(), mapping: { ...settings().mapping, email: 0 } }, 4)).toThrow(
      portfolioError('roleTwice', { first: 'client', second: 'email' }),
    );
  });

  it('refuses a reference date that is no ISO date, bad bins and bad ABC shares', () => {
    expect(() => checkSettings({ ...settings(), asOf: '30/06/2024' }, 4)).toThrow(portfolioError('badAsOf'));
    expect(() => checkSettings({ ...settings(), binning: { kind: 'bins', n: 11 } }, 4)).toThrow(
      portfolioError('binsOutOfRange'),
    );
    expect(() => checkSettings({ ...settings(), aShare: 0.95, bShare: 0.8 }, 4)).toThrow(
      portfolioError('abcSharesOrder'),
    );
  });

  it('names the malformed part of settings that did not come from our sidebar', () => {
    const broken = (patch: Record<string, unknown>) => ({ ...settings(), ...patch }) as unknown as AnalysisSettings;
    expect(() => checkSettings(null as unknown as AnalysisSettings, 4)).toThrow(
      portfolioError('badSettings', { field: 'settings' }),
    );
    expect(() => checkSettings(broken({ mapping: undefined }), 4)).toThrow(
      portfolioError('badSettings', { field: 'mapping' }),
    );
    expect(() => checkSettings(broken({ shape: 'rows' }), 4)).toThrow(
      portfolioError('badSettings', { field: 'shape' }),
    );
    expect(() => checkSettings(broken({ binning: { kind: 'grid' } }), 4)).toThrow(
      portfolioError('badSettings', { field: 'binning' }),
    );
    expect(() => checkSettings(broken({ returns: 'keep' }), 4)).toThrow(
      portfolioError('badSettings', { field: 'returns' }),
    );
  });
});
