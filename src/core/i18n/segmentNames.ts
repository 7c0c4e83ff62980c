/**
 * Segment names of the shipped schemes, in French and English. The `rfm`
 * scheme keeps the R package's English names in both languages, so that its
 * published tables can be compared word for word.
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
  veryGood: 'Très bon client',
  good: 'Bon client',
  newClient: 'Nouveau client',
  futureNonClient: 'Futur non-client',
  inactive: 'Inactif (à reconquérir comme un prospect)',
  occasional: 'Client occasionnel',
};

export type SegmentKey = keyof typeof en;

const lookup = textLookup({ en, fr });

/** The name of segment `key` in `lang`. */
export function segmentName(key: SegmentKey, lang: Lang): string {
  return lookup(lang, key);
}
