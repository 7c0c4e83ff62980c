/**
 * Column headers of the per-client tables (RFM_TABLE and the Clients sheet), in French and English.
 */
import type { Lang } from '../types';

export const tableHeaders = {
  client: { en: 'Client', fr: 'Client' },
  lastPurchase: { en: 'Last purchase', fr: 'Dernier achat' },
  daysSince: { en: 'Days since last purchase', fr: 'Jours depuis le dernier achat' },
  purchases: { en: 'Purchases', fr: 'Nombre d’achats' },
  amount: { en: 'Amount', fr: 'Montant' },
  averageBasket: { en: 'Average basket', fr: 'Panier moyen' },
  r: { en: 'R', fr: 'R' },
  f: { en: 'F', fr: 'F' },
  m: { en: 'M', fr: 'M' },
  code: { en: 'RFM code', fr: 'Code RFM' },
  segment: { en: 'Segment', fr: 'Segment' },
  abc: { en: 'ABC', fr: 'ABC' },
  clientValue: { en: 'Client value (1 year)', fr: 'Valeur client (1 an)' },
  action: { en: 'Action', fr: 'Action' },
  email: { en: 'Email', fr: 'E-mail' },
  phone: { en: 'Phone', fr: 'Téléphone' },
  productType: { en: 'Product types', fr: 'Types de produits' },
} as const satisfies Record<string, Record<Lang, string>>;

export type TableHeaderKey = keyof typeof tableHeaders;

/** The header `key` in `lang`. */
export function tableHeader(key: TableHeaderKey, lang: Lang): string {
  return tableHeaders[key][lang];
}
