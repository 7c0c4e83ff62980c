/**
 * `npm run exercise -- --topic T --clients N --level L --seed S --lang fr|en --out DIR
 *  [--as-of yyyy-mm-dd] [--abc-rule reach|within|clients] [--rounding D]`
 * writes DIR/<topic>-<seed>-student.xlsx and DIR/<topic>-<seed>-key.xlsx.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isPortfolioError } from '../../src/core/errors.ts';
import { describeError } from '../../src/core/i18n/describe.ts';
import { exerciseOptions } from '../../src/core/exercise/options.ts';
import { fileExercise, keyWorkbook, studentWorkbook } from './workbooks.ts';

/** Writes both workbooks for the command-line arguments `args`; returns their paths. */
export async function runExerciseCommand(args: readonly string[]): Promise<{ student: string; key: string }> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      topic: { type: 'string' },
      clients: { type: 'string' },
      level: { type: 'string' },
      seed: { type: 'string' },
      lang: { type: 'string' },
      'as-of': { type: 'string' },
      'abc-rule': { type: 'string' },
      rounding: { type: 'string' },
      out: { type: 'string', default: '.' },
    },
    strict: true,
  });
  const options = exerciseOptions({
    topic: values.topic,
    clients: values.clients,
    level: values.level,
    seed: values.seed,
    lang: values.lang,
    asOf: values['as-of'],
    abcRule: values['abc-rule'],
    rounding: values.rounding,
  });
  const exercise = fileExercise(options);
  const directory = values.out ?? '.';
  mkdirSync(directory, { recursive: true });
  const stem = join(directory, `${options.topic}-${options.seed}`);
  const student = `${stem}-student.xlsx`;
  const key = `${stem}-key.xlsx`;
  await studentWorkbook(exercise).xlsx.writeFile(student);
  await keyWorkbook(exercise).xlsx.writeFile(key);
  return { student, key };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  runExerciseCommand(process.argv.slice(2)).then(
    ({ student, key }) => console.log(`${student}\n${key}`),
    (error: unknown) => {
      console.error(
        isPortfolioError(error) ? describeError(error, 'en') : error instanceof Error ? error.message : String(error),
      );
      process.exitCode = 1;
    },
  );
}
