/**
 * Segments: rules on the 5-point scale, first match wins; other numbers of
 * classes are put on the 5-point scale first.
 */
import { describe, expect, it } from 'vitest';
import { scoresFromCode } from '../../src/core/rfm';
import {
  defaultRules,
  othersName,
  parseScheme,
  schemeSegmentKeys,
  segmentOf,
  toFivePoint,
  type SegmentRule,
} from '../../src/core/segments';
import type { Lang, SchemeId } from '../../src/core/types';
import { portfolioError } from '../support/portfolioError';

const FIVE = { r: 5, f: 5, m: 5 };

/** The segment of a 5-point code in a shipped scheme. */
function segmentOfCode(code: number, scheme: SchemeId, lang: Lang): string {
  return segmentOf(scoresFromCode(code), FIVE, defaultRules(scheme, lang), othersName(scheme, lang));
}

/** Every code 111..555. */
const allCodes: number[] = [];
for (let r = 1; r <= 5; r += 1)
  for (let f = 1; f <= 5; f += 1) for (let m = 1; m <= 5; m += 1) allCodes.push(100 * r + 10 * f + m);

describe('classic scheme', () => {
  it('hits each of its 11 rules with a code (rule table in docs/FUNCTIONS.md, RFM_SEGMENT; first match wins)', () => {
    const expected: Array<[number, string, string]> = [
      [555, 'Champions', 'Champions'], // 1: R 4–5, F 4–5, M 4–5
      [444, 'Champions', 'Champions'],
      [351, 'Loyal', 'Clients fidèles'], // 2: R 3–5, F 4–5 (M 1 keeps it out of Champions)
      [543, 'Loyal', 'Clients fidèles'], // 2: M 3 keeps it out of Champions
      [521, 'Potential loyalists', 'Fidèles en devenir'], // 3: R 4–5, F 2–3
      [435, 'Potential loyalists', 'Fidèles en devenir'],
      [515, 'New', 'Nouveaux clients'], // 4: R 5, F 1
      [413, 'Promising', 'Clients prometteurs'], // 5: R 4, F 1
      [325, 'Need attention', 'À surveiller'], // 6: R 3, F 2–3
      [331, 'Need attention', 'À surveiller'],
      [311, 'About to sleep', 'En voie d’endormissement'], // 7: R 3, F 1
      [255, 'Can’t lose them', 'À ne pas perdre'], // 8: R 1–2, F 4–5, M 4–5
      [144, 'Can’t lose them', 'À ne pas perdre'],
      [231, 'At risk', 'À risque (futurs non-clients)'], // 9: R 1–2, F 3–5
      [153, 'At risk', 'À risque (futurs non-clients)'], // M 3 keeps it out of rule 8
      [221, 'Hibernating', 'En sommeil'], // 10: R 2, F 1–2
      [215, 'Hibernating', 'En sommeil'],
      [111, 'Lost', 'Perdus'], // 11: R 1, F 1–2
      [125, 'Lost', 'Perdus'],
    ];
    for (const [code, en, fr] of expected) {
      expect(segmentOfCode(code, 'classic', 'en'), String(code)).toBe(en);
      expect(segmentOfCode(code, 'classic', 'fr'), String(code)).toBe(fr);
    }
  });

  it('covers all 125 codes without "Others", and uses all 11 segments', () => {
    for (const lang of ['en', 'fr'] as const) {
      const seen = new Set<string>();
      for (const code of allCodes) {
        const segment = segmentOfCode(code, 'classic', lang);
        expect(segment, String(code)).not.toBe(othersName('classic', lang));
        seen.add(segment);
      }
      expect(seen.size).toBe(11);
    }
    expect(othersName('classic', 'en')).toBe('Others');
    expect(othersName('classic', 'fr')).toBe('Autres');
  });

  it('names its segments in rule order in both languages', () => {
    expect(defaultRules('classic', 'fr').map((rule) => rule.segment)).toEqual([
      'Champions',
      'Clients fidèles',
      'Fidèles en devenir',
      'Nouveaux clients',
      'Clients prometteurs',
      'À surveiller',
      'En voie d’endormissement',
      'À ne pas perdre',
      'À risque (futurs non-clients)',
      'En sommeil',
      'Perdus',
    ]);
    expect(defaultRules('classic', 'en')[1]).toEqual({ segment: 'Loyal', r: [3, 5], f: [4, 5], m: [1, 5] });
  });
});

describe('rfm scheme (R package rfm 0.3)', () => {
  it('applies the 10 published rules and falls back on "Others"', () => {
    const expected: Array<[number, string]> = [
      [555, 'Champions'],
      [554, 'Potential Loyalist'], // R 3–5, F 3–5, M 2–5
      [343, 'Potential Loyalist'],
      [323, 'Loyal Customers'], // R 2–4, F 2–4, M 2–4
      [213, 'About To Sleep'], // R 2 rules out Promising: About To Sleep (R 2–3, F 1–3, M 1–4)
      [314, 'Promising'], // R 3–4, F 1–3, M 3–5 (F 1 rules out Loyal Customers)
      [412, 'New Customers'], // R 4–5, F 1–3
      [515, 'New Customers'],
      [245, "Can't Lose Them"], // R 1–2, F 3–4, M 4–5
      [254, 'At Risk'], // R 1–2, F 2–5, M 4–5 (F 5 rules out Can't Lose Them)
      [224, 'Loyal Customers'], // rule 3 comes before At Risk
      [135, "Can't Lose Them"],
      [155, 'At Risk'],
      [133, 'Need Attention'], // R 1–3, F 3–5, M 3–5
      [321, 'About To Sleep'],
      [111, 'Lost'], // R 1
      [215, 'Others'], // R 2, F 1, M 5 matches no rule
    ];
    for (const [code, segment] of expected) {
      expect(segmentOfCode(code, 'rfm', 'en'), String(code)).toBe(segment);
    }
  });

  it('names the rfm segments in French with the classic names of the same kind: one language per sheet', () => {
    expect(segmentOfCode(554, 'rfm', 'fr')).toBe('Fidèles en devenir');
    expect(segmentOfCode(135, 'rfm', 'fr')).toBe('À ne pas perdre');
    expect(segmentOfCode(215, 'rfm', 'fr')).toBe('Autres');
    expect(segmentOfCode(111, 'rfm', 'fr')).toBe('Perdus');
  });
});

describe('fr-ladder scheme', () => {
  it('names the course ladder in French', () => {
    const expected: Array<[number, string]> = [
      [555, 'Très bon client'], // R 4–5, F 4–5, M 4–5
      [441, 'Bon client'], // R 3–5, F 3–5 (M 1 rules out très bon)
      [335, 'Bon client'],
      [415, 'Nouveau client'], // R 4–5, F 1
      [231, 'Futur non-client'], // R 1–2, F 3–5
      [155, 'Futur non-client'],
      [111, 'Inactif (à reconquérir comme un prospect)'], // R 1, F 1–2
      [125, 'Inactif (à reconquérir comme un prospect)'],
      [221, 'Client occasionnel'], // everything else
      [312, 'Client occasionnel'],
      [425, 'Client occasionnel'],
    ];
    for (const [code, segment] of expected) expect(segmentOfCode(code, 'fr-ladder', 'fr'), String(code)).toBe(segment);
    expect(segmentOfCode(555, 'fr-ladder', 'en')).toBe('Very good client');
  });

  it('gives every code one of its six names (its last rule takes the rest)', () => {
    const names = defaultRules('fr-ladder', 'fr').map((rule) => rule.segment);
    expect(names).toHaveLength(6);
    const seen = new Set(allCodes.map((code) => segmentOfCode(code, 'fr-ladder', 'fr')));
    expect([...seen].sort()).toEqual([...names].sort());
    expect(othersName('fr-ladder', 'fr')).toBe('Client occasionnel');
  });
});

describe('toFivePoint', () => {
  it('keeps 5 classes as they are', () => {
    expect([1, 2, 3, 4, 5].map((s) => toFivePoint(s, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts 3 classes on 1, 3, 5: round(1 + (s − 1) × 4 / 2)', () => {
    expect([1, 2, 3].map((s) => toFivePoint(s, 3))).toEqual([1, 3, 5]);
  });

  it('puts 10 classes on 1, 1, 2, 2, 3, 3, 4, 4, 5, 5: round(1 + (s − 1) × 4 / 9)', () => {
    // 1, 1.44, 1.89, 2.33, 2.78, 3.22, 3.67, 4.11, 4.56, 5
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((s) => toFivePoint(s, 10))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('keeps the ends for 2 and 4 classes', () => {
    expect([1, 2].map((s) => toFivePoint(s, 2))).toEqual([1, 5]);
    // 1, 2.33, 3.67, 5
    expect([1, 2, 3, 4].map((s) => toFivePoint(s, 4))).toEqual([1, 2, 4, 5]);
  });

  it('is what segmentOf applies to each axis', () => {
    const rules = defaultRules('classic', 'en');
    // 3 classes: 3, 3, 3 → 5, 5, 5 → Champions; 2, 2, 2 → 3, 3, 3 → Need attention
    expect(segmentOf({ r: 3, f: 3, m: 3 }, { r: 3, f: 3, m: 3 }, rules, 'Others')).toBe('Champions');
    expect(segmentOf({ r: 2, f: 2, m: 2 }, { r: 3, f: 3, m: 3 }, rules, 'Others')).toBe('Need attention');
    // 10 classes: 10, 7, 1 → 5, 4, 1 → Loyal
    expect(segmentOf({ r: 10, f: 7, m: 1 }, { r: 10, f: 10, m: 10 }, rules, 'Others')).toBe('Loyal');
    // mixed: R on 3 classes (1 → 1), F on 4 (4 → 5), M on 2 (2 → 5) → 155 → Can't lose them
    expect(segmentOf({ r: 1, f: 4, m: 2 }, { r: 3, f: 4, m: 2 }, rules, 'Others')).toBe('Can’t lose them');
  });
});

describe('segmentOf with edited rules', () => {
  it('takes the first matching rule, else the others name', () => {
    const rules: SegmentRule[] = [
      { segment: 'VIP', r: [5, 5], f: [5, 5], m: [5, 5] },
      { segment: 'Recent', r: [4, 5], f: [1, 5], m: [1, 5] },
      { segment: 'Never reached', r: [5, 5], f: [5, 5], m: [1, 5] },
    ];
    expect(segmentOf({ r: 5, f: 5, m: 5 }, FIVE, rules, 'Rest')).toBe('VIP');
    expect(segmentOf({ r: 5, f: 5, m: 4 }, FIVE, rules, 'Rest')).toBe('Recent');
    expect(segmentOf({ r: 3, f: 5, m: 5 }, FIVE, rules, 'Rest')).toBe('Rest');
    expect(segmentOf({ r: 3, f: 5, m: 5 }, FIVE, [], 'Rest')).toBe('Rest');
  });
});

describe('parseScheme and schemeSegmentKeys', () => {
  it('reads scheme names, case and spaces ignored', () => {
    expect(parseScheme(' Classic ')).toBe('classic');
    expect(parseScheme('RFM')).toBe('rfm');
    expect(parseScheme('FR-LADDER')).toBe('fr-ladder');
    expect(() => parseScheme('ladder')).toThrow(portfolioError('unknownScheme', { value: '"ladder"' }));
  });

  it('lists the segments of a scheme in rule order, then its fallback when it is no rule', () => {
    expect(schemeSegmentKeys('classic')).toHaveLength(12);
    expect(schemeSegmentKeys('classic').at(-1)).toBe('others');
    expect(schemeSegmentKeys('rfm')).toHaveLength(11);
    expect(schemeSegmentKeys('rfm').at(-1)).toBe('rfmOthers');
    expect(schemeSegmentKeys('fr-ladder')).toEqual([
      'veryGood',
      'good',
      'newClient',
      'futureNonClient',
      'inactive',
      'occasional',
    ]);
  });
});
