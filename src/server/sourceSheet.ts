/**
 * Reading the user's source sheet: one `getValues` of its data range, then
 * the header row found by the core. The source is never written to.
 */
import { itemAt } from '../core/arrays';
import { isBlank, type Cell } from '../core/cells';
import { PortfolioError } from '../core/errors';
import { cellText } from '../core/display';
import { findHeaderRow, missingHeaderRole } from '../core/sourceLayout';
import type { SheetContext } from '../platform/sheetContext';
import { isOwnedSheetName } from './ownedSheets';

/** The source table: its header and data rows. */
export interface SourceTable {
  sheetName: string;
  /** 0-based index of the header within the sheet's data range (= 1-based sheet row − 1). */
  headerIndex: number;
  headers: string[];
  rows: Cell[][];
}

/** The sheet to analyse: `sheetName` when given and present, else the active sheet. */
function sourceSheet(sheetName: string | undefined): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!sheetName) return spreadsheet.getActiveSheet();
  const named = spreadsheet.getSheetByName(sheetName);
  // Never another sheet than the one the user chose: the active one may hold something else.
  if (named === null) throw new PortfolioError('sourceSheetGone', { sheet: sheetName });
  return named;
}

/**
 * Reads the source table (sheet `sheetName`, or the active sheet when none is
 * named) with a single `getValues`. Throws `sourceSheetGone` when the named
 * sheet no longer exists, `ownSheet` for a
 * sheet the add-on writes, `emptySheet`, `noHeader`, or `missingColumn` when the
 * first row names columns but not one the analysis needs.
 */
export function readSourceTable(sheetName?: string): SourceTable {
  const sheet = sourceSheet(sheetName);
  const name = sheet.getName();
  if (isOwnedSheetName(name)) throw new PortfolioError('ownSheet', { sheet: name });
  const values = sheet.getDataRange().getValues() as Cell[][];
  if (values.every((row) => row.every(isBlank))) throw new PortfolioError('emptySheet', { sheet: name });
  const headerIndex = findHeaderRow(values);
  if (headerIndex < 0) {
    const role = missingHeaderRole(values);
    throw role === null
      ? new PortfolioError('noHeader', { sheet: name })
      : new PortfolioError('missingColumn', { sheet: name, role });
  }
  return {
    sheetName: name,
    headerIndex,
    headers: itemAt(values, headerIndex).map((cell) => String(cell).trim()),
    rows: values.slice(headerIndex + 1),
  };
}

/** A cell as the sidebar shows it: dates in the spreadsheet's calendar, written the user's way; the rest as text. */
export function displayText(cell: Cell, context: SheetContext): string {
  return cellText(cell, context.lang, context.dayOf);
}
