/**
 * Error and notice texts of the core and of the custom functions, in French
 * and English. Placeholders are written `{name}` and filled by `formatMessage`.
 */
import type { Lang } from '../types';
import { pointsMessagesEn, pointsMessagesFr } from './pointsMessages';
import { fillText, type MessageParams } from './textTable';
import { btydMessagesEn, btydMessagesFr } from './btydMessages';

const en = {
  // cells
  notANumber: '{value} is not a number',
  dateNotNumber: 'a date is found where a number is expected',
  notADate: '{value} is not a date (expected a date cell or a text date such as 2025-03-14)',
  ambiguousDate: '{value} could be read as day/month or month/day: type it as a date cell or as yyyy-mm-dd',
  negativeCount: 'the number of purchases cannot be negative ({value})',
  notWholeCount: 'the number of purchases must be a whole number ({value})',
  negativeDays: 'the number of days since the last purchase cannot be negative ({value})',
  notWholeDays: 'the number of days since the last purchase must be a whole number ({value})',
  dateAfterAsOf: 'the date {date} is after the reference date {asOf}',
  mixedRecency: 'mixes dates and numbers of days: use one or the other for the whole column',
  missingValue: 'a value is missing on a row that has other values',
  // ranges and settings
  emptyRange: 'the range holds no value',
  notAColumn: 'expected a single column (or a single row) of cells, got {rows} rows × {columns} columns',
  oneValueExpected: 'takes one value (one cell), got a range of {rows} rows × {columns} columns',
  lengthMismatch: 'has {actual} rows but {expectedArg} has {expected}: ranges must have the same length',
  binsOutOfRange:
    'the number of classes must be a whole number from 2 to 9, as an RFM code holds one digit per score ({value})',
  gridShape: 'a grid must have 3 rows (R, F, M), each with 1 to 8 ascending bounds (2 to 9 classes)',
  gridNotAscending: 'the grid row {axis} is not strictly ascending ({values})',
  gridNotNumber: 'the grid row {axis} holds {value}, which is not a number',
  unknownMethod: 'unknown method {value}: use "quantile", "rfm" or "ntile"',
  unknownScheme: 'unknown segment scheme {value}: use "classic", "rfm", "fr-ladder" or "rfm-en"',
  notAScore: '{value} is not an RFM code such as 543 (three scores from 1 to {max})',
  shareOutOfRange: 'the share must be between 0 and 1 ({value})',
  abcSharesOrder: 'the A share ({a}) must be below the B share ({b}), both between 0 and 1',
  allAmountsZero: 'all amounts are zero or negative: there is no revenue to share',
  retentionOutOfRange: 'the retention rate must be greater than 0 and at most 1 ({value})',
  discountNegative: 'the discount rate cannot be negative ({value})',
  marginOutOfRange: 'the margin rate must be between 0 and 1 ({value})',
  infiniteHorizon: 'with no horizon the retention rate ({r}) must be below 1 + the discount rate ({d})',
  negativeNumber: 'cannot be negative ({value})',
  yearsNotWhole: 'with a retention or discount rate, the number of years must be a whole number ({value})',
  yearsRequired: 'give the number of years (leaving it blank means no horizon, which needs a retention rate below 1)',
  noClients: 'no client to analyse',
  badRule: 'sheet "{sheet}", row {row}: {problem}',
  ruleScheme: 'the scheme must be classic, rfm package or course ladder',
  ruleRange: 'score ranges must be whole numbers from 1 to 5, "from" not above "to"',
  ruleSegment: 'the segment name is missing',
  badCatalogue: 'sheet "{sheet}", row {row}: the priority must be a whole number',
  missingClient: 'the client is missing',
  missingCell: 'the {column} is missing',
  emptySheet: 'the sheet "{sheet}" is empty: open the sheet that holds your clients or your sales',
  sourceSheetGone:
    'the sheet "{sheet}" no longer exists (renamed or deleted?): reload the sidebar to choose the sheet to analyse again',
  noHeader: 'no header row found in "{sheet}": the first row must name the columns (for example Client, Date, Amount)',
  roleRequired: 'choose the column of the {role}',
  roleTwice: 'the same column is used for the {first} and the {second}',
  ownSheet: 'the sheet "{sheet}" is written by Client Portfolio: open the sheet of your clients or sales first',
  noActionsSheet: 'there is no sheet "{sheet}" yet: run the analysis first',
  onlyReturns: 'the client {client} only has returns in the log, no purchase to score: left out',
  saleAfterAsOf: 'sale dated {date}, after the reference date {asOf}: left out',
  badAsOf: 'the reference date {value} is not a date',
  badSettings: 'the analysis settings are incomplete ({field}): reload the sidebar and try again',
  busy: 'another analysis is running on this spreadsheet: try again in a moment',
  unexpected: 'something went wrong ({message}); your sheets were not changed',
  noteSettingsCreated:
    'created {sheets}: edit them to adapt segments and actions, they are kept from one run to the next',
  noteSettingsRead: 'segment rules and actions read from the sheets “{rules}” and “{catalogue}”',
  noteSingleClient:
    'only one client: RFM scores and segments compare clients with each other, so they say little about a single client',
  noteIdenticalClients:
    'every client has the same days since the last purchase, purchases and amount: they all get the same scores and segment',
  sumOverflow:
    'the amounts add up to more than the largest number a spreadsheet can hold (about 1.8e308): check the amounts',
  valueOverflow:
    'the client value is beyond the largest number a spreadsheet can hold (about 1.8e308): check the basket and the purchases',
  missingColumn:
    'the first row of "{sheet}" names the columns, but none is recognised as the column of the {role}: name that column in the first row (for example Client, Date, Amount)',
  gridBlank:
    'the grid row {axis} has a blank cell (cell {position} of the row): the cell is blank, fill it with a bound or remove it',
  duplicateClientNames: 'several rows name the same client ({clients}): each row is read as a separate client',
  ambiguousShape:
    'each client appears on one row only, or several rows name the same client: choose the shape (one row per client or one row per sale)',
  // exercises
  exerciseOption: 'the exercise setting "{field}" must be {expected} ({value})',
  exerciseOptionBlank:
    'the exercise setting "{field}" is blank in the hidden Settings sheet: create the exercise again (same seed for the same data)',
  exerciseMissing:
    'no exercise in this spreadsheet (the sheet "{sheet}" is missing): create one with Create an exercise… first',
  exerciseVersion:
    'this exercise was made by version {version} of the generator and this add-on has version {current}: create it again',
  exerciseNoWork: 'the sheet "{sheet}" is missing: it holds the answers to check',
  // location prefixes used by adapters
  inFunction: '{fn}: argument "{arg}", row {row}: {message}',
  inFunctionArg: '{fn}: argument "{arg}": {message}',
  inFunctionAll: '{fn}: {message}',
  ...pointsMessagesEn,
  ...btydMessagesEn,
} as const;

export type MessageKey = keyof typeof en;

/** Every message key. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
export type { MessageParams } from './textTable';

const fr: Record<MessageKey, string> = {
  notANumber: '{value} n’est pas un nombre',
  dateNotNumber: 'une date se trouve là où un nombre est attendu',
  notADate: '{value} n’est pas une date (attendu : une cellule date ou une date écrite comme 2025-03-14 ou 14/03/2025)',
  ambiguousDate: '{value} peut se lire jour/mois ou mois/jour : saisissez-la comme une date ou au format aaaa-mm-jj',
  negativeCount: 'le nombre d’achats ne peut pas être négatif ({value})',
  notWholeCount: 'le nombre d’achats doit être un nombre entier ({value})',
  negativeDays: 'le nombre de jours depuis le dernier achat ne peut pas être négatif ({value})',
  notWholeDays: 'le nombre de jours depuis le dernier achat doit être un nombre entier ({value})',
  dateAfterAsOf: 'la date {date} est postérieure à la date de référence {asOf}',
  mixedRecency: 'mélange des dates et des nombres de jours : utilisez l’un ou l’autre pour toute la colonne',
  missingValue: 'une valeur manque sur une ligne qui en contient d’autres',
  emptyRange: 'la plage ne contient aucune valeur',
  notAColumn: 'attendu : une seule colonne (ou une seule ligne) de cellules, reçu {rows} lignes × {columns} colonnes',
  oneValueExpected: 'attend une seule valeur (une cellule), reçu une plage de {rows} lignes × {columns} colonnes',
  lengthMismatch: 'a {actual} lignes mais {expectedArg} en a {expected} : les plages doivent avoir la même longueur',
  binsOutOfRange: 'le nombre de classes doit être un entier de 2 à 9, car un code RFM a un chiffre par note ({value})',
  gridShape: 'un barème doit avoir 3 lignes (R, F, M), chacune avec 1 à 8 seuils croissants (2 à 9 classes)',
  gridNotAscending: 'la ligne {axis} du barème n’est pas strictement croissante ({values})',
  gridNotNumber: 'la ligne {axis} du barème contient {value}, qui n’est pas un nombre',
  unknownMethod: 'méthode inconnue {value} : utilisez "quantile", "rfm" ou "ntile"',
  unknownScheme: 'grille de segments inconnue {value} : utilisez "classique", "rfm", "fr-ladder" ou "rfm-en"',
  notAScore: '{value} n’est pas un code RFM comme 543 (trois notes de 1 à {max})',
  shareOutOfRange: 'la part doit être comprise entre 0 et 1 ({value})',
  abcSharesOrder: 'la part A ({a}) doit être inférieure à la part B ({b}), toutes deux entre 0 et 1',
  allAmountsZero: 'tous les montants sont nuls ou négatifs : il n’y a pas de chiffre d’affaires à répartir',
  retentionOutOfRange: 'le taux de fidélité doit être supérieur à 0 et au plus égal à 1 ({value})',
  discountNegative: 'le taux d’actualisation ne peut pas être négatif ({value})',
  marginOutOfRange: 'le taux de marge doit être compris entre 0 et 1 ({value})',
  infiniteHorizon: 'sans horizon, le taux de fidélité ({r}) doit être inférieur à 1 + le taux d’actualisation ({d})',
  negativeNumber: 'ne peut pas être négatif ({value})',
  yearsNotWhole: 'avec un taux de fidélité ou d’actualisation, le nombre d’années doit être entier ({value})',
  yearsRequired:
    'indiquez le nombre d’années (le laisser vide signifie sans horizon, ce qui demande un taux de fidélité inférieur à 1)',
  noClients: 'aucun client à analyser',
  badRule: 'feuille « {sheet} », ligne {row} : {problem}',
  ruleScheme: 'la grille doit être classique, package rfm ou échelle du cours',
  ruleRange: 'les plages de notes sont des entiers de 1 à 5, « de » au plus égal à « à »',
  ruleSegment: 'le nom du segment manque',
  badCatalogue: 'feuille « {sheet} », ligne {row} : la priorité doit être un nombre entier',
  missingClient: 'le client manque',
  missingCell: 'la cellule {column} est vide',
  emptySheet: 'la feuille « {sheet} » est vide : ouvrez la feuille de vos clients ou de vos ventes',
  sourceSheetGone:
    'la feuille « {sheet} » n’existe plus (renommée ou supprimée ?) : rechargez la barre latérale pour choisir de nouveau la feuille à analyser',
  noHeader:
    'aucune ligne d’en-tête dans « {sheet} » : la première ligne doit nommer les colonnes (par exemple Client, Date, Montant)',
  roleRequired: 'choisissez la colonne {role}',
  roleTwice: 'la même colonne est choisie comme colonne {first} et comme colonne {second}',
  ownSheet:
    'la feuille « {sheet} » est écrite par Client Portfolio : ouvrez d’abord la feuille de vos clients ou de vos ventes',
  noActionsSheet: 'la feuille « {sheet} » n’existe pas encore : lancez d’abord l’analyse',
  onlyReturns: 'le client {client} n’a que des retours dans le journal, aucun achat à noter : non pris en compte',
  saleAfterAsOf: 'vente du {date}, après la date de référence {asOf} : non prise en compte',
  badAsOf: 'la date de référence {value} n’est pas une date',
  badSettings: 'les réglages de l’analyse sont incomplets ({field}) : rechargez la barre latérale et réessayez',
  busy: 'une autre analyse est en cours sur ce classeur : réessayez dans un instant',
  unexpected: 'une erreur inattendue est survenue ({message}) ; vos feuilles n’ont pas été modifiées',
  noteSettingsCreated:
    'feuilles créées : {sheets} ; modifiez-les pour adapter segments et actions, elles sont conservées d’une analyse à l’autre',
  noteSettingsRead: 'règles des segments et actions lues dans les feuilles « {rules} » et « {catalogue} »',
  noteSingleClient:
    'un seul client : les notes RFM et les segments comparent les clients entre eux, ils disent peu de chose d’un client seul',
  noteIdenticalClients:
    'tous les clients ont les mêmes jours depuis le dernier achat, nombre d’achats et montant : ils ont tous les mêmes notes et le même segment',
  sumOverflow:
    'les montants s’additionnent au-delà du plus grand nombre qu’un tableur peut contenir (environ 1,8e308) : vérifiez les montants',
  valueOverflow:
    'la valeur client dépasse le plus grand nombre qu’un tableur peut contenir (environ 1,8e308) : vérifiez le panier et le nombre d’achats',
  missingColumn:
    'la première ligne de « {sheet} » nomme les colonnes, mais aucune n’est reconnue comme la colonne {role} : nommez cette colonne dans la première ligne (par exemple Client, Date, Montant)',
  gridBlank:
    'la ligne {axis} du barème a une cellule vide (cellule {position} de la ligne) : la cellule est vide, saisissez une borne ou supprimez-la',
  duplicateClientNames:
    'plusieurs lignes portent le même client ({clients}) : chaque ligne est lue comme un client distinct',
  ambiguousShape:
    'chaque client figure sur une seule ligne, ou plusieurs lignes portent le même client : choisissez la forme (une ligne par client ou une ligne par vente)',
  exerciseOption: 'le paramètre d’exercice « {field} » doit être {expected} ({value})',
  exerciseOptionBlank:
    'le paramètre d’exercice « {field} » est vide dans la feuille cachée des paramètres : recréez l’exercice (même graine pour les mêmes données)',
  exerciseMissing:
    'aucun exercice dans ce classeur (la feuille « {sheet} » manque) : créez-en un avec Créer un exercice… d’abord',
  exerciseVersion:
    'cet exercice a été créé par la version {version} du générateur et ce module a la version {current} : recréez-le',
  exerciseNoWork: 'la feuille « {sheet} » manque : elle contient les réponses à vérifier',
  inFunction: '{fn} : argument « {arg} », ligne {row} : {message}',
  inFunctionArg: '{fn} : argument « {arg} » : {message}',
  inFunctionAll: '{fn} : {message}',
  ...pointsMessagesFr,
  ...btydMessagesFr,
};

const tables: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** The text of `key` in `lang`, with `{name}` placeholders replaced by `params`. */
export function formatMessage(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return fillText(lang, tables[lang][key], params);
}
