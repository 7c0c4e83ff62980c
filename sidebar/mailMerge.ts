/**
 * The sidebar's mail-merge parts: the choice of the column that greets each
 * client in the messages (with the placeholders a template may use), and,
 * after a run, the download of the Actions sheet as CSV (built by the server
 * with the core's `csvText`).
 */
import type { SourceInfo } from '../src/server/api';
import { placeholderList } from '../src/core/mailMerge';
import { shopText } from '../src/core/i18n/shopTexts';
import type { Lang } from '../src/core/types';
import { el, selectOf } from './dom';
import { getActionsCsv, messageOfFailure } from './server';

export interface GreetingField {
  element: HTMLElement;
  /** The chosen source column (0-based), or `null` for the client column. */
  read(): number | null;
}

/** A select of the source's columns, the client column first chosen. */
export function renderGreetingField(info: SourceInfo, lang: Lang): GreetingField {
  const client = info.defaults.mapping.client;
  const select = selectOf(
    { id: 'greeting', 'aria-describedby': 'greeting-hint' },
    info.headers.map((header, index) => ({ value: String(index), label: header })),
    client === null ? '' : String(client),
  );
  const element = el(
    'div',
    { class: 'field' },
    el('label', { for: 'greeting' }, shopText(lang, 'greetingLabel')),
    select,
    el(
      'p',
      { id: 'greeting-hint', class: 'hint' },
      shopText(lang, 'greetingHint', { placeholders: placeholderList(lang) }),
    ),
  );
  return {
    element,
    read: () => (select.value === '' || Number(select.value) === client ? null : Number(select.value)),
  };
}

/** The button that downloads the Actions sheet as CSV; a failure is shown by `onError`. */
export function csvDownloadButton(lang: Lang, onError: (message: string) => void): HTMLButtonElement {
  const button = el('button', { type: 'button', id: 'export-csv', class: 'secondary' }, shopText(lang, 'exportCsv'));
  button.addEventListener('click', () => {
    button.disabled = true;
    getActionsCsv()
      .then(({ fileName, text }) => {
        const link = el('a', {
          href: URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })),
          download: fileName,
        });
        document.body.append(link);
        link.click();
        link.remove();
      })
      .catch((error: unknown) => onError(messageOfFailure(error)))
      .finally(() => {
        button.disabled = false;
      });
  });
  return button;
}
