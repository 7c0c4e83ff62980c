/**
 * Labels of the value quadrants and column headers of BTYD_TABLE and of the
 * predictive columns of the Clients sheet, in English and French.
 * French quadrant labels follow the course's portfolio matrix: « Développer »
 * (high now and later), « Fidéliser » (high now, not later: keep the client),
 * « Cultiver » (low now, high later: grow the relationship), « Maintenir »
 * (low now and later: serve at low cost).
 */
import type { Lang } from '../types';

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
};

const tables: Record<Lang, Record<BtydTextKey, string>> = { en, fr };

/** The text of `key` in `lang`. */
export function btydText(lang: Lang, key: BtydTextKey): string {
  return tables[lang][key];
}
