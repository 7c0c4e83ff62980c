/**
 * Numbers, percentages, amounts of money and dates written for a reader, in
 * each language's conventions. The one formatter of the add-on: the sheets'
 * sentences, the messages, the sidebar and the local preview all write
 * figures through it, so a share reads the same everywhere.
 *
 * | kind                      | French          | English        |
 * |---------------------------|-----------------|----------------|
 * | number (`formatNumber`)   | `1 500,5`       | `1,500.5`      |
 * | as typed (`formatDecimal`)| `1500,5`        | `1500.5`       |
 * | percent (`formatPercent`) | `15,0 %`        | `15.0%`        |
 * | money (`formatMoney`)     | `1 234,50`      | `1,234.50`     |
 * | day (`formatDay`)         | `31/12/2026`    | `2026-12-31`   |
 *
 * French groups thousands and puts `%` after a narrow no-break space
 * (U+202F), as `Intl.NumberFormat('fr-FR')` does. Percentages have one
 * decimal and amounts two, and the written sheets use the matching number
 * formats (`sheetPercentFormat`: `0.0"\u202f"%` in French, `0.0%` in English;
 * `#,##0.00`), so the sidebar shows what the sheet shows. Amounts carry no
 * currency symbol: the add-on does not know the shop's currency, and the
 * sheets show none. English days are ISO `yyyy-mm-dd`: the language does not
 * tell a United States reader (12/31/2026) from a British one (31/12/2026),
 * and ISO reads the same for both.
 *
 * This table is the only place where the add-on's code branches on the
 * language; everything else looks texts up in per-language tables.
 */
import { isoFromDay } from '../days';
import type { Lang } from '../types';

interface Conventions {
  decimalSeparator: string;
  groupSeparator: string;
  /** Written after the digits of a percentage. */
  percentSuffix: string;
  /** Between the items of a list of numbers a user types or reads (grid bounds). */
  listSeparator: string;
  /** A day from its ISO parts. */
  day: (year: string, month: string, dayOfMonth: string) => string;
  /** The number format of date cells in the written sheets. */
  sheetDateFormat: string;
  /** The number format of share cells in the written sheets: one decimal, `%` placed as `percentSuffix`. */
  sheetPercentFormat: string;
}

/** Narrow no-break space. */
const NNBSP = '\u202f';

const CONVENTIONS: Record<Lang, Conventions> = {
  fr: {
    decimalSeparator: ',',
    groupSeparator: NNBSP,
    percentSuffix: `${NNBSP}%`,
    listSeparator: ' ; ',
    day: (year, month, dayOfMonth) => `${dayOfMonth}/${month}/${year}`,
    sheetDateFormat: 'dd/mm/yyyy',
    sheetPercentFormat: `0.0"${NNBSP}"%`,
  },
  en: {
    decimalSeparator: '.',
    groupSeparator: ',',
    percentSuffix: '%',
    listSeparator: ', ',
    day: (year, month, dayOfMonth) => `${year}-${month}-${dayOfMonth}`,
    sheetDateFormat: 'yyyy-mm-dd',
    sheetPercentFormat: '0.0%',
  },
};

/**
 * `value` rounded to `maxDecimals` decimals, with at least `minDecimals`
 * (trailing zeros beyond them dropped), thousands grouped when `grouped`.
 * Non-finite values are written as JavaScript writes them (`NaN`, `Infinity`).
 */
function digits(lang: Lang, value: number, minDecimals: number, maxDecimals: number, grouped: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  const { decimalSeparator, groupSeparator } = CONVENTIONS[lang];
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [whole = '', fraction = ''] = fixed.split('.');
  let decimals = fraction;
  while (decimals.length > minDecimals && decimals.endsWith('0')) decimals = decimals.slice(0, -1);
  const wholeText = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, groupSeparator) : whole;
  const negative = value < 0 && /[1-9]/.test(fixed);
  return `${negative ? '-' : ''}${wholeText}${decimals === '' ? '' : decimalSeparator + decimals}`;
}

/**
 * A number for a reader, thousands grouped, at most `maxDecimals` decimals
 * (default 2), no trailing zeros: 1500.5 → `1 500,5` (fr), `1,500.5` (en).
 */
export function formatNumber(lang: Lang, value: number, maxDecimals = 2): string {
  return digits(lang, value, 0, maxDecimals, true);
}

/**
 * A number as a user would type it back: every significant decimal, the
 * language's decimal separator, no grouping: 0.95 → `0,95` (fr), `0.95` (en);
 * 1500 → `1500`. Used for values quoted in messages and in inputs.
 */
export function formatDecimal(lang: Lang, value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(value).replace('.', CONVENTIONS[lang].decimalSeparator);
}

/**
 * A share (1 = 100 %) as a percentage with `decimals` decimals (default one,
 * as the sheets' `sheetPercentFormat` shows it): 0.15 → `15,0 %` (fr),
 * `15.0%` (en); 0.12345 → `12,3 %`; with 0 decimals, 0.2 → `20 %` (chart axes).
 */
export function formatPercent(lang: Lang, share: number, decimals = 1): string {
  return `${digits(lang, share * 100, decimals, decimals, true)}${CONVENTIONS[lang].percentSuffix}`;
}

/**
 * A share chosen by the user (a threshold, not a result) as a percentage
 * written the way it was typed: no trailing zero, two decimals at most:
 * 0.8 → `80 %` (fr), `80%` (en); 0.825 → `82,5 %`.
 */
export function formatSharePercent(lang: Lang, share: number): string {
  return `${digits(lang, share * 100, 0, 2, true)}${CONVENTIONS[lang].percentSuffix}`;
}

/**
 * An amount of money with two decimals, thousands grouped, no currency
 * symbol, as the sheets' `#,##0.00` format shows it: 1234.5 → `1 234,50`
 * (fr), `1,234.50` (en).
 */
export function formatMoney(lang: Lang, amount: number): string {
  return digits(lang, amount, 2, 2, true);
}

/** A calendar day (day number): `31/12/2026` in French, `2026-12-31` in English. */
export function formatDay(lang: Lang, day: number): string {
  const iso = isoFromDay(day);
  return CONVENTIONS[lang].day(iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10));
}

/**
 * Numbers as a list the user types: `2,5 ; 5` in French (semicolons, so
 * that the comma stays decimal), `2.5, 5` in English; no grouping.
 */
export function formatNumberList(lang: Lang, values: readonly number[]): string {
  return values.map((value) => formatDecimal(lang, value)).join(CONVENTIONS[lang].listSeparator);
}

/** Whether numbers typed in `lang` use a decimal comma (settings sheets written in that language are read so). */
export function usesDecimalComma(lang: Lang): boolean {
  return CONVENTIONS[lang].decimalSeparator === ',';
}

/** The number format of share cells (1 = 100 %) in the sheets written in `lang`, matching `formatPercent`. */
export function sheetPercentFormat(lang: Lang): string {
  return CONVENTIONS[lang].sheetPercentFormat;
}

/** The number format of date cells in the sheets written in `lang`. */
export function sheetDateFormat(lang: Lang): string {
  return CONVENTIONS[lang].sheetDateFormat;
}
