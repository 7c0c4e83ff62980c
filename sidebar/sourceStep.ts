/**
 * Step 1 of the sidebar: the source table. Shows where the table is, lets the
 * user pick the shape and the column of each role, and previews the first rows.
 */
import { roleApplies, roleIsRequired } from '../src/core/analysisSettings';
import { SOURCE_SHAPES } from '../src/core/choices';
import { formatNumber } from '../src/core/i18n/localeFormat';
import { FORM_ROLES } from '../src/core/settingsForm';
import type { ColumnMapping, ColumnRole, SourceShape } from '../src/core/sourceLayout';
import type { SourceInfo } from '../src/server/api';
import { columnLetter } from './columnLetter';
import { el, selectOf, tableOf } from './dom';
import type { SidebarLocale } from './locale';
import { roleLabel } from './problemText';

export interface SourceStep {
  element: HTMLElement;
  /** Name of each column (its header, or "Column C" when the header is blank), for messages. */
  columnNames: string[];
  /** The shape and mapping currently selected. */
  read(): { shape: SourceShape; mapping: ColumnMapping };
  /** Disables the reload button while a call is under way. */
  setBusy(busy: boolean): void;
}

/** Value of the "— none —" option of a role select. */
const NO_COLUMN = '';

/** Renders step 1 from what the server read; `onReload` runs when the user asks to read the sheet again. */
export function renderSourceStep(info: SourceInfo, locale: SidebarLocale, onReload: () => void): SourceStep {
  const { text, lang } = locale;
  const columnNames = info.headers.map((header, index) =>
    header.trim() === '' ? text('unnamedColumn', { letter: columnLetter(index) }) : header,
  );

  const reload = el(
    'button',
    { type: 'button', class: 'secondary', 'aria-describedby': 'reload-hint' },
    text('reload'),
  );
  reload.addEventListener('click', onReload);

  const shapeSelect = selectOf(
    { id: 'shape', 'aria-describedby': 'shape-hint' },
    SOURCE_SHAPES.map((shape) => ({ value: shape, label: text(`shape_${shape}`) })),
    info.defaults.shape,
  );
  const shapeHint = el('p', { id: 'shape-hint', class: 'hint' });

  const roleFields = FORM_ROLES.map((role) => roleField(role, info, columnNames, locale));
  const shapeOf = () => shapeSelect.value as SourceShape;
  const showShape = () => {
    const shape = shapeOf();
    shapeHint.textContent = text(`shapeHint_${shape}`);
    for (const field of roleFields) field.show(shape);
  };
  shapeSelect.addEventListener('change', showShape);
  showShape();

  const element = el(
    'section',
    { class: 'step', 'aria-labelledby': 'source-title' },
    el('h2', { id: 'source-title' }, text('stepSource')),
    el(
      'div',
      { class: 'source-head' },
      el(
        'dl',
        { class: 'facts' },
        ...fact(text('sheetLabel'), info.sheetName),
        ...fact(text('headerRowLabel'), formatNumber(lang, info.headerRow)),
        ...fact(text('dataRowsLabel'), formatNumber(lang, info.dataRows)),
      ),
      reload,
    ),
    el('p', { id: 'reload-hint', class: 'hint' }, text('reloadHint')),
    el('div', { class: 'field' }, el('label', { for: 'shape' }, text('shapeLabel')), shapeSelect, shapeHint),
    ...info.notes.map((note) => el('p', { class: 'hint shape-note', role: 'note' }, note)),
    el(
      'fieldset',
      { class: 'columns' },
      el('legend', {}, text('columnsLegend')),
      ...roleFields.map((field) => field.element),
    ),
    previewOf(info, columnNames, locale),
  );

  return {
    element,
    columnNames,
    read() {
      const mapping = {} as ColumnMapping;
      for (const field of roleFields) mapping[field.role] = field.column();
      return { shape: shapeOf(), mapping };
    },
    setBusy(busy) {
      reload.disabled = busy;
    },
  };
}

/** A term and its description, for a `<dl>`. */
function fact(term: string, description: string): HTMLElement[] {
  return [el('dt', {}, term), el('dd', {}, description)];
}

interface RoleField {
  role: ColumnRole;
  element: HTMLElement;
  /** The chosen column (0-based), or `null` for none. */
  column(): number | null;
  /** Shows or hides the field, its label and required marker for a shape. */
  show(shape: SourceShape): void;
}

function roleField(
  role: ColumnRole,
  info: SourceInfo,
  columnNames: readonly string[],
  locale: SidebarLocale,
): RoleField {
  const id = `role-${role}`;
  const preset = info.defaults.mapping[role];
  const selected = preset !== null && preset >= 0 && preset < columnNames.length ? String(preset) : NO_COLUMN;
  const choices = [
    { value: NO_COLUMN, label: locale.text('noColumn') },
    ...columnNames.map((name, index) => ({ value: String(index), label: name })),
  ];
  const select = selectOf({ id }, choices, selected);
  const labelText = el('span');
  const requiredMark = el('span', { class: 'required' }, locale.text('required'));
  const element = el(
    'div',
    { class: 'field role', 'data-role': role },
    el('label', { for: id }, labelText, requiredMark),
    select,
  );
  return {
    role,
    element,
    column: () => (select.value === NO_COLUMN ? null : Number(select.value)),
    show(shape) {
      element.hidden = !roleApplies(role, shape);
      labelText.textContent = roleLabel(locale, role, shape);
      requiredMark.hidden = !roleIsRequired(role, shape);
    },
  };
}

/** The first rows of the table, scrollable sideways (and with the keyboard). */
function previewOf(info: SourceInfo, columnNames: readonly string[], locale: SidebarLocale): HTMLElement {
  if (info.preview.length === 0) return el('p', { class: 'hint preview-empty' }, locale.text('previewEmpty'));
  const caption = locale.text('previewCaption');
  const table = tableOf({ class: 'preview' }, columnNames, info.preview, caption);
  return el('div', { class: 'preview-wrap', role: 'region', 'aria-label': caption, tabindex: 0 }, table);
}
