/**
 * Segment names of the shipped schemes, in French and English. The `rfm`
 * scheme's English names are the R package's, so that its published tables
 * can be compared word for word; in French they are the classic scheme's
 * names of the same kind (the formulas' `rfm-en` keeps the English ones).
 */
import type { Lang } from '../types';

export const segmentNames = {
  champions: { en: 'Champions', fr: 'Champions' },
  loyal: { en: 'Loyal', fr: 'Clients fidèles' },
  potentialLoyalists: { en: 'Potential loyalists', fr: 'Fidèles en devenir' },
  newClients: { en: 'New', fr: 'Nouveaux clients' },
  promising: { en: 'Promising', fr: 'Clients prometteurs' },
  needAttention: { en: 'Need attention', fr: 'À surveiller' },
  aboutToSleep: { en: 'About to sleep', fr: 'En voie d’endormissement' },
  cantLose: { en: 'Can’t lose them', fr: 'À ne pas perdre' },
  atRisk: { en: 'At risk', fr: 'À risque (futurs non-clients)' },
  hibernating: { en: 'Hibernating', fr: 'En sommeil' },
  lost: { en: 'Lost', fr: 'Perdus' },
  others: { en: 'Others', fr: 'Autres' },
  rfmChampions: { en: 'Champions', fr: 'Champions' },
  rfmPotentialLoyalist: { en: 'Potential Loyalist', fr: 'Fidèles en devenir' },
  rfmLoyalCustomers: { en: 'Loyal Customers', fr: 'Clients fidèles' },
  rfmPromising: { en: 'Promising', fr: 'Clients prometteurs' },
  rfmNewCustomers: { en: 'New Customers', fr: 'Nouveaux clients' },
  rfmCantLose: { en: "Can't Lose Them", fr: 'À ne pas perdre' },
  rfmAtRisk: { en: 'At Risk', fr: 'À risque (futurs non-clients)' },
  rfmNeedAttention: { en: 'Need Attention', fr: 'À surveiller' },
  rfmAboutToSleep: { en: 'About To Sleep', fr: 'En voie d’endormissement' },
  rfmLost: { en: 'Lost', fr: 'Perdus' },
  rfmOthers: { en: 'Others', fr: 'Autres' },
  veryGood: { en: 'Very good client', fr: 'Très bon client' },
  good: { en: 'Good client', fr: 'Bon client' },
  newClient: { en: 'New client', fr: 'Nouveau client' },
  futureNonClient: { en: 'Future non-client', fr: 'Futur non-client' },
  inactive: { en: 'Inactive (prospect again)', fr: 'Inactif (à reconquérir comme un prospect)' },
  occasional: { en: 'Occasional client', fr: 'Client occasionnel' },
} as const satisfies Record<string, Record<Lang, string>>;

export type SegmentKey = keyof typeof segmentNames;

/** The name of segment `key` in `lang`. */
export function segmentName(key: SegmentKey, lang: Lang): string {
  return segmentNames[key][lang];
}
