/**
 * Step 3's outcome: the summary of a run (key figures, the Pareto sentence,
 * clients per segment with a chart, ABC classes, thresholds, sheets written,
 * notes and skipped rows). Every value goes in as text.
 */
import type { AnalysisResult, GroupSummary } from '../src/server/api';
import type { Lang } from '../src/core/types';
import type { SidebarTexts } from '../src/core/i18n/sidebar';
import { el } from './dom';
import { formatAmount, formatNumber, formatPercent } from './format';
import { segmentChart } from './chart';
import { AXES } from './validate';

/** Skipped rows listed openly up to this count; more go in a collapsed list. */
const OPEN_SKIPPED_LIMIT = 5;

export function renderSummary(result: AnalysisResult, texts: SidebarTexts, lang: Lang): HTMLElement {
  const count = (value: number) => formatNumber(lang, value, 0);
  const percent = (share: number) => formatPercent(lang, share);

  return el(
    'section',
    { class: 'step summary', 'aria-labelledby': 'results-title' },
    el('h2', { id: 'results-title', tabindex: -1 }, texts.resultsTitle),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, texts.clientsLabel),
      el('dd', { id: 'total-clients' }, count(result.clients)),
      el('dt', {}, texts.revenueLabel),
      el('dd', { id: 'total-revenue' }, formatAmount(lang, result.revenue)),
    ),
    el('p', { class: 'pareto' }, texts.pareto(percent(result.pareto.clientShare), percent(result.pareto.revenueShare))),

    el('h3', {}, texts.segmentsTitle),
    segmentChart(result.segments, texts.segmentsChartLabel, count),
    groupTable('segments', texts.segmentColumn, result.segments, texts, count, percent),

    el('h3', {}, texts.abcTitle),
    groupTable('abc', texts.abcColumn, result.abc, texts, count, percent),

    el('h3', {}, texts.thresholdsTitle),
    el(
      'dl',
      { class: 'thresholds' },
      ...AXES.flatMap((axis) => {
        const values = result.thresholds[axis];
        const shown = values.length === 0 ? texts.noThresholds : values.map((value) => formatNumber(lang, value)).join(' · ');
        return [el('dt', {}, texts.thresholdAxes[axis]), el('dd', { 'data-axis': axis }, shown)];
      }),
    ),

    el('h3', {}, texts.sheetsTitle),
    listOf('sheets', Object.values(result.sheets)),

    ...(result.notes.length === 0 ? [] : [el('h3', {}, texts.notesTitle), listOf('notes', result.notes)]),

    ...skippedRows(result, texts, lang),
  );
}

/** One row per group: name, clients, % clients, % revenue. */
function groupTable(
  id: string,
  nameColumn: string,
  groups: readonly GroupSummary[],
  texts: SidebarTexts,
  count: (value: number) => string,
  percent: (share: number) => string,
): HTMLTableElement {
  const headers = [nameColumn, texts.clientsColumn, texts.clientShareColumn, texts.revenueShareColumn];
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
function skippedRows(result: AnalysisResult, texts: SidebarTexts, lang: Lang): HTMLElement[] {
  const { skipped } = result;
  const title = el('h3', {}, texts.skippedTitle(skipped.length, formatNumber(lang, skipped.length, 0)));
  if (skipped.length === 0) return [title];
  const list = listOf(
    'skipped',
    skipped.map((row) => texts.skippedRow(String(row.row), row.reason)),
  );
  if (skipped.length <= OPEN_SKIPPED_LIMIT) return [title, list];
  return [title, el('details', { class: 'skipped' }, el('summary', {}, texts.showSkipped), list)];
}
