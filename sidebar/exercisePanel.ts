/**
 * The Exercise panel of the sidebar: the teacher picks the topic, number of
 * clients, level, seed (random by default, shown and editable), language,
 * reference date, ABC rule and decimals, then creates the exercise; the same
 * panel checks the answers and prepares the student version.
 */
import type { ExerciseDefaults, ExerciseRequest } from '../src/server/api';
import type { Lang } from '../src/core/types';
import { exercisePanelText, type ExercisePanelTextKey } from '../src/core/i18n/exercisePanelTexts';
import { exerciseText } from '../src/core/i18n/exerciseTexts';
import { langFromLocale } from '../src/core/i18n/language';
import { createAlertBox } from './alert';
import { el, selectOf } from './dom';
import {
  checkMyAnswers,
  createExerciseSheets,
  getExerciseDefaults,
  messageOfFailure,
  prepareStudentVersion,
} from './server';

const TOPICS: ReadonlyArray<readonly [string, ExercisePanelTextKey]> = [
  ['rfm-grid', 'topicRfmGrid'],
  ['rfm-points', 'topicRfmPoints'],
  ['pareto-abc', 'topicParetoAbc'],
  ['client-value', 'topicClientValue'],
];
const RULES: ReadonlyArray<readonly [string, ExercisePanelTextKey]> = [
  ['reach', 'abcReach'],
  ['within', 'abcWithin'],
  ['clients', 'abcClients'],
];
const MAX_SEED = 1_000_000;

/** A labelled field. */
function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

function numberInput(id: string, value: number, min: number, max: number): HTMLInputElement {
  const input = el('input', { type: 'number', id, min, max, step: 1, inputmode: 'numeric', required: true });
  input.value = String(value);
  return input;
}

/** Starts the panel in `root`: asks the server for its defaults, then shows the form. */
export function startExercisePanel(root: HTMLElement): void {
  const lang: Lang = langFromLocale(navigator.language);
  root.replaceChildren(el('p', { class: 'hint', role: 'status' }, '…'));
  getExerciseDefaults().then(
    (defaults) => renderPanel(root, defaults),
    (error: unknown) => {
      const alert = createAlertBox();
      root.replaceChildren(alert.element);
      alert.show(exerciseText(lang, 'panelTitle'), [messageOfFailure(error)]);
    },
  );
}

function renderPanel(root: HTMLElement, defaults: ExerciseDefaults): void {
  const { lang } = defaults;
  const t = (key: ExercisePanelTextKey, params: Record<string, string | number> = {}) =>
    exercisePanelText(lang, key, params);
  document.documentElement.lang = lang;
  document.title = exerciseText(lang, 'panelTitle');
  const topic = selectOf(
    { id: 'ex-topic' },
    TOPICS.map(([value, key]) => ({ value, label: t(key) })),
    'rfm-grid',
  );
  const clients = numberInput('ex-clients', 10, 5, 30);
  const level = selectOf(
    { id: 'ex-level' },
    (['level1', 'level2', 'level3'] as const).map((key, i) => ({ value: String(i + 1), label: t(key) })),
    '2',
  );
  const seed = numberInput('ex-seed', defaults.seed, 0, 2_147_483_647);
  const newSeed = el('button', { type: 'button', class: 'secondary', id: 'ex-new-seed' }, t('newSeed'));
  newSeed.addEventListener('click', () => {
    seed.value = String(Math.floor(Math.random() * MAX_SEED));
  });
  const language = selectOf(
    { id: 'ex-lang' },
    [
      { value: 'fr', label: t('langFr') },
      { value: 'en', label: t('langEn') },
    ],
    lang,
  );
  const asOf = el('input', { type: 'date', id: 'ex-asof', required: true });
  asOf.value = defaults.asOf;
  const rule = selectOf(
    { id: 'ex-rule' },
    RULES.map(([value, key]) => ({ value, label: t(key) })),
    'reach',
  );
  const rounding = numberInput('ex-rounding', 2, 0, 4);
  const alert = createAlertBox();
  const status = el('p', { id: 'ex-status', role: 'status', 'aria-live': 'polite' });
  const create = el('button', { type: 'button', class: 'primary', id: 'ex-create' }, t('create'));
  const check = el('button', { type: 'button', class: 'secondary', id: 'ex-check' }, t('check'));
  const student = el('button', { type: 'button', class: 'secondary', id: 'ex-student' }, t('student'));
  const buttons = [create, check, student, newSeed];

  const fields: Array<[HTMLInputElement, string, number, number]> = [
    [clients, 'fieldClients', 5, 30],
    [seed, 'fieldSeed', 0, 2_147_483_647],
    [rounding, 'fieldRounding', 0, 4],
  ];
  /** Problems of the form, marking the fields at fault. */
  const problems = (): string[] => {
    const found: string[] = [];
    for (const [input, label, min, max] of fields) {
      const value = Number(input.value);
      const bad = input.value.trim() === '' || !Number.isInteger(value) || value < min || value > max;
      input.toggleAttribute('aria-invalid', bad);
      if (bad) found.push(t('badField', { field: t(label as ExercisePanelTextKey) }));
    }
    const badDate = asOf.value === '';
    asOf.toggleAttribute('aria-invalid', badDate);
    if (badDate) found.push(t('badField', { field: t('fieldAsOf') }));
    return found;
  };

  /** Runs a server call with the buttons disabled, showing its message or its error. */
  const run = async (busy: string, call: () => Promise<string>) => {
    alert.clear();
    for (const button of buttons) button.disabled = true;
    root.setAttribute('aria-busy', 'true');
    status.textContent = busy;
    try {
      status.textContent = await call();
    } catch (error) {
      status.textContent = '';
      alert.show(exerciseText(lang, 'panelTitle'), [messageOfFailure(error)]);
    } finally {
      for (const button of buttons) button.disabled = false;
      root.setAttribute('aria-busy', 'false');
    }
  };

  create.addEventListener('click', () => {
    const found = problems();
    if (found.length > 0) {
      alert.show(exerciseText(lang, 'panelTitle'), found);
      return;
    }
    const request: ExerciseRequest = {
      topic: topic.value,
      clients: Number(clients.value),
      level: Number(level.value),
      seed: Number(seed.value),
      lang: language.value,
      asOf: asOf.value,
      abcRule: rule.value,
      rounding: Number(rounding.value),
    };
    void run(t('creating'), async () => {
      const created = await createExerciseSheets(request);
      return t('created', { topic: created.topic, seed: created.seed, sheets: created.sheets.join(', ') });
    });
  });
  check.addEventListener('click', () => void run('…', async () => (await checkMyAnswers()).message));
  student.addEventListener('click', () => void run('…', async () => (await prepareStudentVersion()).message));

  root.setAttribute('aria-busy', 'false');
  root.replaceChildren(
    el(
      'section',
      { class: 'step', 'aria-labelledby': 'ex-title' },
      el('h2', { id: 'ex-title' }, exerciseText(lang, 'panelTitle')),
      el('p', { class: 'hint' }, t('panelIntro')),
      field('ex-topic', t('fieldTopic'), topic),
      field('ex-clients', t('fieldClients'), clients),
      field('ex-level', t('fieldLevel'), level),
      field('ex-seed', t('fieldSeed'), seed),
      newSeed,
      field('ex-lang', t('fieldLang'), language),
      field('ex-asof', t('fieldAsOf'), asOf),
      field('ex-rule', t('fieldAbcRule'), rule),
      field('ex-rounding', t('fieldRounding'), rounding),
      alert.element,
      create,
      status,
    ),
    el('section', { class: 'step', 'aria-label': t('check') }, check, student),
  );
}
