/**
 * Checking answers: a perfect sheet gets 20/20, one wrong cell costs its share
 * of its task's points and is marked ✘, tolerances hold exactly at their edges,
 * and at level 3 the student's own thresholds are used when they can be.
 */
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../../src/core/exercise/check';
import { isAsked } from '../../../src/core/exercise/topic';
import { answerMatches, comparableText } from '../../../src/core/exercise/compare';
import { readWork, resultTable, workLayout } from '../../../src/core/exercise/sheets';
import { ALL_CASES, exercise, perfectWork, withCell } from './support';

describe('checkAnswers', () => {
  it.each(ALL_CASES)(
    'marks a perfect $topic sheet (level $level, $lang) 20/20 and one wrong cell lower, with that cell ✘',
    ({ topic, level, lang }) => {
      const ex = exercise({ topic, level, lang, seed: 11 });
      const perfect = perfectWork(ex);
      const result = checkAnswers(ex, perfect);
      expect(result.mark).toBe(20);
      expect(result.marks.flat().filter((ok) => ok === false)).toEqual([]);
      const column = ex.columns.findIndex((c) => isAsked(c, ex.options));
      const wrong = checkAnswers(ex, withCell(perfect, 3, column, 'wrong'));
      expect(wrong.marks[3]?.[column]).toBe(false);
      expect(wrong.marks.flat().filter((ok) => ok === false)).toHaveLength(1);
      const task = ex.tasks.find((t) => Array.isArray(t.marks) && t.marks.includes(ex.columns[column]?.id ?? ''));
      const cells = ex.clients.length * (Array.isArray(task?.marks) ? task.marks.length : 1);
      // One cell out of `cells` of a task worth `points`: the mark drops by points / cells.
      expect(wrong.mark).toBeCloseTo(20 - (task?.points ?? 0) / cells, 2);
    },
  );

  it('shares a task’s points between its cells: 10 clients × R, F, M on 6 points, one wrong score costs 0.2', () => {
    const ex = exercise({ topic: 'rfm-grid', seed: 4 });
    const work = perfectWork(ex);
    const f = ex.columns.findIndex((c) => c.id === 'f');
    const score = Number(ex.key[0]?.[f]);
    const result = checkAnswers(ex, withCell(work, 0, f, score === 5 ? 4 : score + 1));
    // Task 2 (R, F, M) is worth 6 points over 10 × 3 = 30 cells: 6 / 30 = 0.2.
    expect(result.tasks[1]).toMatchObject({ number: 2, points: 6, earned: 5.8 });
    expect(result.mark).toBe(19.8);
  });

  it('counts a blank answer as wrong and gives 0 to an empty sheet', () => {
    const ex = exercise({ topic: 'client-value', seed: 8 });
    const empty = { rows: ex.clients.map(() => ex.columns.map(() => '')), thresholds: [] };
    expect(checkAnswers(ex, empty).mark).toBe(0);
  });

  it('accepts labels whatever the case and accents, percentages as fractions or points, text numbers', () => {
    const ex = exercise({ topic: 'rfm-points', seed: 2, lang: 'fr' });
    const classColumn = ex.columns.findIndex((c) => c.id === 'class');
    const work = perfectWork(ex);
    const row = ex.key.findIndex((r) => r[classColumn] === 'Très bon client');
    expect(row).toBeGreaterThanOrEqual(0);
    expect(checkAnswers(ex, withCell(work, row, classColumn, '  TRES bon   CLIENT ')).mark).toBe(20);
    const pareto = exercise({ topic: 'pareto-abc', seed: 2 });
    const cum = pareto.columns.findIndex((c) => c.id === 'cumRevenue');
    const key = Number(pareto.key[0]?.[cum]);
    const asPoints = withCell(perfectWork(pareto), 0, cum, `${(key * 100).toFixed(2)} %`);
    expect(checkAnswers(pareto, asPoints).mark).toBe(20);
    expect(checkAnswers(pareto, withCell(perfectWork(pareto), 0, cum, key * 100)).mark).toBe(20);
  });

  it('uses the student’s thresholds at level 3 when they are ascending, the reference ones otherwise', () => {
    const ex = exercise({ topic: 'rfm-points', level: 3, seed: 6 });
    const work = perfectWork(ex);
    const classColumn = ex.columns.findIndex((c) => c.id === 'class');
    const totalColumn = ex.columns.findIndex((c) => c.id === 'total');
    // Own thresholds 15 and 80: every total from 15 to 75 is a good client.
    const own = {
      ...work,
      thresholds: [15, 80],
      rows: work.rows.map((cells, i) =>
        cells.map((cell, j) => {
          if (j !== classColumn) return cell;
          const total = Number(ex.key[i]?.[totalColumn]);
          return total >= 80 ? 'Very good client' : total >= 15 ? 'Good client' : 'Occasional client';
        }),
      ),
    };
    const result = checkAnswers(ex, own);
    expect(result.ownThresholds).toBe(true);
    expect(result.mark).toBe(20);
    const descending = checkAnswers(ex, { ...work, thresholds: [60, 35] });
    expect(descending.ownThresholds).toBe(false);
    const thresholdsTask = descending.tasks.find((t) => t.number === 4);
    expect(thresholdsTask).toMatchObject({ points: 2, earned: 0 });
    expect(descending.mark).toBe(18);
    const shares = exercise({ topic: 'pareto-abc', level: 3, seed: 6 });
    expect(checkAnswers(shares, { ...perfectWork(shares), thresholds: ['80 %', 95] }).ownThresholds).toBe(true);
  });
});

describe('answerMatches at the edges of the tolerances', () => {
  it('money: within 0.01 is right, beyond is wrong', () => {
    expect(answerMatches('money', 100.01, 100)).toBe(true);
    expect(answerMatches('money', 99.99, 100)).toBe(true);
    expect(answerMatches('money', 100.011, 100)).toBe(false);
    expect(answerMatches('money', 99.989, 100)).toBe(false);
    expect(answerMatches('money', '1 234,56 €', 1234.56)).toBe(true);
  });

  it('percentages: within 0.1 point is right, as a fraction or in points', () => {
    expect(answerMatches('percent', 0.4214, 0.4204)).toBe(true);
    expect(answerMatches('percent', 0.4194, 0.4204)).toBe(true);
    expect(answerMatches('percent', 0.4215, 0.4204)).toBe(false);
    expect(answerMatches('percent', 42.14, 0.4204)).toBe(true);
    expect(answerMatches('percent', 42.15, 0.4204)).toBe(false);
    expect(answerMatches('percent', '42,14 %', 0.4204)).toBe(true);
    expect(answerMatches('percent', '42,15 %', 0.4204)).toBe(false);
  });

  it('whole numbers: exact', () => {
    expect(answerMatches('integer', 543, 543)).toBe(true);
    expect(answerMatches('integer', '543', 543)).toBe(true);
    expect(answerMatches('integer', 543.1, 543)).toBe(false);
    expect(answerMatches('integer', '', 0)).toBe(false);
  });

  it('labels: case, accents and spaces ignored, nothing else', () => {
    expect(comparableText('  Très  Bon client ')).toBe('tres bon client');
    expect(answerMatches('label', 'futur non-client', 'Futur non-client')).toBe(true);
    expect(answerMatches('label', 'a', 'A')).toBe(true);
    expect(answerMatches('label', 'B', 'A')).toBe(false);
    expect(answerMatches('label', 'Futur non client', 'Futur non-client')).toBe(false);
  });
});

describe('Work sheet and Result sheet', () => {
  it('leaves the answer cells blank, fills data and (level 1) helper columns, and reads answers back by client name', () => {
    const ex = exercise({ topic: 'rfm-grid', level: 1, seed: 3 });
    const layout = workLayout(ex);
    const days = ex.columns.findIndex((c) => c.id === 'days');
    const code = ex.columns.findIndex((c) => c.id === 'code');
    expect(layout.table.values[1]?.[days]).toBe(ex.key[0]?.[days]);
    expect(layout.table.values[1]?.[code]).toBe('');
    expect(layout.choices).toHaveLength(1);
    expect(layout.choices[0]?.values).toContain('Very good client');
    const filled = layout.table.values.map((row, i) =>
      row.map((cell, j) => (i >= 1 && j === code ? ex.key[i - 1]?.[j] : cell)),
    );
    const reversed = [filled[0] ?? [], ...filled.slice(1).reverse()];
    const work = readWork(ex, reversed);
    expect(work.rows.map((row) => row[code])).toEqual(ex.key.map((row) => row[code]));
  });

  it('writes ✔ or ✘ beside each answer and the mark on the Result sheet', () => {
    const ex = exercise({ topic: 'client-value', seed: 1 });
    const work = withCell(perfectWork(ex), 0, 5, 1);
    const result = checkAnswers(ex, work);
    const table = resultTable(ex, work, result);
    const text = table.values.map((row) => row.join('|').replace(/\|+$/, ''));
    expect(text[1]).toBe('Mark|18 / 20');
    expect(text).toContain(`${ex.clients[0]?.name}|1|✘`);
    expect(text).toContain(`${ex.clients[1]?.name}|${ex.key[1]?.[5]}|✔`);
  });
});
