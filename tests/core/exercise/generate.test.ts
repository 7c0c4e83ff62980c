/**
 * Exercises are generated for every topic, level and language, are the same
 * for the same options and differ between seeds, and their data exercise the
 * topic (every class present, no value on a bound).
 */
import { describe, expect, it } from 'vitest';
import { portfolioError } from '../../support/portfolioError';
import { abcClasses } from '../../../src/core/abc';
import { isoFromDay } from '../../../src/core/days';
import {
  exerciseOptions,
  GENERATOR_VERSION,
  optionsFromSettings,
  settingsRows,
} from '../../../src/core/exercise/options';
import { TOPIC_IDS } from '../../../src/core/exercise/topics';
import { ALL_CASES, exercise } from './support';

const ENGLISH_HEADERS = {
  'rfm-grid': ['Client', 'Days since last purchase', 'Purchases', 'Amount', 'R', 'F', 'M', 'RFM code', 'Segment'],
  'rfm-points': [
    'Client',
    'Days since last purchase',
    'Purchases',
    'Amount',
    'R points',
    'F points',
    'M points',
    'Total points',
    'Class',
  ],
  'pareto-abc': [
    'Client',
    'Amount',
    '% of revenue',
    'Cumulative % of revenue',
    '% of clients',
    'Cumulative % of clients',
    'Class',
  ],
  'client-value': ['Client', 'Average basket', 'Purchases per year', 'Years', 'Margin rate', 'Client value'],
} as const;

describe('createExercise', () => {
  it.each(ALL_CASES)('generates $topic, level $level, in $lang', ({ topic, level, lang }) => {
    const ex = exercise({ topic, level, lang, seed: 2024, clients: 12 });
    expect(ex.clients).toHaveLength(12);
    expect(new Set(ex.clients.map((c) => c.name)).size).toBe(12);
    expect(ex.key).toHaveLength(12);
    for (const row of ex.key) expect(row).toHaveLength(ex.columns.length);
    expect(ex.key.map((row) => row[0])).toEqual(ex.clients.map((c) => c.name));
    expect(ex.tasks.reduce((sum, task) => sum + task.points, 0)).toBe(20);
    expect(ex.statement[0]?.[0]).toMatch(lang === 'fr' ? /^Exercice/ : /^Exercise/);
    expect(ex.statement.flat().join('\n')).toContain(lang === 'fr' ? '31/12/2025' : '2025-12-31');
    expect(ex.thresholds.length > 0).toBe(level === 3 && topic !== 'client-value');
    for (const client of ex.clients)
      if (client.lastPurchaseDay !== undefined) expect(client.lastPurchaseDay).toBeLessThan(ex.options.asOfDay);
  });

  it.each(TOPIC_IDS)('uses the English headers of the answer sheet for %s', (topic) => {
    expect(exercise({ topic }).columns.map((c) => c.header)).toEqual(ENGLISH_HEADERS[topic]);
    expect(exercise({ topic, lang: 'fr' }).columns.map((c) => c.header)).not.toEqual(ENGLISH_HEADERS[topic]);
  });

  it.each(TOPIC_IDS)('is reproducible for %s: same options, same exercise; another seed, another one', (topic) => {
    const first = exercise({ topic, seed: 77, level: 3 });
    const again = exercise({ topic, seed: 77, level: 3 });
    expect(again.clients).toEqual(first.clients);
    expect(again.key).toEqual(first.key);
    expect(again.statement).toEqual(first.statement);
    const other = exercise({ topic, seed: 78, level: 3 });
    expect(other.clients).not.toEqual(first.clients);
    expect(other.key).not.toEqual(first.key);
  });

  it('gives the same figures in French and English for the same seed', () => {
    const en = exercise({ topic: 'pareto-abc', seed: 5 });
    const fr = exercise({ topic: 'pareto-abc', seed: 5, lang: 'fr' });
    expect(fr.clients.map((c) => c.amount)).toEqual(en.clients.map((c) => c.amount));
    expect(fr.key.map((row) => row.slice(1))).toEqual(en.key.map((row) => row.slice(1)));
  });

  it('puts every R, F and M class and several segments in an RFM grid exercise, no value on a bound', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const ex = exercise({ topic: 'rfm-grid', seed, clients: 5 });
      for (const axis of [4, 5, 6]) expect(new Set(ex.key.map((row) => row[axis]))).toEqual(new Set([1, 2, 3, 4, 5]));
      expect(new Set(ex.key.map((row) => row[8])).size).toBeGreaterThanOrEqual(3);
      const days = ex.key.map((row) => row[1]);
      for (const bound of [60, 90, 180, 270]) expect(days).not.toContain(bound);
      const amounts = ex.key.map((row) => row[3]);
      for (const bound of [200, 400, 800, 1500]) expect(amounts).not.toContain(bound);
    }
  });

  it('puts every class of the points scale in a points exercise, no total on a class bound', () => {
    for (const seed of [1, 2, 3]) {
      const ex = exercise({ topic: 'rfm-points', seed, clients: 8 });
      expect(new Set(ex.key.map((row) => row[8])).size).toBe(3);
      for (const axis of [4, 5, 6]) expect(new Set(ex.key.map((row) => row[axis])).size).toBe(4);
      const totals = ex.key.map((row) => row[7]);
      expect(totals).not.toContain(35);
      expect(totals).not.toContain(60);
    }
  });

  it.each(['reach', 'within', 'clients'] as const)(
    'puts A, B and C in a Pareto exercise under the rule %s, away from the shares',
    (abcRule) => {
      for (const seed of [1, 2, 3]) {
        const ex = exercise({ topic: 'pareto-abc', seed, abcRule });
        const amounts = ex.clients.map((c) => c.amount ?? 0);
        expect(new Set(amounts).size).toBe(amounts.length);
        expect(ex.key.map((row) => row[6])).toEqual(abcClasses(amounts, undefined, undefined, abcRule));
        expect(new Set(ex.key.map((row) => row[6]))).toEqual(new Set(['A', 'B', 'C']));
        if (abcRule !== 'clients') {
          for (const row of ex.key) {
            expect(Math.abs(Number(row[3]) - 0.8)).toBeGreaterThan(0.005);
            expect(Math.abs(Number(row[3]) - 0.95)).toBeGreaterThan(0.005);
          }
        }
      }
    },
  );

  it('gives level 1 Pareto data sorted by amount, the other levels in no particular order', () => {
    const sorted = exercise({ topic: 'pareto-abc', level: 1, seed: 9 }).clients.map((c) => c.amount ?? 0);
    expect(sorted).toEqual([...sorted].sort((x, y) => y - x));
    const shuffled = exercise({ topic: 'pareto-abc', level: 2, seed: 9 }).clients.map((c) => c.amount ?? 0);
    expect(shuffled).not.toEqual([...shuffled].sort((x, y) => y - x));
  });

  it('states the conventions and the ABC rule of the options', () => {
    const text = exercise({ topic: 'pareto-abc', abcRule: 'clients', lang: 'fr', rounding: 1 })
      .statement.flat()
      .join('\n');
    expect(text).toContain('les premiers 20\u00a0% des clients');
    expect(text).toContain('42,0\u00a0%');
    expect(exercise({ topic: 'rfm-grid' }).statement.flat().join('\n')).toContain('Lower bounds are included');
  });
});

describe('exercise options and settings', () => {
  it('fills defaults and refuses values out of range, naming the field', () => {
    const options = exerciseOptions({});
    expect(options).toMatchObject({
      topic: 'rfm-grid',
      clients: 10,
      level: 2,
      seed: 1,
      lang: 'en',
      abcRule: 'reach',
      rounding: 2,
    });
    expect(isoFromDay(options.asOfDay)).toBe('2025-12-31');
    expect(() => exerciseOptions({ clients: 4 })).toThrow(/clients.*5–30/);
    expect(() => exerciseOptions({ clients: 31 })).toThrow(/clients/);
    expect(() => exerciseOptions({ level: 4 })).toThrow(/level/);
    expect(() => exerciseOptions({ topic: 'nps' })).toThrow(/topic/);
    expect(() => exerciseOptions({ asOf: '31/12/2025' })).toThrow(/asOf/);
    expect(() => exerciseOptions({ seed: 1.5 })).toThrow(/seed/);
  });

  it('takes a blank or null field as left out, and refuses a value that is neither text nor a number', () => {
    expect(exerciseOptions({ clients: ' ', topic: null, asOf: '' })).toEqual(exerciseOptions({}));
    expect(() => exerciseOptions({ asOf: 20251231 })).toThrow(
      portfolioError('exerciseOption', { field: 'asOf', expected: 'yyyy-mm-dd', value: '20251231' }),
    );
    expect(() => exerciseOptions({ lang: {} })).toThrow(
      portfolioError('exerciseOption', { field: 'lang', expected: 'en | fr', value: '{}' }),
    );
    expect(() => exerciseOptions({ level: true })).toThrow(
      portfolioError('exerciseOption', { field: 'level', expected: '1–3', value: 'true' }),
    );
    expect(() => exerciseOptions({ seed: [3] })).toThrow(/seed/);
  });

  it('writes the options and the generator version in the settings, and reads them back', () => {
    const options = exerciseOptions({
      topic: 'rfm-points',
      clients: 7,
      level: 3,
      seed: 99,
      lang: 'fr',
      asOf: '2024-06-30',
      abcRule: 'within',
      rounding: 1,
    });
    const rows = settingsRows(options);
    expect(rows.find((row) => row[0] === 'version')?.[1]).toBe(String(GENERATOR_VERSION));
    expect(optionsFromSettings(rows)).toEqual(options);
    expect(() => optionsFromSettings(rows.map((row) => (row[0] === 'version' ? ['version', '0'] : row)))).toThrow(
      /version 0/,
    );
    expect(() => optionsFromSettings(rows.filter((row) => row[0] !== 'seed'))).toThrow(
      portfolioError('exerciseOptionBlank', { field: 'seed' }),
    );
    expect(() => optionsFromSettings(rows.map((row) => (row[0] === 'clients' ? ['clients', ' '] : row)))).toThrow(
      portfolioError('exerciseOptionBlank', { field: 'clients' }),
    );
  });

  it('keeps no answer in the settings', () => {
    const ex = exercise({ topic: 'client-value', seed: 3 });
    const cells = settingsRows(ex.options).flat();
    for (const row of ex.key) expect(cells).not.toContain(String(row[5]));
  });
});
