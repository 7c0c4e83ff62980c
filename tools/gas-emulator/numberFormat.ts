/**
 * Display text of a cell (`getDisplayValues`), roughly as Sheets renders it in
 * the spreadsheet's locale:
 *
 * - text → itself; booleans → `TRUE`/`FALSE` (`VRAI`/`FAUX` in French);
 * - numbers with no format → shortest form, locale decimal separator, no
 *   grouping (`12.5` / `12,5`);
 * - numbers with a numeric format (`0`, `0.00`, `#,##0.00`, `0%`, `0.0%`,
 *   literal prefix/suffix such as `"€"` or ` €`) → `Intl` digits and separators
 *   of the locale; only the first `;` section is used, negatives get a `-`;
 * - dates with no format → `yyyy-mm-dd`, plus ` HH:mm:ss` when not midnight;
 * - dates (or numbers, as day serials from 1899-12-30) with a date format made
 *   of y, m, d, h, s tokens (`yyyy-mm-dd`, `dd/mm/yyyy`, `d mmm yyyy`,
 *   `HH:mm`) → on the spreadsheet's wall clock; `m` next to `h` or `s` is minutes;
 * - a date under a numeric format → its day serial, formatted.
 * Anything the renderer does not understand falls back to the no-format form.
 */
import type { CellValue } from './cellValue.ts';
import { isFrench } from './cellValue.ts';
import { MONTHS } from './dateFormat.ts';
import { wallTime, type WallTime } from './timeZone.ts';
import { at } from '../indexing';

/** Sheets' epoch: day serial 0 is 1899-12-30. */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

/** Spreadsheet settings used to render a cell. */
export interface DisplayContext {
  locale: string;
  timeZone: string;
}

/** The text Sheets shows for `value` under `numberFormat` (`undefined` = automatic). */
export function displayText(
  value: CellValue | undefined,
  numberFormat: string | undefined,
  context: DisplayContext,
): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return booleanText(value, context.locale);
  const format = numberFormat === undefined ? '' : firstSection(numberFormat);
  const isDateFormat = format !== '' && isDateTimeFormat(format);
  if (value instanceof Date) {
    if (isDateFormat) return formatDateTime(wallTime(value.getTime(), context.timeZone), format, context.locale);
    if (format !== '' && format !== '@' && isNumericFormat(format))
      return formatNumber(dateSerial(value, context.timeZone), format, context.locale);
    return defaultDateText(value, context.timeZone);
  }
  if (isDateFormat) return formatDateTime(serialWallTime(value), format, context.locale);
  if (format !== '' && isNumericFormat(format)) return formatNumber(value, format, context.locale);
  return generalNumber(value, context.locale);
}

function booleanText(value: boolean, locale: string): string {
  if (isFrench(locale)) return value ? 'VRAI' : 'FAUX';
  return value ? 'TRUE' : 'FALSE';
}

/** BCP 47 tag of a Sheets locale (`fr_FR` → `fr-FR`). */
function languageTag(locale: string): string {
  return locale.replace('_', '-');
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` (building one costs far more than using it). */
function numberFormatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(languageTag(locale), options);
    numberFormatters.set(key, formatter);
  }
  return formatter;
}

/** Automatic format: up to 10 decimals, no grouping, exponent for huge or tiny values. */
function generalNumber(value: number, locale: string): string {
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const text = value.toExponential().replace('e', 'E');
    return isFrench(locale) ? text.replace('.', ',') : text;
  }
  return numberFormatter(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}

/** The first `;` section of a format, outside quotes. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i += 1) {
    if (format[i] === '"') quoted = !quoted;
    if (format[i] === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}

/** The format with quoted text, escaped characters and `[...]` blocks removed. */
function codesOnly(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** Date/time formats use y, d, h or s codes, or m without any digit placeholder. */
function isDateTimeFormat(format: string): boolean {
  const codes = codesOnly(format);
  return /[ydhs]/i.test(codes) || (/m/i.test(codes) && !/[0#]/.test(codes));
}

function isNumericFormat(format: string): boolean {
  return /[0#]/.test(codesOnly(format));
}

/** Renders a number with a `0`/`#` pattern, its separators and literal prefix/suffix. */
function formatNumber(value: number, format: string, locale: string): string {
  const codes = /[#0,.]*[#0][#0,.]*/.exec(format);
  if (!codes) return generalNumber(value, locale);
  const core = codes[0];
  const prefix = literalText(format.slice(0, codes.index));
  const suffix = literalText(format.slice(codes.index + core.length));
  const percent = (prefix + suffix).includes('%');
  const [integerCodes = '', fractionCodes = ''] = core.split('.');
  const decimals = fractionCodes.replace(/[^0#]/g, '');
  const minimumFractionDigits = decimals.replace(/#/g, '').length;
  const scaled = percent ? value * 100 : value;
  const digits = numberFormatter(locale, {
    useGrouping: integerCodes.includes(','),
    minimumFractionDigits,
    maximumFractionDigits: decimals.length,
    minimumIntegerDigits: Math.max(1, (integerCodes.match(/0/g) ?? []).length),
  }).format(Math.abs(scaled));
  const sign = scaled < 0 && digits.replace(/[^1-9]/g, '') !== '' ? '-' : '';
  return `${sign}${prefix}${digits}${suffix}`;
}

/** Literal part of a format: quoted text unquoted, `\x` → `x`, `[$€-fr]` → `€`. */
function literalText(part: string): string {
  return part
    .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[*_]./g, '');
}

function defaultDateText(value: Date, timeZone: string): string {
  const wall = wallTime(value.getTime(), timeZone);
  const day = `${wall.year}-${two(wall.month)}-${two(wall.day)}`;
  if (wall.hour === 0 && wall.minute === 0 && wall.second === 0) return day;
  return `${day} ${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}`;
}

/** Day serial of a date on the spreadsheet's wall clock (fractions = time of day). */
function dateSerial(value: Date, timeZone: string): number {
  const wall = wallTime(value.getTime(), timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return (asUtc - SERIAL_EPOCH_UTC) / DAY_MS;
}

/** Wall time of a day serial (read in UTC: serials carry no zone). */
function serialWallTime(serial: number): WallTime {
  return wallTime(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS), 'UTC');
}

type DateToken = { kind: 'literal'; text: string } | { kind: 'code'; letter: string; count: number };

/** Renders a Sheets date/time format on a wall time. */
function formatDateTime(wall: WallTime, format: string, locale: string): string {
  const tokens = tokenizeDateFormat(format);
  const hasMeridiem = /am\/pm|a\/p/i.test(format);
  const french = isFrench(locale);
  return tokens
    .map((token, index) => {
      if (token.kind === 'literal') return token.text;
      const { letter, count } = token;
      if (letter === 'y') return count <= 2 ? two(wall.year % 100) : String(wall.year);
      if (letter === 'd') {
        const dayName = at(french ? DAYS_FR : DAYS_EN, wall.weekday);
        if (count >= 4) return dayName;
        if (count === 3) return dayName.slice(0, 3);
        return count === 2 ? two(wall.day) : String(wall.day);
      }
      if (letter === 'h') {
        const hour = hasMeridiem ? wall.hour % 12 || 12 : wall.hour;
        return count >= 2 ? two(hour) : String(hour);
      }
      if (letter === 's') return count >= 2 ? two(wall.second) : String(wall.second);
      if (letter === 'ampm') return wall.hour < 12 ? 'AM' : 'PM';
      if (isMinute(tokens, index)) return count >= 2 ? two(wall.minute) : String(wall.minute);
      const months = french ? MONTHS_FR : MONTHS;
      if (count >= 4) return at(months, wall.month - 1);
      if (count === 3) return at(months, wall.month - 1).slice(0, 3);
      return count === 2 ? two(wall.month) : String(wall.month);
    })
    .join('');
}

/** An `m` token means minutes when the closest code before it is `h` or the next one is `s`. */
function isMinute(tokens: DateToken[], index: number): boolean {
  const before = tokens
    .slice(0, index)
    .reverse()
    .find((token) => token.kind === 'code');
  const after = tokens.slice(index + 1).find((token) => token.kind === 'code');
  return (before?.kind === 'code' && before.letter === 'h') || (after?.kind === 'code' && after.letter === 's');
}

function tokenizeDateFormat(format: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < format.length) {
    const rest = format.slice(i);
    const meridiem = /^(am\/pm|a\/p)/i.exec(rest);
    if (meridiem) {
      tokens.push({ kind: 'code', letter: 'ampm', count: 1 });
      i += meridiem[0].length;
      continue;
    }
    const quoted = /^"([^"]*)"/.exec(rest);
    if (quoted) {
      tokens.push({ kind: 'literal', text: quoted[1] ?? '' });
      i += quoted[0].length;
      continue;
    }
    const current = at(format, i);
    const letter = current.toLowerCase();
    if ('ymdhs'.includes(letter)) {
      let count = 1;
      while (format[i + count]?.toLowerCase() === letter) count += 1;
      tokens.push({ kind: 'code', letter, count });
      i += count;
      continue;
    }
    const char = current === '\\' ? (format[i + 1] ?? '') : current;
    tokens.push({ kind: 'literal', text: char });
    i += current === '\\' ? 2 : 1;
  }
  return tokens;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}
