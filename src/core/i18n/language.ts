import type { Lang } from '../types';

/** Language of a spreadsheet or user locale such as `fr_FR`, `fr-CA`, `en_US`: French for `fr*`, English otherwise. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^fr\b|^fr[_-]/i.test(locale.trim()) ? 'fr' : 'en';
}

/**
 * Whether text numbers of `locale` use a decimal comma (`12,5`): every locale
 * but English and the East-Asian ones.
 */
export function usesDecimalComma(locale: string | null | undefined): boolean {
  return !/^(en|ja|zh|ko|th|he|hi|ms|fil)([_-]|$)/i.test((locale ?? 'en').trim());
}

/** Order of day and month in the slash dates of `locale`: month first for the United States and the Philippines. */
export function dateOrderOf(locale: string | null | undefined): 'dmy' | 'mdy' {
  return /^(en[_-](US|PH)|es[_-]US)$/i.test((locale ?? 'en_US').trim()) ? 'mdy' : 'dmy';
}
