/**
 * The sidebar's "download the Actions as CSV": the Actions sheet of the last
 * run (one read) as CSV text built by the core, which the sidebar saves.
 */
import type { Cell } from '../core/cells';
import { isoFromDay } from '../core/days';
import { csvText } from '../core/mailMerge';
import { PortfolioError } from '../core/errors';
import { ownedSheetNames } from './ownedSheets';
import { runServerCall } from './serverCall';

/** What the sidebar saves: a file name and its CSV text. */
export interface CsvFile {
  fileName: string;
  text: string;
}

/** Sidebar call: the Actions sheet as CSV. Throws `noActionsSheet` before the first run. */
export function getActionsCsv(): CsvFile {
  return runServerCall((context) => {
    const name = ownedSheetNames(context.lang).actions;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    if (!sheet) throw new PortfolioError('noActionsSheet', { sheet: name });
    const values = sheet.getDataRange().getValues() as Cell[][];
    const text = csvText(values, context.lang, (date) => isoFromDay(context.dayOf(date)));
    return { fileName: `${name}.csv`, text };
  });
}
