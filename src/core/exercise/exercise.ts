/**
 * Generating an exercise: from the options (seed included) to the clients,
 * the statement, the answer columns and the key. Pure and deterministic:
 * same options and same `GENERATOR_VERSION` ⇒ the same exercise.
 */
import { formatDay } from '../i18n/localeFormat';
import { exerciseText } from '../i18n/exerciseTexts';
import { NAME_COUNT, SHOPS, clientName, type ShopContext } from './people';
import { percentText } from './numbers';
import { GENERATOR_VERSION } from './options';
import { SeededRandom } from '../seededRandom';
import { bestDraw, isAsked, referenceThresholds, type Thresholds, type Topic } from './topic';
import { TOPICS } from './topics';
import type { AnswerColumn, ExerciseClient, ExerciseOptions, ExerciseTask, KeyValue, ThresholdInput } from './types';

/** Names of the sheets an exercise is written into (they differ between the spreadsheet and the offline files). */
export interface ExerciseSheetNames {
  statement: string;
  data: string;
  work: string;
}

/** A generated exercise. */
export interface Exercise {
  options: ExerciseOptions;
  version: number;
  topic: Topic;
  shop: ShopContext;
  /** In data order. */
  clients: ExerciseClient[];
  columns: AnswerColumn[];
  /** One row per client in data order, aligned with `columns`, computed with the reference thresholds. */
  key: KeyValue[][];
  /** Thresholds the student chooses at level 3 (empty below level 3). */
  thresholds: ThresholdInput[];
  tasks: ExerciseTask[];
  /** Statement rows (text cells; the first row is the title). */
  statement: string[][];
}

/** Draws `count` distinct client names (distinct first names). */
function drawNames(rng: SeededRandom, count: number, options: ExerciseOptions): string[] {
  const indices = Array.from({ length: NAME_COUNT }, (_, i) => i);
  const firsts = rng.shuffled(indices);
  const lasts = rng.shuffled(indices);
  return Array.from({ length: count }, (_, i) => clientName(firsts[i] ?? i, lasts[i] ?? i, options.lang));
}

/** The exercise of `options`, written for the sheets named `sheets`. */
export function createExercise(options: ExerciseOptions, sheets: ExerciseSheetNames): Exercise {
  const topic = TOPICS[options.topic];
  const rng = new SeededRandom(options.seed);
  const shop = rng.pick(SHOPS);
  const names = drawNames(rng, options.clients, options);
  const inputs = topic.thresholdInputs(options);
  const reference = referenceThresholds(inputs);
  const columns = topic.answerColumns(options);
  const clients = bestDraw(
    DRAWS,
    () => topic.drawClients(rng, options, names),
    (candidate) => -answersInSight(topic, options, columns, candidate, topic.solve(candidate, options, reference)),
    0,
  );
  const tasks = topic.tasks(options, sheets.work);
  return {
    options,
    version: GENERATOR_VERSION,
    topic,
    shop,
    clients,
    columns,
    key: topic.solve(clients, options, reference),
    thresholds: options.level === 3 ? inputs : [],
    tasks,
    statement: statementRows(options, topic, shop, tasks, reference, sheets),
  };
}

/** Client draws tried so that no figure the student is given equals an answer. */
const DRAWS = 40;

/**
 * How many answers the student must find also stand as given figures (Data
 * sheet, filled Work cells), where the student could mistake them for
 * answers or a check could find them: the generator draws again to get 0.
 */
function answersInSight(
  topic: Topic,
  options: ExerciseOptions,
  columns: readonly AnswerColumn[],
  clients: readonly ExerciseClient[],
  key: readonly KeyValue[][],
): number {
  const given = new Set<KeyValue>();
  for (const column of topic.dataColumns(options)) {
    for (const client of clients) {
      const value = column.value(client);
      if (typeof value !== 'object') given.add(value);
    }
  }
  columns.forEach((column, j) => {
    if (!isAsked(column, options)) for (const row of key) given.add(row[j] ?? '');
  });
  let seen = 0;
  columns.forEach((column, j) => {
    if (isAsked(column, options)) for (const row of key) if (given.has(row[j] ?? '')) seen += 1;
  });
  return seen;
}

/** The key with other thresholds (a student's, at level 3). */
export function keyWith(exercise: Exercise, thresholds: Thresholds): KeyValue[][] {
  return exercise.topic.solve(exercise.clients, exercise.options, thresholds);
}

function statementRows(
  options: ExerciseOptions,
  topic: Topic,
  shop: ShopContext,
  tasks: readonly ExerciseTask[],
  thresholds: Thresholds,
  sheets: ExerciseSheetNames,
): string[][] {
  const { lang } = options;
  const text = (key: Parameters<typeof exerciseText>[1], params: Record<string, string | number> = {}) =>
    exerciseText(lang, key, params);
  const asOf = formatDay(lang, options.asOfDay);
  const rows: string[][] = [
    [text(topic.title)],
    [],
    [text('contextIntro', { company: shop.company, activity: text(shop.activity), city: shop.city })],
    [text(topic.goal)],
    [text('dataSentence', { data: sheets.data, asOf })],
    [],
    [text('tasksTitle')],
  ];
  for (const task of tasks) {
    rows.push([
      task.marks === 'comment'
        ? text('taskLineTeacher', { number: task.number, text: task.text })
        : text('taskLine', { number: task.number, text: task.text, points: task.points }),
    ]);
  }
  rows.push([text('answerWhere', { work: sheets.work })], []);
  const tables = topic.statementTables(options, thresholds);
  if (tables.length > 0) rows.push(...tables, []);
  rows.push([text('conventionsTitle')]);
  const example = 0.420417;
  const kinds = new Set(topic.answerColumns(options).map((column) => column.kind));
  const fraction = Math.round(example * 10 ** (options.rounding + 2)) / 10 ** (options.rounding + 2);
  const conventions = [text('convAsOf', { asOf }), ...topic.conventions(options)];
  conventions.push(
    text('convRounding', { decimals: options.rounding, example: percentText(example, options.rounding, lang) }),
  );
  if (kinds.has('percent')) {
    conventions.push(
      text('convPercent', {
        percent: percentText(example, options.rounding, lang),
        fraction: String(fraction).replace('.', lang === 'fr' ? ',' : '.'),
      }),
    );
  }
  if (kinds.has('label')) conventions.push(text('convLabels'));
  conventions.push(text('convTolerance'));
  if (options.level === 3 && topic.thresholdInputs(options).length > 0) conventions.push(text('convOwnThresholds'));
  for (const line of conventions) rows.push([`– ${line}`]);
  return rows;
}
