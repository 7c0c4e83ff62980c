/**
 * The alert box of the sidebar: validation problems or a server error, with
 * a title and one line per message. `role="alert"` makes screen readers read it.
 */
import { el } from './dom';

export interface AlertBox {
  element: HTMLElement;
  show(title: string, messages: readonly string[]): void;
  clear(): void;
}

export function createAlertBox(): AlertBox {
  const element = el('div', { id: 'alert', class: 'alert', role: 'alert', hidden: true });
  return {
    element,
    show(title, messages) {
      const body =
        messages.length === 1
          ? el('p', {}, ...messages)
          : el('ul', {}, ...messages.map((message) => el('li', {}, message)));
      element.replaceChildren(el('p', { class: 'alert-title' }, title), body);
      element.hidden = false;
    },
    clear() {
      element.replaceChildren();
      element.hidden = true;
    },
  };
}
