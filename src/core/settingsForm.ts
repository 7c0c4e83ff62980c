/**
 * The sidebar's settings form, checked by the core: what the user entered
 * (the draft), turned into the `AnalysisSettings` to run, or into problems.
 * A problem is a code naming the field at fault and what is wrong, never a
 * sentence: the sidebar maps each code to a text in the user's language.
 */
import { areValidAbcShares, DEFAULT_ABC_RULE, type AbcRule } from './abc';
import { effectiveMapping, requiredRoles, roleApplies, type AnalysisSettings } from './analysisSettings';
import { parseNumberText } from './cells';
import { AXES, DEFAULT_BINS, MAX_GRID_BOUNDS } from './choices';
import { dayFromIso } from './days';
import { gridAxisProblem, isValidBins } from './rfm';
import type { ColumnMapping, ColumnRole, SourceShape } from './sourceLayout';
import type { Axis, Binning, Grid, ReturnsPolicy, SchemeId, ScoreMethod } from './types';

/** Every role, in the order the sidebar lists them. */
export const FORM_ROLES: readonly ColumnRole[] = [
  'client',
  'date',
  'recency',
  'purchases',
  'amount',
  'email',
  'phone',
  'firstName',
  'lastName',
  'type',
];

/** What the user entered, as read from the form. Numbers are NaN when the input is empty or invalid. */
export interface SettingsDraft {
  /** The sheet step 1 showed, so that the run reads it even if another sheet became active. */
  sheetName?: string;
  mapping: ColumnMapping;
  shape: SourceShape;
  /** Reference date as the date input gives it, ISO `yyyy-mm-dd` (empty when invalid). */
  asOf: string;
  /** Classes per axis, a teacher's grid, or the points scale of the scale sheet. */
  scale: 'bins' | 'grid' | 'points';
  bins: number;
  /** Raw text of each grid input. */
  grid: Record<Axis, string>;
  method: ScoreMethod;
  scheme: SchemeId;
  /** A and B thresholds in percent of revenue (80 for a share of 0.8). */
  aPercent: number;
  bPercent: number;
  /** ABC convention; absent means the default rule. */
  abcRule?: AbcRule;
  returns: ReturnsPolicy;
}

/**
 * Form fields a problem can point at; the sidebar uses them as its inputs'
 * ids: `role-client`, `asOf`, `bins`, `grid-r`, `aPercent`…
 */
export type FieldId = `role-${ColumnRole}` | 'asOf' | 'bins' | `grid-${Axis}` | 'aPercent' | 'bPercent';

/** What is wrong with the bounds typed for one grid axis. */
export type GridBoundsProblem =
  { problem: 'empty' | 'tooMany' | 'notAscending' } | { problem: 'notNumber'; value: string };

/** A problem of the form. */
export type SettingsProblem =
  /** The role's column is required and not chosen. */
  | { code: 'missingRole'; field: FieldId; role: ColumnRole }
  /** A client table needs a date or a recency column. */
  | { code: 'missingDateOrRecency'; field: FieldId }
  /** `column` (0-based) is chosen for `firstRole` and again for `role`. */
  | { code: 'sameColumn'; field: FieldId; role: ColumnRole; firstRole: ColumnRole; column: number }
  | { code: 'invalidAsOf'; field: FieldId }
  | { code: 'invalidBins'; field: FieldId }
  | ({ code: 'invalidGrid'; field: FieldId; axis: Axis } & GridBoundsProblem)
  /** Not 0 < A < B ≤ 100. */
  | { code: 'invalidAbc'; field: FieldId };

export type FormCheck = { settings: AnalysisSettings; problems: [] } | { settings: null; problems: SettingsProblem[] };

/**
 * Reads the bounds typed for one grid axis: numbers separated by semicolons
 * (then a comma is a decimal comma: `2,5; 5`) or by commas (`30, 90, 180`).
 * Empty items (a trailing separator) are skipped. The bounds must be 1 to 9
 * numbers, strictly ascending.
 */
export function readGridBounds(text: string): { bounds: number[] } | GridBoundsProblem {
  const bySemicolon = text.includes(';');
  const items = text
    .split(bySemicolon ? ';' : ',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) return { problem: 'empty' };
  if (items.length > MAX_GRID_BOUNDS) return { problem: 'tooMany' };
  const bounds: number[] = [];
  for (const item of items) {
    const value = parseNumberText(item, bySemicolon);
    if (!Number.isFinite(value)) return { problem: 'notNumber', value: item };
    bounds.push(value);
  }
  return gridAxisProblem(bounds) === null ? { bounds } : { problem: 'notAscending' };
}

/**
 * The mapping's problems: the required roles (`requiredRoles`) without a
 * column, then every role that uses a column an earlier role (in form
 * order) already uses. Roles the shape does not use are not checked.
 */
export function mappingProblems(mapping: ColumnMapping, shape: SourceShape): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const role of requiredRoles(mapping, shape)) {
    if (mapping[role] !== null) continue;
    if (role === 'date' && shape === 'clients') problems.push({ code: 'missingDateOrRecency', field: 'role-date' });
    else problems.push({ code: 'missingRole', field: `role-${role}`, role });
  }
  const roleOfColumn = new Map<number, ColumnRole>();
  for (const role of FORM_ROLES) {
    const column = mapping[role];
    if (column === null || !roleApplies(role, shape)) continue;
    const firstRole = roleOfColumn.get(column);
    if (firstRole === undefined) roleOfColumn.set(column, role);
    else problems.push({ code: 'sameColumn', field: `role-${role}`, role, firstRole, column });
  }
  return problems;
}

/** Reads the three grid axes: their bounds, or their problems. Each axis may have its own number of classes. */
function gridOfDraft(inputs: Record<Axis, string>): { grid: Grid; problems: SettingsProblem[] } {
  const grid: Grid = { r: [], f: [], m: [] };
  const problems: SettingsProblem[] = [];
  for (const axis of AXES) {
    const reading = readGridBounds(inputs[axis]);
    if ('bounds' in reading) grid[axis] = reading.bounds;
    else problems.push({ code: 'invalidGrid', field: `grid-${axis}`, axis, ...reading });
  }
  return { grid, problems };
}

/** Checks the whole draft; gives the settings to send, or every problem found. */
export function checkSettingsForm(draft: SettingsDraft): FormCheck {
  const problems = mappingProblems(draft.mapping, draft.shape);

  if (!Number.isFinite(dayFromIso(draft.asOf))) problems.push({ code: 'invalidAsOf', field: 'asOf' });

  let binning: Binning = { kind: 'bins', n: draft.bins };
  if (draft.scale === 'points') {
    // the points come from the scale sheet; RFM scores are still computed with the default classes
    binning = { kind: 'bins', n: DEFAULT_BINS };
  } else if (draft.scale === 'grid') {
    const { grid, problems: gridProblems } = gridOfDraft(draft.grid);
    problems.push(...gridProblems);
    binning = { kind: 'grid', grid };
  } else if (!isValidBins(draft.bins)) {
    problems.push({ code: 'invalidBins', field: 'bins' });
  }

  const { aPercent, bPercent } = draft;
  if (!areValidAbcShares(aPercent / 100, bPercent / 100)) {
    problems.push({ code: 'invalidAbc', field: Number.isFinite(aPercent) && aPercent > 0 ? 'bPercent' : 'aPercent' });
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
      abcRule: draft.abcRule ?? DEFAULT_ABC_RULE,
    },
  };
}
