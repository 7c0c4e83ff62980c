/**
 * Properties over random options (fast-check): any seed, topic, level, size
 * and language gives a reproducible exercise whose own key marks 20/20, whose
 * tasks add up to 20, and whose given figures hold no answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../../src/core/exercise/check';
import { isAsked } from '../../../src/core/exercise/topic';
import { TOPIC_IDS } from '../../../src/core/exercise/topics';
import { exercise, perfectWork } from './support';

const options = fc.record({
  topic: fc.constantFrom(...TOPIC_IDS),
  seed: fc.integer({ min: 0, max: 2_147_483_647 }),
  clients: fc.integer({ min: 5, max: 30 }),
  level: fc.constantFrom(1, 2, 3),
  lang: fc.constantFrom('en', 'fr'),
  abcRule: fc.constantFrom('reach', 'within', 'clients'),
  rounding: fc.integer({ min: 0, max: 4 }),
});

describe('exercise properties', () => {
  it('reproduces the exercise, marks its own key 20/20 and gives no answer in the data', () => {
    fc.assert(
      fc.property(options, (input) => {
        const ex = exercise(input);
        expect(exercise(input).key).toEqual(ex.key);
        expect(ex.tasks.reduce((sum, task) => sum + task.points, 0)).toBe(20);
        expect(checkAnswers(ex, perfectWork(ex)).mark).toBe(20);
        const data = new Set(
          ex.topic.dataColumns(ex.options).flatMap((column) => ex.clients.map((client) => column.value(client))),
        );
        ex.columns.forEach((column, j) => {
          if (!isAsked(column, ex.options) || column.kind === 'label') return;
          for (const row of ex.key) expect(data.has(row[j] ?? ''), `${column.id} ${String(row[j])}`).toBe(false);
        });
      }),
      { numRuns: 40 },
    );
  });
});
