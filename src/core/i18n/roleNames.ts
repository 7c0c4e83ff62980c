/**
 * Names of the source-column roles, as used in messages ("choose the column of the {role}").
 */
import type { ColumnRole } from '../sourceLayout';
import type { Lang } from '../types';

export const roleNames: Record<ColumnRole, Record<Lang, string>> = {
  client: { en: 'client', fr: 'du client' },
  date: { en: 'date (of last purchase or of sale)', fr: 'de la date (du dernier achat ou de la vente)' },
  recency: { en: 'days since the last purchase', fr: 'des jours depuis le dernier achat' },
  purchases: { en: 'number of purchases', fr: 'du nombre d’achats' },
  amount: { en: 'amount', fr: 'du montant' },
  email: { en: 'email', fr: 'de l’e-mail' },
  phone: { en: 'phone', fr: 'du téléphone' },
  type: { en: 'product type', fr: 'du type de produit' },
};

/** The name of `role` in `lang`. */
export function roleName(role: ColumnRole, lang: Lang): string {
  return roleNames[role][lang];
}
