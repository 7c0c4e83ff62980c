/**
 * Names of the source-column roles, as used in messages ("choose the column of the {role}").
 */
import type { ColumnRole } from '../sourceLayout';
import type { Lang } from '../types';
import { textLookup } from './textTable';

const en: Record<ColumnRole, string> = {
  client: 'client',
  date: 'date (of last purchase or of sale)',
  recency: 'days since the last purchase',
  purchases: 'number of purchases',
  amount: 'amount',
  email: 'email',
  phone: 'phone',
  firstName: 'first name',
  lastName: 'last name',
  type: 'product type',
};

const fr: typeof en = {
  client: 'du client',
  date: 'de la date (du dernier achat ou de la vente)',
  recency: 'des jours depuis le dernier achat',
  purchases: 'du nombre d’achats',
  amount: 'du montant',
  email: 'de l’e-mail',
  phone: 'du téléphone',
  firstName: 'du prénom',
  lastName: 'du nom de famille',
  type: 'du type de produit',
};

const lookup = textLookup({ en, fr });

/** The name of `role` in `lang`. */
export function roleName(role: ColumnRole, lang: Lang): string {
  return lookup(lang, role);
}
