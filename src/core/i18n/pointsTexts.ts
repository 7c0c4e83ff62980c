/**
 * Texts of the points-scale method (barème de points), of FRAT and of the ABC
 * rules: the editable scale sheet, the columns and Summary lines they add,
 * the Pareto chart's reference lines and the sidebar's controls, in French
 * and English. Placeholders are written `{name}` and filled by `pointsText`.
 */
import type { Lang } from '../types';
import { textLookup } from './textTable';

const en = {
  sheetScale: 'Portfolio – Points scale',
  // scale sheet
  scaleCriterion: 'Criterion',
  scaleFrom: 'From (lower bound) or label',
  scalePoints: 'Points or class',
  scaleMeaning: 'Meaning',
  criterionClass: 'Class',
  criterionWeight: 'Weight',
  meaningR0: 'less than a month',
  meaningR1: '1 to 6 months',
  meaningR2: '6 months to a year',
  meaningR3: 'a year or more',
  meaningF0: 'no purchase',
  meaningF1: '1 purchase',
  meaningF2: '2 to 4 purchases',
  meaningF3: '5 purchases or more',
  meaningM0: 'less than 100',
  meaningM1: '100 to 499',
  meaningM2: '500 to 999',
  meaningM3: '1,000 or more',
  meaningT:
    'any product type; add your own types above this row, e.g. "Jewellery" 3 (used when a product-type column is chosen)',
  meaningWeight: 'weight of the criterion in the total',
  meaningClass0: '0 to 4 points',
  meaningClass1: '5 to 8 points',
  meaningClass2: '9 to 12 points',
  meaningClass3: '13 points or more',
  // Clients sheet
  rPoints: 'R points',
  fPoints: 'F points',
  mPoints: 'M points',
  tPoints: 'T points (product type)',
  totalPoints: 'Total points',
  pointsClass: 'Class',
  // Summary sheet
  byClass: 'By class (points scale)',
  scaleUsed: 'Points scale used (sheet “{sheet}”)',
  pointsMethod: 'points scale: points per criterion added up, classes by total',
  typeAxis: 'T (product type)',
  weightsLabel: 'Weights (R, F, M, T)',
  classesLabel: 'Classes by total points',
  boundAndPoints: '{bound} → {points}',
  abcRuleUsed: 'ABC rule used: {rule}',
  abcRuleReach: 'reach – A: the top clients until their cumulative revenue reaches {a}, B until {b}',
  abcRuleWithin:
    'within – A: the top clients whose cumulative revenue, themselves included, stays within {a}, B within {b}',
  abcRuleClients: 'clients – A: the first {a} of clients by amount, B up to {b}',
  lineClients: '20% of clients',
  lineRevenue: '80% of revenue',
  // notes
  noteScaleRead: 'points scale read from the sheet “{sheet}”',
} as const;

export type PointsTextKey = keyof typeof en;

const fr: Record<PointsTextKey, string> = {
  sheetScale: 'Portefeuille – Barème',
  scaleCriterion: 'Critère',
  scaleFrom: 'À partir de (seuil) ou libellé',
  scalePoints: 'Points ou classe',
  scaleMeaning: 'Signification',
  criterionClass: 'Classe',
  criterionWeight: 'Coefficient',
  meaningR0: 'moins d’un mois',
  meaningR1: '1 à 6 mois',
  meaningR2: '6 mois à 1 an',
  meaningR3: '1 an ou plus',
  meaningF0: 'aucun achat',
  meaningF1: '1 achat',
  meaningF2: '2 à 4 achats',
  meaningF3: '5 achats ou plus',
  meaningM0: 'moins de 100 €',
  meaningM1: '100 à 499 €',
  meaningM2: '500 à 999 €',
  meaningM3: '1 000 € ou plus',
  meaningT:
    'tout type de produit ; ajoutez vos types au-dessus de cette ligne, par ex. « Bijoux » 3 (utilisé quand une colonne de type de produit est choisie)',
  meaningWeight: 'coefficient du critère dans le total',
  meaningClass0: '0 à 4 points',
  meaningClass1: '5 à 8 points',
  meaningClass2: '9 à 12 points',
  meaningClass3: '13 points ou plus',
  rPoints: 'Points R',
  fPoints: 'Points F',
  mPoints: 'Points M',
  tPoints: 'Points T (type de produit)',
  totalPoints: 'Total des points',
  pointsClass: 'Classe',
  byClass: 'Par classe (barème de points)',
  scaleUsed: 'Barème de points utilisé (feuille « {sheet} »)',
  pointsMethod: 'barème de points : points de chaque critère additionnés, classes selon le total',
  typeAxis: 'T (type de produit)',
  weightsLabel: 'Coefficients (R, F, M, T)',
  classesLabel: 'Classes selon le total des points',
  boundAndPoints: '{bound} → {points}',
  abcRuleUsed: 'Règle ABC utilisée : {rule}',
  abcRuleReach: 'atteinte (reach) – A : les premiers clients jusqu’à ce que leur CA cumulé atteigne {a}, B jusqu’à {b}',
  abcRuleWithin:
    'sans dépasser (within) – A : les premiers clients dont le CA cumulé, eux compris, ne dépasse pas {a}, B {b}',
  abcRuleClients: 'par nombre de clients (clients) – A : les premiers {a} des clients par montant, B jusqu’à {b}',
  lineClients: '20\u202f% des clients',
  lineRevenue: '80\u202f% du CA',
  noteScaleRead: 'barème de points lu dans la feuille « {sheet} »',
};

const tables: Record<Lang, Record<PointsTextKey, string>> = { en, fr };

/** The text `key` in `lang`, with `{name}` placeholders filled from `params`. */
export const pointsText = textLookup(tables);
