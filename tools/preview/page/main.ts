/**
 * The preview page: a toolbar (file picker, examples, locale switch,
 * download), the error banner, the spreadsheet (grid and sheet tabs) on the
 * left and the add-on's sidebar in a 300 px frame on the right. The page
 * redraws the spreadsheet after each `google.script.run` call the sidebar
 * makes (the frame posts a message when a call is answered).
 */
import type { Lang } from '../../../src/core/types';
import { el, selectOf } from '../../../sidebar/dom';
import { previewTexts, type PreviewTexts } from '../texts';
import { PREVIEW_LOCALES, SCRIPT_RUN_MESSAGE, type ExampleId, type WorkbookView } from '../types';
import { fetchWorkbook, postJson, PreviewFailure, uploadFile } from './api';
import { createBanner } from './banner';
import { renderGrid } from './grid';
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
  const fileInput = el('input', { type: 'file', id: 'open-file', class: 'visually-hidden', accept: '.csv,.tsv,.txt,.xlsx' });
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
    downloadStudent: el('a', { id: 'download-student', class: 'button', href: '/download/exercise-student.xlsx', download: '' }),
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

  const drawTexts = (texts: PreviewTexts, current: WorkbookView) => {
    document.documentElement.lang = lang;
    document.title = texts.pageTitle;
    layout.title.textContent = texts.pageTitle;
    layout.fileLabel.textContent = texts.fileLabel;
    layout.fileName.textContent = current.fileName;
    layout.openLabel.textContent = texts.openFile;
    const limit = `${Math.round((current.maxUploadBytes / BYTES_PER_MEGABYTE) * 10) / 10} ${texts.sizeUnit}`;
    layout.openLabel.title = texts.openFileHint(limit);
    layout.examplesLabel.textContent = texts.examplesLabel;
    const exampleChoices = [
      { value: '', label: texts.examplePlaceholder },
      ...EXAMPLE_IDS.map((id) => ({ value: id, label: id === 'boutique' ? texts.exampleBoutique : texts.exampleSalesLog })),
    ];
    const examples = selectOf({ id: 'example' }, exampleChoices, current.example ?? '');
    examples.addEventListener('change', () => {
      if (examples.value !== '') void act(postJson('/api/example', { example: examples.value }), { reloadSidebar: true });
    });
    layout.examples.replaceChildren(examples);
    layout.localeLabel.textContent = texts.languageLabel;
    const localeChoices = PREVIEW_LOCALES.map((locale) => ({ value: locale, label: locale === 'fr_FR' ? texts.languageFrench : texts.languageEnglish }));
    const locale = selectOf({ id: 'locale' }, localeChoices, current.locale);
    locale.addEventListener('change', () => void act(postJson('/api/locale', { locale: locale.value }), { reloadSidebar: true }));
    layout.locale.replaceChildren(locale);
    layout.download.textContent = texts.download;
    layout.download.title = texts.downloadHint;
    layout.panelLabel.textContent = texts.panelLabel;
    const panelChoices = [
      { value: 'analysis', label: texts.panelAnalysis },
      { value: 'exercise', label: texts.panelExercise },
    ];
    const panel = selectOf({ id: 'panel' }, panelChoices, current.panel);
    panel.addEventListener('change', () => void act(postJson('/api/panel', { panel: panel.value }), { reloadSidebar: true }));
    layout.panel.replaceChildren(panel);
    layout.downloadStudent.textContent = texts.downloadStudent;
    layout.downloadKey.textContent = texts.downloadKey;
    layout.downloadStudent.hidden = !current.exercise;
    layout.downloadKey.hidden = !current.exercise;
    layout.sidebarTitle.textContent = current.sidebarTitle;
    layout.sidebar.title = texts.sidebarFrame;
  };

  const drawSheet = (texts: PreviewTexts, current: WorkbookView, previous: WorkbookView | null) => {
    const sameSheet = previous !== null && previous.active.name === current.active.name && previous.fileName === current.fileName;
    const scroll = { top: layout.gridScroll.scrollTop, left: layout.gridScroll.scrollLeft };
    const grid = renderGrid(current.active, texts, lang);
    layout.gridScroll.replaceChildren(grid.element);
    grid.place();
    layout.gridScroll.scrollTop = sameSheet ? scroll.top : 0;
    layout.gridScroll.scrollLeft = sameSheet ? scroll.left : 0;
    const { active } = current;
    const shownRows = active.cells.length;
    const shownColumns = active.cells[0]?.length ?? 0;
    const notes: string[] = [];
    const number = (value: number) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US').format(value);
    if (shownRows < active.lastRow) notes.push(texts.rowsCapped(number(shownRows), number(active.lastRow)));
    if (shownColumns < active.lastColumn) notes.push(texts.columnsCapped(number(shownColumns), number(active.lastColumn)));
    layout.gridNote.textContent = notes.join(' ');
    layout.gridNote.hidden = notes.length === 0;
    layout.tabs.replaceChildren(renderTabs(current.sheets, active.name, texts, (sheet) => void act(postJson('/api/activate', { sheet }), { reloadSidebar: false })));
  };

  const draw = (next: WorkbookView) => {
    const previous = view;
    view = next;
    lang = next.lang;
    const texts = previewTexts[lang];
    banner.setLang(lang);
    drawTexts(texts, next);
    drawSheet(texts, next, previous);
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
    else banner.show({ fr: previewTexts.fr.errors.internal, en: previewTexts.en.errors.internal });
  };

  layout.fileInput.addEventListener('change', () => {
    const file = layout.fileInput.files?.[0];
    layout.fileInput.value = '';
    if (file === undefined) return;
    layout.status.textContent = previewTexts[lang].opening(file.name);
    void act(uploadFile(file), { reloadSidebar: true });
  });

  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin || event.source !== layout.sidebar.contentWindow) return;
    if ((event.data as { type?: unknown } | null)?.type === SCRIPT_RUN_MESSAGE) void refresh();
  });

  layout.status.textContent = previewTexts[lang].loading;
  void refresh().then(() => {
    layout.status.textContent = '';
  });
}

const root = document.getElementById('app');
if (root) start(root);
