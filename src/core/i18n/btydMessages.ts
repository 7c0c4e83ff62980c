/**
 * Error texts of satisfaction (NPS, CSAT), the value quadrant and the
 * buy-till-you-die models (BG/NBD, Gamma-Gamma), in French and English.
 * Merged into the message table of `messages.ts`; placeholders `{name}`.
 */

export const btydMessagesEn = {
  npsScoreOutOfRange: 'a recommendation score is a whole number from 0 to 10 ({value})',
  csatScoreOutOfRange: 'a satisfaction score is a whole number from 0 to {scale} ({value})',
  csatScaleInvalid: 'the scale is the highest possible score, a whole number from 2 to 100 ({value})',
  csatThresholdInvalid: 'the “satisfied from” score must be above 0 and at most the scale {scale} ({value})',
  csatModeInvalid: 'unknown mode {value}: use "share" or "average"',
  btydNegative: 'cannot be negative ({value})',
  btydNotWholeFrequency: 'the number of repeat purchases must be a whole number ({value})',
  btydRecencyAfterAge: 'the recency ({recency}) cannot exceed the age ({age}): both run from the first purchase',
  btydRecencyWithoutRepeat: 'a client with no repeat purchase has a recency of 0 ({value})',
  noRepeatBuyers: 'no client bought more than once: the model cannot be fitted (it needs repeat purchases)',
  fitFailed: 'the model could not be fitted to these data (the likelihood has no maximum): check the columns and their time unit',
  modelOutOfRange: 'these parameters give an undefined expectation (a + b + frequency − 1 must be above 0)',
  paramsInvalid: 'expected a row of at least {count} positive numbers ({names}), as returned by {source}',
  spendNotPositive: 'a client with repeat purchases needs a mean repeat spend above 0 ({value})',
  spendMeanUndefined: 'q = {q} is at most 1: the model gives no finite mean spend',
  noSpendData: 'no client with repeat purchases and a spend: the spend model cannot be fitted',
  horizonInvalid: 'the horizon must be a number of time units of 0 or more ({value})',
  horizonNotWhole: 'with a discount rate the horizon must be a whole number of time units ({value})',
  horizonTooLong: 'the horizon {value} is too long for the model (at most 100 000 times α + the age)',
  unknownTimeUnit: 'unknown time unit {value}: use "days", "weeks" or "months"',
  noPurchaseBeforeAsOf: 'no purchase on or before the reference date {asOf}',
} as const;

export type BtydMessageKey = keyof typeof btydMessagesEn;

export const btydMessagesFr: Record<BtydMessageKey, string> = {
  npsScoreOutOfRange: 'une note de recommandation est un entier de 0 à 10 ({value})',
  csatScoreOutOfRange: 'une note de satisfaction est un entier de 0 à {scale} ({value})',
  csatScaleInvalid: 'l’échelle est la note la plus haute possible, un entier de 2 à 100 ({value})',
  csatThresholdInvalid: 'la note « satisfait à partir de » doit être supérieure à 0 et au plus égale à l’échelle {scale} ({value})',
  csatModeInvalid: 'mode inconnu {value} : utilisez "share" (part) ou "average" (moyenne)',
  btydNegative: 'ne peut pas être négatif ({value})',
  btydNotWholeFrequency: 'le nombre d’achats répétés doit être un nombre entier ({value})',
  btydRecencyAfterAge: 'la récence ({recency}) ne peut pas dépasser l’ancienneté ({age}) : toutes deux partent du premier achat',
  btydRecencyWithoutRepeat: 'un client sans achat répété a une récence de 0 ({value})',
  noRepeatBuyers: 'aucun client n’a acheté plus d’une fois : le modèle ne peut pas être ajusté (il lui faut des achats répétés)',
  fitFailed: 'le modèle n’a pas pu être ajusté à ces données (la vraisemblance n’a pas de maximum) : vérifiez les colonnes et leur unité de temps',
  modelOutOfRange: 'ces paramètres donnent une espérance non définie (a + b + fréquence − 1 doit être supérieur à 0)',
  paramsInvalid: 'attendu : une ligne d’au moins {count} nombres positifs ({names}), comme celle que renvoie {source}',
  spendNotPositive: 'un client qui a racheté doit avoir une dépense moyenne des rachats supérieure à 0 ({value})',
  spendMeanUndefined: 'q = {q} est au plus égal à 1 : le modèle ne donne pas de dépense moyenne finie',
  noSpendData: 'aucun client avec des achats répétés et une dépense : le modèle de dépense ne peut pas être ajusté',
  horizonInvalid: 'l’horizon doit être un nombre d’unités de temps positif ou nul ({value})',
  horizonNotWhole: 'avec un taux d’actualisation, l’horizon doit être un nombre entier d’unités de temps ({value})',
  horizonTooLong: 'l’horizon {value} est trop long pour le modèle (au plus 100 000 fois α + l’ancienneté)',
  unknownTimeUnit: 'unité de temps inconnue {value} : utilisez "days" (jours), "weeks" (semaines) ou "months" (mois)',
  noPurchaseBeforeAsOf: 'aucun achat à la date de référence {asOf} ou avant',
};
