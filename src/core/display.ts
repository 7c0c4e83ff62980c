/**
 * Cells of the user's sheet as the sidebar's preview shows them, in the user's language.
 */
import { isDate, type Cell, type DayOf } from './cells';
import { formatDay, formatDecimal } from './i18n/localeFormat';
import type { Lang } from './types';

/**
 * A cell as text: a date cell as its calendar day (`dayOf` reads it in the
 * spreadsheet's calendar), written `25/06/2024` in French and `2024-06-25` in
 * English; a number as typed in `lang` (`466,16`); blank as `''`; the rest as is.
 */
export function cellText(cell: Cell, lang: Lang, dayOf: DayOf): string {
  if (cell === null || cell === undefined) return '';
  if (isDate(cell)) return formatDay(lang, dayOf(cell));
  if (typeof cell === 'number') return formatDecimal(lang, cell);
  return String(cell);
}
