/**
 * Texts of the sheets the add-on writes (names, headers, labels) and of its
 * menu and help, in French and English.
 */
import type { Lang } from '../types';
import { fillText, type MessageParams } from './textTable';

const en = {
  sheetClients: 'Portfolio – Clients',
  sheetActions: 'Portfolio – Actions',
  sheetSummary: 'Portfolio – Summary',
  sheetRules: 'Portfolio – Segment rules',
  sheetCatalogue: 'Portfolio – Action catalogue',
  // Rules sheet
  ruleScheme: 'Scheme',
  ruleSegment: 'Segment',
  ruleRFrom: 'R from',
  ruleRTo: 'R to',
  ruleFFrom: 'F from',
  ruleFTo: 'F to',
  ruleMFrom: 'M from',
  ruleMTo: 'M to',
  // Catalogue and Actions sheets
  priority: 'Priority',
  objective: 'Objective',
  action: 'Action',
  channel: 'Channel',
  messageTemplate: 'Message template',
  message: 'Message',
  valueAtStake: 'Value at stake (1 year)',
  // Summary sheet
  summaryTitle: 'Client portfolio summary',
  asOf: 'Reference date',
  clients: 'Clients',
  revenue: 'Revenue',
  clientShare: '% clients',
  revenueShare: '% revenue',
  averageBasket: 'Average basket',
  purchases: 'Purchases',
  bySegment: 'By segment',
  byAbc: 'By ABC class',
  abcClass: 'Class',
  thresholds: 'Thresholds used',
  axis: 'Axis',
  methodLabel: 'Method',
  gridLabel: 'teacher’s grid (lower bounds of classes 2..n)',
  quantileLabel: 'quantiles (PERCENTILE.INC), a score goes up above each breakpoint',
  rfmLabel: 'R package rfm (lower bounds of classes 2..n: quantile + 1)',
  ntileLabel: 'equal-size groups (first value of groups 2..n)',
  methodWithClasses: '{classes} × {method}',
  recencyAxis: 'R (days since last purchase)',
  frequencyAxis: 'F (purchases)',
  monetaryAxis: 'M (amount)',
  paretoCurve: 'Pareto curve',
  paretoSentence: '{clients} of clients make {revenue} of revenue (class A)',
  paretoChartTitle: 'Pareto curve: cumulative share of revenue',
  segmentChartTitle: 'Clients and revenue per segment',
  skippedRows: 'Rows left out',
  row: 'Row',
  reason: 'Reason',
  // Menu and help
  menuAnalyse: 'Analyse clients…',
  menuHelp: 'Help',
  sidebarTitle: 'Client Portfolio',
  helpTitle: 'Client Portfolio – help',
  helpText:
    'Open the sheet that holds your clients (one row per client) or your sales (one row per sale), then Extensions ▸ Client Portfolio ▸ Analyse clients…. Check the detected columns and click Analyse. The add-on writes the sheets "Portfolio – Clients", "Portfolio – Actions" and "Portfolio – Summary"; it never changes your own cells. Edit "Portfolio – Segment rules" and "Portfolio – Action catalogue" to adapt segments and actions: they are kept from one run to the next. The sheets "Portfolio – History" and "Portfolio – Movements" show what changed since the previous run. Extensions ▸ Client Portfolio ▸ Create an exercise… writes a course exercise with its answer key. Formulas: =RFM_SCORE, =RFM_SEGMENT, =RFM_TABLE, =ABC_CLASS, =PARETO_SHARE, =CLIENT_VALUE, =POINTS, =RFM_POINTS, =NPS, =CSAT, =VALUE_QUADRANT, =BTYD_TABLE, =BGNBD_PARAMS, =GAMMA_GAMMA_PARAMS, =EXPECTED_PURCHASES, =P_ALIVE, =CLV_FORECAST.',
};

export type ReportTextKey = keyof typeof en;

const fr: Record<ReportTextKey, string> = {
  sheetClients: 'Portefeuille – Clients',
  sheetActions: 'Portefeuille – Actions',
  sheetSummary: 'Portefeuille – Synthèse',
  sheetRules: 'Portefeuille – Règles segments',
  sheetCatalogue: 'Portefeuille – Catalogue',
  ruleScheme: 'Grille',
  ruleSegment: 'Segment',
  ruleRFrom: 'R de',
  ruleRTo: 'R à',
  ruleFFrom: 'F de',
  ruleFTo: 'F à',
  ruleMFrom: 'M de',
  ruleMTo: 'M à',
  priority: 'Priorité',
  objective: 'Objectif',
  action: 'Action',
  channel: 'Canal',
  messageTemplate: 'Modèle de message',
  message: 'Message',
  valueAtStake: 'Valeur en jeu (1 an)',
  summaryTitle: 'Synthèse du portefeuille clients',
  asOf: 'Date de référence',
  clients: 'Clients',
  revenue: 'Chiffre d’affaires',
  clientShare: '% clients',
  revenueShare: '% CA',
  averageBasket: 'Panier moyen',
  purchases: 'Achats',
  bySegment: 'Par segment',
  byAbc: 'Par classe ABC',
  abcClass: 'Classe',
  thresholds: 'Seuils utilisés',
  axis: 'Critère',
  methodLabel: 'Méthode',
  gridLabel: 'barème de l’enseignant (bornes basses des classes 2..n)',
  quantileLabel: 'quantiles (CENTILE.INCLURE), la note monte au-dessus de chaque seuil',
  rfmLabel: 'package R rfm (bornes basses des classes 2..n : quantile + 1)',
  ntileLabel: 'groupes de même effectif (première valeur des groupes 2..n)',
  methodWithClasses: '{classes} × {method}',
  recencyAxis: 'R (jours depuis le dernier achat)',
  frequencyAxis: 'F (nombre d’achats)',
  monetaryAxis: 'M (montant)',
  paretoCurve: 'Courbe de Pareto',
  paretoSentence: '{clients} des clients font {revenue} du chiffre d’affaires (classe A)',
  paretoChartTitle: 'Courbe de Pareto : part cumulée du chiffre d’affaires',
  segmentChartTitle: 'Clients et chiffre d’affaires par segment',
  skippedRows: 'Lignes écartées',
  row: 'Ligne',
  reason: 'Raison',
  menuAnalyse: 'Analyser les clients…',
  menuHelp: 'Aide',
  sidebarTitle: 'Client Portfolio',
  helpTitle: 'Client Portfolio – aide',
  helpText:
    'Ouvrez la feuille de vos clients (une ligne par client) ou de vos ventes (une ligne par vente), puis Extensions ▸ Client Portfolio ▸ Analyser les clients…. Vérifiez les colonnes reconnues et cliquez sur Analyser. Le module écrit les feuilles « Portefeuille – Clients », « Portefeuille – Actions » et « Portefeuille – Synthèse » ; il ne modifie jamais vos propres cellules. Modifiez « Portefeuille – Règles segments » et « Portefeuille – Catalogue » pour adapter segments et actions : ils sont conservés d’une analyse à l’autre. Les feuilles « Portefeuille – Historique » et « Portefeuille – Mouvements » montrent ce qui a changé depuis l’analyse précédente. Extensions ▸ Client Portfolio ▸ Créer un exercice… écrit un exercice de cours avec son corrigé. Formules : =RFM_SCORE, =RFM_SEGMENT, =RFM_TABLE, =ABC_CLASS, =PARETO_SHARE, =CLIENT_VALUE, =POINTS, =RFM_POINTS, =NPS, =CSAT, =VALUE_QUADRANT, =BTYD_TABLE, =BGNBD_PARAMS, =GAMMA_GAMMA_PARAMS, =EXPECTED_PURCHASES, =P_ALIVE, =CLV_FORECAST.',
};

const tables: Record<Lang, Record<ReportTextKey, string>> = { en, fr };

/** The text `key` in `lang`, with `{name}` placeholders replaced by `params`. */
export function reportText(lang: Lang, key: ReportTextKey, params: MessageParams = {}): string {
  return fillText(lang, tables[lang][key], params);
}
