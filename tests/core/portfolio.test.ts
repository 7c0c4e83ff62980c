/**
 * A whole portfolio: scores, codes, segments and ABC classes of the ten
 * clients of rfm.test.ts (same figures, same hand-computed scores).
 */
import { describe, expect, it } from 'vitest';
import { defaultScoring, scorePortfolio, type FigureColumns, type ScoringSettings } from '../../src/core/portfolio';
import { defaultRules, othersName } from '../../src/core/segments';
import { portfolioError } from '../support/portfolioError';

// rows: Ana, Ben, Cleo, Dan, Eve, Finn, Gus, Hana, Ivo, Jo
const days = [30, 365, 5, 120, 46, 12, 250, 90, 45, 180];
const purchases = [4, 1, 12, 2, 2, 7, 1, 3, 5, 10];
const amounts = [310, 40, 1500, 75, 260, 650, 78, 200, 480, 900];
const figures: FigureColumns = { recencyDays: days, purchases, amount: amounts };

// The defaults: 5 quantile classes, the classic segments in English, ABC 80/95 (reach).
const classic: ScoringSettings = defaultScoring('en');

describe('scorePortfolio', () => {
  it('gives each client the hand-computed code, its classic segment and its ABC class', () => {
    const scored = scorePortfolio(figures, classic);
    expect(scored.codes).toEqual([433, 111, 555, 221, 323, 544, 112, 332, 444, 255]);
    expect(scored.segments).toEqual([
      'Potential loyalists', // 433: R 4–5, F 2–3
      'Lost', // 111
      'Champions', // 555
      'Hibernating', // 221: R 2, F 1–2
      'Need attention', // 323: R 3, F 2–3
      'Champions', // 544
      'Lost', // 112
      'Need attention', // 332
      'Champions', // 444
      'Can’t lose them', // 255: R 1–2, F 4–5, M 4–5
    ]);
    // total 4 493; 80 % = 3 594.4, 95 % = 4 268.35. Ranked: Cleo 1 500 (before 0), Jo 900 (1 500),
    // Finn 650 (2 400), Ivo 480 (3 050), Ana 310 (3 530) → A; Eve 260 (3 840), Hana 200 (4 100) → B;
    // Gus 78 (4 300), Dan 75 (4 378), Ben 40 (4 453) → C
    expect(scored.abc).toEqual(['A', 'C', 'A', 'C', 'B', 'A', 'C', 'B', 'A', 'A']);
    expect(scored.classes).toEqual({ r: 5, f: 5, m: 5 });
    expect(scored.thresholds.f.map((q) => Math.round(q * 10) / 10)).toEqual([1.8, 2.6, 4.4, 7.6]);
  });

  it('segments scores on other numbers of classes through the 5-point scale', () => {
    // 2 classes, quantile: the medians, h = 9 × 0.5 = 4.5, between sorted values 5 and 6 (0-based 4 and 5):
    // days 46 + 0.5 × (90 − 46) = 68; purchases 3 + 0.5 × (4 − 3) = 3.5; amounts 260 + 0.5 × (310 − 260) = 285
    const scored = scorePortfolio(figures, { ...classic, binning: { kind: 'bins', n: 2 } });
    expect(scored.thresholds.r).toEqual([68]);
    expect(scored.thresholds.f).toEqual([3.5]);
    expect(scored.thresholds.m).toEqual([285]);
    // Cleo: 5 days → R 2, 12 → F 2, 1 500 → M 2 → 222 → 555 on the 5-point scale → Champions
    expect([scored.codes[2], scored.segments[2]]).toEqual([222, 'Champions']);
    // Ben: 365 days → R 1, F 1, M 1 → 111 → Lost
    expect([scored.codes[1], scored.segments[1]]).toEqual([111, 'Lost']);
    // Eve: 46 ≤ 68 → R 2, F 1 (2 ≤ 3.5), M 1 (260 ≤ 285) → 211 → 511 → New
    expect([scored.codes[4], scored.segments[4]]).toEqual([211, 'New']);
  });

  it('scores with a grid', () => {
    const grid = { r: [30, 90, 180, 365], f: [2, 4, 7, 10], m: [100, 250, 500, 1000] };
    const scored = scorePortfolio(figures, { ...classic, binning: { kind: 'grid', grid } });
    // Ana: 30 days → class 2 → R 4; 4 purchases → 3; 310 → 3 → 433
    // Ben: 365 days → class 5 → R 1; 1 → 1; 40 → 1 → 111
    // Jo: 180 days → class 4 → R 2; 10 → 5; 900 → 4 → 254
    expect(scored.codes[0]).toBe(433);
    expect(scored.codes[1]).toBe(111);
    expect(scored.codes[9]).toBe(254);
    expect(scored.thresholds).toEqual(grid);
  });

  it('needs some revenue', () => {
    expect(() => scorePortfolio({ recencyDays: [1], purchases: [1], amount: [0] }, classic)).toThrow(
      portfolioError('allAmountsZero'),
    );
  });
});

describe('defaultScoring', () => {
  it('is 5 quantile classes, the classic segments in the language asked, ABC 80/95', () => {
    const fr = defaultScoring('fr');
    expect(fr.binning).toEqual({ kind: 'bins', n: 5 });
    expect(fr.method).toBe('quantile');
    expect(fr.others).toBe(othersName('classic', 'fr'));
    expect(fr.rules).toEqual(defaultRules('classic', 'fr'));
    expect([fr.aShare, fr.bShare]).toEqual([0.8, 0.95]);
    expect(defaultScoring('en').others).toBe(othersName('classic', 'en'));
  });
});
