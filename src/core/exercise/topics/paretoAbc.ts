/**
 * Topic `pareto-abc`: shares of revenue, cumulative shares of revenue and of
 * clients (the Pareto curve, as `PARETO_SHARE`) and the ABC class of each
 * client under the rule the teacher picked (as `ABC_CLASS`).
 */
import { exerciseText } from '../../i18n/exerciseTexts';
import { ABC_DEFAULT_SHARES, abcClasses } from '../../abc';
import { percentText, roundPercent } from '../numbers';
import { bestDraw, labelAnswer, numberedTasks, task, type Thresholds, type Topic } from '../topic';
import type { AbcRule, AnswerColumn, ExerciseClient } from '../types';

/** Default shares of each rule: of revenue (reach, within) or of the number of clients (clients). */
function defaultAbcShares(rule: AbcRule): { a: number; b: number } {
  return ABC_DEFAULT_SHARES[rule];
}

/** Distance (fraction) every cumulative share keeps from the A and B shares, so that no client sits on a boundary. */
const MARGIN = 0.006;

interface Ranked {
  share: number;
  cumulative: number;
  rank: number;
}

/** Share of revenue, cumulative share and rank (1 = largest) of each client, in data order. Amounts are distinct and positive. */
function ranked(clients: readonly ExerciseClient[]): Ranked[] {
  const amounts = clients.map((c) => c.amount ?? 0);
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  const order = amounts.map((_, i) => i).sort((x, y) => (amounts[y] ?? 0) - (amounts[x] ?? 0) || x - y);
  const result: Ranked[] = amounts.map(() => ({ share: 0, cumulative: 0, rank: 0 }));
  let cumulative = 0;
  order.forEach((index, position) => {
    const amount = amounts[index] ?? 0;
    cumulative += amount;
    result[index] = { share: amount / total, cumulative: cumulative / total, rank: position + 1 };
  });
  return result;
}

function sharesOf(thresholds: Thresholds): { a: number; b: number } {
  return { a: thresholds.get('a') ?? NaN, b: thresholds.get('b') ?? NaN };
}

export const paretoAbc: Topic = {
  id: 'pareto-abc',
  title: 'titleParetoAbc',
  goal: 'goalPareto',

  drawClients(rng, options, names) {
    const { a, b } = defaultAbcShares(options.abcRule);
    const scale = rng.pick([1, 1.5, 2.5, 4]);
    const draw = (): ExerciseClient[] => {
      const amounts = new Set<number>();
      while (amounts.size < names.length) {
        const u = 1 - rng.next();
        const v = rng.next();
        const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        amounts.add(Math.max(12, Math.round(scale * 450 * Math.exp(1.15 * normal))));
      }
      const list = [...amounts];
      const ordered = options.level === 1 ? list.sort((x, y) => y - x) : list;
      return names.map((name, i) => ({ name, amount: ordered[i] ?? 0 }));
    };
    const score = (clients: ExerciseClient[]) => {
      const classes = new Set(
        abcClasses(
          clients.map((c) => c.amount ?? 0),
          a,
          b,
          options.abcRule,
        ),
      ).size;
      const clear =
        options.abcRule === 'clients' ||
        ranked(clients).every((r) => Math.abs(r.cumulative - a) > MARGIN && Math.abs(r.cumulative - b) > MARGIN);
      return (classes === 3 ? 100 : 0) + (clear ? 50 : 0);
    };
    return bestDraw(400, draw, score, 150);
  },

  dataColumns(options) {
    const { lang } = options;
    return [
      { header: exerciseText(lang, 'hClient'), format: '@', value: (c) => c.name },
      { header: exerciseText(lang, 'hAmount'), format: '#,##0.00', value: (c) => c.amount ?? 0 },
    ];
  },

  answerColumns(options) {
    const { lang } = options;
    const percent = (
      id: string,
      key: 'hRevenueShare' | 'hCumRevenue' | 'hClientShare' | 'hCumClients',
      role: AnswerColumn['role'],
    ): AnswerColumn => ({
      id,
      header: exerciseText(lang, key),
      role,
      kind: 'percent',
      format: `0.${'0'.repeat(options.rounding)}%`.replace('0.%', '0%'),
    });
    return [
      { id: 'client', header: exerciseText(lang, 'hClient'), role: 'client', kind: 'text', format: '@' },
      { id: 'amount', header: exerciseText(lang, 'hAmount'), role: 'data', kind: 'money', format: '#,##0.00' },
      percent('revenueShare', 'hRevenueShare', 'helper'),
      percent('cumRevenue', 'hCumRevenue', 'answer'),
      percent('clientShare', 'hClientShare', 'helper'),
      percent('cumClients', 'hCumClients', 'answer'),
      labelAnswer('class', exerciseText(lang, 'hClass'), ['A', 'B', 'C']),
    ];
  },

  thresholdInputs(options) {
    const { a, b } = defaultAbcShares(options.abcRule);
    return [
      { id: 'a', label: exerciseText(options.lang, 'thAbcA'), reference: a, kind: 'percent' },
      { id: 'b', label: exerciseText(options.lang, 'thAbcB'), reference: b, kind: 'percent' },
    ];
  },

  thresholdsValid(thresholds) {
    const { a, b } = sharesOf(thresholds);
    return a > 0 && b > a && b <= 1;
  },

  solve(clients, options, thresholds) {
    const { a, b } = sharesOf(thresholds);
    const classes = abcClasses(
      clients.map((c) => c.amount ?? 0),
      a,
      b,
      options.abcRule,
    );
    const count = clients.length;
    return ranked(clients).map((r, i) => [
      clients[i]?.name ?? '',
      clients[i]?.amount ?? 0,
      roundPercent(r.share, options.rounding),
      roundPercent(r.cumulative, options.rounding),
      roundPercent(1 / count, options.rounding),
      roundPercent(r.rank / count, options.rounding),
      classes[i] ?? 'C',
    ]);
  },

  tasks(options, workSheet) {
    const { lang, level } = options;
    const list =
      level === 1
        ? [
            task(exerciseText(lang, 'taskCumRevenue'), 7, ['cumRevenue']),
            task(exerciseText(lang, 'taskClientShares'), 5, ['cumClients']),
            task(exerciseText(lang, 'taskAbc'), 8, ['class']),
          ]
        : level === 2
          ? [
              task(exerciseText(lang, 'taskRevenueShare'), 4, ['revenueShare']),
              task(exerciseText(lang, 'taskCumRevenue'), 5, ['cumRevenue']),
              task(exerciseText(lang, 'taskClientShares'), 4, ['clientShare', 'cumClients']),
              task(exerciseText(lang, 'taskAbc'), 7, ['class']),
            ]
          : [
              task(exerciseText(lang, 'taskRevenueShare'), 3, ['revenueShare']),
              task(exerciseText(lang, 'taskCumRevenue'), 5, ['cumRevenue']),
              task(exerciseText(lang, 'taskClientShares'), 3, ['clientShare', 'cumClients']),
              task(exerciseText(lang, 'taskAbcOwn', { work: workSheet }), 2, 'thresholds'),
              task(exerciseText(lang, 'taskAbc'), 7, ['class']),
              task(exerciseText(lang, 'taskCommentAbc'), 0, 'comment'),
            ];
    return numberedTasks(list);
  },

  statementTables() {
    return [];
  },

  conventions(options) {
    const { lang, level, abcRule } = options;
    const { a, b } = level < 3 ? defaultAbcShares(abcRule) : { a: NaN, b: NaN };
    const show = (share: number) => (Number.isFinite(share) ? percentText(share, 0, lang) : '…');
    const key = abcRule === 'reach' ? 'ruleReach' : abcRule === 'within' ? 'ruleWithin' : 'ruleClients';
    return [exerciseText(lang, 'convAbcRule', { rule: exerciseText(lang, key, { a: show(a), b: show(b) }) })];
  },
};
