/**
 * Rounding and number texts of the exercises, in the statement's language.
 */
import type { Lang } from '../types';

/** `value` rounded half away from zero to `decimals` places (0–6). Example: roundTo(2.345, 2) = 2.35. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // The small nudge makes 2.345 (stored as 2.34499…) round up, as on paper.
  const rounded = Math.round(scaled + scaled * Number.EPSILON * 4) / factor;
  return Math.sign(value) * rounded;
}

/** A fraction (0.4204) rounded to `decimals` places of a percentage point (42.04 % → 0.4204). */
export function roundPercent(fraction: number, decimals: number): number {
  return roundTo(fraction, decimals + 2);
}

/** `value` with `decimals` places, thousands grouped: `1 234,50` in French, `1,234.50` in English. */
export function numberText(value: number, decimals: number, lang: Lang): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
  const sign = value < 0 ? '−' : '';
  if (fraction === undefined) return `${sign}${grouped}`;
  return `${sign}${grouped}${lang === 'fr' ? ',' : '.'}${fraction}`;
}

/** An amount in euros: `1 234,50 €` in French, `€1,234.50` in English. */
export function euroText(value: number, decimals: number, lang: Lang): string {
  const text = numberText(value, decimals, lang);
  return lang === 'fr' ? `${text}\u00a0€` : `€${text}`;
}

/** A fraction as a percentage: 0.8 → `80 %` in French, `80%` in English (`decimals` places of a point). */
export function percentText(fraction: number, decimals: number, lang: Lang): string {
  const text = numberText(fraction * 100, decimals, lang);
  return lang === 'fr' ? `${text}\u00a0%` : `${text}%`;
}
