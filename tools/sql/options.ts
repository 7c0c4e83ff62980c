/**
 * Command-line options of `npm run sql` and `npm run analyse`: parsed into the
 * query settings of the core SQL builder, every mistake reported as one
 * localised sentence (`UsageError`).
 */
import { MAX_BINS, MIN_BINS } from '../../src/core/choices';
import { checkBins, checkGrid } from '../../src/core/rfm';
import { dayFromIso } from '../../src/core/days';
import { langFromLocale } from '../../src/core/i18n/language';
import { sqlToolText, type SqlToolTextKey } from '../../src/core/i18n/sqlToolTexts';
import { SCHEME_IDS } from '../../src/core/segments';
import { ABC_RULES, defaultAbcShares, type AbcRule } from '../../src/core/sql/abcRules';
import { SQL_DIALECTS, type SqlDialect } from '../../src/core/sql/dialect';
import type { RfmQuerySettings } from '../../src/core/sql/rfmTableQuery';
import type { Binning, Grid, Lang, SchemeId, ScoreMethod } from '../../src/core/types';

/** A mistake on the command line, already worded for the user. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The language of the terminal: `--lang`, else LC_ALL / LANG. */
export function terminalLang(args: readonly string[]): Lang {
  const index = args.indexOf('--lang');
  const asked = index >= 0 ? args[index + 1] : undefined;
  return langFromLocale(asked ?? (process.env.LC_ALL || process.env.LANG));
}

/** Options given as `--name value`, and the arguments that are not options. */
export interface ParsedArgs {
  values: Map<string, string>;
  positional: string[];
}

/** Splits `args` into `--name value` pairs (names in `known`) and positional arguments. */
export function splitArgs(args: readonly string[], known: readonly string[], lang: Lang): ParsedArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    if (!known.includes(arg)) throw new UsageError(sqlToolText(lang, 'unknownOption', { option: arg }));
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(sqlToolText(lang, 'missingOptionValue', { option: arg }));
    values.set(arg, value);
    i += 1;
  }
  return { values, positional };
}

/** Options shared by both tools (besides the column names). */
export const SCORING_OPTIONS = [
  '--as-of',
  '--bins',
  '--grid',
  '--method',
  '--scheme',
  '--abc',
  '--a-share',
  '--b-share',
  '--lang',
];

function bad(lang: Lang, option: string, value: string, expected: string): UsageError {
  return new UsageError(sqlToolText(lang, 'badOptionValue', { option, value: `"${value}"`, expected }));
}

function oneOf<T extends string>(lang: Lang, option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw bad(lang, option, value, allowed.join(' | '));
}

/** `--grid "30,90/2,5/100,500"`: ascending lower bounds of classes 2..n for R, F and M. */
export function parseGrid(text: string, lang: Lang): Grid {
  const axes = text.split('/').map((part) => part.split(',').map((bound) => Number(bound.trim())));
  const [r, f, m] = axes;
  const grid = r && f && m && axes.length === 3 ? { r, f, m } : null;
  try {
    if (!grid || [r, f, m].some((bounds) => bounds?.some((bound) => Number.isNaN(bound)))) throw new Error();
    checkGrid(grid);
    return grid;
  } catch {
    throw new UsageError(sqlToolText(lang, 'badGrid', { value: `"${text}"` }));
  }
}

function share(lang: Lang, option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!(number > 0 && number <= 1)) throw bad(lang, option, value, '0 < x ≤ 1');
  return number;
}

/** The scoring part of the query settings (everything but dialect, table and columns). */
export function scoringSettings(
  values: Map<string, string>,
  lang: Lang,
): Omit<RfmQuerySettings, 'dialect' | 'table' | 'columns'> {
  const asOf = values.get('--as-of');
  if (asOf !== undefined && Number.isNaN(dayFromIso(asOf))) throw bad(lang, '--as-of', asOf, 'YYYY-MM-DD');
  const method = oneOf<ScoreMethod>(lang, '--method', values.get('--method') ?? 'quantile', [
    'quantile',
    'rfm',
    'ntile',
  ]);
  const scheme = oneOf<SchemeId>(lang, '--scheme', values.get('--scheme') ?? 'classic', SCHEME_IDS);
  const rule = oneOf<AbcRule>(lang, '--abc', values.get('--abc') ?? 'reach', ABC_RULES);
  const defaults = defaultAbcShares(rule);
  const aShare = share(lang, '--a-share', values.get('--a-share'), defaults.aShare);
  const bShare = share(lang, '--b-share', values.get('--b-share'), defaults.bShare);
  if (!(aShare < bShare)) throw bad(lang, '--b-share', String(bShare), `> ${aShare}`);
  let binning: Binning = { kind: 'bins', n: 5 };
  const grid = values.get('--grid');
  const bins = values.get('--bins');
  if (grid !== undefined) binning = { kind: 'grid', grid: parseGrid(grid, lang) };
  else if (bins !== undefined) {
    const n = Number(bins);
    try {
      checkBins(n);
    } catch {
      throw bad(lang, '--bins', bins, `${MIN_BINS} … ${MAX_BINS}`);
    }
    binning = { kind: 'bins', n };
  }
  return { asOf, binning, method, scheme, abc: { rule, aShare, bShare }, lang };
}

/** The value of a required option. */
export function required(values: Map<string, string>, option: string, lang: Lang): string {
  const value = values.get(option);
  if (value === undefined || value.trim() === '') throw new UsageError(sqlToolText(lang, 'missingOption', { option }));
  return value;
}

/** The dialect option. */
export function dialectOption(values: Map<string, string>, lang: Lang): SqlDialect {
  return oneOf(lang, '--dialect', required(values, '--dialect', lang), SQL_DIALECTS);
}

/** A sentence of the tools' texts. */
export function say(lang: Lang, key: SqlToolTextKey, params: Record<string, string | number> = {}): string {
  return sqlToolText(lang, key, params);
}
