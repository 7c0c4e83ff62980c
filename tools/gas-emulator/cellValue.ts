/**
 * What a cell holds after a write, following Sheets' rules for values written
 * with `setValue` / `setValues` (the same as typing them):
 *
 * - `null`, `undefined`, `''` → blank.
 * - numbers, booleans → kept; `Date`s → copied (never aliased). Non-finite
 *   numbers, invalid dates and other objects throw (the emulator is stricter
 *   than Sheets here, so such bugs surface in tests).
 * - strings, unless the cell's number format is plain text `@` (then kept
 *   verbatim, an apostrophe included):
 *   - `'rest` → the text `rest` (the apostrophe is Sheets' "keep as text" mark);
 *   - `=…` → a formula (not evaluated: the cell reads as `''`);
 *   - a number in the spreadsheet's locale → a number: `0612345678` → 612345678,
 *     `+33612345678`, `+33 6 12 34 56 78` (Sheets drops spaces between digits),
 *     `12.5`, `1e3`, `12%` → 0.12, `1,234.5` (en) / `1 234,5` (fr), `12 €`;
 *   - `TRUE`/`FALSE` (any case; also `VRAI`/`FAUX` in French) → a boolean;
 *   - a date `yyyy-mm-dd`, `yyyy/mm/dd`, `d/m/yyyy` (fr) or `m/d/yyyy` (other
 *     locales), optionally followed by ` HH:mm[:ss]`, or a time `HH:mm[:ss]`
 *     (on 1899-12-30) → a `Date` on the spreadsheet's wall clock;
 *   - any other text starting with `+` or `-` → a formula (Sheets reads a
 *     leading `+`/`-` as the start of a formula and shows `#ERROR!`);
 *   - anything else → text.
 */
import { emulatorError } from './errors.ts';
import { isDate } from './realm.ts';
import { instantOf } from './timeZone.ts';

/** A non-blank cell value as Apps Script returns it. */
export type CellValue = string | number | boolean | Date;

/** What a write leaves in a cell: a value, a formula, or nothing (blank). */
export interface CellContent {
  value?: CellValue;
  formula?: string;
}

/** Spreadsheet settings that change how typed text is read. */
export interface InputContext {
  locale: string;
  timeZone: string;
  /** True when the cell's number format is plain text (`@`). */
  plainText: boolean;
}

/** The content a `setValue(input)` leaves in a cell. */
export function interpretInput(input: unknown, context: InputContext): CellContent {
  if (typeof input !== 'string') return contentOf(storableValue(input));
  if (input === '') return {};
  if (context.plainText) return { value: input };
  if (input.startsWith("'")) return input.length > 1 ? { value: input.slice(1) } : {};
  if (input.startsWith('=') && input.length > 1) return { formula: input };
  const typed = parseTypedText(input, context);
  if (typed !== undefined) return { value: typed };
  if (/^[+-]./s.test(input)) return { formula: `=${input}` };
  return { value: input };
}

/**
 * A value stored as given, with no parsing (fixtures: what the user's sheet
 * already holds). Strings stay strings, even `=…` or `0612…`.
 */
export function rawContent(input: unknown): CellContent {
  return contentOf(storableValue(input));
}

function contentOf(value: CellValue | undefined): CellContent {
  return value === undefined ? {} : { value };
}

/** Checks and copies a non-string value; `undefined` means blank. */
function storableValue(input: unknown): CellValue | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'string' || typeof input === 'boolean') return input;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw emulatorError(`cannot write the number ${input} to a cell`);
    return input;
  }
  if (isDate(input)) {
    const time = input.getTime();
    if (Number.isNaN(time)) throw emulatorError('cannot write an invalid Date to a cell');
    return new Date(time);
  }
  const kind = Array.isArray(input) ? 'an array' : `a value of type ${typeof input}`;
  throw emulatorError(`cannot write ${kind} to a cell`);
}

/** Number, boolean or date read from typed text, or `undefined` when it stays text. */
function parseTypedText(text: string, context: Pick<InputContext, 'locale' | 'timeZone'>): CellValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const french = isFrench(context.locale);
  const number = parseLocaleNumber(trimmed, french);
  if (number !== undefined) return number;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (french && /^(vrai|faux)$/i.test(trimmed)) return trimmed.toLowerCase() === 'vrai';
  return parseDateText(trimmed, french, context.timeZone);
}

/** True for French locales (`fr`, `fr_FR`, `fr-CA`, …). */
export function isFrench(locale: string): boolean {
  return /^fr([_-]|$)/i.test(locale);
}

const SPACES = '[ \\u00a0\\u202f]';
const CURRENCY = '[$€£¥]';

/**
 * Parses a number as Sheets does when it is typed: sign, digits (spaces between
 * digits ignored), grouping and decimal separators of the locale, exponent,
 * trailing `%`, one currency symbol. Returns `undefined` for anything else.
 */
export function parseLocaleNumber(text: string, french: boolean): number | undefined {
  let body = text;
  let sign = 1;
  let scale = 1;
  const percent = new RegExp(`^(.*?)${SPACES}*%$`).exec(body);
  if (percent) {
    body = percent[1] ?? '';
    scale = 0.01;
  }
  const signMatch = /^([+-])\s*(.*)$/s.exec(body);
  if (signMatch) {
    sign = signMatch[1] === '-' ? -1 : 1;
    body = signMatch[2] ?? '';
  }
  body = body.replace(new RegExp(`^${CURRENCY}${SPACES}*`), '').replace(new RegExp(`${SPACES}*${CURRENCY}$`), '');
  const plain = normaliseDigits(body, french);
  if (plain === undefined) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? sign * value * scale : undefined;
}

/** The text as a JavaScript number literal, or `undefined` if it is not a number in the locale. */
function normaliseDigits(body: string, french: boolean): string | undefined {
  const spaced = new RegExp(`^\\d+(${SPACES}\\d+)+$`);
  if (spaced.test(body)) return body.replace(new RegExp(SPACES, 'g'), '');
  const scientific = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
  if (french) {
    const frenchNumber = new RegExp(`^(\\d{1,3}(${SPACES}\\d{3})+|\\d+)([,.]\\d*)?$`);
    if (frenchNumber.test(body)) return body.replace(new RegExp(SPACES, 'g'), '').replace(',', '.');
    const frenchScientific = /^(\d+,?\d*|,\d+)(e[+-]?\d+)?$/i;
    if (frenchScientific.test(body)) return body.replace(',', '.');
    return scientific.test(body) ? body : undefined;
  }
  if (/^(\d{1,3}(,\d{3})+)(\.\d*)?$/.test(body)) return body.replace(/,/g, '');
  return scientific.test(body) ? body : undefined;
}

/** Dates and times typed as text; `undefined` if the text is not one. */
function parseDateText(text: string, french: boolean, timeZone: string): Date | undefined {
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (time) return wallDate(1899, 12, 30, time.slice(1, 4), timeZone);
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (iso) return wallDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.slice(4, 7), timeZone);
  const local = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!local) return undefined;
  const [first, second] = [Number(local[1]), Number(local[2])];
  const [day, month] = french ? [first, second] : [second, first];
  return wallDate(Number(local[3]), month, day, local.slice(4, 7), timeZone);
}

/** A `Date` at a wall time, or `undefined` when a field is out of range (e.g. 31/02). */
function wallDate(
  year: number,
  month: number,
  day: number,
  clock: (string | undefined)[],
  timeZone: string,
): Date | undefined {
  const [hour = 0, minute = 0, second = 0] = clock.map((part) => (part === undefined ? 0 : Number(part)));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapAdjusted = month === 2 && !isLeapYear(year) ? 28 : daysInMonth;
  if (day > leapAdjusted) return undefined;
  return new Date(instantOf({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
