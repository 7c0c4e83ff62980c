/** NPS and CSAT per segment from survey columns found by their headers. */
import { describe, expect, it } from 'vitest';
import { satisfactionBySegment, surveyColumns } from '../../src/core/satisfactionBySegment';

describe('surveyColumns', () => {
  it('finds French and English recommendation and satisfaction headers', () => {
    expect(surveyColumns(['Client', 'Note de recommandation (0-10)', 'Satisfaction (1-5)'])).toEqual({
      recommendation: 1,
      satisfaction: 2,
    });
    expect(surveyColumns(['Customer', 'Would recommend', 'CSAT'])).toEqual({ recommendation: 1, satisfaction: 2 });
    expect(surveyColumns(['Client', 'Montant'])).toEqual({ recommendation: null, satisfaction: null });
  });
});

describe('satisfactionBySegment', () => {
  // client, recommendation, satisfaction; segments: Ann and Bob "Gold", Cy "Silver", Dee not analysed.
  const rows = [
    ['Ann', 10, 5],
    ['Bob', 6, 4],
    ['Cy', 9, 3],
    ['Dee', 0, 1],
    ['Ann', '', 2],
    ['Bob', 12, 'great'],
  ];
  const segmentOf: Record<string, string> = { Ann: 'Gold', Bob: 'Gold', Cy: 'Silver' };
  const summary = satisfactionBySegment(
    rows,
    { recommendation: 1, satisfaction: 2 },
    (i) => segmentOf[String(rows[i]?.[0])] ?? null,
    ['Gold', 'Silver', 'Bronze'],
    2,
    false,
  );

  it('Gold: recommendations 10, 6 → (1 − 1) / 2 = NPS 0; satisfaction 5, 4, 2 → 2/3 satisfied (4–5 of 5), mean 11/3', () => {
    const gold = summary?.segments[0];
    expect(gold).toMatchObject({ name: 'Gold', recommendationAnswers: 2, nps: 0, satisfactionAnswers: 3 });
    expect(gold?.csat).toBeCloseTo(2 / 3, 12);
    expect(gold?.averageScore).toBeCloseTo(11 / 3, 12);
  });

  it('Silver: one promoter → NPS 100, one answer 3 → CSAT 0; Bronze has no answer', () => {
    expect(summary?.segments[1]).toMatchObject({ nps: 100, csat: 0, averageScore: 3 });
    expect(summary?.segments[2]).toMatchObject({ recommendationAnswers: 0, nps: null, csat: null, averageScore: null });
  });

  it('all clients: 3 recommendations (10, 6, 9) → (2 − 1)/3 = 33.3; rows of no analysed client are passed over', () => {
    expect(summary?.all.nps).toBeCloseTo(100 / 3, 12);
    expect(summary?.all.satisfactionAnswers).toBe(4);
    expect(summary?.scale).toBe(5);
  });

  it('lists the rows whose answer is left out (12 is off the 0–10 scale, "great" is no number)', () => {
    expect(summary?.leftOutRows).toEqual([7]);
  });

  it('reads a 0–10 satisfaction scale when an answer is above 5 (satisfied = 9 and 10)', () => {
    const tenPoint = satisfactionBySegment(
      [[8], [9], [10], [3]],
      { recommendation: null, satisfaction: 0 },
      () => 'All',
      ['All'],
      2,
      false,
    );
    expect(tenPoint?.scale).toBe(10);
    expect(tenPoint?.all.csat).toBe(0.5);
  });

  it('is null when no row has an answer', () => {
    expect(
      satisfactionBySegment(
        [['Ann', '', '']],
        { recommendation: 1, satisfaction: 2 },
        () => 'Gold',
        ['Gold'],
        2,
        false,
      ),
    ).toBeNull();
  });
});
