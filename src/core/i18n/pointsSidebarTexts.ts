/**
 * Sidebar texts of the points-scale method and of the ABC rules, in French
 * and English (kept apart from the sheet texts so that they stay out of the
 * Apps Script bundle). Placeholders are written `{name}`.
 */
import type { Lang } from '../types';
import { textLookup } from './textTable';

const en = {
  scalePointsOption: 'Points scale (barème)',
  pointsHint:
    'Points per criterion, weights and classes by total are read from the sheet “{sheet}”, created at the first run with a course-style scale: edit it, it is kept from one run to the next.',
  abcRuleLabel: 'Rule',
  aShareClientsLabel: 'A up to (% of clients)',
  bShareClientsLabel: 'B up to (% of clients)',
  abcRuleOptionReach: 'reach: A until the cumulative share reaches A',
  abcRuleOptionWithin: 'within: A while the cumulative share stays within A',
  abcRuleOptionClients: 'clients: shares of the number of clients',
  abcHintClients:
    'With the rule "clients", the shares are shares of the number of clients (default 20 % A, 30 % B, 50 % C).',
} as const;

export type PointsSidebarTextKey = keyof typeof en;

const fr: Record<PointsSidebarTextKey, string> = {
  scalePointsOption: 'Barème de points',
  pointsHint:
    'Les points de chaque critère, les coefficients et les classes selon le total sont lus dans la feuille « {sheet} », créée à la première analyse avec un barème de cours : modifiez-la, elle est conservée d’une analyse à l’autre.',
  abcRuleLabel: 'Règle',
  aShareClientsLabel: 'A jusqu’à (% des clients)',
  bShareClientsLabel: 'B jusqu’à (% des clients)',
  abcRuleOptionReach: 'atteinte : A jusqu’à atteindre la part A',
  abcRuleOptionWithin: 'sans dépasser : A tant que la part cumulée ne dépasse pas A',
  abcRuleOptionClients: 'par nombre de clients : parts du nombre de clients',
  abcHintClients:
    'Avec la règle « par nombre de clients », les parts sont des parts du nombre de clients (par défaut 20\u202f% A, 30\u202f% B, 50\u202f% C).',
};

const tables: Record<Lang, Record<PointsSidebarTextKey, string>> = { en, fr };

/** The text `key` in `lang`, with `{name}` placeholders filled from `params`. */
export const pointsSidebarText = textLookup(tables);
