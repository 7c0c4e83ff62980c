/**
 * Error texts of satisfaction (NPS, CSAT), the value quadrant and the
 * buy-till-you-die models (BG/NBD, Gamma-Gamma), in French and English.
 * Merged into the message table of `messages.ts`; placeholders `{name}`.
 */

export const btydMessagesEn = {
  npsScoreOutOfRange: 'a score must be a whole number from 0 to 10 ({value})',
  csatScoreOutOfRange: 'a score must be a whole number from 0 to {scale} ({value})',
  csatScaleInvalid: 'the scale must be a whole number from 2 to 100 ({value})',
  csatThresholdInvalid: 'must be above 0 and at most the scale {scale} ({value})',
  csatModeInvalid: 'unknown mode {value}: use "share" or "average"',
  btydNegative: 'cannot be negative ({value})',
  btydNotWholeFrequency: 'the number of repeat purchases must be a whole number ({value})',
  btydRecencyAfterAge: 'the recency ({recency}) cannot exceed the age ({age})',
  btydRecencyWithoutRepeat: 'must be 0 when there is no repeat purchase ({value})',
  noRepeatBuyers: 'no client bought twice: the model cannot be fitted',
  fitFailed: 'the model cannot be fitted to these data: check the columns and their time unit',
  modelOutOfRange: 'undefined for these parameters (a + b + frequency − 1 must be above 0)',
  paramsInvalid: 'expected a row of {count} positive numbers ({names}) as {source} returns',
  spendNotPositive: 'must be above 0 for a client with repeat purchases ({value})',
  spendMeanUndefined: 'q = {q} ≤ 1: no finite mean spend',
  noSpendData: 'no client with repeat purchases: the spend model cannot be fitted',
  horizonInvalid: 'the horizon must be 0 or more ({value})',
  horizonNotWhole: 'with a discount rate the horizon must be whole ({value})',
  horizonTooLong: 'the horizon {value} is too long (at most 100 000 × (α + age))',
  unknownTimeUnit: 'unknown time unit {value}: use "days", "weeks" or "months"',
  noPurchaseBeforeAsOf: 'no purchase on or before the reference date {asOf}',
  tooFewRepeatBuyers: 'only {count} clients bought twice, too few to forecast (at least {min})',
} as const;

export type BtydMessageKey = keyof typeof btydMessagesEn;

export const btydMessagesFr: Record<BtydMessageKey, string> = {
  npsScoreOutOfRange: 'une note doit être un entier de 0 à 10 ({value})',
  csatScoreOutOfRange: 'une note doit être un entier de 0 à {scale} ({value})',
  csatScaleInvalid: 'l’échelle doit être un entier de 2 à 100 ({value})',
  csatThresholdInvalid: 'doit être supérieur à 0 et au plus égal à l’échelle {scale} ({value})',
  csatModeInvalid: 'mode inconnu {value} : utilisez "share" (part) ou "average" (moyenne)',
  btydNegative: 'ne peut pas être négatif ({value})',
  btydNotWholeFrequency: 'le nombre d’achats répétés doit être un nombre entier ({value})',
  btydRecencyAfterAge: 'la récence ({recency}) ne peut pas dépasser l’ancienneté ({age})',
  btydRecencyWithoutRepeat: 'doit être 0 sans achat répété ({value})',
  noRepeatBuyers: 'aucun client n’a acheté deux fois : le modèle ne peut pas être ajusté',
  fitFailed: 'le modèle ne peut pas être ajusté à ces données : vérifiez les colonnes et leur unité de temps',
  modelOutOfRange: 'non défini pour ces paramètres (a + b + fréquence − 1 doit être supérieur à 0)',
  paramsInvalid: 'attendu : une ligne de {count} nombres positifs ({names}) comme la renvoie {source}',
  spendNotPositive: 'doit être supérieur à 0 pour un client qui a racheté ({value})',
  spendMeanUndefined: 'q = {q} ≤ 1 : pas de dépense moyenne finie',
  noSpendData: 'aucun client n’a racheté : le modèle de dépense ne peut pas être ajusté',
  horizonInvalid: 'l’horizon doit être positif ou nul ({value})',
  horizonNotWhole: 'avec un taux d’actualisation, l’horizon doit être entier ({value})',
  horizonTooLong: 'l’horizon {value} est trop long (au plus 100 000 × (α + ancienneté))',
  unknownTimeUnit: 'unité de temps inconnue {value} : utilisez "days" (jours), "weeks" (semaines) ou "months" (mois)',
  noPurchaseBeforeAsOf: 'aucun achat à la date de référence {asOf} ou avant',
  tooFewRepeatBuyers: 'seuls {count} clients ont acheté deux fois, trop peu pour prévoir (au moins {min})',
};
