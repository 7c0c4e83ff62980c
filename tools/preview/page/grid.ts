/**
 * The grid of the active sheet, drawn roughly like Sheets: column letters,
 * row numbers, fixed row height, frozen rows kept at the top, numbers and
 * dates right-aligned, bold cells, and the sheet's charts floating over
 * their anchor cells. Every cell text goes in as text (never as HTML).
 */
import type { Lang } from '../../../src/core/types';
import { el } from '../../../sidebar/dom';
import { previewText } from '../../../src/core/i18n/previewTexts';
import type { CellView, SheetView } from '../types';
import { drawChart, CHART_HEIGHT, CHART_WIDTH } from './chart';
import { at } from '../../indexing';

/** Sheets' default column width and row height, in pixels. */
const DEFAULT_COLUMN_WIDTH = 100;
const ROW_HEIGHT = 21;
const ROW_HEADER_WIDTH = 46;
/** Left and right padding of a cell, in pixels. */
const CELL_PADDING = 8;
/** Rows and columns drawn at least, blank ones included, so that a small sheet still looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLUMNS = 10;
/** Rows and columns drawn at most (the server sends no more cells than this). */
const MAX_ROWS = 500;
const MAX_COLUMNS = 60;

const BLANK: CellView = { text: '', kind: 'blank' };

/** Column letters as Sheets writes them: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * The grid and its charts, to put inside the scrolling container; call
 * `place()` once it is in the document (sticky rows and chart positions
 * are measured).
 */
export function renderGrid(sheet: SheetView, lang: Lang): { element: HTMLElement; place(): void } {
  const chartRows = sheet.charts.map((chart) => chart.anchorRow + Math.ceil(CHART_HEIGHT / ROW_HEIGHT));
  const chartColumns = sheet.charts.map((chart) => chart.anchorColumn + Math.ceil(CHART_WIDTH / DEFAULT_COLUMN_WIDTH));
  const rows = Math.min(MAX_ROWS, Math.max(sheet.cells.length, MIN_ROWS, ...chartRows));
  const columns = Math.min(MAX_COLUMNS, Math.max(sheet.cells[0]?.length ?? 0, MIN_COLUMNS, ...chartColumns));
  const widths = Array.from({ length: columns }, (_, c) => sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);

  const colgroup = el('colgroup');
  for (const width of [ROW_HEADER_WIDTH, ...widths]) {
    const col = el('col');
    col.style.width = `${width}px`;
    colgroup.append(col);
  }
  const headRow = el(
    'tr',
    {},
    el('th', { class: 'corner', scope: 'col' }),
    ...widths.map((_, c) => el('th', { scope: 'col', class: 'column-header' }, columnLetters(c + 1))),
  );
  const body = el('tbody');
  for (let r = 0; r < rows; r += 1) {
    const line = sheet.cells[r] ?? [];
    const frozen = r < sheet.frozenRows ? (r === sheet.frozenRows - 1 ? 'frozen frozen-last' : 'frozen') : undefined;
    const tr = el('tr', { class: frozen }, el('th', { scope: 'row', class: 'row-header' }, String(r + 1)));
    for (let c = 0; c < columns; c += 1) {
      const td = cellElement(line[c] ?? BLANK, roomOf(line, c, widths));
      td.dataset.row = String(r + 1);
      td.dataset.column = String(c + 1);
      tr.append(td);
    }
    body.append(tr);
  }
  const table = el(
    'table',
    { class: 'grid', 'aria-label': previewText(lang, 'gridLabel', { sheet: sheet.name }) },
    colgroup,
    el('thead', {}, headRow),
    body,
  );
  table.style.width = `${ROW_HEADER_WIDTH + widths.reduce((sum, width) => sum + width, 0)}px`;
  const charts = sheet.charts.map((chart) => ({ chart, element: drawChart(chart, lang) }));
  const element = el('div', { class: 'grid-canvas' }, table, ...charts.map(({ element: svg }) => svg));

  const place = () => {
    const frozen = Array.from(body.querySelectorAll<HTMLTableRowElement>('tr.frozen'));
    for (const tr of frozen) {
      for (const cell of Array.from(tr.cells)) cell.style.top = `${tr.offsetTop}px`;
    }
    const headerCells = Array.from(headRow.cells);
    for (const { chart, element: svg } of charts) {
      const row = body.rows[chart.anchorRow - 1];
      const column = headerCells[chart.anchorColumn];
      const top = row ? row.offsetTop : headRow.offsetHeight + (chart.anchorRow - 1) * ROW_HEIGHT;
      const left = column ? column.offsetLeft : table.offsetWidth;
      svg.style.top = `${top + chart.offsetY}px`;
      svg.style.left = `${left + chart.offsetX}px`;
    }
  };
  return { element, place };
}

/**
 * Width in pixels a text cell may use: as in Sheets, text runs over the
 * blank cells on its right. Other cells keep their column's width.
 */
function roomOf(line: readonly CellView[], column: number, widths: readonly number[]): number {
  let room = at(widths, column);
  if (line[column]?.kind !== 'text') return room;
  for (let next = column + 1; next < widths.length && (line[next] ?? BLANK).kind === 'blank'; next += 1)
    room += at(widths, next);
  return room;
}

function cellElement(cell: CellView, room: number): HTMLTableCellElement {
  const classes = [`kind-${cell.kind}`];
  if (cell.bold) classes.push('bold');
  const td = el('td', { class: classes.join(' ') });
  if (cell.kind === 'text') {
    const text = el('span', { class: 'cell-text' }, cell.text);
    text.style.maxWidth = `${room - CELL_PADDING}px`;
    td.append(text);
  } else {
    td.append(cell.text);
  }
  if (cell.text.length > 12) td.title = cell.text;
  if (cell.background) td.style.backgroundColor = cell.background;
  if (cell.formula !== undefined) td.dataset.formula = cell.formula;
  if (cell.error !== undefined) {
    // as Sheets shows a failed formula: #ERROR! in the cell, the message on hover
    td.classList.add('formula-error');
    td.title = cell.error;
  }
  return td;
}
