/**
 * The sidebar's controller: reads the source, mounts the steps, checks the
 * settings, runs the analysis and shows its summary or the error.
 */
import type { AnalysisSettings, SourceInfo } from '../src/server/api';
import type { Lang } from '../src/core/types';
import { langFromLocale } from '../src/core/i18n/language';
import { formatNumber } from '../src/core/i18n/localeFormat';
import { checkSettingsForm, type SettingsProblem } from '../src/core/settingsForm';
import { el } from './dom';
import { createAlertBox, type AlertBox } from './alert';
import { sidebarLocale, type SidebarLocale } from './locale';
import { getLanguage, getSourceInfo, messageOfFailure, runAnalysis } from './server';
import { renderSourceStep, type SourceStep } from './sourceStep';
import { renderSettingsStep, type SettingsStep } from './settingsStep';
import { renderSummary } from './summary';
import { csvDownloadButton, renderGreetingField, type GreetingField } from './mailMerge';
import { problemText } from './problemText';
import { renderBigQueryPanel } from './bigQueryPanel';

/** The parts of the page that stay while steps are mounted into them. */
interface Layout {
  source: HTMLElement;
  settings: HTMLElement;
  alert: AlertBox;
  analyse: HTMLButtonElement;
  progress: HTMLElement;
  status: HTMLElement;
  summary: HTMLElement;
  bigQuery: HTMLElement;
}

/**
 * Starts the sidebar in `root`: asks the spreadsheet's language first (a call
 * that does not fail, so a sidebar opened on any sheet speaks the
 * spreadsheet's language even when reading the sheet then fails), then
 * reads the active sheet.
 */
export function startSidebar(root: HTMLElement): void {
  let locale: SidebarLocale = sidebarLocale(langFromLocale(navigator.language));
  const onAnalyse = () => void analyse();
  let layout = buildLayout(root, locale, onAnalyse);
  let info: SourceInfo | null = null;
  let source: SourceStep | null = null;
  let settings: SettingsStep | null = null;
  let greeting: GreetingField | null = null;

  const setBusy = (busy: boolean) => {
    root.setAttribute('aria-busy', String(busy));
    layout.analyse.disabled = busy || source === null;
    source?.setBusy(busy);
  };

  /** Rebuilds the page in `lang` when the sidebar speaks another language. */
  const switchTo = (lang: Lang) => {
    if (lang === locale.lang) return;
    locale = sidebarLocale(lang);
    layout = buildLayout(root, locale, onAnalyse);
    settings = null;
  };

  const load = async () => {
    setBusy(true);
    layout.alert.clear();
    if (source === null)
      layout.source.replaceChildren(el('p', { class: 'hint', role: 'status' }, locale.text('loading')));
    try {
      info = await getSourceInfo();
      switchTo(info.lang);
      source = renderSourceStep(info, locale, () => void load());
      layout.source.replaceChildren(source.element);
      if (settings === null) {
        settings = renderSettingsStep(info.defaults, locale, info.referenceAdvice);
        layout.settings.replaceChildren(settings.element);
        greeting = renderGreetingField(info, locale.lang);
        settings.element.append(greeting.element);
      }
      if (layout.bigQuery.childElementCount === 0) {
        layout.bigQuery.replaceChildren(
          renderBigQueryPanel({ settings: checkedSettings, columnNames: () => source?.columnNames ?? [] }, locale.lang),
        );
      }
      layout.summary.replaceChildren();
      layout.status.textContent = '';
    } catch (error) {
      layout.alert.show(locale.text('loadErrorTitle'), [messageOfFailure(error) || locale.text('unknownError')]);
      if (source === null) layout.source.replaceChildren(retryButton(locale, () => void load()));
    } finally {
      setBusy(false);
    }
  };

  /** The settings of steps 1 and 2 when they have no problem, else null. */
  const checkedSettings = (): AnalysisSettings | null => {
    if (info === null || source === null || settings === null) return null;
    const draft = { sheetName: info.defaults.sheetName ?? info.sheetName, ...source.read(), ...settings.read() };
    return checkSettingsForm(draft).settings;
  };

  const analyse = async () => {
    if (info === null || source === null || settings === null) return;
    layout.alert.clear();
    clearInvalidMarks(root);
    const draft = { sheetName: info.defaults.sheetName ?? info.sheetName, ...source.read(), ...settings.read() };
    const checked = checkSettingsForm(draft);
    if (checked.settings === null) {
      const { columnNames } = source;
      const messages = checked.problems.map((problem) => problemText(problem, locale, draft.shape, columnNames));
      showProblems(checked.problems, messages, layout.alert, locale, settings);
      return;
    }
    await run({ ...checked.settings, greeting: greeting?.read() ?? null }, info.dataRows);
  };

  const run = async (analysisSettings: AnalysisSettings, rows: number) => {
    setBusy(true);
    layout.summary.replaceChildren();
    layout.progress.hidden = false;
    layout.status.textContent = locale.text('analysing', { rows: formatNumber(locale.lang, rows, 0) });
    try {
      const result = await runAnalysis(analysisSettings);
      const summary = renderSummary(result, locale);
      const csv = csvDownloadButton(locale.lang, (message) =>
        layout.alert.show(locale.text('errorTitle'), [message || locale.text('unknownError')]),
      );
      layout.summary.replaceChildren(summary, csv);
      layout.status.textContent = locale.text('analysisDone');
      summary.querySelector<HTMLElement>('#results-title')?.focus();
    } catch (error) {
      layout.status.textContent = '';
      layout.alert.show(locale.text('errorTitle'), [messageOfFailure(error) || locale.text('unknownError')]);
    } finally {
      layout.progress.hidden = true;
      setBusy(false);
    }
  };

  const start = async () => {
    try {
      switchTo(await getLanguage());
    } catch {
      // Only a lost connection gets here: the page keeps the browser's language and load() says what failed.
    }
    await load();
  };

  void start();
}

/**
 * Builds the empty page in `lang`: slots for steps 1 and 2, then step 3
 * (alert, Analyse button, progress, status) and the summary slot.
 */
function buildLayout(root: HTMLElement, locale: SidebarLocale, onAnalyse: () => void): Layout {
  document.documentElement.lang = locale.lang;
  document.title = locale.text('title');
  const alert = createAlertBox();
  const analyse = el(
    'button',
    { type: 'button', id: 'analyse', class: 'primary', disabled: true },
    locale.text('analyse'),
  );
  analyse.addEventListener('click', onAnalyse);
  const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
  const progress = el(
    'div',
    { class: 'progress', hidden: true },
    el('div', { class: 'progress-bar', role: 'progressbar', 'aria-labelledby': 'status' }),
  );
  const layout: Layout = {
    source: el('div', { id: 'source' }),
    settings: el('div', { id: 'settings' }),
    alert,
    analyse,
    progress,
    status,
    summary: el('div', { id: 'summary' }),
    bigQuery: el('div', { id: 'bigquery-slot' }),
  };
  root.replaceChildren(
    layout.source,
    layout.settings,
    el(
      'section',
      { class: 'step analyse', 'aria-labelledby': 'analyse-title' },
      el('h2', { id: 'analyse-title' }, locale.text('stepAnalyse')),
      alert.element,
      analyse,
      progress,
      status,
    ),
    layout.summary,
    layout.bigQuery,
  );
  return layout;
}

function retryButton(locale: SidebarLocale, onClick: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'secondary' }, locale.text('reload'));
  button.addEventListener('click', onClick);
  return button;
}

function clearInvalidMarks(root: HTMLElement): void {
  root.querySelectorAll('[aria-invalid="true"]').forEach((field) => field.removeAttribute('aria-invalid'));
}

/** Shows the problems' `messages`, marks their fields invalid and moves the focus to the first one. */
function showProblems(
  problems: readonly SettingsProblem[],
  messages: readonly string[],
  alert: AlertBox,
  locale: SidebarLocale,
  settings: SettingsStep,
): void {
  alert.show(locale.text('checkTitle'), messages);
  const fields = problems
    .map((problem) => document.getElementById(problem.field))
    .filter((field): field is HTMLElement => field !== null);
  for (const field of fields) field.setAttribute('aria-invalid', 'true');
  const first = fields[0];
  if (first === undefined) return;
  if (settings.element.contains(first)) settings.open();
  first.focus();
}
