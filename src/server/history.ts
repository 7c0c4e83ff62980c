/**
 * The history and Movements sheets of a run: the history sheet is read (one
 * `getValues`, in this language or, after a language change, the other's),
 * this run's segments are added to it (a run of the same day replaces the
 * earlier one), and the movements since the previous run are written.
 */
import type { PortfolioAnalysis } from '../core/analysis';
import type { Cell } from '../core/cells';
import { shopText } from '../core/i18n/shopTexts';
import { formatDay } from '../core/i18n/localeFormat';
import {
  historyFromRows,
  historyTable,
  movementsTable,
  nextHistory,
  previousRun,
  runEntries,
  segmentMovements,
} from '../core/movements';
import type { Lang } from '../core/types';
import type { SheetContext } from '../platform/sheetContext';
import { otherLang, replacedNames } from './languageSwitch';
import { ownedSheetNames } from './ownedSheets';
import type { OwnedSheet } from './sheetWriter';

/** The history sheet's rows, from this language's sheet or the other language's, or none. */
function historyRows(lang: Lang): Cell[][] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet =
    spreadsheet.getSheetByName(ownedSheetNames(lang).history) ??
    spreadsheet.getSheetByName(ownedSheetNames(otherLang(lang)).history);
  return sheet ? (sheet.getDataRange().getValues() as Cell[][]) : [];
}

/**
 * The Movements and history sheets of this run, and the note for the
 * sidebar (`null` on the first run). The sidebar writes Movements after the
 * Summary and the history last. `segments` orders the matrix (the
 * scheme's segments).
 */
export function historySheets(
  analysis: PortfolioAnalysis,
  segments: readonly string[],
  context: SheetContext,
): { movements: OwnedSheet; history: OwnedSheet; note: string | null } {
  const { lang } = context;
  const names = ownedSheetNames(lang);
  const runDay = context.today();
  const history = historyFromRows(historyRows(lang), context.dayOf);
  const previous = previousRun(history, runDay);
  const movements = previous && segmentMovements(previous.entries, analysis.clients, segments);
  const updated = nextHistory(history, runEntries(analysis.clients, runDay), runDay);
  return {
    movements: {
      name: names.movements,
      table: movementsTable(movements, previous?.day ?? null, runDay, lang),
      replaces: replacedNames(lang, 'movements'),
    },
    history: { name: names.history, table: historyTable(updated, lang), replaces: replacedNames(lang, 'history') },
    note: previous
      ? shopText(lang, 'noteMovements', { date: formatDay(lang, previous.day), sheet: names.movements })
      : null,
  };
}
