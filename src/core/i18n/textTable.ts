/**
 * The one message format of the add-on: per-language tables of texts with
 * `{name}` placeholders, written
 *
 * ```ts
 * const en = { analysing: 'Analysing {rows} rows…' };
 * const fr: typeof en = { analysing: 'Analyse de {rows} lignes…' };
 * export const myText = textLookup({ en, fr });
 * myText('fr', 'analysing', { rows: '1 500' }); // 'Analyse de 1 500 lignes…'
 * ```
 *
 * and filled by `fillText`: a string parameter goes in as it is, a number as
 * the user types it in their language (`0,95`), a list of numbers likewise
 * (`2,5 ; 5`), a day (`dayParam(day)`) in the language's order (`13/12/2026`). Numbers that need grouping or a fixed
 * number of decimals are formatted by the caller (`localeFormat.ts`) and
 * passed as strings.
 */
import type { Lang } from '../types';
import { formatDay, formatDecimal, formatNumberList } from './localeFormat';

/** A calendar day (day number) to write in the reader's language. */
export interface DayParam {
  day: number;
}

/** A parameter: text as it is, a number or a list of numbers as typed in the language, or a day. */
export type MessageParam = string | number | readonly number[] | DayParam;
export type MessageParams = Record<string, MessageParam>;

/** A day number as a message parameter: written `13/12/2026` in French, `2026-12-13` in English. */
export function dayParam(day: number): DayParam {
  return { day };
}

function isNumberList(value: readonly number[] | DayParam): value is readonly number[] {
  return Array.isArray(value);
}

function paramText(lang: Lang, value: MessageParam): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatDecimal(lang, value);
  if (isNumberList(value)) return formatNumberList(lang, value);
  return formatDay(lang, value.day);
}

/** `template` with each `{name}` replaced by `params[name]`; a placeholder with no parameter stays as it is. */
export function fillText(lang: Lang, template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : paramText(lang, value);
  });
}

/** The lookup of a pair of per-language tables: `(lang, key, params?) → filled text`. */
export function textLookup<Key extends string>(
  tables: Record<Lang, Record<Key, string>>,
): (lang: Lang, key: Key, params?: MessageParams) => string {
  return (lang, key, params) => fillText(lang, tables[lang][key], params);
}
