/**
 * Texts of the shopkeeper features: the reference-date advice, the greeting
 * column and the mail-merge export of the sidebar, and the history and
 * Movements sheets. `{placeholder}` strings, filled by `shopText`.
 */
import { textLookup } from './textTable';

const en = {
  // reference date (sidebar, settings step)
  staleData:
    'The last date in your data, {date}, is {days} days before today: as of today every client would look lost.',
  useLastDate: 'Use the last sale date ({date})',
  // messages (sidebar)
  greetingLabel: 'Greet clients by',
  greetingHint: 'The column that {{client}} stands for in the messages. Placeholders: {placeholders}.',
  exportCsv: 'Download the Actions as CSV (mail merge)',
  // history and Movements sheets
  sheetHistory: 'Portfolio – History',
  sheetMovements: 'Portfolio – Movements',
  historyRunDate: 'Run date',
  historyClient: 'Client',
  historySegment: 'Segment',
  historyAbc: 'ABC',
  movementsTitle: 'Segment movements from {previous} to {current}',
  movementsNoPrevious: 'No previous run yet: movements appear from the second run on.',
  movementsMatrix: 'Clients per segment: previous run (rows) → this run (columns)',
  movementsFrom: 'Previous \\ now',
  movementsNew: 'New client',
  movementsGone: 'Not in this run',
  movementsDown: 'Clients who moved down (act first)',
  movementsNone: 'No client moved down.',
  movementsClient: 'Client',
  movementsBefore: 'Before',
  movementsNow: 'Now',
  movementsAction: 'Action',
  movementsPriority: 'Priority',
  noteMovements: 'movements since the run of {date} in the sheet "{sheet}"',
};

const fr: typeof en = {
  staleData:
    'La dernière date de vos données, le {date}, est {days} jours avant aujourd’hui\u202f: à la date du jour, tous les clients paraîtraient perdus.',
  useLastDate: 'Prendre la date de la dernière vente ({date})',
  greetingLabel: 'Saluer les clients par',
  greetingHint: 'La colonne que remplace {{client}} dans les messages. Champs\u00a0: {placeholders}.',
  exportCsv: 'Télécharger les actions en CSV (publipostage)',
  sheetHistory: 'Portefeuille – Historique',
  sheetMovements: 'Portefeuille – Mouvements',
  historyRunDate: 'Date de l’analyse',
  historyClient: 'Client',
  historySegment: 'Segment',
  historyAbc: 'ABC',
  movementsTitle: 'Mouvements entre segments du {previous} au {current}',
  movementsNoPrevious: 'Pas encore d’analyse précédente\u00a0: les mouvements apparaissent à partir de la deuxième.',
  movementsMatrix: 'Clients par segment\u00a0: analyse précédente (lignes) → cette analyse (colonnes)',
  movementsFrom: 'Avant \\ maintenant',
  movementsNew: 'Nouveau client',
  movementsGone: 'Absent de cette analyse',
  movementsDown: 'Clients qui ont baissé (à traiter d’abord)',
  movementsNone: 'Aucun client n’a baissé.',
  movementsClient: 'Client',
  movementsBefore: 'Avant',
  movementsNow: 'Maintenant',
  movementsAction: 'Action',
  movementsPriority: 'Priorité',
  noteMovements: 'mouvements depuis l’analyse du {date} dans la feuille « {sheet} »',
};

export type ShopTextKey = keyof typeof en;

/**
 * The text `key` in `lang`, `{name}` placeholders filled by `params`. The
 * messages' own placeholders such as `{{client}}` stay as written: callers
 * never pass a parameter of their name.
 */
export const shopText = textLookup({ en, fr });
