/**
 * The answer keys of the exercises agree with the custom functions a teacher
 * or a student would type on the same data, run through the built bundle:
 * RFM_SCORE with the grid and RFM_SEGMENT (fr-ladder), RFM_POINTS and POINTS,
 * PARETO_SHARE and ABC_CLASS under each rule, CLIENT_VALUE.
 */
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../src/core/days';
import { createExercise } from '../../src/core/exercise/exercise';
import { exerciseOptions, type ExerciseOptionsInput } from '../../src/core/exercise/options';
import { midnight } from '../support/calendar';
import { column, flat, workbook } from '../support/customFunctions';

const TIME_ZONE = 'Europe/Paris';

function exercise(input: ExerciseOptionsInput) {
  return createExercise(exerciseOptions({ clients: 15, ...input }), {
    statement: 'Statement',
    data: 'Data',
    work: 'Work',
  });
}

/** The key column `id` of an exercise. */
function keyColumn(ex: ReturnType<typeof exercise>, id: string): unknown[] {
  const j = ex.columns.findIndex((c) => c.id === id);
  expect(j).toBeGreaterThanOrEqual(0);
  return ex.key.map((row) => row[j]);
}

describe('exercise keys and custom functions', () => {
  it.each([1, 2, 3])(
    'rfm-grid (seed %i): codes of RFM_SCORE with the statement’s grid, segments of RFM_SEGMENT fr-ladder',
    (seed) => {
      const book = workbook({ timeZone: TIME_ZONE });
      const ex = exercise({ topic: 'rfm-grid', seed });
      const dates = column(...ex.clients.map((c) => midnight(isoFromDay(c.lastPurchaseDay ?? 0), TIME_ZONE)));
      const grid = [
        [60, 90, 180, 270],
        [10, 15, 20, 30],
        [200, 400, 800, 1500],
      ];
      const asOf = midnight(isoFromDay(ex.options.asOfDay), TIME_ZONE);
      const codes = flat(
        book.call(
          'RFM_SCORE',
          dates,
          column(...keyColumn(ex, 'purchases')),
          column(...keyColumn(ex, 'amount')),
          grid,
          asOf,
        ),
      );
      expect(codes).toEqual(keyColumn(ex, 'code'));
      expect(flat(book.call('RFM_SEGMENT', column(...codes), 'fr-ladder'))).toEqual(keyColumn(ex, 'segment'));
    },
  );

  it.each([1, 2, 3])(
    'rfm-points (seed %i): totals of RFM_POINTS with the statement’s scale, classes of POINTS',
    (seed) => {
      const book = workbook({ timeZone: TIME_ZONE });
      const ex = exercise({ topic: 'rfm-points', seed });
      const dates = column(...ex.clients.map((c) => midnight(isoFromDay(c.lastPurchaseDay ?? 0), TIME_ZONE)));
      const asOf = midnight(isoFromDay(ex.options.asOfDay), TIME_ZONE);
      const rScale = [
        [0, 25],
        [30, 15],
        [90, 5],
        [180, 0],
      ];
      const fScale = [
        [1, 5],
        [3, 10],
        [6, 20],
        [10, 30],
      ];
      const mScale = [
        [0, 0],
        [150, 10],
        [400, 20],
        [800, 30],
      ];
      const totals = flat(
        book.call(
          'RFM_POINTS',
          dates,
          column(...keyColumn(ex, 'purchases')),
          column(...keyColumn(ex, 'amount')),
          rScale,
          fScale,
          mScale,
          asOf,
        ),
      );
      expect(totals).toEqual(keyColumn(ex, 'total'));
      expect(flat(book.call('POINTS', column(...keyColumn(ex, 'days')), rScale))).toEqual(keyColumn(ex, 'rPoints'));
      const classes = [
        [0, 'Occasional client'],
        [35, 'Good client'],
        [60, 'Very good client'],
      ];
      expect(flat(book.call('POINTS', column(...totals), classes))).toEqual(keyColumn(ex, 'class'));
    },
  );

  it.each(['reach', 'within', 'clients'] as const)(
    'pareto-abc (rule %s): classes of ABC_CLASS, cumulative shares of PARETO_SHARE',
    (abcRule) => {
      const book = workbook({ timeZone: TIME_ZONE });
      const ex = exercise({ topic: 'pareto-abc', seed: 4, abcRule, rounding: 2 });
      const amounts = column(...keyColumn(ex, 'amount'));
      expect(flat(book.call('ABC_CLASS', amounts, undefined, undefined, abcRule))).toEqual(keyColumn(ex, 'class'));
      const cumulativeClients = keyColumn(ex, 'cumClients').map(Number);
      const shares = flat(
        book.call('PARETO_SHARE', amounts, column(...cumulativeClients.map((share) => Math.round(share * 15) / 15))),
      );
      // The key rounds to 2 decimals of a point (4 decimals of a fraction).
      shares.forEach((share, i) => expect(Number(keyColumn(ex, 'cumRevenue')[i])).toBeCloseTo(Number(share), 4));
    },
  );

  it('client-value: CLIENT_VALUE with the margin rate', () => {
    const book = workbook({ timeZone: TIME_ZONE });
    const ex = exercise({ topic: 'client-value', seed: 6 });
    const values = flat(
      book.call(
        'CLIENT_VALUE',
        column(...keyColumn(ex, 'basket')),
        column(...keyColumn(ex, 'perYear')),
        column(...keyColumn(ex, 'years')),
        column(...keyColumn(ex, 'margin')),
      ),
    );
    values.forEach((value, i) => expect(Number(keyColumn(ex, 'value')[i])).toBeCloseTo(Number(value), 2));
  });
});
