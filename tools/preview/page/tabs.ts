/**
 * The sheet tabs under the grid, as in Sheets: one button per visible
 * sheet, the active one selected. Names go in as text.
 */
import { el } from '../../../sidebar/dom';
import { previewText } from '../../../src/core/i18n/previewTexts';
import type { Lang } from '../../../src/core/types';
import { at } from '../../indexing';

export function renderTabs(
  sheets: readonly string[],
  active: string,
  lang: Lang,
  onSelect: (sheet: string) => void,
): HTMLElement {
  const tabs = sheets.map((name) => {
    const selected = name === active;
    const tab = el(
      'button',
      { type: 'button', role: 'tab', class: 'tab', 'aria-selected': String(selected), tabindex: selected ? 0 : -1 },
      name,
    );
    tab.addEventListener('click', () => {
      if (!selected) onSelect(name);
    });
    return tab;
  });
  const list = el('div', { class: 'tabs', role: 'tablist', 'aria-label': previewText(lang, 'sheetTabs') }, ...tabs);
  list.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (index < 0 || step === 0) return;
    at(tabs, (index + step + tabs.length) % tabs.length).focus();
  });
  return list;
}
