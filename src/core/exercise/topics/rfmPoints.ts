/**
 * Topic `rfm-points`: the student gives points per criterion with a points
 * scale (barème), adds them up and cuts the total into classes, the way
 * courses score clients (as `POINTS` and `RFM_POINTS`).
 */
import { exerciseText } from '../../i18n/exerciseTexts';
import type { Lang } from '../../types';
import { pointsOf, rfmPoints as pointsOfClients, type NumericScale } from '../../points';
import { euroText, numberText } from '../numbers';
import {
  bestDraw,
  integerAnswer,
  labelAnswer,
  numberedTasks,
  task,
  referenceThresholds,
  type Thresholds,
  type Topic,
} from '../topic';
import type { ExerciseClient, ExerciseOptions } from '../types';
import { bandLabels } from './rfmGrid';
import {
  amountInBand,
  coveredAxes,
  daysSince,
  drawPurchaseBands,
  purchaseAnswerColumns,
  purchaseConventions,
  purchaseDataColumns,
  wholeInBand,
} from './purchaseData';

/** A numeric scale from [lower bound, points] rows. */
function scale(rows: ReadonlyArray<readonly [number, number]>): NumericScale {
  return { kind: 'numeric', bounds: rows.map(([bound]) => bound), values: rows.map(([, points]) => points) };
}

// Points are multiples of 5 and numbers of purchases never are, so that no figure of the data reads like an answer.
/** Days since the last purchase → points (fewer days, more points). */
const RECENCY_SCALE = scale([
  [0, 25],
  [30, 15],
  [90, 5],
  [180, 0],
]);
/** Number of purchases → points. */
const FREQUENCY_SCALE = scale([
  [1, 5],
  [3, 10],
  [6, 20],
  [10, 30],
]);
/** Amount spent (euros) → points. */
const AMOUNT_SCALE = scale([
  [0, 0],
  [150, 10],
  [400, 20],
  [800, 30],
]);
/** Reference totals from which a client is good, then very good ("très bon client from 60 points"). */
const GOOD_FROM = 35;
const VERY_GOOD_FROM = 60;
/** Highest possible total (25 + 30 + 30). */
const MAX_TOTAL = 85;
const BANDS = 4;

type ClassKey = 'classOccasional' | 'classGood' | 'classVeryGood';

const CLASS_KEYS: readonly ClassKey[] = ['classOccasional', 'classGood', 'classVeryGood'];

/** Total points → class (text key): from 0, from the `good` threshold, from the `veryGood` one. */
function classScale(thresholds: Thresholds): NumericScale {
  return {
    kind: 'numeric',
    bounds: [0, thresholds.get('good') ?? NaN, thresholds.get('veryGood') ?? NaN],
    values: [...CLASS_KEYS],
  };
}

/** The class key of a total. */
function classOf(total: number, thresholds: Thresholds): ClassKey {
  return pointsOf(total, classScale(thresholds)) as ClassKey;
}

/** Lower bounds of bands 2..n of a scale. */
function boundsOf(scale: NumericScale): number[] {
  return scale.bounds.slice(1);
}

interface Points {
  days: number;
  r: number;
  f: number;
  m: number;
  total: number;
}

/** Points of every client with the course's scales (as RFM_POINTS). */
function clientPoints(clients: readonly ExerciseClient[], options: ExerciseOptions): Points[] {
  const days = clients.map((client) => daysSince(client, options));
  const points = pointsOfClients(
    days,
    clients.map((c) => c.purchases ?? 0),
    clients.map((c) => c.amount ?? 0),
    { r: RECENCY_SCALE, f: FREQUENCY_SCALE, m: AMOUNT_SCALE },
  );
  return points.map((p, i) => ({ days: days[i] ?? 0, r: p.r, f: p.f, m: p.m, total: p.total }));
}

function scaleRows(lang: Lang): string[][] {
  const whole = (value: number) => numberText(value, 0, lang);
  const money = (value: number) => euroText(value, 0, lang);
  const rows: string[][] = [];
  const add = (criterion: string, scale: NumericScale, labels: string[]) =>
    scale.values.forEach((entry, k) => {
      const points = Number(entry);
      rows.push([
        k === 0 ? criterion : '',
        labels[k] ?? '',
        exerciseText(lang, Math.abs(points) === 1 || (lang === 'fr' && points === 0) ? 'scalePoint' : 'scalePoints', {
          points,
        }),
      ]);
    });
  add(exerciseText(lang, 'gridRecency'), RECENCY_SCALE, bandLabels(boundsOf(RECENCY_SCALE), true, whole, lang));
  add(exerciseText(lang, 'gridFrequency'), FREQUENCY_SCALE, bandLabels(boundsOf(FREQUENCY_SCALE), true, whole, lang));
  add(exerciseText(lang, 'gridMonetary'), AMOUNT_SCALE, bandLabels(boundsOf(AMOUNT_SCALE), false, money, lang));
  return rows;
}

export const rfmPoints: Topic = {
  id: 'rfm-points',
  title: 'titleRfmPoints',
  goal: 'goalRfm',

  drawClients(rng, options, names) {
    const count = names.length;
    const reference = referenceThresholds(this.thresholdInputs(options));
    const draw = (): ExerciseClient[] => {
      const bands = drawPurchaseBands(rng, count, BANDS);
      return names.map((name, i) => ({
        name,
        // Days from 20 and purchases up to 19: no number of days can be mistaken for a number of purchases.
        lastPurchaseDay:
          options.asOfDay - wholeInBand(rng, boundsOf(RECENCY_SCALE), bands.days[i] ?? 0, { min: 20, max: 400 }),
        purchases: wholeInBand(
          rng,
          boundsOf(FREQUENCY_SCALE),
          bands.purchases[i] ?? 0,
          { min: 1, max: 19 },
          (n) => n % 5 === 0,
        ),
        amount: amountInBand(rng, boundsOf(AMOUNT_SCALE), bands.amounts[i] ?? 0, { min: 35, max: 1600 }),
      }));
    };
    const good = reference.get('good') ?? GOOD_FROM;
    const veryGood = reference.get('veryGood') ?? VERY_GOOD_FROM;
    const score = (clients: ExerciseClient[]) => {
      const points = clientPoints(clients, options);
      const covered = coveredAxes(points, BANDS);
      const classes = new Set(points.map((p) => classOf(p.total, reference))).size;
      const offBounds = points.every((p) => p.total !== good && p.total !== veryGood);
      return covered * 100 + (classes === Math.min(3, count) ? 50 : 0) + (offBounds ? 20 : 0);
    };
    return bestDraw(400, draw, score, 370);
  },

  dataColumns: purchaseDataColumns,

  answerColumns(options) {
    const { lang } = options;
    const points = (id: string, key: 'hRPoints' | 'hFPoints' | 'hMPoints' | 'hTotal') =>
      integerAnswer(id, exerciseText(lang, key));
    return [
      ...purchaseAnswerColumns(options),
      points('rPoints', 'hRPoints'),
      points('fPoints', 'hFPoints'),
      points('mPoints', 'hMPoints'),
      points('total', 'hTotal'),
      labelAnswer(
        'class',
        exerciseText(lang, 'hClass'),
        CLASS_KEYS.map((key) => exerciseText(lang, key)),
      ),
    ];
  },

  thresholdInputs(options) {
    const { lang } = options;
    return [
      {
        id: 'good',
        label: exerciseText(lang, 'thClass', { label: exerciseText(lang, 'classGood') }),
        reference: GOOD_FROM,
        kind: 'integer',
      },
      {
        id: 'veryGood',
        label: exerciseText(lang, 'thClass', { label: exerciseText(lang, 'classVeryGood') }),
        reference: VERY_GOOD_FROM,
        kind: 'integer',
      },
    ];
  },

  thresholdsValid(thresholds) {
    const good = thresholds.get('good') ?? NaN;
    const veryGood = thresholds.get('veryGood') ?? NaN;
    return good > 0 && veryGood > good && veryGood <= MAX_TOTAL;
  },

  solve(clients, options, thresholds) {
    return clientPoints(clients, options).map((p, i) => {
      const client = clients[i];
      return [
        client?.name ?? '',
        p.days,
        client?.purchases ?? 0,
        client?.amount ?? 0,
        p.r,
        p.f,
        p.m,
        p.total,
        exerciseText(options.lang, classOf(p.total, thresholds)),
      ];
    });
  },

  tasks(options, workSheet) {
    const { lang, level } = options;
    const classOwn = exerciseText(lang, 'taskClassPointsOwn', {
      good: exerciseText(lang, 'classGood'),
      veryGood: exerciseText(lang, 'classVeryGood'),
      work: workSheet,
    });
    const list =
      level === 1
        ? [
            task(exerciseText(lang, 'taskPoints'), 9, ['rPoints', 'fPoints', 'mPoints']),
            task(exerciseText(lang, 'taskTotal'), 4, ['total']),
            task(exerciseText(lang, 'taskClassPoints'), 7, ['class']),
          ]
        : level === 2
          ? [
              task(exerciseText(lang, 'taskDays'), 4, ['days']),
              task(exerciseText(lang, 'taskPoints'), 7, ['rPoints', 'fPoints', 'mPoints']),
              task(exerciseText(lang, 'taskTotal'), 3, ['total']),
              task(exerciseText(lang, 'taskClassPoints'), 6, ['class']),
            ]
          : [
              task(exerciseText(lang, 'taskDays'), 3, ['days']),
              task(exerciseText(lang, 'taskPoints'), 6, ['rPoints', 'fPoints', 'mPoints']),
              task(exerciseText(lang, 'taskTotal'), 3, ['total']),
              task(classOwn, 2, 'thresholds'),
              task(exerciseText(lang, 'taskClassPoints'), 6, ['class']),
              task(exerciseText(lang, 'taskCommentPoints'), 0, 'comment'),
            ];
    return numberedTasks(list);
  },

  statementTables(options, thresholds) {
    const { lang, level } = options;
    const rows: string[][] = [[exerciseText(lang, 'scaleTitle')], ...scaleRows(lang), []];
    rows.push([exerciseText(lang, 'classesTitle')]);
    if (level < 3) {
      const { bounds } = classScale(thresholds);
      CLASS_KEYS.forEach((key, k) =>
        rows.push([exerciseText(lang, 'classFrom', { lower: bounds[k] ?? 0, label: exerciseText(lang, key) })]),
      );
    } else {
      rows.push([CLASS_KEYS.map((key) => exerciseText(lang, key)).join(' < ')]);
    }
    return rows;
  },

  conventions: purchaseConventions,
};
