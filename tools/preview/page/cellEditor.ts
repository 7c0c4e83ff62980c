/**
 * Editing a cell of the grid: a double click (or Enter on a focused cell)
 * opens an input over the cell holding its formula or text; Enter sends it,
 * Escape cancels. Formulas of the add-on's functions are evaluated by the
 * server with the real bundle (see tools/preview/formulas.ts).
 */
import { el } from '../../../sidebar/dom';

/** Listens on `grid` (the table); `onEdit` sends the typed input of the cell at `row`, `column` (1-based). */
export function enableCellEditing(
  grid: HTMLElement,
  label: string,
  onEdit: (row: number, column: number, input: string) => void,
): void {
  grid.addEventListener('dblclick', (event) => {
    const td = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-row]');
    if (td) openEditor(td, label, onEdit);
  });
}

function openEditor(
  td: HTMLTableCellElement,
  label: string,
  onEdit: (row: number, column: number, input: string) => void,
): void {
  if (td.querySelector('input.cell-input')) return;
  const row = Number(td.dataset.row);
  const column = Number(td.dataset.column);
  const input = el('input', { type: 'text', class: 'cell-input', 'aria-label': label });
  input.value = td.dataset.formula ?? (td.classList.contains('kind-blank') ? '' : (td.textContent ?? ''));
  td.classList.add('editing');
  td.append(input);
  input.focus();
  let done = false;
  const close = (send: boolean) => {
    if (done) return;
    done = true;
    const value = input.value;
    input.remove();
    td.classList.remove('editing');
    if (send) onEdit(row, column, value);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') close(true);
    else if (event.key === 'Escape') close(false);
  });
  input.addEventListener('blur', () => close(false));
}
