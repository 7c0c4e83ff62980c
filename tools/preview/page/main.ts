/**
 * The preview page: a toolbar (file picker, examples, locale switch,
 * download), the error banner, the spreadsheet (grid and sheet tabs) on the
 * left and the add-on's sidebar in a 300 px frame on the right. The page
 * redraws the spreadsheet after each `google.script.run` call the sidebar
 * makes (the frame posts a message when a call is answered).
 */
import type { Lang } from '../../../src/core/types';
import { el, selectOf } from '../../../sidebar/dom';
import { formatNumber } from '../../../src/core/i18n/localeFormat';
import { previewText, previewTextInBoth, type PreviewTextKey } from '../../../src/core/i18n/previewTexts';
import type { MessageParams } from '../../../src/core/i18n/textTable';
import { PREVIEW_LOCALES, SCRIPT_RUN_MESSAGE, type ExampleId, type WorkbookView } from '../types';
import { fetchWorkbook, postJson, PreviewFailure, uploadFile } from './api';
import { createBanner } from './banner';
import { renderGrid } from './grid';
import { enableCellEditing } from './cellEditor';
import { renderTabs } from './tabs';

const EXAMPLE_IDS: ExampleId[] = ['boutique', 'salesLog'];
const BYTES_PER_MEGABYTE = 1024 * 1024;

interface Layout {
  title: HTMLElement;
  fileLabel: HTMLElement;
  fileName: HTMLElement;
  openLabel: HTMLElement;
  fileInput: HTMLInputElement;
  examplesLabel: HTMLElement;
  examples: HTMLElement;
  localeLabel: HTMLElement;
  locale: HTMLElement;
  download: HTMLAnchorElement;
  panelLabel: HTMLElement;
  panel: HTMLElement;
  downloadStudent: HTMLAnchorElement;
  downloadKey: HTMLAnchorElement;
  status: HTMLElement;
  gridScroll: HTMLElement;
  gridNote: HTMLElement;
  tabs: HTMLElement;
  sidebarTitle: HTMLElement;
  sidebar: HTMLIFrameElement;
}

function buildLayout(root: HTMLElement, bannerElement: HTMLElement): Layout {
  const fileInput = el('input', {
    type: 'file',
    id: 'open-file',
    class: 'visually-hidden',
    accept: '.csv,.tsv,.txt,.xlsx',
  });
  const layout: Layout = {
    title: el('h1', { class: 'page-title' }),
    fileLabel: el('span', { class: 'file-label' }),
    fileName: el('span', { id: 'file-name', class: 'file-name' }),
    openLabel: el('label', { for: 'open-file', class: 'button', id: 'open-file-label' }),
    fileInput,
    examplesLabel: el('label', { for: 'example' }),
    examples: el('span'),
    localeLabel: el('label', { for: 'locale' }),
    locale: el('span'),
    download: el('a', { id: 'download', class: 'button', href: '/download.xlsx', download: '' }),
    panelLabel: el('label', { for: 'panel' }),
    panel: el('span'),
    downloadStudent: el('a', {
      id: 'download-student',
      class: 'button',
      href: '/download/exercise-student.xlsx',
      download: '',
    }),
    downloadKey: el('a', { id: 'download-key', class: 'button', href: '/download/exercise-key.xlsx', download: '' }),
    status: el('span', { id: 'status', role: 'status', class: 'status' }),
    gridScroll: el('div', { id: 'grid', class: 'grid-scroll', tabindex: 0 }),
    gridNote: el('p', { id: 'grid-note', class: 'grid-note', hidden: true }),
    tabs: el('nav', { id: 'tabs', class: 'tabs-bar' }),
    sidebarTitle: el('h2', { id: 'sidebar-title', class: 'sidebar-title' }),
    sidebar: el('iframe', { id: 'sidebar', class: 'sidebar-frame', src: '/sidebar' }),
  };
  root.replaceChildren(
    el(
      'header',
      { class: 'toolbar' },
      layout.title,
      el('span', { class: 'file' }, layout.fileLabel, ' ', layout.fileName),
      el('span', { class: 'control' }, fileInput, layout.openLabel),
      el('span', { class: 'control' }, layout.examplesLabel, layout.examples),
      el('span', { class: 'control' }, layout.localeLabel, layout.locale),
      layout.download,
      el('span', { class: 'control' }, layout.panelLabel, layout.panel),
      layout.downloadStudent,
      layout.downloadKey,
      layout.status,
    ),
    bannerElement,
    el(
      'div',
      { class: 'workspace' },
      el('main', { class: 'sheet-area' }, layout.gridScroll, layout.gridNote, layout.tabs),
      el('aside', { class: 'sidebar-panel', 'aria-labelledby': 'sidebar-title' }, layout.sidebarTitle, layout.sidebar),
    ),
  );
  return layout;
}

function start(root: HTMLElement): void {
  let lang: Lang = 'fr';
  let view: WorkbookView | null = null;
  const banner = createBanner(lang);
  const layout = buildLayout(root, banner.element);

  const text = (key: PreviewTextKey, params?: MessageParams) => previewText(lang, key, params);

  const drawTexts = (current: WorkbookView) => {
    document.documentElement.lang = lang;
    document.title = text('pageTitle');
    layout.title.textContent = text('pageTitle');
    layout.fileLabel.textContent = text('fileLabel');
    layout.fileName.textContent = current.fileName;
    layout.openLabel.textContent = text('openFile');
    const limit = text('megabytes', { size: formatNumber(lang, current.maxUploadBytes / BYTES_PER_MEGABYTE, 1) });
    layout.openLabel.title = text('openFileHint', { limit });
    layout.examplesLabel.textContent = text('examplesLabel');
    const exampleChoices = [
      { value: '', label: text('examplePlaceholder') },
      ...EXAMPLE_IDS.map((id) => ({ value: id, label: text(`example_${id}`) })),
    ];
    const examples = selectOf({ id: 'example' }, exampleChoices, current.example ?? '');
    examples.addEventListener('change', () => {
      if (examples.value !== '')
        void act(postJson('/api/example', { example: examples.value }), { reloadSidebar: true });
    });
    layout.examples.replaceChildren(examples);
    layout.localeLabel.textContent = text('languageLabel');
    const localeChoices = PREVIEW_LOCALES.map((locale) => ({ value: locale, label: text(`locale_${locale}`) }));
    const locale = selectOf({ id: 'locale' }, localeChoices, current.locale);
    locale.addEventListener(
      'change',
      () => void act(postJson('/api/locale', { locale: locale.value }), { reloadSidebar: true }),
    );
    layout.locale.replaceChildren(locale);
    layout.download.textContent = text('download');
    layout.download.title = text('downloadHint');
    layout.panelLabel.textContent = text('panelLabel');
    const panelChoices = [
      { value: 'analysis', label: text('panelAnalysis') },
      { value: 'exercise', label: text('panelExercise') },
    ];
    const panel = selectOf({ id: 'panel' }, panelChoices, current.panel);
    panel.addEventListener(
      'change',
      () => void act(postJson('/api/panel', { panel: panel.value }), { reloadSidebar: true }),
    );
    layout.panel.replaceChildren(panel);
    layout.downloadStudent.textContent = text('downloadStudent');
    layout.downloadKey.textContent = text('downloadKey');
    layout.downloadStudent.hidden = !current.exercise;
    layout.downloadKey.hidden = !current.exercise;
    layout.sidebarTitle.textContent = current.sidebarTitle;
    layout.sidebar.title = text('sidebarFrame');
  };

  const drawSheet = (current: WorkbookView, previous: WorkbookView | null) => {
    const sameSheet =
      previous !== null && previous.active.name === current.active.name && previous.fileName === current.fileName;
    const scroll = { top: layout.gridScroll.scrollTop, left: layout.gridScroll.scrollLeft };
    const grid = renderGrid(current.active, lang);
    enableCellEditing(
      grid.element,
      previewText(lang, 'cellInput'),
      (row, column, input) =>
        void act(postJson('/api/cell', { row: String(row), column: String(column), input }), { reloadSidebar: false }),
    );
    layout.gridScroll.replaceChildren(grid.element);
    grid.place();
    layout.gridScroll.scrollTop = sameSheet ? scroll.top : 0;
    layout.gridScroll.scrollLeft = sameSheet ? scroll.left : 0;
    const { active } = current;
    const shownRows = active.cells.length;
    const shownColumns = active.cells[0]?.length ?? 0;
    const notes: string[] = [];
    const count = (value: number) => formatNumber(lang, value, 0);
    if (shownRows < active.lastRow)
      notes.push(text('rowsCapped', { shown: count(shownRows), total: count(active.lastRow) }));
    if (shownColumns < active.lastColumn) {
      notes.push(text('columnsCapped', { shown: count(shownColumns), total: count(active.lastColumn) }));
    }
    layout.gridNote.textContent = notes.join(' ');
    layout.gridNote.hidden = notes.length === 0;
    layout.tabs.replaceChildren(
      renderTabs(
        current.sheets,
        active.name,
        lang,
        (sheet) => void act(postJson('/api/activate', { sheet }), { reloadSidebar: false }),
      ),
    );
  };

  const draw = (next: WorkbookView) => {
    const previous = view;
    view = next;
    lang = next.lang;
    banner.setLang(lang);
    drawTexts(next);
    drawSheet(next, previous);
  };

  /** Runs a request that changes the workbook; shows its error, else the new view. */
  const act = async (request: Promise<WorkbookView>, { reloadSidebar }: { reloadSidebar: boolean }) => {
    try {
      const next = await request;
      banner.clear();
      draw(next);
      if (reloadSidebar) layout.sidebar.src = `/sidebar?version=${next.version}`;
    } catch (error) {
      showFailure(error);
      await refresh();
    } finally {
      layout.status.textContent = '';
    }
  };

  const refresh = async () => {
    try {
      draw(await fetchWorkbook());
    } catch (error) {
      showFailure(error);
    }
  };

  const showFailure = (error: unknown) => {
    if (error instanceof PreviewFailure) banner.show(error.messages);
    else banner.show(previewTextInBoth('error_internal'));
  };

  layout.fileInput.addEventListener('change', () => {
    const file = layout.fileInput.files?.[0];
    layout.fileInput.value = '';
    if (file === undefined) return;
    layout.status.textContent = text('opening', { fileName: file.name });
    void act(uploadFile(file), { reloadSidebar: true });
  });

  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin || event.source !== layout.sidebar.contentWindow) return;
    if ((event.data as { type?: unknown } | null)?.type === SCRIPT_RUN_MESSAGE) void refresh();
  });

  layout.status.textContent = text('loading');
  void refresh().then(() => {
    layout.status.textContent = '';
  });
}

const root = document.getElementById('app');
if (root) start(root);
