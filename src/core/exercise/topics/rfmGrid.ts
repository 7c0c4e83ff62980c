/**
 * Topic `rfm-grid`: the student scores R, F and M with a teacher's grid (lower
 * bounds of classes 2..5, as `RFM_SCORE` with a grid), writes the RFM code and
 * the segment of the course's ladder (as `RFM_SEGMENT` with `fr-ladder`).
 */
import { exerciseText } from '../../i18n/exerciseTexts';
import { rfmCode, rfmScores } from '../../rfm';
import { defaultRules, othersName, segmentOf, type SegmentRule } from '../../segments';
import type { Grid, Lang } from '../../types';
import { euroText, numberText } from '../numbers';
import {
  bestDraw,
  integerAnswer,
  labelAnswer,
  numberedTasks,
  task,
  distinctCount,
  referenceThresholds,
  type Thresholds,
  type Topic,
} from '../topic';
import type { ExerciseClient, ExerciseOptions, ThresholdInput } from '../types';
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

/** Days from which R drops to 4, 3, 2, 1 (lower bounds of the days classes 2..5). Days start at 37, above any number of purchases. */
const DAY_BOUNDS = [60, 90, 180, 270] as const;
/** Purchases from which F is 2, 3, 4, 5. Purchases start at 6 so that no count looks like a score. */
const PURCHASE_BOUNDS = [10, 15, 20, 30] as const;
/** Amounts (euros) from which M is 2, 3, 4, 5. */
const AMOUNT_BOUNDS = [200, 400, 800, 1500] as const;
const CLASSES = 5;
const SCHEME = 'fr-ladder';

/** The grid of the thresholds (ids r4 r3 r2 r1, f2…f5, m2…m5). */
function gridOf(thresholds: Thresholds): Grid {
  const read = (ids: readonly string[]) => ids.map((id) => thresholds.get(id) ?? NaN);
  return { r: read(['r4', 'r3', 'r2', 'r1']), f: read(['f2', 'f3', 'f4', 'f5']), m: read(['m2', 'm3', 'm4', 'm5']) };
}

function ladder(lang: Lang): { rules: SegmentRule[]; others: string } {
  return { rules: defaultRules(SCHEME, lang), others: othersName(SCHEME, lang) };
}

function scoresOf(clients: readonly ExerciseClient[], options: ExerciseOptions, grid: Grid) {
  const days = clients.map((client) => daysSince(client, options));
  return {
    days,
    result: rfmScores(
      days,
      clients.map((c) => c.purchases ?? 0),
      clients.map((c) => c.amount ?? 0),
      { kind: 'grid', grid },
      'quantile',
    ),
  };
}

export const rfmGrid: Topic = {
  id: 'rfm-grid',
  title: 'titleRfmGrid',
  goal: 'goalRfm',

  drawClients(rng, options, names) {
    const count = names.length;
    const reference = gridOf(referenceThresholds(this.thresholdInputs(options)));
    const draw = (): ExerciseClient[] => {
      const bands = drawPurchaseBands(rng, count, CLASSES);
      return names.map((name, i) => ({
        name,
        lastPurchaseDay: options.asOfDay - wholeInBand(rng, DAY_BOUNDS, bands.days[i] ?? 0, { min: 37, max: 420 }),
        purchases: wholeInBand(rng, PURCHASE_BOUNDS, bands.purchases[i] ?? 0, { min: 6, max: 36 }),
        amount: amountInBand(rng, AMOUNT_BOUNDS, bands.amounts[i] ?? 0, { min: 60, max: 3000 }),
      }));
    };
    const score = (clients: ExerciseClient[]) => {
      const { result } = scoresOf(clients, options, reference);
      const covered = coveredAxes(result.scores, CLASSES);
      const { rules, others } = ladder(options.lang);
      const segments = distinctCount(result.scores.map((s) => segmentOf(s, result.classes, rules, others)));
      return covered * 100 + Math.min(segments, 5);
    };
    return bestDraw(400, draw, score, 300 + Math.min(5, count));
  },

  dataColumns: purchaseDataColumns,

  answerColumns(options) {
    const { lang } = options;
    const { rules, others } = ladder(lang);
    const score = (id: string, key: 'hR' | 'hF' | 'hM') => integerAnswer(id, exerciseText(lang, key));
    return [
      ...purchaseAnswerColumns(options),
      score('r', 'hR'),
      score('f', 'hF'),
      score('m', 'hM'),
      integerAnswer('code', exerciseText(lang, 'hCode')),
      labelAnswer('segment', exerciseText(lang, 'hSegment'), [...new Set([...rules.map((r) => r.segment), others])]),
    ];
  },

  thresholdInputs(options) {
    const { lang } = options;
    const inputs: ThresholdInput[] = [];
    DAY_BOUNDS.forEach((bound, k) =>
      inputs.push({
        id: `r${4 - k}`,
        label: exerciseText(lang, 'thRecency', { score: 4 - k }),
        reference: bound,
        kind: 'integer',
      }),
    );
    PURCHASE_BOUNDS.forEach((bound, k) =>
      inputs.push({
        id: `f${k + 2}`,
        label: exerciseText(lang, 'thFrequency', { score: k + 2 }),
        reference: bound,
        kind: 'integer',
      }),
    );
    AMOUNT_BOUNDS.forEach((bound, k) =>
      inputs.push({
        id: `m${k + 2}`,
        label: exerciseText(lang, 'thMonetary', { score: k + 2 }),
        reference: bound,
        kind: 'money',
      }),
    );
    return inputs;
  },

  thresholdsValid(thresholds) {
    const grid = gridOf(thresholds);
    return [grid.r, grid.f, grid.m].every((bounds) =>
      bounds.every((b, k) => Number.isFinite(b) && b >= 0 && (k === 0 || b > (bounds[k - 1] ?? Infinity))),
    );
  },

  solve(clients, options, thresholds) {
    const { days, result } = scoresOf(clients, options, gridOf(thresholds));
    const { rules, others } = ladder(options.lang);
    return clients.map((client, i) => {
      const scores = result.scores[i] ?? { r: 0, f: 0, m: 0 };
      return [
        client.name,
        days[i] ?? 0,
        client.purchases ?? 0,
        client.amount ?? 0,
        scores.r,
        scores.f,
        scores.m,
        rfmCode(scores),
        segmentOf(scores, result.classes, rules, others),
      ];
    });
  },

  tasks(options, workSheet) {
    const { lang, level } = options;
    const list =
      level === 1
        ? [
            task(exerciseText(lang, 'taskScores'), 8, ['r', 'f', 'm']),
            task(exerciseText(lang, 'taskCode'), 4, ['code']),
            task(exerciseText(lang, 'taskSegment'), 8, ['segment']),
          ]
        : level === 2
          ? [
              task(exerciseText(lang, 'taskDays'), 4, ['days']),
              task(exerciseText(lang, 'taskScores'), 6, ['r', 'f', 'm']),
              task(exerciseText(lang, 'taskCode'), 3, ['code']),
              task(exerciseText(lang, 'taskSegment'), 7, ['segment']),
            ]
          : [
              task(exerciseText(lang, 'taskDays'), 3, ['days']),
              task(exerciseText(lang, 'taskScoresOwn', { work: workSheet }), 3, 'thresholds'),
              task(exerciseText(lang, 'taskScores'), 5, ['r', 'f', 'm']),
              task(exerciseText(lang, 'taskCode'), 3, ['code']),
              task(exerciseText(lang, 'taskSegment'), 6, ['segment']),
              task(exerciseText(lang, 'taskCommentRfm'), 0, 'comment'),
            ];
    return numberedTasks(list);
  },

  statementTables(options, thresholds) {
    const { lang, level } = options;
    const rows: string[][] = [];
    if (level < 3) {
      const grid = gridOf(thresholds);
      rows.push([exerciseText(lang, 'gridTitle')]);
      rows.push([
        exerciseText(lang, 'gridCriterion'),
        ...[5, 4, 3, 2, 1].map((score) => exerciseText(lang, 'gridScore', { score })),
      ]);
      const whole = (value: number) => numberText(value, 0, lang);
      const money = (value: number) => euroText(value, 0, lang);
      // Days: score 5 for the fewest days, so the bands read left to right; F and M: score 5 for the most, bands reversed.
      rows.push([exerciseText(lang, 'gridRecency'), ...bandLabels(grid.r, true, whole, lang)]);
      rows.push([exerciseText(lang, 'gridFrequency'), ...bandLabels(grid.f, true, whole, lang).reverse()]);
      rows.push([exerciseText(lang, 'gridMonetary'), ...bandLabels(grid.m, false, money, lang).reverse()]);
      rows.push([]);
    }
    rows.push([exerciseText(lang, 'rulesTitle')]);
    for (const line of ladderLines(lang)) rows.push([line]);
    return rows;
  },

  conventions: purchaseConventions,
};

/** The label of each band of `bounds`, from the lowest values up. */
export function bandLabels(
  bounds: readonly number[],
  whole: boolean,
  show: (value: number) => string,
  lang: Lang,
): string[] {
  return Array.from({ length: bounds.length + 1 }, (_, band) => {
    const lower = bounds[band - 1];
    const upper = bounds[band];
    if (lower === undefined) return exerciseText(lang, 'bandBelow', { upper: show(upper ?? 0) });
    if (upper === undefined) return exerciseText(lang, 'bandFrom', { lower: show(lower) });
    if (whole) return exerciseText(lang, 'bandBetweenWhole', { lower: show(lower), last: show(upper - 1) });
    return exerciseText(lang, 'bandBetween', { lower: show(lower), upper: show(upper) });
  });
}

/** The rules of the course's ladder as sentences, top to bottom. */
function ladderLines(lang: Lang): string[] {
  const { rules } = ladder(lang);
  return rules.map((rule) => {
    const parts = (['r', 'f', 'm'] as const)
      .filter((axis) => !(rule[axis][0] === 1 && rule[axis][1] === CLASSES))
      .map((axis) => {
        const [from, to] = rule[axis];
        return exerciseText(lang, from === to ? 'ruleAxisOne' : 'ruleAxis', { axis: axis.toUpperCase(), from, to });
      });
    const condition = parts.length === 0 ? exerciseText(lang, 'ruleOthers') : parts.join(exerciseText(lang, 'ruleAnd'));
    return exerciseText(lang, 'ruleLine', { segment: rule.segment, condition });
  });
}
