/**
 * Texts of the `npm run sql` and `npm run analyse` command-line tools, in
 * French and English. Placeholders are written `{name}` and filled by `sqlToolText`.
 */
import type { Lang } from '../types';

const en = {
  usageSql:
    'usage: npm run sql -- --dialect bigquery|duckdb --table NAME --client COL --date COL --amount COL [--order COL] [--as-of YYYY-MM-DD] [--bins N | --grid "R bounds/F bounds/M bounds"] [--method quantile|rfm|ntile] [--scheme classic|rfm|fr-ladder] [--abc reach|within|clients] [--a-share X] [--b-share Y] [--lang fr|en]',
  usageAnalyse:
    'usage: npm run analyse -- FILE.csv|FILE.parquet [--out clients.csv] [--client COL] [--date COL] [--amount COL] [--memory-limit 4GB] [--as-of YYYY-MM-DD] [--bins N | --grid "R bounds/F bounds/M bounds"] [--method quantile|rfm|ntile] [--scheme classic|rfm|fr-ladder] [--abc reach|within|clients] [--a-share X] [--b-share Y] [--lang fr|en]',
  unknownOption: 'Unknown option {option}.',
  missingOptionValue: 'The option {option} needs a value.',
  missingOption: 'The option {option} is required.',
  badOptionValue: 'The option {option} does not accept {value}: expected {expected}.',
  badGrid:
    'The grid {value} is not understood: write the ascending lower bounds of classes 2..n for R, F and M, separated by /, e.g. "30,90/2,5/100,500".',
  fileMissing: 'The file {file} does not exist.',
  fileKind: 'The file {file} is neither a .csv nor a .parquet file.',
  fileUnreadable: 'The file {file} could not be read as {kind}: {reason}.',
  columnMissing: 'The file has no column {column} (its columns: {columns}); name the column with {option}.',
  columnGuess: 'No {role} column was recognised among {columns}; name it with {option}.',
  badDates:
    'The column {column} holds a value that is not a date ({value}, data row {row}): dates must be written yyyy-mm-dd.',
  badAmounts: 'The column {column} holds a value that is not a number ({value}, data row {row}).',
  partlyBlankRow:
    'Data row {row} has a client, a date or an amount missing: fill it in or clear the whole row (rows with all three blank are skipped).',
  analysisFailed: 'The analysis stopped: {reason}.',
  duckdbMissing: 'The embedded database DuckDB is not installed: run npm install (it is an optional dependency).',
  progressReading: 'Reading {file} ({size})…',
  progressRead: '{rows} sale rows read in {seconds} s.',
  progressScoring: 'Scoring the clients…',
  progressWritten: '{clients} clients written to {out} in {seconds} s in all.',
  noteOnlyReturns: 'Clients with only returns (no purchase to score), left out: {clients}.',
};

const fr: typeof en = {
  usageSql:
    'usage : npm run sql -- --dialect bigquery|duckdb --table NOM --client COL --date COL --amount COL [--order COL] [--as-of AAAA-MM-JJ] [--bins N | --grid "bornes R/bornes F/bornes M"] [--method quantile|rfm|ntile] [--scheme classic|rfm|fr-ladder] [--abc reach|within|clients] [--a-share X] [--b-share Y] [--lang fr|en]',
  usageAnalyse:
    'usage : npm run analyse -- FICHIER.csv|FICHIER.parquet [--out clients.csv] [--client COL] [--date COL] [--amount COL] [--memory-limit 4GB] [--as-of AAAA-MM-JJ] [--bins N | --grid "bornes R/bornes F/bornes M"] [--method quantile|rfm|ntile] [--scheme classic|rfm|fr-ladder] [--abc reach|within|clients] [--a-share X] [--b-share Y] [--lang fr|en]',
  unknownOption: 'Option inconnue : {option}.',
  missingOptionValue: 'L’option {option} demande une valeur.',
  missingOption: 'L’option {option} est obligatoire.',
  badOptionValue: 'L’option {option} n’accepte pas {value} : attendu {expected}.',
  badGrid:
    'La grille {value} n’est pas comprise : écrivez les bornes basses croissantes des classes 2..n pour R, F et M, séparées par /, par exemple « 30,90/2,5/100,500 ».',
  fileMissing: 'Le fichier {file} n’existe pas.',
  fileKind: 'Le fichier {file} n’est ni un .csv ni un .parquet.',
  fileUnreadable: 'Le fichier {file} n’a pas pu être lu comme {kind} : {reason}.',
  columnMissing: 'Le fichier n’a pas de colonne {column} (ses colonnes : {columns}) ; nommez la colonne avec {option}.',
  columnGuess: 'Aucune colonne {role} n’a été reconnue parmi {columns} ; nommez-la avec {option}.',
  badDates:
    'La colonne {column} contient une valeur qui n’est pas une date ({value}, ligne de données {row}) : les dates s’écrivent AAAA-MM-JJ.',
  badAmounts: 'La colonne {column} contient une valeur qui n’est pas un nombre ({value}, ligne de données {row}).',
  partlyBlankRow:
    'La ligne de données {row} n’a pas de client, de date ou de montant : complétez-la ou videz toute la ligne (les lignes entièrement vides sont ignorées).',
  analysisFailed: 'L’analyse s’est arrêtée : {reason}.',
  duckdbMissing:
    'La base embarquée DuckDB n’est pas installée : lancez npm install (c’est une dépendance facultative).',
  progressReading: 'Lecture de {file} ({size})…',
  progressRead: '{rows} lignes de vente lues en {seconds} s.',
  progressScoring: 'Calcul des scores des clients…',
  progressWritten: '{clients} clients écrits dans {out} en {seconds} s au total.',
  noteOnlyReturns: 'Clients n’ayant que des retours (aucun achat à noter), laissés de côté : {clients}.',
};

const tables: Record<Lang, typeof en> = { en, fr };

export type SqlToolTextKey = keyof typeof en;

/** The text `key` in `lang`, its `{placeholders}` filled from `params` (unknown ones left as written). */
export function sqlToolText(lang: Lang, key: SqlToolTextKey, params: Record<string, string | number> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
