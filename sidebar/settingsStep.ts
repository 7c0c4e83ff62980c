/**
 * Step 2 of the sidebar: the analysis settings, in a section that starts
 * collapsed, filled with the server's defaults so the user can just run.
 */
import { ABC_DEFAULT_SHARES, ABC_RULES, DEFAULT_ABC_RULE, type AbcRule } from '../src/core/abc';
import type { AnalysisSettings } from '../src/core/analysisSettings';
import { AXES, DEFAULT_BINS, MAX_BINS, MIN_BINS, RETURNS_POLICIES, SCORE_METHODS } from '../src/core/choices';
import { dayFromIso } from '../src/core/days';
import { formatDay, formatNumber, formatNumberList } from '../src/core/i18n/localeFormat';
import { pointsSidebarText, type PointsSidebarTextKey } from '../src/core/i18n/pointsSidebarTexts';
import { pointsText } from '../src/core/i18n/pointsTexts';
import { shopText } from '../src/core/i18n/shopTexts';
import { SCHEME_IDS } from '../src/core/segments';
import type { SettingsDraft } from '../src/core/settingsForm';
import type { Axis, Lang, ReturnsPolicy, SchemeId, ScoreMethod } from '../src/core/types';
import type { SourceInfo } from '../src/server/api';
import { el, selectOf } from './dom';
import type { SidebarLocale } from './locale';

export type SettingsValues = Omit<SettingsDraft, 'mapping' | 'shape'>;

export interface SettingsStep {
  element: HTMLDetailsElement;
  read(): SettingsValues;
  /** Opens the section (to show a field with a problem). */
  open(): void;
}

export function renderSettingsStep(
  defaults: AnalysisSettings,
  locale: SidebarLocale,
  advice: SourceInfo['referenceAdvice'] = null,
): SettingsStep {
  const text = locale.text;
  const asOf = el('input', { type: 'date', id: 'asOf', required: true, 'aria-describedby': 'asOf-hint' });
  asOf.value = defaults.asOf;
  const adviceBox = referenceAdviceBox(advice, locale.lang, asOf);

  const { binning } = defaults;
  const scaleBins = el('input', { type: 'radio', name: 'scale', id: 'scale-bins', value: 'bins' });
  const scaleGrid = el('input', { type: 'radio', name: 'scale', id: 'scale-grid', value: 'grid' });
  const scalePoints = el('input', {
    type: 'radio',
    name: 'scale',
    id: 'scale-points',
    value: 'points',
    'aria-describedby': 'points-hint',
  });
  const points = defaults.scoring === 'points';
  scaleBins.checked = !points && binning.kind === 'bins';
  scaleGrid.checked = !points && binning.kind === 'grid';
  scalePoints.checked = points;
  const lang = locale.lang;
  const pointsHint = el(
    'p',
    { id: 'points-hint', class: 'hint' },
    pointsSidebarText(lang, 'pointsHint', { sheet: pointsText(lang, 'sheetScale') }),
  );

  const bins = el('input', { type: 'number', id: 'bins', min: MIN_BINS, max: MAX_BINS, step: 1, inputmode: 'numeric' });
  // Classes per axis when the defaults hold a grid and the user switches to classes: the core's default.
  bins.value = String(binning.kind === 'bins' ? binning.n : DEFAULT_BINS);
  const binsLabel = text('binsLabel', { min: MIN_BINS, max: MAX_BINS });
  const binsField = el('div', { class: 'field' }, el('label', { for: 'bins' }, binsLabel), bins);

  const gridInputs = {} as Record<Axis, HTMLInputElement>;
  const gridField = el('div', { class: 'grid' }, el('p', { id: 'grid-hint', class: 'hint' }, text('gridHint')));
  for (const axis of AXES) {
    const input = el('input', {
      type: 'text',
      id: `grid-${axis}`,
      placeholder: text(`gridPlaceholder_${axis}`),
      'aria-describedby': 'grid-hint',
      autocomplete: 'off',
    });
    if (binning.kind === 'grid') input.value = formatNumberList(locale.lang, binning.grid[axis]);
    gridInputs[axis] = input;
    gridField.append(el('div', { class: 'field' }, el('label', { for: input.id }, text(`gridAxis_${axis}`)), input));
  }

  const method = selectOf(
    { id: 'method', 'aria-describedby': 'method-hint' },
    SCORE_METHODS.map((id) => ({ value: id, label: text(`method_${id}`) })),
    defaults.method,
  );
  const methodHint = el('p', { id: 'method-hint', class: 'hint' });

  const scheme = selectOf(
    { id: 'scheme' },
    SCHEME_IDS.map((id) => ({ value: id, label: text(`scheme_${id}`) })),
    defaults.scheme,
  );

  const showScale = () => {
    const grid = scaleGrid.checked;
    const byPoints = scalePoints.checked;
    binsField.hidden = grid || byPoints;
    gridField.hidden = !grid;
    pointsHint.hidden = !byPoints;
    method.disabled = grid || byPoints;
    scheme.disabled = byPoints;
    methodHint.textContent = grid ? text('methodWithGrid') : text(`methodHint_${method.value as ScoreMethod}`);
  };
  for (const control of [scaleBins, scaleGrid, scalePoints, method]) control.addEventListener('change', showScale);
  showScale();

  const aPercent = percentInput('aPercent', defaults.aShare);
  const bPercent = percentInput('bPercent', defaults.bShare);
  const abcRule = abcRuleSelect(defaults.abcRule ?? DEFAULT_ABC_RULE, aPercent, bPercent, lang);
  const aLabel = el('label', { for: 'aPercent' });
  const bLabel = el('label', { for: 'bPercent' });
  // shares of revenue, or of the number of clients with the rule "clients"
  const showShareLabels = () => {
    const byClients = abcRule.value === 'clients';
    aLabel.textContent = byClients ? pointsSidebarText(lang, 'aShareClientsLabel') : text('aShareLabel');
    bLabel.textContent = byClients ? pointsSidebarText(lang, 'bShareClientsLabel') : text('bShareLabel');
  };
  abcRule.addEventListener('change', showShareLabels);
  showShareLabels();
  const returns = selectOf(
    { id: 'returns' },
    RETURNS_POLICIES.map((id) => ({ value: id, label: text(`returns_${id}`) })),
    defaults.returns,
  );

  const element = el(
    'details',
    { class: 'step settings' },
    el('summary', { class: 'step-title' }, text('stepSettings')),
    el('p', { class: 'hint' }, text('settingsHint')),
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'asOf' }, text('asOfLabel')),
      asOf,
      el('p', { id: 'asOf-hint', class: 'hint' }, text('asOfHint')),
      ...(adviceBox ? [adviceBox] : []),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, text('scaleLegend')),
      el('div', { class: 'choice' }, scaleBins, el('label', { for: 'scale-bins' }, text('scaleBins'))),
      el('div', { class: 'choice' }, scaleGrid, el('label', { for: 'scale-grid' }, text('scaleGrid'))),
      el(
        'div',
        { class: 'choice' },
        scalePoints,
        el('label', { for: 'scale-points' }, pointsSidebarText(lang, 'scalePointsOption')),
      ),
      binsField,
      gridField,
      pointsHint,
    ),
    el('div', { class: 'field' }, el('label', { for: 'method' }, text('methodLabel')), method, methodHint),
    el('div', { class: 'field' }, el('label', { for: 'scheme' }, text('schemeLabel')), scheme),
    el(
      'fieldset',
      { class: 'abc' },
      el('legend', {}, text('abcLegend')),
      el('div', { class: 'field' }, el('label', { for: 'abcRule' }, pointsSidebarText(lang, 'abcRuleLabel')), abcRule),
      el(
        'div',
        { class: 'abc-inputs' },
        el('div', { class: 'field' }, aLabel, aPercent),
        el('div', { class: 'field' }, bLabel, bPercent),
      ),
      el('p', { class: 'hint' }, text('abcHint')),
      el('p', { class: 'hint' }, pointsSidebarText(lang, 'abcHintClients')),
    ),
    el('div', { class: 'field' }, el('label', { for: 'returns' }, text('returnsLabel')), returns),
  );

  // the advice must be seen: the section opens instead of starting collapsed
  if (adviceBox) element.open = true;

  return {
    element,
    read: () => ({
      asOf: asOf.value,
      scale: scalePoints.checked ? 'points' : scaleGrid.checked ? 'grid' : 'bins',
      bins: bins.valueAsNumber,
      grid: { r: gridInputs.r.value, f: gridInputs.f.value, m: gridInputs.m.value },
      method: method.value as ScoreMethod,
      scheme: scheme.value as SchemeId,
      aPercent: aPercent.valueAsNumber,
      bPercent: bPercent.valueAsNumber,
      abcRule: abcRule.value as AbcRule,
      returns: returns.value as ReturnsPolicy,
    }),
    open() {
      element.open = true;
    },
  };
}

const RULE_OPTIONS: Record<AbcRule, PointsSidebarTextKey> = {
  reach: 'abcRuleOptionReach',
  within: 'abcRuleOptionWithin',
  clients: 'abcRuleOptionClients',
};

/**
 * The ABC rule select. Changing the rule while the shares still hold the
 * previous rule's defaults puts the new rule's defaults in (20 % / 50 % of
 * the clients for "clients"); shares the user typed are kept.
 */
function abcRuleSelect(
  initial: AbcRule,
  aPercent: HTMLInputElement,
  bPercent: HTMLInputElement,
  lang: Lang,
): HTMLSelectElement {
  const select = selectOf(
    { id: 'abcRule' },
    ABC_RULES.map((rule) => ({ value: rule, label: pointsSidebarText(lang, RULE_OPTIONS[rule]) })),
    initial,
  );
  let previous = initial;
  select.addEventListener('change', () => {
    const rule = select.value as AbcRule;
    const old = ABC_DEFAULT_SHARES[previous];
    if (aPercent.valueAsNumber === toPercent(old.a) && bPercent.valueAsNumber === toPercent(old.b)) {
      aPercent.value = String(toPercent(ABC_DEFAULT_SHARES[rule].a));
      bPercent.value = String(toPercent(ABC_DEFAULT_SHARES[rule].b));
    }
    previous = rule;
  });
  return select;
}

/** A share as the percentage the inputs show (0.8 → 80). */
function toPercent(share: number): number {
  return Math.round(share * 100 * 1e6) / 1e6;
}

/** A percentage input (0–100) showing a share (0–1); a number input's value is always written with a point. */
function percentInput(id: string, share: number): HTMLInputElement {
  const input = el('input', { type: 'number', id, min: 0, max: 100, step: 'any', inputmode: 'decimal' });
  input.value = String(toPercent(share));
  return input;
}

/**
 * When the data ends more than 90 days before today (the server's advice),
 * says so under the reference date with a button that puts the last date in it.
 */
function referenceAdviceBox(
  advice: SourceInfo['referenceAdvice'],
  lang: Lang,
  asOf: HTMLInputElement,
): HTMLElement | null {
  if (advice === null) return null;
  const date = formatDay(lang, dayFromIso(advice.lastDate));
  const days = formatNumber(lang, advice.daysBefore, 0);
  const use = el(
    'button',
    { type: 'button', id: 'use-last-date', class: 'secondary' },
    shopText(lang, 'useLastDate', { date }),
  );
  const box = el(
    'div',
    { class: 'notice', id: 'asOf-advice', role: 'status' },
    el('p', {}, shopText(lang, 'staleData', { date, days })),
    use,
  );
  use.addEventListener('click', () => {
    asOf.value = advice.lastDate;
    asOf.dispatchEvent(new Event('change', { bubbles: true }));
    box.hidden = true;
    asOf.focus();
  });
  return box;
}
