/**
 * Step 3's outcome: the summary of a run (key figures, the Pareto sentence,
 * clients per segment with a chart, ABC classes, thresholds, sheets written,
 * notes and skipped rows). Every value goes in as text.
 */
import { AXES } from '../src/core/choices';
import { formatMoney, formatNumber, formatPercent } from '../src/core/i18n/localeFormat';
import type { AnalysisResult, GroupSummary } from '../src/server/api';
import { segmentChart } from './chart';
import { el } from './dom';
import type { SidebarLocale } from './locale';

/** Skipped rows listed openly up to this count; more go in a collapsed list. */
const OPEN_SKIPPED_LIMIT = 5;

/** Figures written the way the sheets write them (`localeFormat.ts`). */
interface Figures {
  count: (value: number) => string;
  percent: (share: number) => string;
}

export function renderSummary(result: AnalysisResult, locale: SidebarLocale): HTMLElement {
  const { text, lang } = locale;
  const figures: Figures = {
    count: (value) => formatNumber(lang, value, 0),
    percent: (share) => formatPercent(lang, share),
  };
  const { count, percent } = figures;

  return el(
    'section',
    { class: 'step summary', 'aria-labelledby': 'results-title' },
    el('h2', { id: 'results-title', tabindex: -1 }, text('resultsTitle')),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, text('clientsLabel')),
      el('dd', { id: 'total-clients' }, count(result.clients)),
      el('dt', {}, text('revenueLabel')),
      el('dd', { id: 'total-revenue' }, formatMoney(lang, result.revenue)),
    ),
    el(
      'p',
      { class: 'pareto' },
      text('pareto', {
        clientShare: percent(result.pareto.clientShare),
        revenueShare: percent(result.pareto.revenueShare),
      }),
    ),

    el('h3', {}, text('segmentsTitle')),
    segmentChart(result.segments, text('segmentsChartLabel'), count),
    groupTable('segments', text('segmentColumn'), result.segments, locale, figures),

    el('h3', {}, text('abcTitle')),
    groupTable('abc', text('abcColumn'), result.abc, locale, figures),

    el('h3', {}, text('thresholdsTitle')),
    el(
      'dl',
      { class: 'thresholds' },
      ...AXES.flatMap((axis) => {
        const values = result.thresholds[axis];
        const shown =
          values.length === 0
            ? text('noThresholds')
            : values.map((value) => formatNumber(lang, value)).join(text('thresholdSeparator'));
        return [el('dt', {}, text(`thresholdAxis_${axis}`)), el('dd', { 'data-axis': axis }, shown)];
      }),
    ),

    el('h3', {}, text('sheetsTitle')),
    listOf('sheets', Object.values(result.sheets)),

    ...(result.notes.length === 0 ? [] : [el('h3', {}, text('notesTitle')), listOf('notes', result.notes)]),

    ...skippedRows(result, locale),
  );
}

/** One row per group: name, clients, % clients, % revenue. */
function groupTable(
  id: string,
  nameColumn: string,
  groups: readonly GroupSummary[],
  locale: SidebarLocale,
  { count, percent }: Figures,
): HTMLTableElement {
  const headers = [
    nameColumn,
    locale.text('clientsColumn'),
    locale.text('clientShareColumn'),
    locale.text('revenueShareColumn'),
  ];
  const table = el('table', { id, class: 'groups' });
  table.append(
    el('thead', {}, el('tr', {}, ...headers.map((header) => el('th', { scope: 'col' }, header)))),
    el(
      'tbody',
      {},
      ...groups.map((group) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, group.name),
          el('td', {}, count(group.clients)),
          el('td', {}, percent(group.clientShare)),
          el('td', {}, percent(group.revenueShare)),
        ),
      ),
    ),
  );
  return table;
}

function listOf(id: string, items: readonly string[]): HTMLUListElement {
  return el('ul', { id }, ...items.map((item) => el('li', {}, item)));
}

/** The skipped rows with their reasons; a long list starts collapsed. */
function skippedRows(result: AnalysisResult, locale: SidebarLocale): HTMLElement[] {
  const { skipped } = result;
  const title = el('h3', {}, skippedTitle(skipped.length, locale));
  if (skipped.length === 0) return [title];
  const list = listOf(
    'skipped',
    skipped.map((row) => locale.text('skippedRow', { row: row.row, reason: row.reason })),
  );
  if (skipped.length <= OPEN_SKIPPED_LIMIT) return [title, list];
  return [title, el('details', { class: 'skipped' }, el('summary', {}, locale.text('showSkipped')), list)];
}

/** "No row skipped", "1 row skipped" or "12 rows skipped". */
function skippedTitle(count: number, locale: SidebarLocale): string {
  if (count === 0) return locale.text('skippedNone');
  if (count === 1) return locale.text('skippedOne');
  return locale.text('skippedMany', { count: formatNumber(locale.lang, count, 0) });
}
