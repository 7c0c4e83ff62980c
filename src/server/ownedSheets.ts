/**
 * Names of the sheets the add-on owns, in the spreadsheet's language.
 */
import { pointsText } from '../core/i18n/pointsTexts';
import { reportText } from '../core/i18n/reportTexts';
import type { Lang } from '../core/types';

export interface OwnedSheetNames {
  clients: string;
  actions: string;
  summary: string;
  rules: string;
  catalogue: string;
  /** The points-scale sheet (barème), created when the "Points scale" method is first used. */
  scale: string;
}

/** The owned sheet names in `lang`. */
export function ownedSheetNames(lang: Lang): OwnedSheetNames {
  return {
    clients: reportText(lang, 'sheetClients'),
    actions: reportText(lang, 'sheetActions'),
    summary: reportText(lang, 'sheetSummary'),
    rules: reportText(lang, 'sheetRules'),
    catalogue: reportText(lang, 'sheetCatalogue'),
    scale: pointsText(lang, 'sheetScale'),
  };
}

/** True when `name` is one of the add-on's sheets, in either language. */
export function isOwnedSheetName(name: string): boolean {
  return (['fr', 'en'] as const).some((lang) => Object.values(ownedSheetNames(lang)).includes(name));
}
