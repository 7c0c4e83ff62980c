/**
 * Numbers as the sidebar shows them, in the user's language: French writes
 * `1 234,5` and `19,6 %` (narrow no-break spaces), English `1,234.5` and `19.6%`.
 */
import type { Lang } from '../src/core/types';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

/** Narrow no-break space, written before `%` in French. */
const NARROW_NBSP = '\u202f';

/** A number with at most `maxDecimals` decimals (default 2), grouped by thousands. */
export function formatNumber(lang: Lang, value: number, maxDecimals = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxDecimals }).format(value);
}

/** An amount of money: whole amounts without decimals, others with two (`1 234,50`). */
export function formatAmount(lang: Lang, value: number): string {
  const decimals = Number.isInteger(value) ? 0 : 2;
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/**
 * A share (0–1) as a percentage with at most one decimal:
 * 0.196 → `19,6 %` in French, `19.6%` in English; 0.2 → `20 %` / `20%`.
 */
export function formatPercent(lang: Lang, share: number): string {
  const digits = formatNumber(lang, share * 100, 1);
  return lang === 'fr' ? `${digits}${NARROW_NBSP}%` : `${digits}%`;
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
