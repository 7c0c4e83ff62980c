/**
 * Every user-visible text of the local preview (the page and the server's
 * own errors), one table per language. File errors come from
 * `tools/file-import/messages.ts`; the sidebar's texts from the add-on.
 */
import type { Lang } from '../../src/core/types';

/** Errors of the preview server itself (not of the file or of the add-on). */
export type PreviewErrorCode = 'bad_request' | 'unknown_sheet' | 'unknown_example' | 'unsupported_locale' | 'not_found' | 'internal';

export interface PreviewTexts {
  pageTitle: string;
  /** Label before the name of the file shown. */
  fileLabel: string;
  openFile: string;
  /** Tooltip of the file picker; `limit` is a size such as "20 MB". */
  openFileHint: (limit: string) => string;
  examplesLabel: string;
  examplePlaceholder: string;
  exampleBoutique: string;
  exampleSalesLog: string;
  languageLabel: string;
  languageFrench: string;
  languageEnglish: string;
  download: string;
  downloadHint: string;
  panelLabel: string;
  panelAnalysis: string;
  panelExercise: string;
  downloadStudent: string;
  downloadKey: string;
  sheetTabs: string;
  gridLabel: (sheet: string) => string;
  sidebarFrame: string;
  /** Note under a capped grid. */
  rowsCapped: (shown: string, total: string) => string;
  columnsCapped: (shown: string, total: string) => string;
  opening: (fileName: string) => string;
  loading: string;
  closeBanner: string;
  errorTitle: string;
  networkError: string;
  sizeUnit: string;
  errors: Record<PreviewErrorCode, string>;
  /** Messages of `npm start` in the terminal. */
  cli: {
    usage: string;
    unexpectedArgument: (argument: string) => string;
    badLocale: (locales: string) => string;
    badPort: (value: string) => string;
    portInUse: (port: number) => string;
  };
}

export const previewTexts: Record<Lang, PreviewTexts> = {
  fr: {
    pageTitle: 'Client Portfolio — aperçu local',
    fileLabel: 'Fichier :',
    openFile: 'Ouvrir un fichier…',
    openFileHint: (limit) => `Un classeur .xlsx ou un fichier .csv (${limit} au plus) ; il devient la première feuille.`,
    examplesLabel: 'Exemples',
    examplePlaceholder: 'Choisir un exemple…',
    exampleBoutique: 'Fichier clients d’une boutique (français)',
    exampleSalesLog: 'Journal des ventes d’un magasin (anglais)',
    languageLabel: 'Paramètres régionaux',
    languageFrench: 'Français (France)',
    languageEnglish: 'Anglais (États-Unis)',
    panelLabel: 'Barre latérale',
    panelAnalysis: 'Analyser les clients',
    panelExercise: 'Créer un exercice',
    downloadStudent: 'Exercice élève (.xlsx)',
    downloadKey: 'Corrigé (.xlsx)',
    download: 'Télécharger (.xlsx)',
    downloadHint:
      'Toutes les feuilles dans un classeur .xlsx : valeurs, dates, formats de nombre simples, gras. Les graphiques ne sont pas inclus.',
    sheetTabs: 'Feuilles du classeur',
    gridLabel: (sheet) => `Cellules de la feuille « ${sheet} »`,
    sidebarFrame: 'Barre latérale du module complémentaire',
    rowsCapped: (shown, total) => `Seules les ${shown} premières lignes sur ${total} sont affichées. Le téléchargement .xlsx les contient toutes.`,
    columnsCapped: (shown, total) => `Seules les ${shown} premières colonnes sur ${total} sont affichées.`,
    opening: (fileName) => `Ouverture de « ${fileName} »…`,
    loading: 'Chargement…',
    closeBanner: 'Fermer',
    errorTitle: 'Erreur',
    networkError: 'Le serveur de l’aperçu ne répond pas. Relancez « npm start » puis rechargez la page.',
    sizeUnit: 'Mo',
    errors: {
      bad_request: 'Requête incomprise par le serveur de l’aperçu.',
      unknown_sheet: 'Cette feuille n’existe plus ; la liste des onglets a été mise à jour.',
      unknown_example: 'Cet exemple n’existe pas.',
      unsupported_locale: 'Ces paramètres régionaux ne sont pas proposés par l’aperçu.',
      not_found: 'Adresse inconnue du serveur de l’aperçu.',
      internal: 'Erreur interne du serveur de l’aperçu (le détail est dans le terminal). Le serveur continue de fonctionner.',
    },
    cli: {
      usage: 'usage : npm start -- [fichier.csv | fichier.xlsx] [--locale fr_FR|en_US]',
      unexpectedArgument: (argument) => `argument inattendu « ${argument} »`,
      badLocale: (locales) => `--locale attend ${locales}`,
      badPort: (value) => `PORT doit être un numéro de port (0 à 65535), et non « ${value} »`,
      portInUse: (port) => `Le port ${port} est déjà utilisé : choisissez-en un autre (PORT=0 pour un port libre).`,
    },
  },
  en: {
    pageTitle: 'Client Portfolio — local preview',
    fileLabel: 'File:',
    openFile: 'Open a file…',
    openFileHint: (limit) => `An .xlsx workbook or a .csv file (${limit} at most); it becomes the first sheet.`,
    examplesLabel: 'Examples',
    examplePlaceholder: 'Choose an example…',
    exampleBoutique: 'A boutique’s client list (French)',
    exampleSalesLog: 'A shop’s sales log (English)',
    languageLabel: 'Spreadsheet locale',
    languageFrench: 'French (France)',
    languageEnglish: 'English (United States)',
    panelLabel: 'Sidebar',
    panelAnalysis: 'Analyse clients',
    panelExercise: 'Create an exercise',
    downloadStudent: 'Student workbook (.xlsx)',
    downloadKey: 'Answer key (.xlsx)',
    download: 'Download (.xlsx)',
    downloadHint: 'Every sheet in an .xlsx workbook: values, dates, simple number formats, bold. Charts are not included.',
    sheetTabs: 'Sheets of the workbook',
    gridLabel: (sheet) => `Cells of sheet "${sheet}"`,
    sidebarFrame: 'Add-on sidebar',
    rowsCapped: (shown, total) => `Only the first ${shown} of ${total} rows are shown. The .xlsx download holds them all.`,
    columnsCapped: (shown, total) => `Only the first ${shown} of ${total} columns are shown.`,
    opening: (fileName) => `Opening "${fileName}"…`,
    loading: 'Loading…',
    closeBanner: 'Close',
    errorTitle: 'Error',
    networkError: 'The preview server does not answer. Run "npm start" again, then reload the page.',
    sizeUnit: 'MB',
    errors: {
      bad_request: 'The preview server did not understand the request.',
      unknown_sheet: 'This sheet no longer exists; the tabs have been updated.',
      unknown_example: 'There is no such example.',
      unsupported_locale: 'The preview does not offer this locale.',
      not_found: 'The preview server has nothing at this address.',
      internal: 'Internal error of the preview server (details in the terminal). The server keeps running.',
    },
    cli: {
      usage: 'usage: npm start -- [file.csv | file.xlsx] [--locale fr_FR|en_US]',
      unexpectedArgument: (argument) => `unexpected argument "${argument}"`,
      badLocale: (locales) => `--locale takes ${locales}`,
      badPort: (value) => `PORT must be a port number (0 to 65535), not "${value}"`,
      portInUse: (port) => `Port ${port} is already in use: choose another one (PORT=0 for any free port).`,
    },
  },
};

/** The message of a preview error in both languages. */
export function previewErrorMessages(code: PreviewErrorCode): Record<Lang, string> {
  return { fr: previewTexts.fr.errors[code], en: previewTexts.en.errors[code] };
}
