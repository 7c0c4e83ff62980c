/**
 * The sheets of an exercise as plain tables (values, formats, bold cells):
 * the spreadsheet writer and the offline workbook writer lay them out the
 * same way. Also reads the Work sheet back into a `StudentWork`.
 */
import { isBlank } from '../cells';
import { exerciseText } from '../i18n/exerciseTexts';
import type { ReportCell, SheetTable } from '../reports';
import type { Lang } from '../types';
import type { CheckResult, StudentWork } from './check';
import { isAsked } from './topic';
import { comparableText } from './compare';
import type { Exercise } from './exercise';
import { numberText } from './numbers';
import { settingsRows } from './options';

/** A 1-based block of cells: [row, column, rows, columns]. */
export type Block = [number, number, number, number];

/** The Work sheet and where the student writes. */
export interface WorkLayout {
  table: SheetTable;
  /** Blocks the student fills (left unprotected). */
  answerBlocks: Block[];
  /** Drop-down lists of label answers. */
  choices: Array<{ block: Block; values: string[] }>;
}

/** A table from rows of cells: every row padded to the widest, text cells formatted `@`, bold rows as given. */
export function tableFromRows(
  rows: ReadonlyArray<readonly ReportCell[]>,
  boldRows: ReadonlySet<number> = new Set(),
  formats?: ReadonlyArray<readonly string[]>,
): SheetTable {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, j) => row[j] ?? ''));
  return {
    values,
    formats: values.map((row, i) =>
      row.map((cell, j) => (typeof cell === 'string' ? '@' : (formats?.[i]?.[j] ?? 'General'))),
    ),
    bold: values.map((row, i) => row.map(() => boldRows.has(i))),
    frozenRows: 0,
    charts: [],
  };
}

/** The Statement sheet: the title and section titles in bold. */
export function statementTable(exercise: Exercise): SheetTable {
  const { lang } = exercise.options;
  const titles = new Set([
    exerciseText(lang, 'tasksTitle'),
    exerciseText(lang, 'conventionsTitle'),
    exerciseText(lang, 'gridTitle'),
    exerciseText(lang, 'rulesTitle'),
    exerciseText(lang, 'scaleTitle'),
    exerciseText(lang, 'classesTitle'),
  ]);
  const bold = new Set(
    exercise.statement.flatMap((row, i) => (i === 0 || (row.length === 1 && titles.has(row[0] ?? '')) ? [i] : [])),
  );
  return tableFromRows(exercise.statement, bold);
}

/** The Data sheet: the client file as the shop would export it. */
export function dataTable(exercise: Exercise): SheetTable {
  const columns = exercise.topic.dataColumns(exercise.options);
  const rows: ReportCell[][] = [
    columns.map((c) => c.header),
    ...exercise.clients.map((client) => columns.map((c) => c.value(client))),
  ];
  const formats = [columns.map(() => '@'), ...exercise.clients.map(() => columns.map((c) => c.format))];
  const table = tableFromRows(rows, new Set([0]), formats);
  return { ...table, frozenRows: 1 };
}

/** The answer-sheet table: a header row and one row per client in data order. */
export function keyTable(exercise: Exercise): SheetTable {
  const rows: ReportCell[][] = [exercise.columns.map((c) => c.header), ...exercise.key];
  const formats = [exercise.columns.map(() => '@'), ...exercise.key.map(() => exercise.columns.map((c) => c.format))];
  return { ...tableFromRows(rows, new Set([0]), formats), frozenRows: 1 };
}

function pointsText(points: number, lang: Lang): string {
  return numberText(points, Number.isInteger(points) ? 0 : 2, lang);
}

/** Points per question and the total out of 20. */
export function markingRows(exercise: Exercise): string[][] {
  const { lang } = exercise.options;
  const rows = [[exerciseText(lang, 'markingQuestion'), exerciseText(lang, 'markingPoints')]];
  for (const task of exercise.tasks) {
    rows.push([
      String(task.number),
      task.marks === 'comment' ? exerciseText(lang, 'markingTeacher') : pointsText(task.points, lang),
    ]);
  }
  rows.push([exerciseText(lang, 'markingTotal'), '20']);
  return rows;
}

/** The Answer key sheet of the spreadsheet: the key table, a blank row, then the marking. */
export function answerKeyTable(exercise: Exercise): SheetTable {
  const key = keyTable(exercise);
  const marking = markingRows(exercise);
  const width = key.values[0]?.length ?? 1;
  const pad = (row: readonly string[]) => Array.from({ length: width }, (_, j) => row[j] ?? '');
  return {
    values: [...key.values, pad([]), ...marking.map(pad)],
    formats: [...key.formats, pad([]).map(() => '@'), ...marking.map((row) => pad(row).map(() => '@'))],
    bold: [
      ...key.bold,
      pad([]).map(() => false),
      ...marking.map((_, i) => pad([]).map(() => i === 0 || i === marking.length - 1)),
    ],
    frozenRows: 1,
    charts: [],
  };
}

/** The hidden Settings sheet: topic, seed, options and generator version. No answer. */
export function settingsTable(exercise: Exercise): SheetTable {
  const rows = [[exerciseText(exercise.options.lang, 'settingsNote')], ...settingsRows(exercise.options)];
  return tableFromRows(rows, new Set([0]));
}

/** Row (1-based) of the thresholds title of the Work sheet. */
function thresholdsTitleRow(exercise: Exercise): number {
  return exercise.clients.length + 3;
}

/** The Work sheet: data and helper columns filled as the level says, answer cells blank; at level 3 the thresholds and comment cells. */
export function workLayout(exercise: Exercise): WorkLayout {
  const { options, columns, key } = exercise;
  const { lang } = options;
  const rows: ReportCell[][] = [columns.map((c) => c.header)];
  const formats: string[][] = [columns.map(() => '@')];
  key.forEach((keyRow) => {
    rows.push(columns.map((column, j) => (isAsked(column, options) ? '' : (keyRow[j] ?? ''))));
    formats.push(columns.map((column) => column.format));
  });
  const answerBlocks: Block[] = [];
  const choices: WorkLayout['choices'] = [];
  const count = key.length;
  columns.forEach((column, j) => {
    if (!isAsked(column, options)) return;
    const block: Block = [2, j + 1, count, 1];
    answerBlocks.push(block);
    if (column.choices) choices.push({ block, values: column.choices });
  });
  const bold = new Set([0]);
  if (exercise.thresholds.length > 0) {
    rows.push([]);
    bold.add(rows.length);
    rows.push([exerciseText(lang, 'workThresholds')]);
    for (const input of exercise.thresholds) {
      rows.push([input.label, '']);
      formats.push([]);
    }
    answerBlocks.push([thresholdsTitleRow(exercise) + 1, 2, exercise.thresholds.length, 1]);
  }
  const comments = exercise.tasks.filter((task) => task.marks === 'comment');
  if (comments.length > 0) {
    rows.push([]);
    for (const task of comments) {
      rows.push([exerciseText(lang, 'workComment', { number: task.number }), '']);
      answerBlocks.push([rows.length, 2, 1, 1]);
    }
  }
  while (formats.length < rows.length) formats.push([]);
  const table = tableFromRows(rows, bold, formats);
  // Blank answer cells keep the column's number format, so that a typed 42.04 % stays a percentage.
  table.formats = table.formats.map((row, i) =>
    row.map((format, j) => (i >= 1 && i <= count ? (columns[j]?.format ?? format) : format)),
  );
  return { table: { ...table, frozenRows: 1 }, answerBlocks, choices };
}

/**
 * The student's work read from the values of the Work sheet: client rows
 * found by name (rows may have been sorted), thresholds found by their label.
 */
export function readWork(exercise: Exercise, values: ReadonlyArray<readonly unknown[]>): StudentWork {
  const byName = new Map<string, readonly unknown[]>();
  for (const row of values.slice(1)) {
    const name = row[0];
    if (typeof name === 'string' && !isBlank(name) && !byName.has(comparableText(name)))
      byName.set(comparableText(name), row);
  }
  const rows = exercise.clients.map((client) => {
    const row = byName.get(comparableText(client.name)) ?? [];
    return exercise.columns.map((_, j) => row[j] ?? '');
  });
  const thresholds = exercise.thresholds.map((input) => {
    const row = values.find(
      (cells) => typeof cells[0] === 'string' && comparableText(cells[0]) === comparableText(input.label),
    );
    return row?.[1] ?? '';
  });
  return { rows, thresholds };
}

/** The Result sheet: the mark, then each answer with ✔ or ✘ beside it, then the points per question. */
export function resultTable(exercise: Exercise, work: StudentWork, result: CheckResult): SheetTable {
  const { lang } = exercise.options;
  const asked = exercise.columns
    .map((column, j) => ({ column, j }))
    .filter(({ column }) => isAsked(column, exercise.options));
  const rows: ReportCell[][] = [
    [exerciseText(lang, 'resultTitle')],
    [exerciseText(lang, 'resultMark'), exerciseText(lang, 'resultOutOf', { mark: pointsText(result.mark, lang) })],
  ];
  if (result.ownThresholds !== null)
    rows.push([exerciseText(lang, result.ownThresholds ? 'resultOwnThresholds' : 'resultReferenceThresholds')]);
  rows.push([]);
  const header = rows.length;
  rows.push([
    exerciseText(lang, 'hClient'),
    ...asked.flatMap(({ column }) => [column.header, exerciseText(lang, 'resultTick')]),
  ]);
  exercise.clients.forEach((client, i) => {
    rows.push([
      client.name,
      ...asked.flatMap(({ j }) => {
        const answer = work.rows[i]?.[j] ?? '';
        const shown: ReportCell =
          typeof answer === 'number' || typeof answer === 'string' ? answer : isBlank(answer) ? '' : String(answer);
        return [shown, result.marks[i]?.[j] ? '✔' : '✘'];
      }),
    ]);
  });
  rows.push([]);
  const marking = rows.length;
  rows.push([
    exerciseText(lang, 'markingQuestion'),
    exerciseText(lang, 'markingPoints'),
    exerciseText(lang, 'resultEarned'),
  ]);
  for (const task of result.tasks) {
    rows.push(
      task.teacher
        ? [String(task.number), exerciseText(lang, 'markingTeacher')]
        : [String(task.number), pointsText(task.points, lang), pointsText(roundPoints(task.earned), lang)],
    );
  }
  rows.push([exerciseText(lang, 'markingTotal'), '20', pointsText(result.mark, lang)]);
  return tableFromRows(rows, new Set([0, 1, header, marking, rows.length - 1]));
}

function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}
