/**
 * `npm run sql -- --dialect bigquery|duckdb --table NAME --client COL --date COL --amount COL [options]`:
 * prints the one query that computes RFM_TABLE's per-client table where the data lives.
 * A mistake on the command line prints one sentence and the usage, and exits with 2.
 */
import { rfmTableQuery } from '../../src/core/sql/rfmTableQuery';
import {
  dialectOption,
  required,
  say,
  SCORING_OPTIONS,
  scoringSettings,
  splitArgs,
  terminalLang,
  UsageError,
} from './options';

const OPTIONS = ['--dialect', '--table', '--client', '--date', '--amount', '--order', ...SCORING_OPTIONS];

/** The query for the command-line `args` (without `node` and the script). Throws `UsageError`. */
export function sqlFromArgs(args: readonly string[]): string {
  const lang = terminalLang(args);
  const { values, positional } = splitArgs(args, OPTIONS, lang);
  if (positional.length > 0) throw new UsageError(say(lang, 'unknownOption', { option: positional[0] ?? '' }));
  return rfmTableQuery({
    dialect: dialectOption(values, lang),
    table: required(values, '--table', lang),
    columns: {
      client: required(values, '--client', lang),
      date: required(values, '--date', lang),
      amount: required(values, '--amount', lang),
      order: values.get('--order'),
    },
    ...scoringSettings(values, lang),
  });
}

function main(): void {
  const args = process.argv.slice(2);
  try {
    process.stdout.write(sqlFromArgs(args));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const lang = terminalLang(args);
    process.stderr.write(`${error.message}\n${say(lang, 'usageSql')}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && /tools[\\/]sql[\\/]sql\.ts$/.test(process.argv[1])) main();
