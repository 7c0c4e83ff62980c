/**
 * Cells as the sidebar's preview shows them, in the user's language.
 */
import { isoFromDay } from './days';
import type { Lang } from './types';

/** A calendar day as written in `lang`: `25/06/2024` in French, `2024-06-25` in English. */
export function dayText(day: number, lang: Lang): string {
  const iso = isoFromDay(day);
  return lang === 'fr' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

/** A number, string or boolean cell as text; French numbers get a decimal comma (`466,16`). */
export function valueText(cell: unknown, lang: Lang): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' && lang === 'fr') return String(cell).replace('.', ',');
  return String(cell);
}
