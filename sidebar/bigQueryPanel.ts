/**
 * The "Too big for a sheet?" panel: the BigQuery query that runs the same
 * analysis on the mapped columns of a sales log, built in the sidebar by the
 * core SQL builder, with a field for the table name and a copy button.
 */
import type { AnalysisSettings } from '../src/server/api';
import type { Lang } from '../src/core/types';
import { sqlText } from '../src/core/i18n/sqlTexts';
import { rfmTableQuery } from '../src/core/sql/rfmTableQuery';
import { el } from './dom';

/** What the panel reads each time it shows the query. */
export interface PanelSource {
  /** The checked settings of steps 1 and 2, or null while they have problems. */
  settings(): AnalysisSettings | null;
  /** Column names of the source, by index. */
  columnNames(): readonly string[];
}

/** The query for `settings` read from `table`, or null when the source is not a sales log with client, date and amount. */
export function bigQueryFor(
  settings: AnalysisSettings,
  columnNames: readonly string[],
  table: string,
  lang: Lang,
): string | null {
  const { mapping } = settings;
  const name = (index: number | null) => (index === null ? undefined : columnNames[index]);
  const client = name(mapping.client);
  const date = name(mapping.date);
  const amount = name(mapping.amount);
  if (settings.shape !== 'sales' || client === undefined || date === undefined || amount === undefined) return null;
  return rfmTableQuery({
    dialect: 'bigquery',
    table,
    columns: { client, date, amount },
    asOf: settings.asOf,
    binning: settings.binning,
    method: settings.method,
    scheme: settings.scheme,
    abc: { rule: 'reach', aShare: settings.aShare, bShare: settings.bShare },
    returns: settings.returns,
    lang,
  });
}

/** Copies the text of `area`: the selection and execCommand (allowed in the add-on's frame), else the Clipboard API. */
async function copyText(area: HTMLTextAreaElement): Promise<boolean> {
  area.select();
  if (document.execCommand('copy')) return true;
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    return false;
  }
}

/** Renders the panel, closed; the query is built when it opens and whenever a setting or the table name changes. */
export function renderBigQueryPanel(source: PanelSource, lang: Lang): HTMLDetailsElement {
  const table = el('input', { type: 'text', id: 'bq-table', spellcheck: false, autocomplete: 'off' });
  table.placeholder = sqlText(lang, 'panelTablePlaceholder');
  const query = el('textarea', {
    id: 'bq-query',
    readonly: true,
    rows: 10,
    spellcheck: false,
    'aria-label': sqlText(lang, 'panelTitle'),
  });
  const copy = el('button', { type: 'button', class: 'secondary', id: 'bq-copy' }, sqlText(lang, 'panelCopy'));
  const status = el('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  const panel = el(
    'details',
    { class: 'settings bigquery', id: 'bigquery' },
    el('summary', {}, el('h2', {}, sqlText(lang, 'panelTitle'))),
    el('p', { class: 'hint' }, sqlText(lang, 'panelIntro')),
    el('div', { class: 'field' }, el('label', { for: 'bq-table' }, sqlText(lang, 'panelTable')), table),
    query,
    copy,
    status,
  );

  const refresh = () => {
    if (!panel.open) return;
    status.textContent = '';
    const settings = source.settings();
    const text =
      settings === null
        ? null
        : bigQueryFor(settings, source.columnNames(), table.value.trim() || table.placeholder, lang);
    query.value = text ?? '';
    query.hidden = text === null;
    copy.disabled = text === null;
    if (text === null) status.textContent = sqlText(lang, settings === null ? 'panelFixSettings' : 'panelNoColumns');
  };
  panel.addEventListener('toggle', refresh);
  table.addEventListener('input', refresh);
  document.addEventListener('change', (event) => {
    if (!panel.contains(event.target as Node)) refresh();
  });
  copy.addEventListener('click', () => {
    void copyText(query).then((done) => {
      status.textContent = done ? sqlText(lang, 'panelCopied') : '';
    });
  });
  return panel;
}
