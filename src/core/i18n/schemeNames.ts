/**
 * Names of the shipped segment schemes as written in the segment-rules sheet,
 * per language. The sheet is read back in either language, and by scheme id
 * (`classic`, `rfm`, `fr-ladder`), so a sheet made in the other language or
 * by an earlier version still reads.
 */
import type { Lang, SchemeId } from '../types';
import { textLookup } from './textTable';

const en = {
  classic: 'classic',
  rfm: 'rfm package',
  'fr-ladder': 'course ladder',
};

const fr: typeof en = {
  classic: 'classique',
  rfm: 'package rfm',
  'fr-ladder': 'échelle du cours',
};

const lookup = textLookup({ en, fr });

/** The name of `scheme` in `lang`. */
export function schemeName(scheme: SchemeId, lang: Lang): string {
  return lookup(lang, scheme);
}

/** The scheme named `text` in either language (case and outer spaces ignored), or `null`. */
export function schemeOfName(text: string): SchemeId | null {
  const wanted = text.trim().toLowerCase();
  for (const table of [en, fr]) {
    for (const [scheme, name] of Object.entries(table) as Array<[SchemeId, string]>) {
      if (name.toLowerCase() === wanted) return scheme;
    }
  }
  return null;
}
