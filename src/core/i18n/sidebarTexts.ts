/**
 * Every text of the sidebar, in French and English. Values in `{name}`
 * placeholders are formatted by the sidebar (numbers, percentages) or are
 * user text (headers, sheet names), which the sidebar always inserts as
 * text, never as HTML. Keys `prefix_value` name one text per value of a
 * list (`shape_clients`, `method_quantile`…), so the sidebar looks them up
 * as `` `shape_${shape}` ``.
 */
import { textLookup } from './textTable';

const en = {
  title: 'Client Portfolio',
  loading: 'Reading the active sheet…',

  // Step 1: source
  stepSource: '1. Source',
  sheetLabel: 'Sheet',
  headerRowLabel: 'Header row',
  dataRowsLabel: 'Data rows',
  reload: 'Reload',
  reloadHint: 'Reads the active sheet again, after you edit it or select another sheet.',
  shapeLabel: 'Table shape',
  shape_clients: 'One row per client',
  shape_sales: 'One row per sale',
  shapeHint_clients: 'Each row already sums up one client.',
  shapeHint_sales: 'Purchases are counted and amounts added up per client.',
  columnsLegend: 'Columns',
  role_client: 'Client',
  role_recency: 'Days since last purchase',
  role_purchases: 'Number of purchases',
  role_amount: 'Amount',
  role_email: 'Email',
  role_phone: 'Phone',
  role_firstName: 'First name',
  role_lastName: 'Last name',
  role_type: 'Product type',
  /** The date role is named per shape. */
  dateRole_clients: 'Date of last purchase',
  dateRole_sales: 'Sale date',
  /** Option of a role select meaning "this role uses no column". */
  noColumn: '— none —',
  /** Marker next to the label of a required role. */
  required: 'required',
  /** Name of a column whose header cell is blank. */
  unnamedColumn: 'Column {letter}',
  previewCaption: 'First rows of the table',
  previewEmpty: 'The table has no data rows yet.',

  // Step 2: settings
  stepSettings: '2. Settings',
  settingsHint: 'The defaults suit most shops: you can go straight to Analyse.',
  asOfLabel: 'Reference date',
  asOfHint: 'Recency is counted in days up to this date.',
  scaleLegend: 'R, F, M score scale',
  scaleBins: 'Number of classes',
  scaleGrid: 'My own grid',
  binsLabel: 'Classes per axis ({min} to {max})',
  gridHint: 'Lower bounds of classes 2, 3…, in ascending order, separated by commas or semicolons.',
  gridAxis_r: 'Recency (days)',
  gridAxis_f: 'Frequency (purchases)',
  gridAxis_m: 'Amount',
  gridPlaceholder_r: '30, 90, 180, 365',
  gridPlaceholder_f: '2, 4, 7, 10',
  gridPlaceholder_m: '100, 250, 500, 1000',
  methodLabel: 'Method',
  method_quantile: 'Quantiles',
  method_rfm: 'R package rfm',
  method_ntile: 'Equal groups (NTILE)',
  methodHint_quantile: 'Breakpoints at the quantiles of each column; equal values share a score.',
  methodHint_rfm: 'The convention of the R package rfm, to match its published tables.',
  methodHint_ntile: 'Groups of the same size by rank; ties are split by row order.',
  /** Shown instead of the method hint when a grid is used (the method then plays no part). */
  methodWithGrid: 'With a grid, your bounds give the scores.',
  schemeLabel: 'Segments',
  scheme_classic: 'Classic (11 segments)',
  scheme_rfm: 'R package rfm (10 segments + Others)',
  'scheme_fr-ladder': 'Course ladder (6 segments)',
  abcLegend: 'ABC classes',
  aShareLabel: 'A up to (% of revenue)',
  bShareLabel: 'B up to (% of revenue)',
  abcHint: 'Clients ranked by revenue: A make the first share, B the next, C the rest.',
  returnsLabel: 'Returns (negative amounts)',
  returns_net: 'Deduct them from sales',
  returns_ignore: 'Ignore them',

  // Step 3: analyse
  stepAnalyse: '3. Analyse',
  analyse: 'Analyse',
  /** `rows` is the formatted number of data rows. */
  analysing: 'Analysing {rows} rows…',
  analysisDone: 'Analysis finished.',

  // Problems found before running (codes of the core's form check)
  checkTitle: 'Please check:',
  missingRole: 'Choose the “{role}” column.',
  missingDateOrRecency: 'Choose a “{date}” or a “{recency}” column.',
  sameColumn: 'Column “{column}” is chosen for both “{firstRole}” and “{secondRole}”.',
  invalidAsOf: 'Enter a valid reference date.',
  invalidBins:
    'The number of classes must be a whole number from {min} to {max} (one digit per score in the RFM code).',
  grid_empty: '{axis}: enter at least one bound.',
  grid_tooMany: '{axis}: enter at most {max} bounds ({classes} classes).',
  grid_notNumber: '{axis}: “{value}” is not a number.',
  grid_notAscending: '{axis}: the bounds must go up from left to right.',
  invalidAbc: 'ABC: A must be above 0 and below B, and B at most 100.',

  // Errors from the server
  errorTitle: 'The analysis could not run',
  loadErrorTitle: 'The sheet could not be read',
  unknownError: 'Unexpected error. Please try again.',

  // Summary
  resultsTitle: 'Results',
  clientsLabel: 'Clients',
  revenueLabel: 'Revenue',
  /** Both shares already formatted. */
  pareto: '{clientShare} of clients make {revenueShare} of revenue.',
  segmentsTitle: 'Clients per segment',
  segmentsChartLabel: 'Bar chart: number of clients per segment',
  segmentColumn: 'Segment',
  clientsColumn: 'Clients',
  clientShareColumn: '% clients',
  revenueShareColumn: '% revenue',
  abcTitle: 'ABC classes',
  abcColumn: 'Class',
  thresholdsTitle: 'Thresholds used',
  thresholdAxis_r: 'R (days)',
  thresholdAxis_f: 'F (purchases)',
  thresholdAxis_m: 'M (amount)',
  /** Between the thresholds of one axis. */
  thresholdSeparator: ' · ',
  noThresholds: 'none',
  sheetsTitle: 'Sheets written',
  notesTitle: 'Notes',
  skippedNone: 'No row skipped',
  skippedOne: '1 row skipped',
  /** `count` already formatted. */
  skippedMany: '{count} rows skipped',
  showSkipped: 'Show the skipped rows',
  skippedRow: 'Row {row}: {reason}',
};

/** French typography: a no-break space before « : » and « ; » and inside « » quotes. */
const fr: typeof en = {
  title: 'Portefeuille clients',
  loading: 'Lecture de la feuille active…',

  stepSource: '1. Source',
  sheetLabel: 'Feuille',
  headerRowLabel: 'Ligne d’en-tête',
  dataRowsLabel: 'Lignes de données',
  reload: 'Relire',
  reloadHint: 'Relit la feuille active, après une modification ou le choix d’une autre feuille.',
  shapeLabel: 'Forme du tableau',
  shape_clients: 'Une ligne par client',
  shape_sales: 'Une ligne par vente',
  shapeHint_clients: 'Chaque ligne résume déjà un client.',
  shapeHint_sales: 'Les achats sont comptés et les montants additionnés par client.',
  columnsLegend: 'Colonnes',
  role_client: 'Client',
  role_recency: 'Jours depuis le dernier achat',
  role_purchases: 'Nombre d’achats',
  role_amount: 'Montant',
  role_email: 'E-mail',
  role_phone: 'Téléphone',
  role_firstName: 'Prénom',
  role_lastName: 'Nom de famille',
  role_type: 'Type de produits',
  dateRole_clients: 'Date du dernier achat',
  dateRole_sales: 'Date de la vente',
  noColumn: '— aucune —',
  required: 'obligatoire',
  unnamedColumn: 'Colonne {letter}',
  previewCaption: 'Premières lignes du tableau',
  previewEmpty: 'Le tableau n’a pas encore de ligne de données.',

  stepSettings: '2. Réglages',
  settingsHint:
    'Les réglages par défaut conviennent à la plupart des commerces\u00a0: vous pouvez lancer l’analyse directement.',
  asOfLabel: 'Date de référence',
  asOfHint: 'La récence est comptée en jours jusqu’à cette date.',
  scaleLegend: 'Échelle des notes R, F, M',
  scaleBins: 'Nombre de classes',
  scaleGrid: 'Mon barème',
  binsLabel: 'Classes par axe (de {min} à {max})',
  gridHint:
    'Bornes inférieures des classes 2, 3…, dans l’ordre croissant, séparées par des points-virgules (ou des virgules sans décimales).',
  gridAxis_r: 'Récence (jours)',
  gridAxis_f: 'Fréquence (achats)',
  gridAxis_m: 'Montant',
  gridPlaceholder_r: '30\u00a0; 90\u00a0; 180\u00a0; 365',
  gridPlaceholder_f: '2\u00a0; 4\u00a0; 7\u00a0; 10',
  gridPlaceholder_m: '100\u00a0; 250\u00a0; 500\u00a0; 1000',
  methodLabel: 'Méthode',
  method_quantile: 'Quantiles',
  method_rfm: 'Package R rfm',
  method_ntile: 'Groupes égaux (NTILE)',
  methodHint_quantile: 'Seuils aux quantiles de chaque colonne\u00a0; des valeurs égales ont la même note.',
  methodHint_rfm: 'La convention du package R rfm, pour retrouver ses tableaux publiés.',
  methodHint_ntile: 'Groupes de même taille selon le rang\u00a0; les ex æquo sont départagés par l’ordre des lignes.',
  methodWithGrid: 'Avec un barème, ce sont vos bornes qui donnent les notes.',
  schemeLabel: 'Segments',
  scheme_classic: 'Classique (11 segments)',
  scheme_rfm: 'Package R rfm (10 segments + Autres)',
  'scheme_fr-ladder': 'Échelle du cours (6 segments)',
  abcLegend: 'Classes ABC',
  aShareLabel: 'A jusqu’à (% du CA)',
  bShareLabel: 'B jusqu’à (% du CA)',
  abcHint: 'Clients classés par chiffre d’affaires\u00a0: A font la première part, B la suivante, C le reste.',
  returnsLabel: 'Retours (montants négatifs)',
  returns_net: 'Les déduire des ventes',
  returns_ignore: 'Les ignorer',

  stepAnalyse: '3. Analyse',
  analyse: 'Analyser',
  analysing: 'Analyse de {rows} lignes…',
  analysisDone: 'Analyse terminée.',

  checkTitle: 'À vérifier\u00a0:',
  missingRole: 'Choisissez la colonne «\u00a0{role}\u00a0».',
  missingDateOrRecency: 'Choisissez une colonne «\u00a0{date}\u00a0» ou «\u00a0{recency}\u00a0».',
  sameColumn:
    'La colonne «\u00a0{column}\u00a0» est choisie à la fois pour «\u00a0{firstRole}\u00a0» et pour «\u00a0{secondRole}\u00a0».',
  invalidAsOf: 'Saisissez une date de référence valide.',
  invalidBins: 'Le nombre de classes doit être un entier de {min} à {max} (un chiffre par note dans le code RFM).',
  grid_empty: '{axis}\u00a0: saisissez au moins une borne.',
  grid_tooMany: '{axis}\u00a0: saisissez au plus {max} bornes ({classes} classes).',
  grid_notNumber: '{axis}\u00a0: «\u00a0{value}\u00a0» n’est pas un nombre.',
  grid_notAscending: '{axis}\u00a0: les bornes doivent croître de gauche à droite.',
  invalidAbc: 'ABC\u00a0: A doit être supérieur à 0 et inférieur à B, et B au plus égal à 100.',

  errorTitle: 'L’analyse n’a pas pu aboutir',
  loadErrorTitle: 'La feuille n’a pas pu être lue',
  unknownError: 'Erreur inattendue. Veuillez réessayer.',

  resultsTitle: 'Résultats',
  clientsLabel: 'Clients',
  revenueLabel: 'Chiffre d’affaires',
  pareto: '{clientShare} des clients font {revenueShare} du chiffre d’affaires.',
  segmentsTitle: 'Clients par segment',
  segmentsChartLabel: 'Diagramme en barres\u00a0: nombre de clients par segment',
  segmentColumn: 'Segment',
  clientsColumn: 'Clients',
  clientShareColumn: '% clients',
  revenueShareColumn: '% CA',
  abcTitle: 'Classes ABC',
  abcColumn: 'Classe',
  thresholdsTitle: 'Seuils utilisés',
  thresholdAxis_r: 'R (jours)',
  thresholdAxis_f: 'F (achats)',
  thresholdAxis_m: 'M (montant)',
  thresholdSeparator: ' · ',
  noThresholds: 'aucun',
  sheetsTitle: 'Feuilles écrites',
  notesTitle: 'Remarques',
  skippedNone: 'Aucune ligne ignorée',
  skippedOne: '1 ligne ignorée',
  skippedMany: '{count} lignes ignorées',
  showSkipped: 'Voir les lignes ignorées',
  skippedRow: 'Ligne {row}\u00a0: {reason}',
};

export type SidebarTextKey = keyof typeof en;

/** Every sidebar text key. */
export const SIDEBAR_TEXT_KEYS = Object.keys(en) as SidebarTextKey[];

/** `sidebarText(lang, key, params?)`: the sidebar text `key` in `lang`, with its `{name}` placeholders filled from `params`. */
export const sidebarText = textLookup({ en, fr });
