/**
 * The points-scale sheet (barème) of the "Points scale" method: read on every
 * run when it exists, created once with a course-style default otherwise,
 * never overwritten.
 */
import type { Cell } from '../core/cells';
import { defaultScaleRows, pointsSettingsFromRows, type PointsSettings } from '../core/pointsSheet';
import { settingsTable } from '../core/reports';
import type { Lang } from '../core/types';
import type { OwnedSheet } from './sheetWriter';

/** The scale's settings, and the sheet to create when it does not exist yet. */
export interface ScaleSheetSettings {
  settings: PointsSettings;
  toCreate: OwnedSheet[];
}

/** Reads the scale sheet `name` (one `getValues`), or plans its creation with the default scale. Throws `badScaleRow`, `scaleSection`. */
export function readScaleSheet(name: string, lang: Lang): ScaleSheetSettings {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (sheet)
    return { settings: pointsSettingsFromRows(sheet.getDataRange().getValues() as Cell[][], lang, name), toCreate: [] };
  const rows = defaultScaleRows(lang);
  return {
    settings: pointsSettingsFromRows(rows, lang, name),
    toCreate: [{ name, table: settingsTable(rows, 'General') }],
  };
}
