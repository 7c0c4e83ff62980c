/**
 * Checks of the sidebar's settings before a run, turning what the user
 * entered into the `AnalysisSettings` of the contract, or into a list of
 * problems, each naming the field at fault and a localised message.
 */
import type { AnalysisSettings, ColumnMapping, ColumnRole, SourceShape } from '../src/server/api';
import type { Binning, Grid, ReturnsPolicy, SchemeId, ScoreMethod } from '../src/core/types';
import type { Axis, SidebarTexts } from '../src/core/i18n/sidebar';
import { checkAbcShares, type AbcRule } from '../src/core/abc';
import { requiredRoles } from '../src/core/analysisSettings';
import { parseNumberText } from '../src/core/cells';
import { dayFromIso } from '../src/core/days';
import { checkBins } from '../src/core/rfm';
import { ROLES, roleApplies, roleLabel } from './roles';

export const AXES: readonly Axis[] = ['r', 'f', 'm'];

/** Most bounds a grid axis may hold: 10 classes. */
const MAX_BOUNDS = 9;

/** What the user entered, as read from the form. Numbers are NaN when the input is empty or invalid. */
export interface SettingsDraft {
  /** The sheet step 1 showed, so that the run reads it even if another sheet became active. */
  sheetName?: string;
  mapping: ColumnMapping;
  shape: SourceShape;
  asOf: string;
  /** Classes per axis, a teacher's grid, or the points scale of the scale sheet. */
  scale: 'bins' | 'grid' | 'points';
  bins: number;
  /** Raw text of each grid input. */
  grid: Record<Axis, string>;
  method: ScoreMethod;
  scheme: SchemeId;
  /** A and B thresholds in percent of revenue (80 for 0.8). */
  aPercent: number;
  bPercent: number;
  /** ABC convention; absent means `reach`. */
  abcRule?: AbcRule;
  returns: ReturnsPolicy;
}

/**
 * Form fields a problem can point at; they double as the inputs' DOM ids:
 * `role-client`, `asOf`, `bins`, `grid-r`, `aPercent`…
 */
export type FieldId = `role-${ColumnRole}` | 'asOf' | 'bins' | `grid-${Axis}` | 'aPercent' | 'bPercent';

export interface Problem {
  field: FieldId;
  message: string;
}

export type CheckResult = { settings: AnalysisSettings; problems: [] } | { settings: null; problems: Problem[] };

/** Outcome of reading one grid axis. */
export type BoundsReading =
  | { bounds: number[] }
  | { problem: 'empty' | 'tooMany' | 'notAscending' }
  | { problem: 'notNumber'; value: string };

/**
 * Reads the bounds of one grid axis: numbers separated by semicolons (then a
 * comma is a decimal comma: `2,5; 5`) or by commas (`30, 90, 180`). Empty
 * items (a trailing separator) are skipped. The bounds must be 1 to 9
 * numbers, strictly ascending.
 */
export function readBounds(text: string): BoundsReading {
  const bySemicolon = text.includes(';');
  const items = text
    .split(bySemicolon ? ';' : ',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return { problem: 'empty' };
  if (items.length > MAX_BOUNDS) return { problem: 'tooMany' };
  const bounds: number[] = [];
  for (const item of items) {
    const value = parseNumberText(item, bySemicolon);
    if (!Number.isFinite(value)) return { problem: 'notNumber', value: item };
    bounds.push(value);
  }
  if (bounds.some((bound, k) => k > 0 && bound <= bounds[k - 1])) return { problem: 'notAscending' };
  return { bounds };
}

/**
 * The mapping's problems: client and amount required; a client table needs
 * a date or a recency column and a purchases column; a sales log a date
 * column; no column may serve two roles. `columnNames` name the columns
 * (0-based) in messages.
 */
export function checkMapping(
  mapping: ColumnMapping,
  shape: SourceShape,
  texts: SidebarTexts,
  columnNames: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const label = (role: ColumnRole) => roleLabel(texts, role, shape);
  const missing = (role: ColumnRole) => problems.push({ field: `role-${role}`, message: texts.missingRole(label(role)) });

  for (const role of requiredRoles(mapping, shape)) {
    if (mapping[role] !== null) continue;
    if (role === 'date' && shape === 'clients') {
      problems.push({ field: 'role-date', message: texts.missingDateOrRecency(label('date'), label('recency')) });
    } else {
      missing(role);
    }
  }

  const roleOfColumn = new Map<number, ColumnRole>();
  for (const role of ROLES) {
    const column = mapping[role];
    if (column === null || !roleApplies(role, shape)) continue;
    const firstRole = roleOfColumn.get(column);
    if (firstRole === undefined) {
      roleOfColumn.set(column, role);
    } else {
      const name = columnNames[column] ?? String(column + 1);
      problems.push({ field: `role-${role}`, message: texts.sameColumnTwice(name, label(firstRole), label(role)) });
    }
  }
  return problems;
}

/** The mapping sent to the server: roles the shape does not use are set to `null`. */
export function effectiveMapping(mapping: ColumnMapping, shape: SourceShape): ColumnMapping {
  const result = { ...mapping };
  for (const role of ROLES) {
    if (!roleApplies(role, shape)) result[role] = null;
  }
  return result;
}

/** Checks the whole draft; gives the settings to send, or every problem found. */
export function checkSettings(draft: SettingsDraft, texts: SidebarTexts, columnNames: readonly string[]): CheckResult {
  const problems = checkMapping(draft.mapping, draft.shape, texts, columnNames);

  if (!Number.isFinite(dayFromIso(draft.asOf))) problems.push({ field: 'asOf', message: texts.invalidAsOf });

  let binning: Binning = { kind: 'bins', n: draft.bins };
  if (draft.scale === 'points') {
    // the points come from the scale sheet; RFM scores are still computed with the default classes
    binning = { kind: 'bins', n: 5 };
  } else if (draft.scale === 'grid') {
    const { grid, problems: gridProblems } = checkGrid(draft.grid, texts);
    problems.push(...gridProblems);
    binning = { kind: 'grid', grid };
  } else if (!passes(() => checkBins(draft.bins))) {
    problems.push({ field: 'bins', message: texts.invalidBins });
  }

  const { aPercent, bPercent } = draft;
  if (!passes(() => checkAbcShares(aPercent / 100, bPercent / 100))) {
    problems.push({ field: Number.isFinite(aPercent) && aPercent > 0 ? 'bPercent' : 'aPercent', message: texts.invalidAbc });
  }

  if (problems.length > 0) return { settings: null, problems };
  return {
    problems: [],
    settings: {
      sheetName: draft.sheetName,
      mapping: effectiveMapping(draft.mapping, draft.shape),
      shape: draft.shape,
      asOf: draft.asOf,
      binning,
      method: draft.method,
      scheme: draft.scheme,
      aShare: aPercent / 100,
      bShare: bPercent / 100,
      returns: draft.returns,
      scoring: draft.scale === 'points' ? 'points' : 'rfm',
      abcRule: draft.abcRule ?? 'reach',
    },
  };
}

/** True when the core check `check` accepts the value (it throws otherwise). */
function passes(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

/** Reads the three grid axes: their bounds, or their problems. Each axis may have its own number of classes. */
function checkGrid(inputs: Record<Axis, string>, texts: SidebarTexts): { grid: Grid; problems: Problem[] } {
  const grid: Grid = { r: [], f: [], m: [] };
  const problems: Problem[] = [];
  for (const axis of AXES) {
    const reading = readBounds(inputs[axis]);
    if ('bounds' in reading) grid[axis] = reading.bounds;
    else problems.push({ field: `grid-${axis}`, message: boundsMessage(reading, texts.gridAxes[axis], texts) });
  }
  return { grid, problems };
}

/** The message for a grid axis that could not be read; `axisName` is its localised name. */
function boundsMessage(reading: Exclude<BoundsReading, { bounds: number[] }>, axisName: string, texts: SidebarTexts): string {
  switch (reading.problem) {
    case 'empty':
      return texts.gridEmpty(axisName);
    case 'tooMany':
      return texts.gridTooMany(axisName);
    case 'notAscending':
      return texts.gridNotAscending(axisName);
    case 'notNumber':
      return texts.gridNotNumber(axisName, reading.value);
  }
}
