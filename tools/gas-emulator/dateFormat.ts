/**
 * `Utilities.formatDate(date, timeZone, pattern)`: Java `SimpleDateFormat`
 * patterns, English names (the Apps Script default).
 *
 * Supported letters: y, M, d, D, E, u, a, H, k, K, h, m, s, S, z, Z, X; text in
 * single quotes, `''` for a quote. Other letters throw like Java does
 * (`Illegal pattern character 'x'`). `z` uses `Intl` short names (e.g.
 * `GMT+1`), which may differ from Java's (`CET`).
 */
import { appsScriptException } from './errors.ts';
import { offsetMinutes, wallTime, type WallTime } from './timeZone.ts';
import { at } from '../indexing';

/** English month names, January first (also the Sheets display formats' English months). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Formats `date` on the wall clock of `timeZone` with a SimpleDateFormat pattern. */
export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw appsScriptException('Invalid argument: date');
  const wall = wallTime(time, timeZone);
  const offset = offsetMinutes(time, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = at(pattern, i);
    if (char === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (close < 0) throw appsScriptException('Unterminated quote');
      out += pattern.slice(i + 1, close).replace(/''/g, "'");
      i = close + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      out += char;
      i += 1;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === char) count += 1;
    out += field(char, count, wall, offset, time, timeZone);
    i += count;
  }
  return out;
}

/** One pattern field (`count` repetitions of `letter`). */
function field(letter: string, count: number, wall: WallTime, offset: number, time: number, timeZone: string): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(wall.year % 100, 2) : pad(wall.year, count);
    case 'M':
      if (count >= 4) return at(MONTHS, wall.month - 1);
      if (count === 3) return at(MONTHS, wall.month - 1).slice(0, 3);
      return pad(wall.month, count);
    case 'd':
      return pad(wall.day, count);
    case 'D':
      return pad(dayOfYear(wall), count);
    case 'E':
      return count >= 4 ? at(DAYS, wall.weekday) : at(DAYS, wall.weekday).slice(0, 3);
    case 'u':
      return pad(wall.weekday === 0 ? 7 : wall.weekday, count);
    case 'a':
      return wall.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(wall.hour, count);
    case 'k':
      return pad(wall.hour === 0 ? 24 : wall.hour, count);
    case 'K':
      return pad(wall.hour % 12, count);
    case 'h':
      return pad(wall.hour % 12 === 0 ? 12 : wall.hour % 12, count);
    case 'm':
      return pad(wall.minute, count);
    case 's':
      return pad(wall.second, count);
    case 'S':
      return pad(wall.millisecond, count);
    case 'z':
      return zoneName(time, timeZone, count >= 4 ? 'long' : 'short');
    case 'Z':
      return signedOffset(offset, '');
    case 'X':
      if (offset === 0) return 'Z';
      if (count === 1) return signedOffset(offset, '').slice(0, 3);
      return signedOffset(offset, count >= 3 ? ':' : '');
    default:
      throw appsScriptException(`Illegal pattern character '${letter}'`);
  }
}

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

/** `+0100`, or `+01:00` with a `:` separator. */
function signedOffset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}

function dayOfYear(wall: WallTime): number {
  const start = Date.UTC(wall.year, 0, 1);
  const today = Date.UTC(wall.year, wall.month - 1, wall.day);
  return Math.round((today - start) / 86400000) + 1;
}

function zoneName(time: number, timeZone: string, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(new Date(time));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
