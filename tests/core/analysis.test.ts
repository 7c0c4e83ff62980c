/**
 * The sidebar's analysis, pure: rows → scored clients → segment and ABC
 * summaries, Pareto figures, client value and actions. The ten clients are
 * those of portfolio.test.ts (same hand-computed scores).
 */
import { describe, expect, it } from 'vitest';
import { analysePortfolio, scoreSpreadNotes } from '../../src/core/analysis';
import { defaultRules } from '../../src/core/segments';
import { emptyMapping } from '../../src/core/sourceLayout';
import { analysisOptions } from '../support/analysisOptions';
import { portfolioError } from '../support/portfolioError';
import { at } from '../../tools/indexing';

// name, days since the last purchase, purchases, amount
const ROWS: Array<[string, number, number, number]> = [
  ['Ana', 30, 4, 310],
  ['Ben', 365, 1, 40],
  ['Cleo', 5, 12, 1500],
  ['Dan', 120, 2, 75],
  ['Eve', 46, 2, 260],
  ['Finn', 12, 7, 650],
  ['Gus', 250, 1, 78],
  ['Hana', 90, 3, 200],
  ['Ivo', 45, 5, 480],
  ['Jo', 180, 10, 900],
];
const TOTAL = 4493;

const options = analysisOptions('en', {
  mapping: { ...emptyMapping(), client: 0, recency: 1, purchases: 2, amount: 3 },
});

describe('analysePortfolio', () => {
  const analysis = analysePortfolio(ROWS, options);

  it('scores and segments every client (codes from portfolio.test.ts)', () => {
    expect(analysis.clients.map((c) => [c.name, c.code, c.segment, c.abc])).toEqual([
      ['Ana', 433, 'Potential loyalists', 'A'],
      ['Ben', 111, 'Lost', 'C'],
      ['Cleo', 555, 'Champions', 'A'],
      ['Dan', 221, 'Hibernating', 'C'],
      ['Eve', 323, 'Need attention', 'B'],
      ['Finn', 544, 'Champions', 'A'],
      ['Gus', 112, 'Lost', 'C'],
      ['Hana', 332, 'Need attention', 'B'],
      ['Ivo', 444, 'Champions', 'A'],
      ['Jo', 255, 'Can’t lose them', 'A'],
    ]);
    expect(analysis.revenue).toBe(TOTAL);
    expect(analysis.classes).toEqual({ r: 5, f: 5, m: 5 });
  });

  it('gives each client its average basket, its value over one year and its action', () => {
    const cleo = analysis.clients[2];
    expect(cleo?.averageBasket).toBe(125); // 1 500 / 12
    // a client table covers one year: value = basket × purchases = amount
    expect(cleo?.value).toBe(1500);
    expect(cleo?.action.objective).toBe('Reward the best clients and make them ambassadors');
  });

  it('summarises the non-empty segments in rule order', () => {
    // Champions: Cleo, Finn, Ivo (1 500 + 650 + 480, 12 + 7 + 5 purchases); Potential loyalists: Ana;
    // Need attention: Eve, Hana (260 + 200, 2 + 3); Can’t lose them: Jo; Hibernating: Dan; Lost: Ben, Gus (40 + 78, 1 + 1)
    expect(analysis.segments.map((s) => [s.name, s.clients, s.revenue, s.purchases])).toEqual([
      ['Champions', 3, 2630, 24],
      ['Potential loyalists', 1, 310, 4],
      ['Need attention', 2, 460, 5],
      ['Can’t lose them', 1, 900, 10],
      ['Hibernating', 1, 75, 2],
      ['Lost', 2, 118, 2],
    ]);
    const champions = analysis.segments[0];
    expect(champions?.clientShare).toBeCloseTo(0.3, 12);
    expect(champions?.revenueShare).toBeCloseTo(2630 / TOTAL, 12);
    expect(champions?.averageBasket).toBeCloseTo(2630 / 24, 12);
  });

  it('summarises classes A, B and C, and the Pareto figures of class A', () => {
    expect(analysis.abc.map((g) => [g.name, g.clients, g.revenue, g.purchases])).toEqual([
      ['A', 5, 3840, 38],
      ['B', 2, 460, 5],
      ['C', 3, 193, 4],
    ]);
    expect(analysis.pareto.clientShare).toBe(0.5);
    expect(analysis.pareto.revenueShare).toBeCloseTo(3840 / TOTAL, 12);
  });

  it('draws the Pareto curve in 21 steps of 5 % of clients', () => {
    expect(analysis.curve).toHaveLength(21);
    expect(analysis.curve[0]).toEqual({ clientShare: 0, revenueShare: 0 });
    // 5 % of 10 clients = half of Cleo's 1 500; 20 % = Cleo and Jo, 2 400
    expect(analysis.curve[1]?.revenueShare).toBeCloseTo(750 / TOTAL, 12);
    expect(analysis.curve[4]?.revenueShare).toBeCloseTo(2400 / TOTAL, 12);
    expect(analysis.curve[20]).toEqual({ clientShare: 1, revenueShare: 1 });
  });

  it('keeps all three ABC classes, empty ones included', () => {
    const two = analysePortfolio(
      [
        ['Ana', 1, 1, 10],
        ['Ben', 2, 1, 10],
      ],
      options,
    );
    expect(two.abc.map((g) => [g.name, g.clients])).toEqual([
      ['A', 2],
      ['B', 0],
      ['C', 0],
    ]);
    expect(two.abc[1]).toMatchObject({ clientShare: 0, revenueShare: 0, averageBasket: 0 });
  });

  it('takes the action of a segment from the user’s catalogue, else from the default one, else none', () => {
    const catalogue = [
      {
        segment: 'champions',
        priority: 1,
        objective: 'Mine',
        action: 'Call',
        channel: 'Phone',
        message: 'Hi {{client}}',
      },
    ];
    const rules = [{ segment: 'Stars', r: [5, 5], f: [1, 5], m: [1, 5] } as const, ...defaultRules('classic', 'en')];
    const custom = analysePortfolio(ROWS, { ...options, catalogue, rules });
    const byName = new Map(custom.clients.map((c) => [c.name, c]));
    // Cleo and Finn (R 5) are now Stars: no catalogue has it
    expect(byName.get('Cleo')?.segment).toBe('Stars');
    expect(byName.get('Cleo')?.action).toEqual({
      segment: 'Stars',
      priority: Number.MAX_SAFE_INTEGER,
      objective: '',
      action: '',
      channel: '',
      message: '',
    });
    // Ivo (444) stays a Champion: the user's entry, matched without case
    expect(byName.get('Ivo')?.action.objective).toBe('Mine');
    // Ana (433): not in the user's catalogue, taken from the default one
    expect(byName.get('Ana')?.action.objective).toBe('Turn recent clients into regulars (frequency)');
    expect(custom.segments.map((s) => s.name)[0]).toBe('Stars');
  });

  it('values a sales log over the years it covers', () => {
    const sales = analysePortfolio(
      [
        ['2022-07-01', 'Ana', 100],
        ['2023-07-01', 'Ana', 100],
        ['2024-01-01', 'Ana', 100],
        ['2024-06-01', 'Ana', 100],
        ['2024-06-15', 'Ben', 50],
      ],
      { ...options, shape: 'sales', mapping: { ...emptyMapping(), date: 0, client: 1, amount: 2 } },
    );
    // first sale 2022-07-01 → 2024-06-30: 731 days = 2.0014 years; Ana: basket 100 × 4 purchases / 2.0014 years
    expect(sales.periodDays).toBe(731);
    expect(sales.clients[0]?.value).toBeCloseTo((100 * 4 * 365.25) / 731, 9);
    expect(sales.clients[1]?.value).toBeCloseTo((50 * 365.25) / 731, 9);
  });

  it('throws noClients when no row can be read and allAmountsZero without revenue', () => {
    expect(() =>
      analysePortfolio(
        [
          ['', '', '', ''],
          ['Ana', 'x', 1, 1],
        ],
        options,
      ),
    ).toThrow(portfolioError('noClients'));
    expect(() =>
      analysePortfolio(
        [
          ['Ana', 1, 1, 0],
          ['Ben', 2, 1, -5],
        ],
        options,
      ),
    ).toThrow(portfolioError('allAmountsZero'));
  });

  it('lists the skipped rows', () => {
    const withBad = analysePortfolio([...ROWS, ['Zoe', -3, 1, 10]], options);
    expect(withBad.skipped).toEqual([{ row: 12, key: 'negativeDays', params: { value: -3 } }]);
    expect(withBad.clients).toHaveLength(10);
  });
});

describe('scoreSpreadNotes', () => {
  it('says nothing when the scores separate the clients', () => {
    expect(scoreSpreadNotes(analysePortfolio(ROWS, options))).toEqual([]);
  });

  it('notes a single client', () => {
    expect(scoreSpreadNotes(analysePortfolio([at(ROWS, 0)], options))).toEqual(['noteSingleClient']);
  });

  it('notes clients whose figures are all the same', () => {
    const twins: Array<[string, number, number, number]> = [
      ['Ana', 30, 4, 310],
      ['Ben', 30, 4, 310],
      ['Cleo', 30, 4, 310],
    ];
    expect(scoreSpreadNotes(analysePortfolio(twins, options))).toEqual(['noteIdenticalClients']);
  });
});

describe('revenue with a negative client total', () => {
  // Ana 310 and Ben −40 (returned more than bought): Ben brings no revenue, the total is 310, not 270.
  const rows: Array<[string, number, number, number]> = [
    ['Ana', 30, 4, 310],
    ['Ben', 365, 1, -40],
  ];
  const analysis = analysePortfolio(rows, options);

  it('counts only positive client amounts, as ABC and Pareto do', () => {
    expect(analysis.revenue).toBe(310);
    const shares = analysis.segments.map((s) => s.revenueShare);
    // Ana's segment makes 310 / 310 = 100 %, Ben's 0 / 310 = 0 %: no share above 100 % or below 0
    expect(shares.sort()).toEqual([0, 1]);
    expect(analysis.abc.find((g) => g.name === 'A')?.revenueShare).toBe(1);
    expect(analysis.pareto.revenueShare).toBe(1);
  });
});
