/**
 * `npm run exercise`: writes the student and key workbooks; the key's answer
 * sheet has the contract's headers and one row per client in data order; the
 * student workbook holds none of the key's answers.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isAsked } from '../../src/core/exercise/topic';
import { exerciseOptions } from '../../src/core/exercise/options';
import { TOPIC_IDS } from '../../src/core/exercise/topics';
import { runExerciseCommand } from '../../tools/exercise/cli.ts';
import { fileExercise } from '../../tools/exercise/workbooks.ts';

async function read(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every cell value of a workbook: numbers, texts (rich text joined), dates. */
function cellValues(workbook: ExcelJS.Workbook): unknown[] {
  const values: unknown[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value as unknown;
        values.push(
          value && typeof value === 'object' && 'richText' in value
            ? (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join('')
            : value,
        );
      });
    });
  });
  return values;
}

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'exercise-cli-'));

describe('npm run exercise', () => {
  it.each(
    TOPIC_IDS.flatMap((topic) =>
      [1, 2, 3].flatMap((level) => (['en', 'fr'] as const).map((lang) => ({ topic, level, lang }))),
    ),
  )(
    'writes the two workbooks of $topic, level $level, in $lang; the student one holds no answer',
    async ({ topic, level, lang }) => {
      const seed = 314 + level;
      const files = await runExerciseCommand([
        '--topic',
        topic,
        '--clients',
        '12',
        '--level',
        String(level),
        '--seed',
        String(seed),
        '--lang',
        lang,
        '--out',
        out,
      ]);
      expect(files.student).toBe(path.join(out, `${topic}-${seed}-student.xlsx`));
      expect(files.key).toBe(path.join(out, `${topic}-${seed}-key.xlsx`));
      const exercise = fileExercise(exerciseOptions({ topic, clients: 12, level, seed, lang }));
      const key = await read(files.key);
      const answers = key.getWorksheet(lang === 'fr' ? 'Corrigé' : 'Answer key');
      expect(answers).toBeDefined();
      const rows = rowsOf(answers!);
      expect(rows[0]).toEqual(exercise.columns.map((c) => c.header));
      expect(rows.slice(1)).toEqual(exercise.key);
      const student = await read(files.student);
      expect(student.worksheets.map((sheet) => sheet.name)).toEqual(
        lang === 'fr' ? ['Énoncé', 'Données', 'Travail'] : ['Statement', 'Data', 'Work'],
      );
      const cells = cellValues(student);
      exercise.columns.forEach((column, j) => {
        if (!isAsked(column, exercise.options)) return;
        for (const row of exercise.key) {
          // At level 1 the shares are given, and the top client's cumulative share is its own share.
          const topClient = row[j] === row[j - 1] && column.id.startsWith('cum') && level === 1;
          if (topClient) continue;
          const answer = row[j];
          const found = cells.some((cell) =>
            typeof answer === 'number' ? typeof cell === 'number' && Math.abs(cell - answer) < 1e-9 : cell === answer,
          );
          expect(found, `${column.header}: ${String(answer)}`).toBe(false);
        }
      });
    },
  );

  it('runs as `npm run exercise -- …` (the command line itself)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exercise-npm-'));
    const output = execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'exercise',
        '--',
        '--topic',
        'pareto-abc',
        '--clients',
        '6',
        '--level',
        '1',
        '--seed',
        '9',
        '--lang',
        'en',
        '--out',
        dir,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(output.trim().split('\n')).toEqual([
      path.join(dir, 'pareto-abc-9-student.xlsx'),
      path.join(dir, 'pareto-abc-9-key.xlsx'),
    ]);
    expect(fs.existsSync(path.join(dir, 'pareto-abc-9-key.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'pareto-abc-9-student.xlsx'))).toBe(true);
  }, 60_000);

  it('refuses a bad option, naming it', async () => {
    await expect(runExerciseCommand(['--topic', 'rfm-grid', '--clients', '3', '--out', out])).rejects.toThrow(
      /clients/,
    );
  });
});
