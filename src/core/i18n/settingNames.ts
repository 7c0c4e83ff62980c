/**
 * Names of the parts of the analysis settings, for the message that says
 * which part arrived malformed (`badSettings`).
 */
import type { Lang } from '../types';
import { textLookup } from './textTable';

const en = {
  settings: 'all settings',
  sheetName: 'sheet to analyse',
  asOf: 'reference date',
  mapping: 'columns',
  shape: 'table shape',
  binning: 'scores',
  returns: 'returns',
  aShare: 'A share',
  bShare: 'B share',
  scoring: 'scoring method',
};

const fr: typeof en = {
  settings: 'tous les réglages',
  sheetName: 'feuille à analyser',
  asOf: 'date de référence',
  mapping: 'colonnes',
  shape: 'forme du tableau',
  binning: 'notes',
  returns: 'retours',
  aShare: 'part A',
  bShare: 'part B',
  scoring: 'méthode de notation',
};

/** A part of the settings, as `badSettings` names it. */
export type SettingName = keyof typeof en;

const lookup = textLookup({ en, fr });

/** The name of settings part `name` in `lang`. */
export function settingName(name: SettingName, lang: Lang): string {
  return lookup(lang, name);
}

/** Whether `value` names a part of the settings. */
export function isSettingName(value: unknown): value is SettingName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(en, value);
}
