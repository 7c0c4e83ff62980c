/**
 * Every text the sidebar shows, in French and English. Texts with values are
 * functions; the values they receive are already formatted for the language
 * (numbers, percentages) or are user text (headers, sheet names), which the
 * sidebar always inserts as text, never as HTML.
 */
import type { Lang, ReturnsPolicy, SchemeId, ScoreMethod } from '../types';
import type { ColumnRole, SourceShape } from '../sourceLayout';

/** The three axes of a score, as the grid inputs and the thresholds name them. */
export type Axis = 'r' | 'f' | 'm';

export interface SidebarTexts {
  /** Title at the top of the sidebar. */
  title: string;
  /** Shown while the active sheet is read. */
  loading: string;

  // Step 1: source
  stepSource: string;
  sheetLabel: string;
  headerRowLabel: string;
  dataRowsLabel: string;
  reload: string;
  reloadHint: string;
  shapeLabel: string;
  shapes: Record<SourceShape, string>;
  /** Hint under the shape select, per shape. */
  shapeHints: Record<SourceShape, string>;
  columnsLegend: string;
  /** Label of each role's select; the date role is named per shape. */
  roles: Record<Exclude<ColumnRole, 'date'>, string>;
  dateRole: Record<SourceShape, string>;
  /** Option of a role select meaning "this role uses no column". */
  noColumn: string;
  /** Marker next to the label of a required role. */
  required: string;
  /** Name of a column whose header cell is blank; `letter` is its column letter. */
  unnamedColumn: (letter: string) => string;
  previewCaption: string;
  previewEmpty: string;

  // Step 2: settings
  stepSettings: string;
  settingsHint: string;
  asOfLabel: string;
  asOfHint: string;
  scaleLegend: string;
  scaleBins: string;
  scaleGrid: string;
  binsLabel: string;
  gridHint: string;
  gridAxes: Record<Axis, string>;
  gridPlaceholders: Record<Axis, string>;
  methodLabel: string;
  methods: Record<ScoreMethod, string>;
  methodHints: Record<ScoreMethod, string>;
  /** Shown instead of the method hint when a grid is used (the method then plays no part). */
  methodWithGrid: string;
  schemeLabel: string;
  schemes: Record<SchemeId, string>;
  abcLegend: string;
  aShareLabel: string;
  bShareLabel: string;
  abcHint: string;
  returnsLabel: string;
  returns: Record<ReturnsPolicy, string>;

  // Step 3: analyse
  stepAnalyse: string;
  analyse: string;
  /** Progress text; `rows` is the formatted number of data rows. */
  analysing: (rows: string) => string;
  analysisDone: string;

  // Checks made before running
  checkTitle: string;
  missingRole: (role: string) => string;
  missingDateOrRecency: (date: string, recency: string) => string;
  sameColumnTwice: (column: string, firstRole: string, secondRole: string) => string;
  invalidAsOf: string;
  invalidBins: string;
  gridEmpty: (axis: string) => string;
  gridTooMany: (axis: string) => string;
  gridNotNumber: (axis: string, value: string) => string;
  gridNotAscending: (axis: string) => string;
  invalidAbc: string;

  // Errors from the server
  errorTitle: string;
  loadErrorTitle: string;
  unknownError: string;

  // Summary
  resultsTitle: string;
  clientsLabel: string;
  revenueLabel: string;
  /** "x % of clients make y % of revenue"; both shares already formatted. */
  pareto: (clientShare: string, revenueShare: string) => string;
  segmentsTitle: string;
  segmentsChartLabel: string;
  segmentColumn: string;
  clientsColumn: string;
  clientShareColumn: string;
  revenueShareColumn: string;
  abcTitle: string;
  abcColumn: string;
  thresholdsTitle: string;
  thresholdAxes: Record<Axis, string>;
  noThresholds: string;
  sheetsTitle: string;
  notesTitle: string;
  /** Heading of the skipped rows; `count` is the number (0 allowed), `shown` the same number formatted. */
  skippedTitle: (count: number, shown: string) => string;
  showSkipped: string;
  skippedRow: (row: string, reason: string) => string;
}

const en: SidebarTexts = {
  title: 'Client Portfolio',
  loading: 'Reading the active sheet…',

  stepSource: '1. Source',
  sheetLabel: 'Sheet',
  headerRowLabel: 'Header row',
  dataRowsLabel: 'Data rows',
  reload: 'Reload',
  reloadHint: 'Reads the active sheet again, after you edit it or select another sheet.',
  shapeLabel: 'Table shape',
  shapes: { clients: 'One row per client', sales: 'One row per sale' },
  shapeHints: {
    clients: 'Each row already sums up one client.',
    sales: 'Purchases are counted and amounts added up per client.',
  },
  columnsLegend: 'Columns',
  roles: {
    client: 'Client',
    recency: 'Days since last purchase',
    purchases: 'Number of purchases',
    amount: 'Amount',
    email: 'Email',
    phone: 'Phone',
    type: 'Product type',
  },
  dateRole: { clients: 'Date of last purchase', sales: 'Sale date' },
  noColumn: '— none —',
  required: 'required',
  unnamedColumn: (letter) => `Column ${letter}`,
  previewCaption: 'First rows of the table',
  previewEmpty: 'The table has no data rows yet.',

  stepSettings: '2. Settings',
  settingsHint: 'The defaults suit most shops: you can go straight to Analyse.',
  asOfLabel: 'Reference date',
  asOfHint: 'Recency is counted in days up to this date.',
  scaleLegend: 'Scores',
  scaleBins: 'Number of classes',
  scaleGrid: 'My own grid',
  binsLabel: 'Classes per axis (2 to 10)',
  gridHint: 'Lower bounds of classes 2, 3…, in ascending order, separated by commas or semicolons.',
  gridAxes: { r: 'Recency (days)', f: 'Frequency (purchases)', m: 'Amount' },
  gridPlaceholders: { r: '30, 90, 180, 365', f: '2, 4, 7, 10', m: '100, 250, 500, 1000' },
  methodLabel: 'Method',
  methods: { quantile: 'Quantiles', rfm: 'R package rfm', ntile: 'Equal groups (NTILE)' },
  methodHints: {
    quantile: 'Breakpoints at the quantiles of each column; equal values share a score.',
    rfm: 'The convention of the R package rfm, to match its published tables.',
    ntile: 'Groups of the same size by rank; ties are split by row order.',
  },
  methodWithGrid: 'With a grid, your bounds give the scores.',
  schemeLabel: 'Segments',
  schemes: {
    classic: 'Classic (11 segments)',
    rfm: 'R package rfm (10 segments + Others)',
    'fr-ladder': 'Course ladder (6 segments)',
  },
  abcLegend: 'ABC classes',
  aShareLabel: 'A up to (% of revenue)',
  bShareLabel: 'B up to (% of revenue)',
  abcHint: 'Clients ranked by revenue: A make the first share, B the next, C the rest.',
  returnsLabel: 'Returns (negative amounts)',
  returns: { net: 'Deduct them from sales', ignore: 'Ignore them' },

  stepAnalyse: '3. Analyse',
  analyse: 'Analyse',
  analysing: (rows) => `Analysing ${rows} rows…`,
  analysisDone: 'Analysis finished.',

  checkTitle: 'Please check:',
  missingRole: (role) => `Choose the “${role}” column.`,
  missingDateOrRecency: (date, recency) => `Choose a “${date}” or a “${recency}” column.`,
  sameColumnTwice: (column, firstRole, secondRole) =>
    `Column “${column}” is chosen for both “${firstRole}” and “${secondRole}”.`,
  invalidAsOf: 'Enter a valid reference date.',
  invalidBins: 'The number of classes must be a whole number from 2 to 10.',
  gridEmpty: (axis) => `${axis}: enter at least one bound.`,
  gridTooMany: (axis) => `${axis}: enter at most 9 bounds (10 classes).`,
  gridNotNumber: (axis, value) => `${axis}: “${value}” is not a number.`,
  gridNotAscending: (axis) => `${axis}: the bounds must go up from left to right.`,
  invalidAbc: 'ABC: A must be above 0 and below B, and B at most 100.',

  errorTitle: 'The analysis could not run',
  loadErrorTitle: 'The sheet could not be read',
  unknownError: 'Unexpected error. Please try again.',

  resultsTitle: 'Results',
  clientsLabel: 'Clients',
  revenueLabel: 'Revenue',
  pareto: (clientShare, revenueShare) => `${clientShare} of clients make ${revenueShare} of revenue.`,
  segmentsTitle: 'Clients per segment',
  segmentsChartLabel: 'Bar chart: number of clients per segment',
  segmentColumn: 'Segment',
  clientsColumn: 'Clients',
  clientShareColumn: '% clients',
  revenueShareColumn: '% revenue',
  abcTitle: 'ABC classes',
  abcColumn: 'Class',
  thresholdsTitle: 'Thresholds used',
  thresholdAxes: { r: 'R (days)', f: 'F (purchases)', m: 'M (amount)' },
  noThresholds: 'none',
  sheetsTitle: 'Sheets written',
  notesTitle: 'Notes',
  skippedTitle: (count, shown) => {
    if (count === 0) return 'No row skipped';
    return count === 1 ? '1 row skipped' : `${shown} rows skipped`;
  },
  showSkipped: 'Show the skipped rows',
  skippedRow: (row, reason) => `Row ${row}: ${reason}`,
};

/** French typography: a no-break space before « : » and « ; » and inside « » quotes. */
const fr: SidebarTexts = {
  title: 'Portefeuille clients',
  loading: 'Lecture de la feuille active…',

  stepSource: '1. Source',
  sheetLabel: 'Feuille',
  headerRowLabel: 'Ligne d’en-tête',
  dataRowsLabel: 'Lignes de données',
  reload: 'Relire',
  reloadHint: 'Relit la feuille active, après une modification ou le choix d’une autre feuille.',
  shapeLabel: 'Forme du tableau',
  shapes: { clients: 'Une ligne par client', sales: 'Une ligne par vente' },
  shapeHints: {
    clients: 'Chaque ligne résume déjà un client.',
    sales: 'Les achats sont comptés et les montants additionnés par client.',
  },
  columnsLegend: 'Colonnes',
  roles: {
    client: 'Client',
    recency: 'Jours depuis le dernier achat',
    purchases: 'Nombre d’achats',
    amount: 'Montant',
    email: 'E-mail',
    phone: 'Téléphone',
    type: 'Type de produits',
  },
  dateRole: { clients: 'Date du dernier achat', sales: 'Date de la vente' },
  noColumn: '— aucune —',
  required: 'obligatoire',
  unnamedColumn: (letter) => `Colonne ${letter}`,
  previewCaption: 'Premières lignes du tableau',
  previewEmpty: 'Le tableau n’a pas encore de ligne de données.',

  stepSettings: '2. Réglages',
  settingsHint: 'Les réglages par défaut conviennent à la plupart des commerces\u00a0: vous pouvez lancer l’analyse directement.',
  asOfLabel: 'Date de référence',
  asOfHint: 'La récence est comptée en jours jusqu’à cette date.',
  scaleLegend: 'Notes',
  scaleBins: 'Nombre de classes',
  scaleGrid: 'Mon barème',
  binsLabel: 'Classes par axe (de 2 à 10)',
  gridHint:
    'Bornes inférieures des classes 2, 3…, dans l’ordre croissant, séparées par des points-virgules (ou des virgules sans décimales).',
  gridAxes: { r: 'Récence (jours)', f: 'Fréquence (achats)', m: 'Montant' },
  gridPlaceholders: { r: '30\u00a0; 90\u00a0; 180\u00a0; 365', f: '2\u00a0; 4\u00a0; 7\u00a0; 10', m: '100\u00a0; 250\u00a0; 500\u00a0; 1000' },
  methodLabel: 'Méthode',
  methods: { quantile: 'Quantiles', rfm: 'Package R rfm', ntile: 'Groupes égaux (NTILE)' },
  methodHints: {
    quantile: 'Seuils aux quantiles de chaque colonne\u00a0; des valeurs égales ont la même note.',
    rfm: 'La convention du package R rfm, pour retrouver ses tableaux publiés.',
    ntile: 'Groupes de même taille selon le rang\u00a0; les ex æquo sont départagés par l’ordre des lignes.',
  },
  methodWithGrid: 'Avec un barème, ce sont vos bornes qui donnent les notes.',
  schemeLabel: 'Segments',
  schemes: {
    classic: 'Classique (11 segments)',
    rfm: 'Package R rfm (10 segments + Autres)',
    'fr-ladder': 'Échelle du cours (6 segments)',
  },
  abcLegend: 'Classes ABC',
  aShareLabel: 'A jusqu’à (% du CA)',
  bShareLabel: 'B jusqu’à (% du CA)',
  abcHint: 'Clients classés par chiffre d’affaires\u00a0: A font la première part, B la suivante, C le reste.',
  returnsLabel: 'Retours (montants négatifs)',
  returns: { net: 'Les déduire des ventes', ignore: 'Les ignorer' },

  stepAnalyse: '3. Analyse',
  analyse: 'Analyser',
  analysing: (rows) => `Analyse de ${rows} lignes…`,
  analysisDone: 'Analyse terminée.',

  checkTitle: 'À vérifier\u00a0:',
  missingRole: (role) => `Choisissez la colonne «\u00a0${role}\u00a0».`,
  missingDateOrRecency: (date, recency) => `Choisissez une colonne «\u00a0${date}\u00a0» ou «\u00a0${recency}\u00a0».`,
  sameColumnTwice: (column, firstRole, secondRole) =>
    `La colonne «\u00a0${column}\u00a0» est choisie à la fois pour «\u00a0${firstRole}\u00a0» et pour «\u00a0${secondRole}\u00a0».`,
  invalidAsOf: 'Saisissez une date de référence valide.',
  invalidBins: 'Le nombre de classes doit être un entier de 2 à 10.',
  gridEmpty: (axis) => `${axis}\u00a0: saisissez au moins une borne.`,
  gridTooMany: (axis) => `${axis}\u00a0: saisissez au plus 9 bornes (10 classes).`,
  gridNotNumber: (axis, value) => `${axis}\u00a0: «\u00a0${value}\u00a0» n’est pas un nombre.`,
  gridNotAscending: (axis) => `${axis}\u00a0: les bornes doivent croître de gauche à droite.`,
  invalidAbc: 'ABC\u00a0: A doit être supérieur à 0 et inférieur à B, et B au plus égal à 100.',

  errorTitle: 'L’analyse n’a pas pu aboutir',
  loadErrorTitle: 'La feuille n’a pas pu être lue',
  unknownError: 'Erreur inattendue. Veuillez réessayer.',

  resultsTitle: 'Résultats',
  clientsLabel: 'Clients',
  revenueLabel: 'Chiffre d’affaires',
  pareto: (clientShare, revenueShare) => `${clientShare} des clients font ${revenueShare} du chiffre d’affaires.`,
  segmentsTitle: 'Clients par segment',
  segmentsChartLabel: 'Diagramme en barres\u00a0: nombre de clients par segment',
  segmentColumn: 'Segment',
  clientsColumn: 'Clients',
  clientShareColumn: '% clients',
  revenueShareColumn: '% CA',
  abcTitle: 'Classes ABC',
  abcColumn: 'Classe',
  thresholdsTitle: 'Seuils utilisés',
  thresholdAxes: { r: 'R (jours)', f: 'F (achats)', m: 'M (montant)' },
  noThresholds: 'aucun',
  sheetsTitle: 'Feuilles écrites',
  notesTitle: 'Remarques',
  skippedTitle: (count, shown) => {
    if (count === 0) return 'Aucune ligne ignorée';
    return count === 1 ? '1 ligne ignorée' : `${shown} lignes ignorées`;
  },
  showSkipped: 'Voir les lignes ignorées',
  skippedRow: (row, reason) => `Ligne ${row}\u00a0: ${reason}`,
};

export const sidebarTexts: Record<Lang, SidebarTexts> = { en, fr };
