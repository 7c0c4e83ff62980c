/**
 * The error banner at the top of the page: one message, kept in both
 * languages so that it follows the language switch, closable.
 */
import type { Lang } from '../../../src/core/types';
import { el } from '../../../sidebar/dom';
import { previewText } from '../../../src/core/i18n/previewTexts';

export interface Banner {
  element: HTMLElement;
  show(messages: Record<Lang, string>): void;
  clear(): void;
  /** Redraws the texts in `lang`. */
  setLang(lang: Lang): void;
}

export function createBanner(initialLang: Lang): Banner {
  let lang = initialLang;
  let messages: Record<Lang, string> | null = null;
  const title = el('strong', { class: 'banner-title' });
  const text = el('span', { id: 'banner-message' });
  const close = el('button', { type: 'button', class: 'banner-close' });
  const element = el('div', { id: 'banner', class: 'banner', role: 'alert', hidden: true }, title, text, close);
  const draw = () => {
    title.textContent = previewText(lang, 'errorTitle');
    close.textContent = '×';
    close.setAttribute('aria-label', previewText(lang, 'closeBanner'));
    close.title = previewText(lang, 'closeBanner');
    text.textContent = messages === null ? '' : messages[lang];
    element.hidden = messages === null;
  };
  close.addEventListener('click', () => {
    messages = null;
    draw();
  });
  draw();
  return {
    element,
    show(next) {
      messages = next;
      draw();
    },
    clear() {
      messages = null;
      draw();
    },
    setLang(next) {
      lang = next;
      draw();
    },
  };
}
