/**
 * Labels of the value quadrants and column headers of BTYD_TABLE and of the
 * predictive columns of the Clients sheet, in English and French.
 * French quadrant labels follow the course's portfolio matrix: « Développer »
 * (high now and later), « Fidéliser » (high now, not later: keep the client),
 * « Cultiver » (low now, high later: grow the relationship), « Maintenir »
 * (low now and later: serve at low cost).
 */
import type { Lang } from '../types';
import { textLookup } from './textTable';

const en = {
  develop: 'Develop',
  retain: 'Retain',
  nurture: 'Nurture',
  maintain: 'Maintain',
  headerClient: 'Client',
  headerFrequency: 'Repeat purchases (x)',
  headerRecency: 'Recency (t_x)',
  headerAge: 'Age (T)',
  headerMeanRepeatSpend: 'Mean repeat spend',
  headerExpectedPurchases: 'Expected purchases (next year)',
  headerProbabilityAlive: 'P(alive)',
  headerPredictedValue: 'Predicted value (next year)',
  headerQuadrant: 'Quadrant',
  headerNote: 'Value to come',
  noteUrgent: 'Call first: a valuable client who may be leaving (P(alive) {alive})',
  noteDevelop: 'Develop: valuable now and later',
  noteRetain: 'Retain: valuable now, less so later',
  noteNurture: 'Nurture: little now, more to come',
  noteMaintain: 'Maintain: serve at low cost',
  quadrantTitle: 'Value now × value to come (BG/NBD + Gamma-Gamma, next year)',
  quadrantThresholds: 'High = above the median: value now {now}, value to come {future}',
  quadrantModel: 'BG/NBD r, α (weeks), a, b: {r}, {alpha}, {a}, {b}; Gamma-Gamma p, q, v: {p}, {q}, {v}',
  quadrantChartTitle: 'Clients per quadrant',
  forecastSkipped: 'value to come not computed: {reason}',
  satisfactionTitle: 'Satisfaction per segment',
  headerRecommendationAnswers: 'Answers (recommendation)',
  headerNps: 'NPS',
  headerSatisfactionAnswers: 'Answers (satisfaction)',
  headerCsat: 'CSAT (top 2 of {scale})',
  headerAverageScore: 'Average score (of {scale})',
  allClients: 'All clients',
  answersLeftOut: 'Answers left out (not a whole number from 0 to 10): rows {rows}',
} as const;

export type BtydTextKey = keyof typeof en;

const fr: Record<BtydTextKey, string> = {
  develop: 'Développer',
  retain: 'Fidéliser',
  nurture: 'Cultiver',
  maintain: 'Maintenir',
  headerClient: 'Client',
  headerFrequency: 'Achats répétés (x)',
  headerRecency: 'Récence (t_x)',
  headerAge: 'Ancienneté (T)',
  headerMeanRepeatSpend: 'Dépense moyenne des rachats',
  headerExpectedPurchases: 'Achats attendus (an à venir)',
  headerProbabilityAlive: 'P(actif)',
  headerPredictedValue: 'Valeur prévue (an à venir)',
  headerQuadrant: 'Quadrant',
  headerNote: 'Valeur à venir',
  noteUrgent: 'À appeler en premier : client de valeur qui risque de partir (P(actif) {alive})',
  noteDevelop: 'Développer : rentable aujourd’hui et demain',
  noteRetain: 'Fidéliser : rentable aujourd’hui, moins demain',
  noteNurture: 'Cultiver : peu aujourd’hui, davantage à venir',
  noteMaintain: 'Maintenir : servir à moindre coût',
  quadrantTitle: 'Valeur actuelle × valeur à venir (BG/NBD + Gamma-Gamma, année à venir)',
  quadrantThresholds: 'Élevée = au-dessus de la médiane : valeur actuelle {now}, valeur à venir {future}',
  quadrantModel: 'BG/NBD r, α (semaines), a, b : {r}, {alpha}, {a}, {b} ; Gamma-Gamma p, q, v : {p}, {q}, {v}',
  quadrantChartTitle: 'Clients par quadrant',
  forecastSkipped: 'valeur à venir non calculée : {reason}',
  satisfactionTitle: 'Satisfaction par segment',
  headerRecommendationAnswers: 'Réponses (recommandation)',
  headerNps: 'NPS',
  headerSatisfactionAnswers: 'Réponses (satisfaction)',
  headerCsat: 'CSAT (2 meilleures notes sur {scale})',
  headerAverageScore: 'Note moyenne (sur {scale})',
  allClients: 'Tous les clients',
  answersLeftOut: 'Réponses non prises en compte (pas un entier de 0 à 10) : lignes {rows}',
};

const tables: Record<Lang, Record<BtydTextKey, string>> = { en, fr };

/** The text of `key` in `lang`, with `{name}` placeholders filled from `params`. */
export const btydText = textLookup(tables);
