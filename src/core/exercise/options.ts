/**
 * The options of an exercise: defaults, checks, and the rows of the hidden
 * Settings sheet they are saved in (and read back from to check answers).
 */
import { ABC_RULES } from '../abc';
import { dayFromIso, isoFromDay } from '../days';
import { PortfolioError } from '../errors';
import { exerciseText, type ExerciseTextKey } from '../i18n/exerciseTexts';
import type { Lang } from '../types';
import { TOPIC_IDS } from './topics';
import type { AbcRule, ExerciseLevel, ExerciseOptions, TopicId } from './types';

/**
 * Version of the generator. Same options and same version ⇒ same data,
 * statement and key. Raise it whenever a change alters any of them.
 */
export const GENERATOR_VERSION = 1;

/** Reference date when none is given (exercises must not depend on the day they are made). */
export const DEFAULT_AS_OF = '2025-12-31';

/**
 * Options as typed by a teacher (sidebar, command line): strings or numbers.
 * A field left out, blank or `null` takes its default; any other kind of
 * value (an object, a list, a boolean) is refused naming the field, as the
 * sidebar's server passes on whatever a caller sent.
 */
export interface ExerciseOptionsInput {
  topic?: unknown;
  clients?: unknown;
  level?: unknown;
  seed?: unknown;
  lang?: unknown;
  /** `yyyy-mm-dd` */
  asOf?: unknown;
  abcRule?: unknown;
  rounding?: unknown;
}

function fail(field: string, expected: string, value: unknown): never {
  throw new PortfolioError('exerciseOption', { field, expected, value: shownValue(value) });
}

/** A value as a message shows it: text and numbers as they are, a list or an object written out (`{}`, `[1,2]`). */
function shownValue(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** True for a field left out: missing, `null` or blank text. */
function isLeftOut(value: unknown): value is undefined | null | string {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A text field: its trimmed text, `null` when left out. Throws `exerciseOption` for a value that is not text. */
function textOf(field: string, value: unknown, expected: string): string | null {
  if (isLeftOut(value)) return null;
  if (typeof value !== 'string') fail(field, expected, value);
  return value.trim();
}

function wholeIn(field: string, value: unknown, fallback: number, min: number, max: number): number {
  if (isLeftOut(value)) return fallback;
  const number = typeof value === 'number' ? value : Number(textOf(field, value, `${min}–${max}`));
  if (!Number.isInteger(number) || number < min || number > max) fail(field, `${min}–${max}`, value);
  return number;
}

function oneOf<T extends string>(field: string, value: unknown, choices: readonly T[], fallback: T): T {
  const text = textOf(field, value, choices.join(' | '));
  if (text === null) return fallback;
  const found = choices.find((choice) => choice === text.toLowerCase());
  if (found === undefined) fail(field, choices.join(' | '), value);
  return found;
}

/**
 * Checked options with defaults: 10 clients, level 2, seed 1, English,
 * reference date 2025-12-31, rule `reach`, 2 decimals. Throws `exerciseOption`
 * naming the field at fault.
 */
export function exerciseOptions(input: ExerciseOptionsInput): ExerciseOptions {
  const topic = oneOf<TopicId>('topic', input.topic, TOPIC_IDS, 'rfm-grid');
  const asOfText = textOf('asOf', input.asOf, 'yyyy-mm-dd') ?? DEFAULT_AS_OF;
  const asOfDay = dayFromIso(asOfText);
  if (Number.isNaN(asOfDay)) fail('asOf', 'yyyy-mm-dd', input.asOf);
  return {
    topic,
    clients: wholeIn('clients', input.clients, 10, 5, 30),
    level: wholeIn('level', input.level, 2, 1, 3) as ExerciseLevel,
    seed: wholeIn('seed', input.seed, 1, 0, 2_147_483_647),
    lang: oneOf<Lang>('lang', input.lang, ['en', 'fr'], 'en'),
    asOfDay,
    abcRule: oneOf<AbcRule>('abcRule', input.abcRule, ABC_RULES, 'reach'),
    rounding: wholeIn('rounding', input.rounding, 2, 0, 4),
  };
}

/** The fields of the Settings sheet, in order, with their label. */
const SETTING_FIELDS: ReadonlyArray<readonly [keyof ExerciseOptionsInput | 'version', ExerciseTextKey]> = [
  ['topic', 'settingTopic'],
  ['seed', 'settingSeed'],
  ['clients', 'settingClients'],
  ['level', 'settingLevel'],
  ['lang', 'settingLang'],
  ['asOf', 'settingAsOf'],
  ['abcRule', 'settingAbcRule'],
  ['rounding', 'settingRounding'],
  ['version', 'settingVersion'],
];

/** Rows of the Settings sheet: field id, value (as text), label in the exercise's language. No answer. */
export function settingsRows(options: ExerciseOptions): string[][] {
  const values: Record<string, string> = {
    topic: options.topic,
    seed: String(options.seed),
    clients: String(options.clients),
    level: String(options.level),
    lang: options.lang,
    asOf: isoFromDay(options.asOfDay),
    abcRule: options.abcRule,
    rounding: String(options.rounding),
    version: String(GENERATOR_VERSION),
  };
  return SETTING_FIELDS.map(([id, label]) => [id, values[id] ?? '', exerciseText(options.lang, label)]);
}

/**
 * The options saved in Settings rows (the first column names the field,
 * the second holds its value; other rows are ignored). Throws
 * `exerciseVersion` when they were written by another generator version,
 * `exerciseOptionBlank` when a field is missing or blank, `exerciseOption` when one is wrong.
 */
export function optionsFromSettings(rows: ReadonlyArray<readonly unknown[]>): ExerciseOptions {
  const values = new Map<string, string>();
  for (const row of rows) {
    const id = row[0];
    if (typeof id === 'string') values.set(id.trim(), String(row[1] ?? '').trim());
  }
  const version = values.get('version') ?? '';
  if (version !== String(GENERATOR_VERSION)) {
    throw new PortfolioError('exerciseVersion', { version: version || '?', current: GENERATOR_VERSION });
  }
  for (const [id] of SETTING_FIELDS) {
    if (!values.get(id)) throw new PortfolioError('exerciseOptionBlank', { field: id });
  }
  return exerciseOptions({
    topic: values.get('topic'),
    seed: values.get('seed'),
    clients: values.get('clients'),
    level: values.get('level'),
    lang: values.get('lang'),
    asOf: values.get('asOf'),
    abcRule: values.get('abcRule'),
    rounding: values.get('rounding'),
  });
}
