/**
 * Error texts of points scales (barèmes), FRAT and ABC rules, in French and
 * English. Merged into the message table of `messages.ts`, so the core raises
 * them as `PortfolioError` keys like any other.
 */

export const pointsMessagesEn = {
  scaleShape: 'a scale must have two columns (lower bounds or labels, then points), got {columns}',
  scaleEmpty: 'the scale holds no row',
  scaleBlank: 'blank cell inside the scale: every row needs a bound or a label and its points',
  scaleNotAscending:
    'the bound {value} is not above the bound before it ({previous}): bounds must be strictly ascending',
  scaleHeader: '{value} is text while the other bounds are numbers: select the scale without its header row',
  scaleDateBound: 'a date cannot be a bound of a scale: write the number of days',
  scaleDuplicateLabel: 'the label {value} is in the scale twice',
  belowFirstBound: '{value} is below the first bound of the scale ({first})',
  unknownLabel: '{value} matches no label of the scale, and the scale has no "*" row for other values',
  pointsNotNumber: 'the points of this row ({value}) are not a number',
  weightsShape: 'weights must be one row of 3 numbers (R, F, M) or 4 with product types (R, F, M, T), got {count}',
  weightNotNumber: 'the weight {value} is not a number',
  typesWithoutScale: 'product types need their scale: give both types and t_scale, or neither',
  unknownAbcRule: 'unknown ABC rule {value}: use "reach", "within" or "clients"',
  badScaleRow: 'sheet "{sheet}", row {row}: {problem}',
  scaleSection: 'sheet "{sheet}": the criterion {section} has no row (first column: R, F, M, T, Class or Weight)',
  scaleUnknownCriterion: 'the criterion {value} is unknown: write R, F, M, T, Class or Weight in the first column',
  boundNotNumber: 'the bounds of {criterion} must be numbers, not {value}',
  weightUnknownAxis: 'a weight applies to R, F, M or T, not {value}',
  weightTwice: 'the weight of {value} is given twice',
  clientOutOfScale: 'client {client} (row {row}), criterion {criterion}: {problem}; adapt the sheet "{sheet}"',
} as const;

export type PointsMessageKey = keyof typeof pointsMessagesEn;

export const pointsMessagesFr: Record<PointsMessageKey, string> = {
  scaleShape: 'un barème doit avoir deux colonnes (seuils ou libellés, puis points), reçu {columns}',
  scaleEmpty: 'le barème ne contient aucune ligne',
  scaleBlank: 'cellule vide dans le barème : chaque ligne demande un seuil ou un libellé et ses points',
  scaleNotAscending:
    'le seuil {value} n’est pas supérieur au seuil précédent ({previous}) : les seuils doivent être strictement croissants',
  scaleHeader:
    '{value} est un texte alors que les autres seuils sont des nombres : sélectionnez le barème sans sa ligne d’en-tête',
  scaleDateBound: 'une date ne peut pas être un seuil du barème : écrivez le nombre de jours',
  scaleDuplicateLabel: 'le libellé {value} figure deux fois dans le barème',
  belowFirstBound: '{value} est inférieur au premier seuil du barème ({first})',
  unknownLabel:
    '{value} ne correspond à aucun libellé du barème, et le barème n’a pas de ligne « * » pour les autres valeurs',
  pointsNotNumber: 'les points de cette ligne ({value}) ne sont pas un nombre',
  weightsShape:
    'les coefficients forment une ligne de 3 nombres (R, F, M) ou de 4 avec les types de produits (R, F, M, T), reçu {count}',
  weightNotNumber: 'le coefficient {value} n’est pas un nombre',
  typesWithoutScale:
    'les types de produits demandent leur barème : indiquez à la fois types et t_scale, ou aucun des deux',
  unknownAbcRule: 'règle ABC inconnue {value} : utilisez "reach", "within" ou "clients"',
  badScaleRow: 'feuille « {sheet} », ligne {row} : {problem}',
  scaleSection:
    'feuille « {sheet} » : le critère {section} n’a aucune ligne (première colonne : R, F, M, T, Classe ou Coefficient)',
  scaleUnknownCriterion:
    'le critère {value} est inconnu : écrivez R, F, M, T, Classe ou Coefficient dans la première colonne',
  boundNotNumber: 'les seuils de {criterion} doivent être des nombres, pas {value}',
  weightUnknownAxis: 'un coefficient s’applique à R, F, M ou T, pas à {value}',
  weightTwice: 'le coefficient de {value} est donné deux fois',
  clientOutOfScale: 'client {client} (ligne {row}), critère {criterion} : {problem} ; adaptez la feuille « {sheet} »',
};
