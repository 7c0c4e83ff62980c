/**
 * Segment names of the shipped schemes, in French and English. The `rfm`
 * scheme's English names are the R package's, so that its published tables
 * can be compared word for word; in French they are the classic scheme's
 * names of the same kind (the formulas' `rfm-en` keeps the English ones).
 */
import type { Lang } from '../types';
import { textLookup } from './textTable';

const en = {
  champions: 'Champions',
  loyal: 'Loyal',
  potentialLoyalists: 'Potential loyalists',
  newClients: 'New',
  promising: 'Promising',
  needAttention: 'Need attention',
  aboutToSleep: 'About to sleep',
  cantLose: 'Can’t lose them',
  atRisk: 'At risk',
  hibernating: 'Hibernating',
  lost: 'Lost',
  others: 'Others',
  rfmChampions: 'Champions',
  rfmPotentialLoyalist: 'Potential Loyalist',
  rfmLoyalCustomers: 'Loyal Customers',
  rfmPromising: 'Promising',
  rfmNewCustomers: 'New Customers',
  rfmCantLose: "Can't Lose Them",
  rfmAtRisk: 'At Risk',
  rfmNeedAttention: 'Need Attention',
  rfmAboutToSleep: 'About To Sleep',
  rfmLost: 'Lost',
  rfmOthers: 'Others',
  veryGood: 'Very good client',
  good: 'Good client',
  newClient: 'New client',
  futureNonClient: 'Future non-client',
  inactive: 'Inactive (prospect again)',
  occasional: 'Occasional client',
};

const fr: typeof en = {
  champions: 'Champions',
  loyal: 'Clients fidèles',
  potentialLoyalists: 'Fidèles en devenir',
  newClients: 'Nouveaux clients',
  promising: 'Clients prometteurs',
  needAttention: 'À surveiller',
  aboutToSleep: 'En voie d’endormissement',
  cantLose: 'À ne pas perdre',
  atRisk: 'À risque (futurs non-clients)',
  hibernating: 'En sommeil',
  lost: 'Perdus',
  others: 'Autres',
  rfmChampions: 'Champions',
  rfmPotentialLoyalist: 'Fidèles en devenir',
  rfmLoyalCustomers: 'Clients fidèles',
  rfmPromising: 'Clients prometteurs',
  rfmNewCustomers: 'Nouveaux clients',
  rfmCantLose: 'À ne pas perdre',
  rfmAtRisk: 'À risque (futurs non-clients)',
  rfmNeedAttention: 'À surveiller',
  rfmAboutToSleep: 'En voie d’endormissement',
  rfmLost: 'Perdus',
  rfmOthers: 'Autres',
  veryGood: 'Très bon client',
  good: 'Bon client',
  newClient: 'Nouveau client',
  futureNonClient: 'Futur non-client',
  inactive: 'Inactif (à reconquérir comme un prospect)',
  occasional: 'Client occasionnel',
};

export type SegmentKey = keyof typeof en;

/** Every segment key, in the order of the table. */
export const SEGMENT_KEYS = Object.keys(en) as SegmentKey[];

const lookup = textLookup({ en, fr });

/** The name of segment `key` in `lang`. */
export function segmentName(key: SegmentKey, lang: Lang): string {
  return lookup(lang, key);
}
