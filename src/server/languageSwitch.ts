/**
 * When the spreadsheet's language changes between two runs, the add-on's
 * sheets follow it instead of a second set appearing beside the first: the
 * output sheets of the other language are replaced by this run's (see
 * `replaces` in sheetWriter.ts), and its settings sheets are taken over —
 * deleted when they still hold the other language's defaults (this run then
 * creates them in its language), renamed and kept when the user edited them
 * (the user's words are never thrown away).
 */
import type { Cell } from '../core/cells';
import { defaultScaleRows } from '../core/pointsSheet';
import { defaultCatalogueRows, defaultRulesRows } from '../core/editableSheets';
import type { Lang } from '../core/types';
import { ownedSheetNames, type OwnedSheetNames } from './ownedSheets';

const OTHER_LANG: Record<Lang, Lang> = { en: 'fr', fr: 'en' };

/** The other language. */
export function otherLang(lang: Lang): Lang {
  return OTHER_LANG[lang];
}

/** Same cells, compared as text (a number read back from a sheet is the number written). */
function sameRows(rows: readonly Cell[][], expected: readonly Cell[][]): boolean {
  const text = (table: readonly Cell[][]) =>
    JSON.stringify(
      table.map((row) =>
        row
          .map((cell) => String(cell ?? ''))
          .join('\t')
          .replace(/\t+$/, ''),
      ),
    );
  return text(rows) === text(expected);
}

/** Takes over the settings sheets of the other language when this language has none (see the module comment). */
export function adoptOtherLanguageSettings(lang: Lang): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const names = ownedSheetNames(lang);
  const other = otherLang(lang);
  const otherNames = ownedSheetNames(other);
  const sheets: Array<{ key: keyof OwnedSheetNames; defaults: Cell[][] }> = [
    { key: 'rules', defaults: defaultRulesRows(other) },
    { key: 'catalogue', defaults: defaultCatalogueRows(other) },
    { key: 'scale', defaults: defaultScaleRows(other) },
  ];
  for (const { key, defaults } of sheets) {
    if (names[key] === otherNames[key] || spreadsheet.getSheetByName(names[key])) continue;
    const old = spreadsheet.getSheetByName(otherNames[key]);
    if (!old) continue;
    if (sameRows(old.getDataRange().getValues() as Cell[][], defaults)) spreadsheet.deleteSheet(old);
    else old.setName(names[key]);
  }
}

/** Names of the other language's output sheets that the output sheet `key` of this run replaces. */
export function replacedNames(lang: Lang, key: 'clients' | 'actions' | 'summary' | 'history' | 'movements'): string[] {
  const other = ownedSheetNames(otherLang(lang))[key];
  return other === ownedSheetNames(lang)[key] ? [] : [other];
}
