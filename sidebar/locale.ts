/**
 * The sidebar's language: its texts (looked up in the core's sidebar table)
 * and the language the core's formatter writes figures in.
 */
import { sidebarText, type SidebarTextKey } from '../src/core/i18n/sidebarTexts';
import type { MessageParams } from '../src/core/i18n/textTable';
import type { Lang } from '../src/core/types';

export interface SidebarLocale {
  lang: Lang;
  /** The text `key`, with its `{name}` placeholders filled from `params`. */
  text(key: SidebarTextKey, params?: MessageParams): string;
}

export function sidebarLocale(lang: Lang): SidebarLocale {
  return { lang, text: (key, params) => sidebarText(lang, key, params) };
}
