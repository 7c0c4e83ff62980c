/**
 * The spreadsheet locale to open a file with: French or English, guessed from
 * the words of its first rows (headers), as a person would at a glance.
 */
import type { ImportedWorkbook } from '../file-import/index';
import type { PreviewLocale } from './types';

/** Rows of the first sheet looked at. */
const ROWS_LOOKED_AT = 10;

/** Words only French headers use (accents removed, lower case). */
const FRENCH_WORDS = new Set([
  'achat',
  'achats',
  'montant',
  'dernier',
  'derniere',
  'telephone',
  'courriel',
  'commande',
  'commandes',
  'vente',
  'ventes',
  'prix',
  'chiffre',
  'affaires',
  'societe',
  'nom',
  'prenom',
  'jours',
  'depuis',
  'nombre',
  'produit',
  'categorie',
  'ttc',
  'frequence',
  'recence',
  'depense',
  'depenses',
  'du',
  'de',
  'des',
  'le',
  'la',
  'feuille',
  'adresse',
  'ville',
  'panier',
  'moyen',
]);

/** Words only English headers use. */
const ENGLISH_WORDS = new Set([
  'customer',
  'customers',
  'order',
  'orders',
  'amount',
  'last',
  'purchase',
  'purchases',
  'phone',
  'revenue',
  'sales',
  'sale',
  'spend',
  'spent',
  'price',
  'name',
  'days',
  'since',
  'number',
  'product',
  'category',
  'frequency',
  'recency',
  'value',
  'company',
  'address',
  'city',
  'of',
  'the',
  'sheet',
  'average',
  'basket',
]);

/**
 * `en_US` when the text cells of the first rows of the first sheet hold more
 * English-only words than French-only ones (a letter with a French accent
 * counts as a French word), `fr_FR` when fewer, `fallback` on a tie
 * (including a file with no recognisable word).
 */
export function guessLocale(workbook: ImportedWorkbook, fallback: PreviewLocale): PreviewLocale {
  const first = workbook.sheets[0];
  if (first === undefined) return fallback;
  let french = 0;
  let english = 0;
  for (const row of first.values.slice(0, ROWS_LOOKED_AT)) {
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      if (/[àâçéèêëîïôûùüÿœ]/i.test(cell)) french += 1;
      for (const word of wordsOf(cell)) {
        if (FRENCH_WORDS.has(word)) french += 1;
        if (ENGLISH_WORDS.has(word)) english += 1;
      }
    }
  }
  if (english === french) return fallback;
  return english > french ? 'en_US' : 'fr_FR';
}

/** Lower-case words without accents. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '');
}
