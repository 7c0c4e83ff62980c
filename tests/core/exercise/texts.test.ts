/** The exercise texts exist in French and English, with the same placeholders, and really differ. */
import { describe, expect, it } from 'vitest';
import { EXERCISE_PANEL_TEXT_KEYS, exercisePanelText } from '../../../src/core/i18n/exercisePanelTexts';
import { EXERCISE_TEXT_KEYS, exerciseText } from '../../../src/core/i18n/exerciseTexts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Keys whose text is the same word in both languages. */
const SAME = new Set([
  'hClient',
  'hR',
  'hF',
  'hM',
  'hSegment',
  'conventionsTitle',
  'markingQuestion',
  'markingPoints',
  'markingTotal',
  'resultTick',
  'resultOutOf',
  'taskLine',
  'scalePoints',
  'scalePoint',
  'ruleAxisOne',
  'rulesTitle',
  'settingClients',
  'hYears',
]);

describe('exercise texts', () => {
  it.each([
    ['workbook', EXERCISE_TEXT_KEYS, exerciseText],
    ['panel', EXERCISE_PANEL_TEXT_KEYS, exercisePanelText],
  ] as const)('has every %s text in both languages with the same placeholders', (_, keys, text) => {
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys as readonly string[]) {
      const en = (text as (lang: 'en' | 'fr', key: string) => string)('en', key);
      const fr = (text as (lang: 'en' | 'fr', key: string) => string)('fr', key);
      expect(en, key).not.toBe('');
      expect(placeholders(fr), key).toEqual(placeholders(en));
      if (!SAME.has(key)) expect(fr, key).not.toBe(en);
    }
  });

  it('fills placeholders', () => {
    expect(exerciseText('fr', 'taskLine', { number: 2, text: 'Calculez.', points: 4 })).toBe('2. Calculez. (4 points)');
    expect(exerciseText('en', 'convAsOf', { asOf: '2025-12-31' })).toBe('Reference date: 2025-12-31.');
    expect(exercisePanelText('fr', 'badField', { field: 'Graine' })).toBe('Vérifiez le champ « Graine ».');
  });
});
