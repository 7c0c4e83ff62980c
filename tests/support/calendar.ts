/**
 * Calendar helpers written with `Intl` only, independent of the code under
 * test and of the emulator: what a date cell holds in a time zone, and the
 * calendar day of an instant there.
 */

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** Calendar fields of an instant on the wall clock of `timeZone`. */
function wallClock(time: number, timeZone: string): { iso: string; hour: number; minute: number; second: number } {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(time))) parts[part.type] = part.value;
  return {
    iso: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The calendar day (`yyyy-mm-dd`) of `date` in `timeZone`. */
export function calendarDay(date: Date, timeZone: string): string {
  return wallClock(date.getTime(), timeZone).iso;
}

/** True when `date` is 00:00:00 on the wall clock of `timeZone`. */
export function isMidnight(date: Date, timeZone: string): boolean {
  const wall = wallClock(date.getTime(), timeZone);
  return wall.hour === 0 && wall.minute === 0 && wall.second === 0 && date.getMilliseconds() === 0;
}

/**
 * What a date cell holds: the first instant of the day `iso` (`yyyy-mm-dd`)
 * in `timeZone`, found by scanning the 48 hours around UTC midnight hour by hour,
 * then minute by minute.
 */
export function midnight(iso: string, timeZone: string): Date {
  const key = `${iso} ${timeZone}`;
  let time = midnights.get(key);
  if (time === undefined) {
    time = firstInstantOf(iso, timeZone);
    midnights.set(key, time);
  }
  return new Date(time);
}

const midnights = new Map<string, number>();

/** Year, month (1–12) and day of an ISO `yyyy-mm-dd` text. */
function isoParts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO day: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function firstInstantOf(iso: string, timeZone: string): number {
  const [year, month, day] = isoParts(iso);
  const utcMidnight = Date.UTC(year, month - 1, day);
  const HOUR = 3_600_000;
  for (let time = utcMidnight - 15 * HOUR; time <= utcMidnight + 15 * HOUR; time += HOUR) {
    if (wallClock(time, timeZone).iso !== iso) continue;
    let first = time;
    while (wallClock(first - 60_000, timeZone).iso === iso) first -= 60_000;
    return first;
  }
  throw new Error(`no day ${iso} in ${timeZone}`);
}

/** `iso` moved by `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const [year, month, day] = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
