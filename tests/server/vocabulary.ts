/**
 * Words of one language that the other never uses, from the add-on's own
 * text tables: to scan a sheet or a page for words of the wrong language.
 */
import { actionTexts } from '../../src/core/i18n/actionTexts';
import { roleNames } from '../../src/core/i18n/roleNames';
import { schemeName } from '../../src/core/i18n/schemeNames';
import { segmentNames } from '../../src/core/i18n/segmentNames';
import { sidebarTexts } from '../../src/core/i18n/sidebar';
import { tableHeaders } from '../../src/core/i18n/tableHeaders';
import type { Lang } from '../../src/core/types';

/** Every string under `value` (functions and numbers skipped). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function textsOf(lang: Lang): string[] {
  const perLang = [segmentNames, tableHeaders, actionTexts, roleNames].flatMap((table) =>
    Object.values(table).map((entry) => (entry as Record<Lang, unknown>)[lang]),
  );
  return [
    ...strings(perLang),
    ...strings(sidebarTexts[lang]),
    ...(['classic', 'rfm', 'fr-ladder'] as const).map((scheme) => schemeName(scheme, lang)),
  ];
}

/** Words of 5 letters or more, lower case. */
export function wordsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []));
}

/** Words the texts of `lang` use and those of the other language never do. */
export function wordsOnlyIn(lang: Lang): Set<string> {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const mine = wordsOf(textsOf(lang).join(' '));
  const theirs = wordsOf(textsOf(other).join(' '));
  return new Set([...mine].filter((word) => !theirs.has(word)));
}

/** The words of `text` that belong to `lang` only. */
export function foreignWords(text: string, lang: Lang): string[] {
  const foreign = wordsOnlyIn(lang);
  return [...wordsOf(text)].filter((word) => foreign.has(word));
}
