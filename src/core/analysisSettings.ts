/**
 * The settings of one sidebar analysis, as chosen by the user, and their
 * checks. They arrive from the browser as JSON: nothing in them is trusted.
 */
import {
  DEFAULT_A_SHARE,
  DEFAULT_B_SHARE,
  DEFAULT_BINS,
  DEFAULT_METHOD,
  DEFAULT_RETURNS,
  RETURNS_POLICIES,
  SOURCE_SHAPES,
} from './choices';
import { dayFromIso } from './days';
import type { SettingName } from './i18n/settingNames';
import { PortfolioError } from './errors';
import { checkAbcShares, DEFAULT_ABC_RULE, parseAbcRule, type AbcRule } from './abc';
import { checkBins, checkGrid } from './rfm';
import { parseMethod } from './settingCells';
import { DEFAULT_SCHEME, parseScheme } from './segments';
import { COLUMN_ROLES, duplicateRoles, type ColumnMapping, type ColumnRole, type SourceShape } from './sourceLayout';
import type { Binning, ReturnsPolicy, SchemeId, ScoreMethod } from './types';

/** Settings of one analysis run. */
export interface AnalysisSettings {
  /** The sheet to analyse (default: the active sheet). */
  sheetName?: string;
  mapping: ColumnMapping;
  shape: SourceShape;
  /** Reference date, ISO `yyyy-mm-dd`. */
  asOf: string;
  binning: Binning;
  method: ScoreMethod;
  scheme: SchemeId;
  /** Cumulative revenue share closing class A (0–1), default `DEFAULT_A_SHARE` (0.8). */
  aShare: number;
  /** Cumulative revenue share closing class B (0–1), default `DEFAULT_B_SHARE` (0.95). */
  bShare: number;
  returns: ReturnsPolicy;
  /** How clients are scored: RFM scores and segments (`rfm`, the default) or the points scale of the scale sheet (`points`). */
  scoring?: Scoring;
  /** ABC convention (default `reach`). */
  abcRule?: AbcRule;
  /** Source column (0-based) greeting each client in the messages; absent or `null`: the client column. */
  greeting?: number | null;
}

/** The sidebar's scoring methods: RFM scores (quantiles or a grid) and segments, or a points scale. */
export type Scoring = 'rfm' | 'points';

/** Every scoring method, the default first. */
export const SCORINGS: readonly Scoring[] = ['rfm', 'points'];

/** Settings proposed before the user changes anything. */
export function defaultSettings(
  mapping: ColumnMapping,
  shape: SourceShape,
  asOf: string,
  sheetName?: string,
): AnalysisSettings {
  return {
    sheetName,
    mapping,
    shape,
    asOf,
    binning: { kind: 'bins', n: DEFAULT_BINS },
    method: DEFAULT_METHOD,
    scheme: DEFAULT_SCHEME,
    aShare: DEFAULT_A_SHARE,
    bShare: DEFAULT_B_SHARE,
    returns: DEFAULT_RETURNS,
    scoring: 'rfm',
    abcRule: DEFAULT_ABC_RULE,
  };
}

/**
 * Roles that the analysis cannot do without: client, date, amount for a
 * sales log; client, date (or days since, when there is no date), purchases
 * and amount for a client table.
 */
export function requiredRoles(mapping: ColumnMapping, shape: SourceShape): ColumnRole[] {
  if (shape === 'sales') return ['client', 'date', 'amount'];
  return ['client', mapping.recency !== null && mapping.date === null ? 'recency' : 'date', 'purchases', 'amount'];
}

/**
 * Whether a role takes part with this shape: a sales log has no recency nor
 * purchases column (they are computed from its dates and rows).
 */
export function roleApplies(role: ColumnRole, shape: SourceShape): boolean {
  return shape === 'clients' || (role !== 'recency' && role !== 'purchases');
}

/**
 * Whether a role must have a column whatever the rest of the mapping: client
 * and amount always, purchases for a client table, date for a sales log. (A
 * client table needs a date or a recency column: see `requiredRoles`.)
 */
export function roleIsRequired(role: ColumnRole, shape: SourceShape): boolean {
  if (role === 'client' || role === 'amount') return true;
  return shape === 'clients' ? role === 'purchases' : role === 'date';
}

/** The mapping to analyse: roles the shape does not use are set to `null`. */
export function effectiveMapping(mapping: ColumnMapping, shape: SourceShape): ColumnMapping {
  const result = { ...mapping };
  for (const role of COLUMN_ROLES) {
    if (!roleApplies(role, shape)) result[role] = null;
  }
  return result;
}

/**
 * Checks settings against a source of `columns` columns and returns the
 * reference date as a day number. Throws `roleRequired`, `roleTwice`,
 * `badAsOf`, `binsOutOfRange`, `gridShape`, `gridNotAscending`,
 * `unknownMethod`, `unknownScheme`, `abcSharesOrder`, `unknownAbcRule`, or `badSettings`
 * when the object itself is malformed (it comes from the browser).
 */
export function checkSettings(settings: AnalysisSettings, columns: number): number {
  checkSettingsShape(settings);
  for (const role of COLUMN_ROLES) {
    const column = settings.mapping[role];
    if (column !== null && !(Number.isInteger(column) && column >= 0 && column < columns)) {
      throw new PortfolioError('roleRequired', { role });
    }
  }
  for (const role of requiredRoles(settings.mapping, settings.shape)) {
    if (settings.mapping[role] === null) throw new PortfolioError('roleRequired', { role });
  }
  const [pair] = duplicateRoles(settings.mapping);
  if (pair) throw new PortfolioError('roleTwice', { first: pair[0], second: pair[1] });
  const asOfDay = dayFromIso(String(settings.asOf));
  if (Number.isNaN(asOfDay)) throw new PortfolioError('badAsOf', { value: String(settings.asOf) });
  if (settings.binning.kind === 'grid') checkGrid(settings.binning.grid);
  else checkBins(settings.binning.n);
  parseMethod(String(settings.method));
  parseScheme(String(settings.scheme));
  checkAbcShares(settings.aShare, settings.bShare);
  if (settings.abcRule !== undefined) parseAbcRule(String(settings.abcRule));
  return asOfDay;
}

/**
 * Throws `badSettings`, naming the field, unless every part of the settings
 * has the expected form (they come from the browser): checked before the
 * source sheet is read, as the settings name it.
 */
export function checkSettingsShape(settings: AnalysisSettings): void {
  const bad = (field: SettingName) => new PortfolioError('badSettings', { field });
  if (typeof settings !== 'object' || settings === null) throw bad('settings');
  const { sheetName } = settings as { sheetName?: unknown };
  if (sheetName !== undefined && sheetName !== null && typeof sheetName !== 'string') throw bad('sheetName');
  if (typeof settings.asOf !== 'string') throw bad('asOf');
  if (typeof settings.mapping !== 'object' || settings.mapping === null) throw bad('mapping');
  if (!SOURCE_SHAPES.includes(settings.shape)) throw bad('shape');
  const binning = settings.binning as Partial<Binning> | undefined;
  const gridOk =
    binning?.kind === 'grid' && ['r', 'f', 'm'].every((axis) => Array.isArray(binning.grid?.[axis as 'r']));
  if (!(binning?.kind === 'bins' || gridOk)) throw bad('binning');
  if (!RETURNS_POLICIES.includes(settings.returns)) throw bad('returns');
  if (typeof settings.aShare !== 'number') throw bad('aShare');
  if (typeof settings.bShare !== 'number') throw bad('bShare');
  if (settings.scoring !== undefined && !SCORINGS.includes(settings.scoring)) throw bad('scoring');
}
