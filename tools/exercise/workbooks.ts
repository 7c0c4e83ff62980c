/**
 * The offline exercise workbooks (for Excel users and for printing): the
 * student workbook (Statement, Data, Work: no answer) and the key workbook
 * (Statement, Data, the answer sheet `Answer key` / `Corrigé` with a header
 * row and one row per client, and the marking), built from the same core
 * tables as the spreadsheet sheets.
 */
import ExcelJS from 'exceljs';
import { createExercise, type Exercise } from '../../src/core/exercise/exercise.ts';
import type { ExerciseOptions } from '../../src/core/exercise/types.ts';
import {
  dataTable,
  keyTable,
  markingRows,
  statementTable,
  tableFromRows,
  workLayout,
  type Block,
} from '../../src/core/exercise/sheets.ts';
import { exerciseText } from '../../src/core/i18n/exerciseTexts.ts';
import type { SheetTable } from '../../src/core/reports.ts';

const MS_PER_DAY = 86_400_000;

/** The exercise of `options` with the sheet names of the offline workbooks. */
export function fileExercise(options: ExerciseOptions): Exercise {
  const { lang } = options;
  return createExercise(options, {
    statement: exerciseText(lang, 'fileStatement'),
    data: exerciseText(lang, 'fileData'),
    work: exerciseText(lang, 'fileWork'),
  });
}

/** Writes `table` into a new worksheet `name`; dates (day cells) become dates at UTC midnight, as Excel stores them. */
function addTable(workbook: ExcelJS.Workbook, name: string, table: SheetTable, dateFormat: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: table.frozenRows > 0 ? [{ state: 'frozen', ySplit: table.frozenRows }] : [],
  });
  table.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === '' || value === null || value === undefined) return;
      const cell = sheet.getCell(r + 1, c + 1);
      if (typeof value === 'object' && 'day' in (value as object)) {
        cell.value = new Date((value as { day: number }).day * MS_PER_DAY);
        cell.numFmt = dateFormat;
      } else {
        cell.value = value as ExcelJS.CellValue;
        const format = table.formats[r]?.[c];
        if (typeof value === 'number' && format && format !== 'General') cell.numFmt = format;
      }
      if (table.bold[r]?.[c]) cell.font = { bold: true };
    });
  });
  const widths =
    table.values[0]?.map((_, c) =>
      Math.min(60, Math.max(10, ...table.values.map((row) => String(row[c] ?? '').length + 2))),
    ) ?? [];
  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  return sheet;
}

function dateFormatOf(exercise: Exercise): string {
  return exercise.options.lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
}

function statementSheet(workbook: ExcelJS.Workbook, exercise: Exercise): void {
  const sheet = addTable(
    workbook,
    exerciseText(exercise.options.lang, 'fileStatement'),
    statementTable(exercise),
    dateFormatOf(exercise),
  );
  sheet.getColumn(1).width = 60;
}

function eachCell(block: Block, visit: (row: number, column: number) => void): void {
  const [row, column, rows, columns] = block;
  for (let r = row; r < row + rows; r += 1) for (let c = column; c < column + columns; c += 1) visit(r, c);
}

/** The student workbook: Statement, Data and Work (answer cells unlocked, drop-down lists, the rest protected without password). */
export function studentWorkbook(exercise: Exercise): ExcelJS.Workbook {
  const { lang } = exercise.options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Client Portfolio';
  statementSheet(workbook, exercise);
  addTable(workbook, exerciseText(lang, 'fileData'), dataTable(exercise), dateFormatOf(exercise));
  const layout = workLayout(exercise);
  const work = addTable(workbook, exerciseText(lang, 'fileWork'), layout.table, dateFormatOf(exercise));
  for (const block of layout.answerBlocks) {
    eachCell(block, (r, c) => {
      work.getCell(r, c).protection = { locked: false };
    });
  }
  for (const { block, values } of layout.choices) {
    eachCell(block, (r, c) => {
      work.getCell(r, c).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${values.join(',')}"`],
        showErrorMessage: false,
      };
    });
  }
  void work.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  return workbook;
}

/** The key workbook: Statement, Data, the answer sheet and the marking. */
export function keyWorkbook(exercise: Exercise): ExcelJS.Workbook {
  const { lang } = exercise.options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Client Portfolio';
  statementSheet(workbook, exercise);
  addTable(workbook, exerciseText(lang, 'fileData'), dataTable(exercise), dateFormatOf(exercise));
  addTable(workbook, exerciseText(lang, 'fileKey'), keyTable(exercise), dateFormatOf(exercise));
  addTable(
    workbook,
    exerciseText(lang, 'fileMarking'),
    tableFromRows(markingRows(exercise), new Set([0])),
    dateFormatOf(exercise),
  );
  return workbook;
}
