/**
 * Column headers of the per-client tables (RFM_TABLE and the Clients sheet), in French and English.
 */
import type { Lang } from '../types';
import { textLookup } from './textTable';

const en = {
  client: 'Client',
  lastPurchase: 'Last purchase',
  daysSince: 'Days since last purchase',
  purchases: 'Purchases',
  amount: 'Amount',
  averageBasket: 'Average basket',
  r: 'R',
  f: 'F',
  m: 'M',
  code: 'RFM code',
  segment: 'Segment',
  abc: 'ABC',
  clientValue: 'Client value (1 year)',
  action: 'Action',
  email: 'Email',
  phone: 'Phone',
  firstName: 'First name',
  lastName: 'Last name',
  productType: 'Product types',
};

const fr: typeof en = {
  client: 'Client',
  lastPurchase: 'Dernier achat',
  daysSince: 'Jours depuis le dernier achat',
  purchases: 'Nombre d’achats',
  amount: 'Montant',
  averageBasket: 'Panier moyen',
  r: 'R',
  f: 'F',
  m: 'M',
  code: 'Code RFM',
  segment: 'Segment',
  abc: 'ABC',
  clientValue: 'Valeur client (1 an)',
  action: 'Action',
  email: 'E-mail',
  phone: 'Téléphone',
  firstName: 'Prénom',
  lastName: 'Nom',
  productType: 'Types de produits',
};

export type TableHeaderKey = keyof typeof en;

/** Every header key. */
export const TABLE_HEADER_KEYS = Object.keys(en) as TableHeaderKey[];

const lookup = textLookup({ en, fr });

/** The header `key` in `lang`. */
export function tableHeader(key: TableHeaderKey, lang: Lang): string {
  return lookup(lang, key);
}
