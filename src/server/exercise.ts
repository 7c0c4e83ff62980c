/**
 * The exercise workbooks in the active spreadsheet: create the Statement,
 * Data, Work, Answer key and hidden Settings sheets; check the answers of the
 * Work sheet against the key recomputed from the Settings sheet alone; remove
 * the Answer key for the students.
 */
import { checkAnswers } from '../core/exercise/check';
import { createExercise, type Exercise } from '../core/exercise/exercise';
import { numberText } from '../core/exercise/numbers';
import { exerciseOptions, optionsFromSettings, type ExerciseOptionsInput } from '../core/exercise/options';
import {
  answerKeyTable,
  dataTable,
  readWork,
  resultTable,
  settingsTable,
  statementTable,
  workLayout,
  type Block,
} from '../core/exercise/sheets';
import { isoFromDay } from '../core/days';
import { PortfolioError } from '../core/errors';
import { exerciseText } from '../core/i18n/exerciseTexts';
import type { Lang } from '../core/types';
import { activeSheetContext } from '../platform/sheetContext';
import type { ExerciseCheck, ExerciseCreated, ExerciseDefaults, ExerciseRequest, StudentVersion } from './api';
import { underDocumentLock } from './documentLock';
import { runServerCall } from './serverCall';
import { replaceOwnedSheets } from './sheetWriter';

/** Pixels: wide enough for "R: days since the last purchase". */
const STATEMENT_COLUMN_WIDTH = 250;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Names of the exercise sheets in `lang`. */
export function exerciseSheetNames(lang: Lang) {
  return {
    statement: exerciseText(lang, 'sheetStatement'),
    data: exerciseText(lang, 'sheetData'),
    work: exerciseText(lang, 'sheetWork'),
    key: exerciseText(lang, 'sheetKey'),
    settings: exerciseText(lang, 'sheetSettings'),
    result: exerciseText(lang, 'sheetResult'),
  };
}

type SheetRole = keyof ReturnType<typeof exerciseSheetNames>;

/** The exercise sheet of `role`, named in either language (the spreadsheet's locale may have changed), or null. */
function findSheet(role: SheetRole): Sheet | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  for (const lang of ['fr', 'en'] as const) {
    const sheet = spreadsheet.getSheetByName(exerciseSheetNames(lang)[role]);
    if (sheet) return sheet;
  }
  return null;
}

/** The attribute of the sidebar page's root element (`<main id="app">`). */
const APP_ROOT = 'id="app"';

/** Opens the sidebar on its Exercise panel (the same built `sidebar.html`, its root marked `data-panel="exercise"`). */
export function showExercisePanel(): void {
  const { lang } = activeSheetContext();
  const html = HtmlService.createHtmlOutputFromFile('sidebar');
  html.setContent(html.getContent().replace(APP_ROOT, `${APP_ROOT} data-panel="exercise"`));
  SpreadsheetApp.getUi().showSidebar(html.setTitle(exerciseText(lang, 'panelTitle')));
}

/** What the Exercise panel shows first: the spreadsheet's language, today as reference date and a random seed. */
export function getExerciseDefaults(): ExerciseDefaults {
  return runServerCall((context) => ({
    lang: context.lang,
    asOf: isoFromDay(context.today()),
    seed: Math.floor(Math.random() * 1_000_000),
  }));
}

function rangeOf(sheet: Sheet, [row, column, rows, columns]: Block): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(row, column, rows, columns);
}

/** Protects `sheet` with a warning only (students own their copy), leaving `open` blocks free. */
function protectWithWarning(sheet: Sheet, description: string, open: readonly Block[]): void {
  const protection = sheet.protect().setDescription(description).setWarningOnly(true);
  if (open.length > 0) protection.setUnprotectedRanges(open.map((block) => rangeOf(sheet, block)));
}

/**
 * Creates the exercise of `request` (see `exerciseOptions`: a field of the
 * wrong kind is refused naming it; the language defaults to the
 * spreadsheet's). Replaces only the exercise sheets; an old Result sheet is
 * removed, as it belonged to another exercise.
 */
export function createExerciseSheets(request: ExerciseRequest): ExerciseCreated {
  return runServerCall((context) =>
    underDocumentLock(() => {
      // Whatever a caller sent is checked by `exerciseOptions`; no request at all means every default.
      const given: ExerciseOptionsInput = typeof request === 'object' && request !== null ? request : {};
      const options = exerciseOptions({ ...given, lang: given.lang || context.lang });
      const names = exerciseSheetNames(context.lang);
      const exercise = createExercise(options, { statement: names.statement, data: names.data, work: names.work });
      const work = workLayout(exercise);
      replaceOwnedSheets(
        [
          { name: names.statement, table: statementTable(exercise) },
          { name: names.data, table: dataTable(exercise) },
          { name: names.work, table: work.table },
          { name: names.key, table: answerKeyTable(exercise) },
          { name: names.settings, table: settingsTable(exercise) },
        ],
        context,
      );
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const oldResult = findSheet('result');
      if (oldResult) spreadsheet.deleteSheet(oldResult);
      const sheet = (name: string) => spreadsheet.getSheetByName(name) as Sheet;
      const workSheet = sheet(names.work);
      for (const { block, values } of work.choices) {
        const rule = SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
        rangeOf(workSheet, block).setDataValidation(rule);
      }
      const description = exerciseText(options.lang, 'panelTitle');
      protectWithWarning(workSheet, description, work.answerBlocks);
      protectWithWarning(sheet(names.statement), description, []);
      protectWithWarning(sheet(names.data), description, []);
      // The statement's first column holds the criteria of the grid or scale.
      sheet(names.statement).setColumnWidth(1, STATEMENT_COLUMN_WIDTH);
      sheet(names.settings).hideSheet();
      sheet(names.statement).activate();
      return {
        lang: context.lang,
        topic: options.topic,
        seed: options.seed,
        sheets: [names.statement, names.data, names.work, names.key],
      };
    }),
  );
}

/** The exercise saved in the Settings sheet (the only thing the key is computed from). */
function savedExercise(lang: Lang): Exercise {
  const settings = findSheet('settings');
  if (!settings) throw new PortfolioError('exerciseMissing', { sheet: exerciseSheetNames(lang).settings });
  const options = optionsFromSettings(settings.getDataRange().getValues());
  const names = exerciseSheetNames(lang);
  return createExercise(options, { statement: names.statement, data: names.data, work: names.work });
}

/**
 * Checks the answers of the Work sheet against the key recomputed from the
 * Settings sheet (never from the Answer key sheet), writes the Result sheet
 * (✔/✘ beside each answer, points per question, mark out of 20) and shows it.
 */
export function checkMyAnswers(): ExerciseCheck {
  return runServerCall((context) =>
    underDocumentLock(() => {
      const names = exerciseSheetNames(context.lang);
      const exercise = savedExercise(context.lang);
      const workSheet = findSheet('work');
      if (!workSheet) throw new PortfolioError('exerciseNoWork', { sheet: names.work });
      const work = readWork(exercise, workSheet.getDataRange().getValues());
      const result = checkAnswers(exercise, work);
      replaceOwnedSheets([{ name: names.result, table: resultTable(exercise, work, result) }], context);
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      spreadsheet.getSheetByName(names.result)?.activate();
      const mark = numberText(result.mark, Number.isInteger(result.mark) ? 0 : 2, context.lang);
      const message = exerciseText(context.lang, 'checked', { mark, sheet: names.result });
      spreadsheet.toast(message);
      return { lang: context.lang, mark: result.mark, sheet: names.result, message };
    }),
  );
}

/** Asks for a confirmation (Yes / No), then deletes the Answer key sheet; the students can still check their answers. */
export function prepareStudentVersion(): StudentVersion {
  return runServerCall((context) => {
    const { lang } = context;
    const key = findSheet('key');
    const keyName = key ? key.getName() : exerciseSheetNames(lang).key;
    const ui = SpreadsheetApp.getUi();
    if (!key) {
      const message = exerciseText(lang, 'studentNoKey', { key: keyName });
      ui.alert(message);
      return { lang, deleted: false, message };
    }
    const answer = ui.alert(
      exerciseText(lang, 'confirmTitle'),
      exerciseText(lang, 'confirmText', { key: keyName }),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return { lang, deleted: false, message: exerciseText(lang, 'studentCancelled') };
    underDocumentLock(() => SpreadsheetApp.getActiveSpreadsheet().deleteSheet(key));
    const message = exerciseText(lang, 'studentDone', { key: keyName });
    SpreadsheetApp.getActiveSpreadsheet().toast(message);
    return { lang, deleted: true, message };
  });
}
