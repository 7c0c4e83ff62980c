/**
 * Words of one language that the other never uses, from the add-on's own
 * text tables: to scan a sheet or a page for words of the wrong language.
 */
import { ACTION_KINDS, actionText } from '../../src/core/i18n/actionTexts';
import { roleName } from '../../src/core/i18n/roleNames';
import { schemeName } from '../../src/core/i18n/schemeNames';
import { SEGMENT_KEYS, segmentName } from '../../src/core/i18n/segmentNames';
import { SIDEBAR_TEXT_KEYS, sidebarText } from '../../src/core/i18n/sidebarTexts';
import { TABLE_HEADER_KEYS, tableHeader } from '../../src/core/i18n/tableHeaders';
import { COLUMN_ROLES } from '../../src/core/sourceLayout';
import type { Lang } from '../../src/core/types';

/** Every string under `value` (functions and numbers skipped). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function textsOf(lang: Lang): string[] {
  return [
    ...SEGMENT_KEYS.map((key) => segmentName(key, lang)),
    ...TABLE_HEADER_KEYS.map((key) => tableHeader(key, lang)),
    ...strings(ACTION_KINDS.map((kind) => actionText(kind, lang))),
    ...COLUMN_ROLES.map((role) => roleName(role, lang)),
    ...SIDEBAR_TEXT_KEYS.map((key) => sidebarText(lang, key)),
    ...(['classic', 'rfm', 'fr-ladder'] as const).map((scheme) => schemeName(scheme, lang)),
  ];
}

/** Words of 5 letters or more, lower case. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
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
