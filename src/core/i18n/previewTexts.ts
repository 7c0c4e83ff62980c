/**
 * Every user-visible text of the local preview (`npm start`: the page, the
 * preview server's own errors and the command line), in French and English.
 * File errors come from `tools/file-import/messages.ts`; the sidebar's texts
 * from `sidebarTexts.ts`.
 */
import type { Lang } from '../types';
import { textLookup } from './textTable';

/** Errors of the preview server itself (not of the file or of the add-on). */
export type PreviewErrorCode =
  'bad_request' | 'unknown_sheet' | 'unknown_example' | 'unsupported_locale' | 'not_found' | 'internal';

const en = {
  pageTitle: 'Client Portfolio — local preview',
  /** Label before the name of the file shown. */
  fileLabel: 'File:',
  openFile: 'Open a file…',
  /** Tooltip of the file picker; `limit` is a size such as "20 MB". */
  openFileHint: 'An .xlsx workbook or a .csv file ({limit} at most); it becomes the first sheet.',
  /** A size in megabytes; `size` already formatted. */
  megabytes: '{size} MB',
  examplesLabel: 'Examples',
  examplePlaceholder: 'Choose an example…',
  example_boutique: 'A boutique’s client list (French)',
  example_salesLog: 'A shop’s sales log (English)',
  languageLabel: 'Spreadsheet locale',
  locale_fr_FR: 'French (France)',
  locale_en_US: 'English (United States)',
  panelLabel: 'Sidebar',
  panelAnalysis: 'Analyse clients',
  panelExercise: 'Create an exercise',
  downloadStudent: 'Student workbook (.xlsx)',
  downloadKey: 'Answer key (.xlsx)',
  download: 'Download (.xlsx)',
  downloadHint:
    'Every sheet in an .xlsx workbook: values, dates, simple number formats, bold. Charts are not included.',
  sheetTabs: 'Sheets of the workbook',
  gridLabel: 'Cells of sheet "{sheet}"',
  cellInput: 'Cell content (a formula such as =RFM_SCORE(…) or a value), Enter to confirm',
  sidebarFrame: 'Add-on sidebar',
  /** Notes under a capped grid; counts already formatted. */
  rowsCapped: 'Only the first {shown} of {total} rows are shown. The .xlsx download holds them all.',
  columnsCapped: 'Only the first {shown} of {total} columns are shown.',
  opening: 'Opening "{fileName}"…',
  loading: 'Loading…',
  closeBanner: 'Close',
  errorTitle: 'Error',
  networkError: 'The preview server does not answer. Run "npm start" again, then reload the page.',
  error_bad_request: 'The preview server did not understand the request.',
  error_unknown_sheet: 'This sheet no longer exists; the tabs have been updated.',
  error_unknown_example: 'There is no such example.',
  error_unsupported_locale: 'The preview does not offer this locale.',
  error_not_found: 'The preview server has nothing at this address.',
  error_internal: 'Internal error of the preview server (details in the terminal). The server keeps running.',
  // Messages of `npm start` in the terminal
  cliUsage: 'usage: npm start -- [file.csv | file.xlsx] [--locale fr_FR|en_US]',
  cliUnexpectedArgument: 'unexpected argument "{argument}"',
  cliBadLocale: '--locale takes {locales}',
  cliBadPort: 'PORT must be a port number (0 to 65535), not "{value}"',
  cliPortInUse: 'Port {port} is already in use: choose another one (PORT=0 for any free port).',
  cliListening: 'Client Portfolio preview: {url}',
};

const fr: typeof en = {
  pageTitle: 'Client Portfolio — aperçu local',
  fileLabel: 'Fichier :',
  openFile: 'Ouvrir un fichier…',
  openFileHint: 'Un classeur .xlsx ou un fichier .csv ({limit} au plus) ; il devient la première feuille.',
  megabytes: '{size} Mo',
  examplesLabel: 'Exemples',
  examplePlaceholder: 'Choisir un exemple…',
  example_boutique: 'Fichier clients d’une boutique (français)',
  example_salesLog: 'Journal des ventes d’un magasin (anglais)',
  languageLabel: 'Paramètres régionaux',
  locale_fr_FR: 'Français (France)',
  locale_en_US: 'Anglais (États-Unis)',
  panelLabel: 'Barre latérale',
  panelAnalysis: 'Analyser les clients',
  panelExercise: 'Créer un exercice',
  downloadStudent: 'Exercice élève (.xlsx)',
  downloadKey: 'Corrigé (.xlsx)',
  download: 'Télécharger (.xlsx)',
  downloadHint:
    'Toutes les feuilles dans un classeur .xlsx : valeurs, dates, formats de nombre simples, gras. Les graphiques ne sont pas inclus.',
  sheetTabs: 'Feuilles du classeur',
  gridLabel: 'Cellules de la feuille « {sheet} »',
  cellInput: 'Contenu de la cellule (formule =RFM_SCORE(…) ou valeur), Entrée pour valider',
  sidebarFrame: 'Barre latérale du module complémentaire',
  rowsCapped:
    'Seules les {shown} premières lignes sur {total} sont affichées. Le téléchargement .xlsx les contient toutes.',
  columnsCapped: 'Seules les {shown} premières colonnes sur {total} sont affichées.',
  opening: 'Ouverture de « {fileName} »…',
  loading: 'Chargement…',
  closeBanner: 'Fermer',
  errorTitle: 'Erreur',
  networkError: 'Le serveur de l’aperçu ne répond pas. Relancez « npm start » puis rechargez la page.',
  error_bad_request: 'Requête incomprise par le serveur de l’aperçu.',
  error_unknown_sheet: 'Cette feuille n’existe plus ; la liste des onglets a été mise à jour.',
  error_unknown_example: 'Cet exemple n’existe pas.',
  error_unsupported_locale: 'Ces paramètres régionaux ne sont pas proposés par l’aperçu.',
  error_not_found: 'Adresse inconnue du serveur de l’aperçu.',
  error_internal:
    'Erreur interne du serveur de l’aperçu (le détail est dans le terminal). Le serveur continue de fonctionner.',
  cliUsage: 'usage : npm start -- [fichier.csv | fichier.xlsx] [--locale fr_FR|en_US]',
  cliUnexpectedArgument: 'argument inattendu « {argument} »',
  cliBadLocale: '--locale attend {locales}',
  cliBadPort: 'PORT doit être un numéro de port (0 à 65535), et non « {value} »',
  cliPortInUse: 'Le port {port} est déjà utilisé : choisissez-en un autre (PORT=0 pour un port libre).',
  cliListening: 'Aperçu de Client Portfolio : {url}',
};

export type PreviewTextKey = keyof typeof en;

/** `previewText(lang, key, params?)`: the preview text `key` in `lang`, with its `{name}` placeholders filled from `params`. */
export const previewText = textLookup({ en, fr });

/** A preview text in both languages (the server's errors carry both, the page shows the one of the locale). */
export function previewTextInBoth(key: PreviewTextKey): Record<Lang, string> {
  return { fr: previewText('fr', key), en: previewText('en', key) };
}
