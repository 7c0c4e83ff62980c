/**
 * Texts of the SQL export (the query's own error messages, the `npm run sql`
 * and `npm run analyse` tools, the sidebar's "Too big for a sheet?" panel),
 * in French and English. Placeholders are written `{name}` and filled by `sqlText`.
 */
import type { Lang } from '../types';

const en = {
  // Raised by the query itself (SQL ERROR / error()), so the warehouse shows them as they are.
  queryMissingValue: 'RFM_TABLE: a sale row has a client, a date or an amount missing (rows with all three blank are skipped)',
  queryDateAfterAsOf: 'RFM_TABLE: a sale is dated after the reference date {asOf}',
  queryNoRevenue: 'RFM_TABLE: no client has a positive amount, ABC classes need revenue',
  queryNoSale: 'RFM_TABLE: the table holds no sale',
  // Command-line tools
  usageSql:
    'usage: npm run sql -- --dialect bigquery|duckdb --table NAME --client COL --date COL --amount COL [--order COL] [--as-of YYYY-MM-DD] [--bins N | --grid "R bounds/F bounds/M bounds"] [--method quantile|rfm|ntile] [--scheme classic|rfm|fr-ladder] [--abc reach|within|clients] [--a-share X] [--b-share Y] [--lang fr|en]',
  usageAnalyse:
    'usage: npm run analyse -- FILE.csv|FILE.parquet [--out clients.csv] [--client COL] [--date COL] [--amount COL] [--as-of YYYY-MM-DD] [--bins N | --grid "R bounds/F bounds/M bounds"] [--method quantile|rfm|ntile] [--scheme classic|rfm|fr-ladder] [--abc reach|within|clients] [--a-share X] [--b-share Y] [--lang fr|en]',
  unknownOption: 'Unknown option {option}.',
  missingOptionValue: 'The option {option} needs a value.',
  missingOption: 'The option {option} is required.',
  badOptionValue: 'The option {option} does not accept {value}: expected {expected}.',
  badGrid: 'The grid {value} is not understood: write the ascending lower bounds of classes 2..n for R, F and M, separated by /, e.g. "30,90/2,5/100,500".',
  fileMissing: 'The file {file} does not exist.',
  fileKind: 'The file {file} is neither a .csv nor a .parquet file.',
  fileUnreadable: 'The file {file} could not be read as {kind}: {reason}.',
  columnMissing: 'The file has no column {column} (its columns: {columns}); name the column with {option}.',
  columnGuess: 'No {role} column was recognised among {columns}; name it with {option}.',
  badDates: 'The column {column} holds a value that is not a date ({value}): dates must be written yyyy-mm-dd.',
  badAmounts: 'The column {column} holds a value that is not a number ({value}).',
  analysisFailed: 'The analysis stopped: {reason}.',
  duckdbMissing: 'The embedded database DuckDB is not installed: run npm install (it is an optional dependency).',
  progressReading: 'Reading {file} ({size})…',
  progressRead: '{rows} sale rows read in {seconds} s.',
  progressScoring: 'Scoring the clients…',
  progressWritten: '{clients} clients written to {out} in {seconds} s in all.',
  // Sidebar panel
  panelTitle: 'Too big for a sheet?',
  panelIntro: 'Sheets stops at 10 million cells. This BigQuery query runs the same analysis (same columns, same scores) where your data lives: replace the table name, then run it in the BigQuery console, or in Sheets through Data › Data connectors › Connect to BigQuery (Connected Sheets).',
  panelTable: 'BigQuery table',
  panelCopy: 'Copy the query',
  panelCopied: 'Query copied.',
  panelNoColumns: 'The query works on a sales log (one row per sale): choose that shape and map its client, date and amount columns above.',
  panelFixSettings: 'Correct the settings above first (press Analyse to see what is wrong).',
  panelTablePlaceholder: 'my-project.my_dataset.sales',
};

const fr: typeof en = {
  queryMissingValue: 'RFM_TABLE : une ligne de vente n’a pas de client, de date ou de montant (les lignes entièrement vides sont ignorées)',
  queryDateAfterAsOf: 'RFM_TABLE : une vente est datée après la date de référence {asOf}',
  queryNoRevenue: 'RFM_TABLE : aucun client n’a de montant positif, les classes ABC demandent un chiffre d’affaires',
  queryNoSale: 'RFM_TABLE : la table ne contient aucune vente',
  usageSql:
    'usage : npm run sql -- --dialect bigquery|duckdb --table NOM --client COL --date COL --amount COL [--order COL] [--as-of AAAA-MM-JJ] [--bins N | --grid "bornes R/bornes F/bornes M"] [--method quantile|rfm|ntile] [--scheme classic|rfm|fr-ladder] [--abc reach|within|clients] [--a-share X] [--b-share Y] [--lang fr|en]',
  usageAnalyse:
    'usage : npm run analyse -- FICHIER.csv|FICHIER.parquet [--out clients.csv] [--client COL] [--date COL] [--amount COL] [--as-of AAAA-MM-JJ] [--bins N | --grid "bornes R/bornes F/bornes M"] [--method quantile|rfm|ntile] [--scheme classic|rfm|fr-ladder] [--abc reach|within|clients] [--a-share X] [--b-share Y] [--lang fr|en]',
  unknownOption: 'Option inconnue : {option}.',
  missingOptionValue: 'L’option {option} demande une valeur.',
  missingOption: 'L’option {option} est obligatoire.',
  badOptionValue: 'L’option {option} n’accepte pas {value} : attendu {expected}.',
  badGrid: 'La grille {value} n’est pas comprise : écrivez les bornes basses croissantes des classes 2..n pour R, F et M, séparées par /, par exemple « 30,90/2,5/100,500 ».',
  fileMissing: 'Le fichier {file} n’existe pas.',
  fileKind: 'Le fichier {file} n’est ni un .csv ni un .parquet.',
  fileUnreadable: 'Le fichier {file} n’a pas pu être lu comme {kind} : {reason}.',
  columnMissing: 'Le fichier n’a pas de colonne {column} (ses colonnes : {columns}) ; nommez la colonne avec {option}.',
  columnGuess: 'Aucune colonne {role} n’a été reconnue parmi {columns} ; nommez-la avec {option}.',
  badDates: 'La colonne {column} contient une valeur qui n’est pas une date ({value}) : les dates s’écrivent AAAA-MM-JJ.',
  badAmounts: 'La colonne {column} contient une valeur qui n’est pas un nombre ({value}).',
  analysisFailed: 'L’analyse s’est arrêtée : {reason}.',
  duckdbMissing: 'La base embarquée DuckDB n’est pas installée : lancez npm install (c’est une dépendance facultative).',
  progressReading: 'Lecture de {file} ({size})…',
  progressRead: '{rows} lignes de vente lues en {seconds} s.',
  progressScoring: 'Calcul des scores des clients…',
  progressWritten: '{clients} clients écrits dans {out} en {seconds} s au total.',
  panelTitle: 'Trop gros pour une feuille ?',
  panelIntro: 'Sheets s’arrête à 10 millions de cellules. Cette requête BigQuery fait la même analyse (mêmes colonnes, mêmes scores) là où sont vos données : remplacez le nom de la table, puis lancez-la dans la console BigQuery, ou dans Sheets par Données › Connecteurs de données › Se connecter à BigQuery (feuilles connectées).',
  panelTable: 'Table BigQuery',
  panelCopy: 'Copier la requête',
  panelCopied: 'Requête copiée.',
  panelNoColumns: 'La requête travaille sur un journal des ventes (une ligne par vente) : choisissez cette forme et associez ses colonnes client, date et montant ci-dessus.',
  panelFixSettings: 'Corrigez d’abord les réglages ci-dessus (cliquez sur Analyser pour voir ce qui ne va pas).',
  panelTablePlaceholder: 'mon-projet.mon_jeu_de_donnees.ventes',
};

const tables: Record<Lang, typeof en> = { en, fr };

export type SqlTextKey = keyof typeof en;

/** The text `key` in `lang`, its `{placeholders}` filled from `params` (unknown ones left as written). */
export function sqlText(lang: Lang, key: SqlTextKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
