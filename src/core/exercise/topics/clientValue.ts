/**
 * Topic `client-value`: the value of each client over the relationship,
 * average basket × purchases per year × years × margin rate (as
 * `CLIENT_VALUE` with a margin rate and no retention rate).
 */
import { clientValue } from '../../clientValue';
import { exerciseText } from '../../i18n/exerciseTexts';
import { roundTo } from '../numbers';
import { bestDraw, distinctCount, numberedTasks, task, type TaskDraft, type Topic } from '../topic';
import type { ExerciseClient, ExerciseOptions } from '../types';

const MARGIN_RATES = [0.25, 0.3, 0.35, 0.4, 0.45] as const;

/** The client value of the key, rounded to the exercise's decimals. */
function valueOf(client: ExerciseClient, options: ExerciseOptions): number {
  const value = clientValue({
    averageBasket: client.averageBasket ?? 0,
    purchasesPerYear: client.purchasesPerYear ?? 0,
    years: client.years ?? 0,
    marginRate: client.marginRate ?? 1,
  });
  return roundTo(value, options.rounding);
}

export const clientValueTopic: Topic = {
  id: 'client-value',
  title: 'titleClientValue',
  goal: 'goalValue',

  drawClients(rng, options, names) {
    const scale = rng.pick([0.6, 1, 1.5, 2.5]);
    const draw = (): ExerciseClient[] =>
      names.map((name) => ({
        name,
        averageBasket: roundTo(scale * (15 + rng.next() * 105), 2),
        purchasesPerYear: rng.integer(2, 24),
        years: rng.integer(1, 10),
        marginRate: rng.pick(MARGIN_RATES),
      }));
    const score = (clients: ExerciseClient[]) => distinctCount(clients.map((client) => valueOf(client, options)));
    return bestDraw(100, draw, score, names.length);
  },

  dataColumns(options) {
    const { lang } = options;
    return [
      { header: exerciseText(lang, 'hClient'), format: '@', value: (c) => c.name },
      { header: exerciseText(lang, 'hBasket'), format: '#,##0.00', value: (c) => c.averageBasket ?? 0 },
      { header: exerciseText(lang, 'hPerYear'), format: '0', value: (c) => c.purchasesPerYear ?? 0 },
      { header: exerciseText(lang, 'hYears'), format: '0', value: (c) => c.years ?? 0 },
      { header: exerciseText(lang, 'hMargin'), format: '0%', value: (c) => c.marginRate ?? 0 },
    ];
  },

  answerColumns(options) {
    const { lang } = options;
    return [
      { id: 'client', header: exerciseText(lang, 'hClient'), role: 'client', kind: 'text', format: '@' },
      { id: 'basket', header: exerciseText(lang, 'hBasket'), role: 'data', kind: 'money', format: '#,##0.00' },
      { id: 'perYear', header: exerciseText(lang, 'hPerYear'), role: 'data', kind: 'integer', format: '0' },
      { id: 'years', header: exerciseText(lang, 'hYears'), role: 'data', kind: 'integer', format: '0' },
      { id: 'margin', header: exerciseText(lang, 'hMargin'), role: 'data', kind: 'number', format: '0%' },
      { id: 'value', header: exerciseText(lang, 'hValue'), role: 'answer', kind: 'money', format: '#,##0.00' },
    ];
  },

  thresholdInputs() {
    return [];
  },

  thresholdsValid() {
    return true;
  },

  solve(clients, options) {
    return clients.map((c) => [
      c.name,
      c.averageBasket ?? 0,
      c.purchasesPerYear ?? 0,
      c.years ?? 0,
      c.marginRate ?? 0,
      valueOf(c, options),
    ]);
  },

  tasks(options) {
    const { lang, level } = options;
    const list: TaskDraft[] = [task(exerciseText(lang, level === 1 ? 'taskValueFormula' : 'taskValue'), 20, ['value'])];
    if (level === 3) list.push(task(exerciseText(lang, 'taskCommentValue'), 0, 'comment'));
    return numberedTasks(list);
  },

  statementTables() {
    return [];
  },

  conventions() {
    return [];
  },
};
