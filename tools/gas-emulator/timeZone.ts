/**
 * Wall-clock time in an IANA time zone, with `Intl` only (no dependency).
 */
import { appsScriptException } from './errors.ts';

/** Calendar fields of an instant as read on a wall clock of some time zone. */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0–23 */
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A cached `en-US` 24-hour formatter for `timeZone`; throws for an unknown zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
        era: 'short',
      });
    } catch {
      throw appsScriptException(`Invalid time zone: ${timeZone}`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall time of `time` (ms since the epoch) in `timeZone`. */
export function wallTime(time: number, timeZone: string): WallTime {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(time))) fields[part.type] = part.value;
  const yearOfEra = Number(fields.year);
  return {
    year: fields.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((time % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(fields.weekday ?? ''),
  };
}

/** Offset of `timeZone` from UTC at `time`, in minutes (Paris in winter: +60). */
export function offsetMinutes(time: number, timeZone: string): number {
  const wall = wallTime(time, timeZone);
  const asUtc = utcOf(wall);
  return Math.round((asUtc - (time - wall.millisecond)) / 60000);
}

/** The instant (ms) whose wall time in `timeZone` is the given one (first match across a DST change). */
export function instantOf(wall: Omit<WallTime, 'weekday'>, timeZone: string): number {
  const guess = utcOf(wall);
  const firstOffset = offsetMinutes(guess, timeZone);
  const candidate = guess - firstOffset * 60000;
  const secondOffset = offsetMinutes(candidate, timeZone);
  return secondOffset === firstOffset ? candidate : guess - secondOffset * 60000;
}

/** Milliseconds of a wall time read as if it were UTC. */
function utcOf(wall: Omit<WallTime, 'weekday'>): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}
