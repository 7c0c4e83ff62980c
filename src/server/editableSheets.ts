/**
 * The editable sheets (segment rules, action catalogue): read on every run
 * when they exist, created with defaults otherwise, never overwritten.
 */
import type { ActionEntry } from '../core/actions';
import type { Cell } from '../core/cells';
import { settingsTable } from '../core/reports';
import { defaultRules, type SegmentRule } from '../core/segments';
import { catalogueFromRows, defaultCatalogueRows, defaultRulesRows, rulesFromRows } from '../core/editableSheets';
import type { Lang, SchemeId } from '../core/types';
import type { OwnedSheet } from './sheetWriter';
import type { OwnedSheetNames } from './ownedSheets';

/** Rules, catalogue, and the settings sheets that must be created because they do not exist yet. */
export interface EditableSettings {
  rules: SegmentRule[];
  catalogue: ActionEntry[];
  toCreate: OwnedSheet[];
}

/** The rows of sheet `name` (one `getValues`), or `null` when there is no such sheet. */
function sheetRows(name: string): Cell[][] | null {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  return sheet ? (sheet.getDataRange().getValues() as Cell[][]) : null;
}

/**
 * Reads the rules of `scheme` and the catalogue from their sheets. A missing
 * sheet is planned for creation with its defaults; a rules sheet with no rule
 * for `scheme` falls back on the shipped rules.
 */
export function readEditableSettings(scheme: SchemeId, lang: Lang, names: OwnedSheetNames): EditableSettings {
  const toCreate: OwnedSheet[] = [];
  let rulesRows = sheetRows(names.rules);
  if (!rulesRows) {
    rulesRows = defaultRulesRows(lang);
    toCreate.push({ name: names.rules, table: settingsTable(rulesRows) });
  }
  let catalogueRows = sheetRows(names.catalogue);
  if (!catalogueRows) {
    catalogueRows = defaultCatalogueRows(lang);
    toCreate.push({ name: names.catalogue, table: settingsTable(catalogueRows) });
  }
  const sheetRules = rulesFromRows(rulesRows, scheme, lang, names.rules);
  return {
    rules: sheetRules.length > 0 ? sheetRules : defaultRules(scheme, lang),
    catalogue: catalogueFromRows(catalogueRows, names.catalogue),
    toCreate,
  };
}
