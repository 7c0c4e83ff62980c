/**
 * Dates written as text in a CSV file: `yyyy-mm-dd` (also `yyyy/mm/dd`),
 * and `dd/mm/yyyy` or `mm/dd/yyyy` (separator `/`, `-` or `.`, two-digit years
 * allowed), each optionally followed by a time `hh:mm` or `hh:mm:ss`.
 */

/** Order of the first two parts of a numeric date: day first or month first. */
export type DateOrder = 'dmy' | 'mdy';

const ISO_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Two-digit years below this are 20yy, the others 19yy (the spreadsheet convention: 30 → 1930). */
const TWO_DIGIT_YEAR_PIVOT = 30;

/**
 * What `text` says about the order of its numeric date: a first part above 12
 * can only be a day (`25/03/2025` → `dmy`), a second part above 12 only a day
 * too (`03/25/2025` → `mdy`). `null` for anything else, including ISO dates.
 */
export function dateOrderEvidence(text: string): DateOrder | null {
  const match = NUMERIC_DATE.exec(text.trim());
  if (match === null) return null;
  const first = Number(match[1]);
  const second = Number(match[3]);
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  return null;
}

/**
 * The date order of one column: the order its values prove, or `fallback`
 * when they prove none or both (then values invalid in `fallback` stay text).
 */
export function columnDateOrder(texts: Iterable<string>, fallback: DateOrder): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const evidence = dateOrderEvidence(text);
    if (evidence === 'dmy') dayFirst = true;
    if (evidence === 'mdy') monthFirst = true;
  }
  if (dayFirst === monthFirst) return fallback;
  return dayFirst ? 'dmy' : 'mdy';
}

/**
 * The local-time `Date` that `text` denotes (midnight of the calendar date
 * when there is no time), or `null` when it is no date or no real calendar
 * day (`31/02/2025`) or time (`24:00`).
 */
export function parseDateText(text: string, order: DateOrder): Date | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) return localDate(Number(iso[1]), Number(iso[3]), Number(iso[4]), iso.slice(5, 8));
  const numeric = NUMERIC_DATE.exec(trimmed);
  if (numeric === null) return null;
  const [first, second] = [Number(numeric[1]), Number(numeric[3])];
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  return localDate(fullYear(numeric[4] ?? ''), month, day, numeric.slice(5, 8));
}

function fullYear(yearText: string): number {
  const year = Number(yearText);
  if (yearText.length === 4) return year;
  return year < TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

/** `time` holds the hour, minute and second texts, each possibly undefined. */
function localDate(year: number, month: number, day: number, time: Array<string | undefined>): Date | null {
  const [hours = 0, minutes = 0, seconds = 0] = time.map((part) => Number(part ?? 0));
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  date.setHours(hours, minutes, seconds, 0);
  const isRealDay = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return isRealDay ? date : null;
}
