/**
 * Reading spreadsheet cells into typed values. A cell is what Apps Script's
 * `getValues` gives: a number, a string, a boolean, a `Date`, or `''` when blank.
 */
import { PortfolioError } from './errors';
import { DateType, isFiniteNumber, isNotANumber, typeTagOf } from './builtins';
import { dayFromParts } from './days';

/** A raw cell value as read from a sheet. */
export type Cell = unknown;

/** Turns a `Date` of a date cell into a day number in the spreadsheet's calendar. */
export type DayOf = (date: Date) => number;

/** Order of day and month in text dates such as `03/04/2025`. */
export type DateOrder = 'dmy' | 'mdy';

/** True for an empty cell: `''`, `null`, `undefined` or only white space. */
export function isBlank(cell: Cell): boolean {
  if (cell === '' || cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // A text starting with a visible ASCII character is not blank: no need to trim it.
  const first = cell.charCodeAt(0);
  return !(first > 32 && first < 127) && cell.trim() === '';
}

/** True for a `Date` object, from this realm or another one (Apps Script, `node:vm`). */
export function isDate(cell: Cell): cell is Date {
  if (cell instanceof DateType) return true;
  return typeof cell === 'object' && cell !== null && typeTagOf(cell) === '[object Date]';
}

/**
 * The cell as it would be shown in a message: text quoted, the rest as is.
 * Date cells are never shown (their calendar day depends on the spreadsheet's
 * time zone): readers raise a message of their own for them.
 */
export function showCell(cell: Cell): string {
  if (typeof cell === 'string') return `"${cell.length > 40 ? `${cell.slice(0, 37)}…` : cell}"`;
  return String(cell);
}

const CURRENCY =
  /^(?:€|\$|£|¥|eur|euros?|usd|gbp|chf|fcfa|xof|cad)\s*|\s*(?:€|\$|£|¥|eur|euros?|usd|gbp|chf|fcfa|xof|cad)$/i;
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/;
const SPACES_ALL = /[\s\u00a0\u202f\u2009\u2007]/g;
/** Digits grouped by thousands with spaces (`1 234 567,50`): the only place a space may stand in a number. */
const SPACE_GROUPED = /^\d{1,3}(?:[\s\u00a0\u202f\u2009\u2007]\d{3})+(?:[.,]\d+)?$/;

/**
 * The number written in `text`, in French or English conventions:
 * `1 234,50 €`, `1.234,50`, `1,234.50`, `$1,234.50`, `-12,5`, `(12.50)`, `12,5 %` (→ 0.125), `1e3`.
 * With a single comma followed by exactly three digits (`1,234`) the comma is
 * a thousands separator in English and a decimal comma in French.
 * Returns NaN when the text is not a number.
 */
export function parseNumberText(text: string, decimalComma: boolean): number {
  let s = text.trim();
  let sign = 1;
  if (/^\(.*\)$/.test(s)) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(CURRENCY, '').trim();
  if (/^[-−+]/.test(s)) {
    if (s[0] !== '+') sign = -sign;
    s = s.slice(1).trim();
  } else if (s.endsWith('-')) {
    sign = -sign;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(CURRENCY, '');
  if (SPACES.test(s)) {
    if (!SPACE_GROUPED.test(s)) return NaN;
    s = s.replace(SPACES_ALL, '');
  }
  s = s.replace(/(\d)['’](?=\d{3}(?!\d))/g, '$1');
  const value = /^\d+(?:\.\d+)?e[+-]?\d+$/i.test(s) ? Number(s) : parseDigits(s, decimalComma);
  if (isNotANumber(value)) return NaN;
  return sign * (percent ? value / 100 : value);
}

/** Digits with `.` and `,` separators only; NaN otherwise. */
function parseDigits(s: string, decimalComma: boolean): number {
  if (!/^[\d.,]+$/.test(s)) return NaN;
  const decimalSep = decimalSeparatorOf(s, decimalComma);
  const parts = decimalSep ? s.split(decimalSep) : [s];
  if (parts.length > 2) return NaN;
  const [integerPart = '', fraction = ''] = parts;
  if (decimalSep && !/^\d+$/.test(fraction)) return NaN;
  const thousandsSep = decimalSep === ',' ? '.' : ',';
  const groups = integerPart.split(decimalSep ? thousandsSep : /[.,]/);
  const grouped = groups.length > 1;
  const badFirstGroup = !/^[1-9]\d{0,2}$/.test(groups[0] ?? '');
  if (grouped && (badFirstGroup || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) return NaN;
  const digits = groups.join('');
  if (!/^\d*$/.test(digits) || (digits === '' && fraction === '')) return NaN;
  return Number(`${digits || '0'}.${fraction || '0'}`);
}

/**
 * Which of `.` and `,` is the decimal separator of `s`, or `null` when the
 * separators present are all thousands separators.
 */
function decimalSeparatorOf(s: string, decimalComma: boolean): '.' | ',' | null {
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots > 0 && commas > 0) return s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  if (commas === 1) return /^[1-9]\d{0,2},\d{3}$/.test(s) && !decimalComma ? null : ',';
  if (dots === 1) return '.';
  return null;
}

/**
 * The number in a cell: a number cell as is, a text cell through `parseNumberText`.
 * Throws `dateNotNumber` for a date cell, `notANumber` for booleans and text that is not a number.
 */
export function readNumber(cell: Cell, decimalComma: boolean): number {
  if (typeof cell === 'number' && isFiniteNumber(cell)) return cell;
  if (isDate(cell)) throw new PortfolioError('dateNotNumber');
  if (typeof cell === 'string') {
    const value = parseNumberText(cell, decimalComma);
    if (Number.isFinite(value)) return value;
  }
  throw new PortfolioError('notANumber', { value: showCell(cell) });
}

/** Parts of a text date: ISO `yyyy-mm-dd` is read directly; slash, dash and dot dates need an order. */
interface TextDate {
  iso: boolean;
  first: number;
  second: number;
  year: number;
}

/** Splits a text date (an optional time part is ignored); `null` when the text is no date. */
function splitTextDate(text: string): TextDate | null {
  const s = text.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (iso) return { iso: true, year: Number(iso[1]), first: Number(iso[2]), second: Number(iso[3]) };
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(s);
  if (!local) return null;
  const [, first = '', second = '', yearText = ''] = local;
  const shortYear = Number(yearText);
  const year = yearText.length === 2 ? (shortYear >= 70 ? 1900 : 2000) + shortYear : shortYear;
  return { iso: false, first: Number(first), second: Number(second), year };
}

/** True when `text` looks like a date (ISO, or day and month with slashes, dashes or dots). */
export function looksLikeTextDate(text: string): boolean {
  return splitTextDate(text) !== null;
}

/**
 * The order of day and month that the text dates of a column use: a first
 * part above 12 proves day/month, a second part above 12 proves month/day.
 * With no proof either way, `fallback` (the spreadsheet locale's order).
 * With proof both ways, the majority; the dates that contradict it are then
 * reported as ambiguous by `readDate`.
 */
export function inferDateOrder(cells: readonly Cell[], fallback: DateOrder): DateOrder {
  let dmy = 0;
  let mdy = 0;
  for (const cell of cells) {
    const proof = dateOrderProof(cell);
    if (proof === 'dmy') dmy += 1;
    else if (proof === 'mdy') mdy += 1;
  }
  return orderOfProofs(dmy, mdy, fallback);
}

/** The order proved by `dmy` and `mdy` dates (the majority), `fallback` on a tie. */
export function orderOfProofs(dmy: number, mdy: number, fallback: DateOrder): DateOrder {
  if (dmy === mdy) return fallback;
  return dmy > mdy ? 'dmy' : 'mdy';
}

/** The order a text date proves (a part above 12 is a day), or `null` (no text date, ISO, or no proof). */
export function dateOrderProof(cell: Cell): DateOrder | null {
  if (typeof cell !== 'string' || cell === '') return null;
  const parts = splitTextDate(cell);
  if (!parts || parts.iso) return null;
  if (parts.first > 12 && parts.second <= 12) return 'dmy';
  if (parts.second > 12 && parts.first <= 12) return 'mdy';
  return null;
}

/**
 * The day number of a date cell (through `dayOf`) or of a text date in `order`.
 * A text date that only reads one way is read that way (`31/12/2024` is the
 * 31st of December in either order). Throws `notADate`.
 */
export function readDate(cell: Cell, dayOf: DayOf, order: DateOrder): number {
  if (isDate(cell)) {
    if (isNotANumber(cell.getTime())) throw new PortfolioError('notADate', { value: 'Invalid Date' });
    return dayOf(cell);
  } else if (typeof cell === 'string') {
    const parts = splitTextDate(cell);
    if (parts) {
      if (parts.iso) {
        const day = dayFromParts(parts.year, parts.first, parts.second);
        if (!isNotANumber(day)) return day;
      } else {
        const [dayPart, monthPart] = order === 'dmy' ? [parts.first, parts.second] : [parts.second, parts.first];
        const day = dayFromParts(parts.year, monthPart, dayPart);
        if (!isNotANumber(day)) return day;
        const swapped = dayFromParts(parts.year, dayPart, monthPart);
        if (!isNotANumber(swapped)) return swapped;
      }
    }
  }
  throw new PortfolioError('notADate', { value: showCell(cell) });
}

/**
 * The day of a text date read in the order other than `order`, when that
 * reading is a valid date and differs from the reading in `order`; NaN otherwise
 * (date cells, ISO dates, texts with a single reading). Lets a reader tell a
 * date misread in the column's order from a date really after the reference date.
 */
export function otherReading(cell: Cell, order: DateOrder): number {
  if (typeof cell !== 'string') return NaN;
  const parts = splitTextDate(cell);
  if (!parts || parts.iso || parts.first === parts.second) return NaN;
  const [dayPart, monthPart] = order === 'dmy' ? [parts.first, parts.second] : [parts.second, parts.first];
  if (isNotANumber(dayFromParts(parts.year, monthPart, dayPart))) return NaN;
  return dayFromParts(parts.year, dayPart, monthPart);
}

/** Sheets' date serial of 1970-01-01 (serial 0 is 1899-12-30). */
const SERIAL_OF_DAY_ZERO = 25_569;

/**
 * A reference date typed by the user: a date cell, a text date, or a Sheets
 * date serial number (e.g. 39082 for 2006-12-31). Returns a day number.
 */
export function readReferenceDate(cell: Cell, dayOf: DayOf, order: DateOrder): number {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0) return cell - SERIAL_OF_DAY_ZERO;
  return readDate(cell, dayOf, order);
}

/**
 * The reference date of a scoring: the `as_of` cell read by
 * `readReferenceDate` when it is not blank, else `latest` (the latest date of
 * the data, the default of the custom functions, which cannot use today).
 */
export function referenceDay(asOf: Cell, latest: number, dayOf: DayOf, order: DateOrder): number {
  return asOf === undefined || isBlank(asOf) ? latest : readReferenceDate(asOf, dayOf, order);
}
