/**
 * Texts of the SQL export that the add-on ships (the query's own error
 * messages, the sidebar's "Too big for a sheet?" panel), in French and
 * English. Placeholders are written `{name}` and filled by `sqlText`. The
 * command-line tools' texts are in sqlToolTexts.ts, out of the sidebar bundle.
 */
import type { Lang } from '../types';

const en = {
  // Raised by the query itself (SQL ERROR / error()), so the warehouse shows them as they are.
  queryMissingValue:
    'RFM_TABLE: a sale row has a client, a date or an amount missing (rows with all three blank are skipped)',
  queryDateAfterAsOf: 'RFM_TABLE: a sale is dated after the reference date {asOf}',
  queryNoRevenue: 'RFM_TABLE: no client has a positive amount, ABC classes need revenue',
  querySumOverflow:
    'RFM_TABLE: the amounts add up to more than the largest number a double holds (about 1.8e308): check the amounts',
  queryNoSale: 'RFM_TABLE: the table holds no sale',
  // Sidebar panel
  panelTitle: 'Too big for a sheet?',
  panelIntro:
    'Sheets stops at 10 million cells. This BigQuery query runs the same analysis (same columns, same scores) where your data lives: replace the table name, then run it in the BigQuery console, or in Sheets through Data › Data connectors › Connect to BigQuery (Connected Sheets).',
  panelTable: 'BigQuery table',
  panelCopy: 'Copy the query',
  panelCopied: 'Query copied.',
  panelNoColumns:
    'The query works on a sales log (one row per sale): choose that shape and map its client, date and amount columns above.',
  panelFixSettings: 'Correct the settings above first (press Analyse to see what is wrong).',
  panelTablePlaceholder: 'my-project.my_dataset.sales',
};

const fr: typeof en = {
  queryMissingValue:
    'RFM_TABLE : une ligne de vente n’a pas de client, de date ou de montant (les lignes entièrement vides sont ignorées)',
  queryDateAfterAsOf: 'RFM_TABLE : une vente est datée après la date de référence {asOf}',
  queryNoRevenue: 'RFM_TABLE : aucun client n’a de montant positif, les classes ABC demandent un chiffre d’affaires',
  querySumOverflow:
    'RFM_TABLE : les montants dépassent ensemble le plus grand nombre d’un double (environ 1,8e308) : vérifiez les montants',
  queryNoSale: 'RFM_TABLE : la table ne contient aucune vente',
  panelTitle: 'Trop gros pour une feuille ?',
  panelIntro:
    'Sheets s’arrête à 10 millions de cellules. Cette requête BigQuery fait la même analyse (mêmes colonnes, mêmes scores) là où sont vos données : remplacez le nom de la table, puis lancez-la dans la console BigQuery, ou dans Sheets par Données › Connecteurs de données › Se connecter à BigQuery (feuilles connectées).',
  panelTable: 'Table BigQuery',
  panelCopy: 'Copier la requête',
  panelCopied: 'Requête copiée.',
  panelNoColumns:
    'La requête travaille sur un journal des ventes (une ligne par vente) : choisissez cette forme et associez ses colonnes client, date et montant ci-dessus.',
  panelFixSettings: 'Corrigez d’abord les réglages ci-dessus (cliquez sur Analyser pour voir ce qui ne va pas).',
  panelTablePlaceholder: 'mon-projet.mon_jeu_de_donnees.ventes',
};

const tables: Record<Lang, typeof en> = { en, fr };

export type SqlTextKey = keyof typeof en;

/** The text `key` in `lang`, its `{placeholders}` filled from `params` (unknown ones left as written). */
export function sqlText(lang: Lang, key: SqlTextKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
