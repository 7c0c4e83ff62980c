/**
 * `npm run bench -- --big`: `npm run analyse` (embedded DuckDB) beside pandas
 * on the same generated CSV files of 10 M and 50 M rows, file reading
 * included on both sides: wall time and peak memory (maximum resident set
 * size) of each process, measured by GNU time. Opt-in: it writes about
 * 1.7 GB of CSV to the temporary folder and takes minutes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigLog } from './bigLog';
import { BENCH_SETTINGS } from './coreJob';
import { pandasAvailability } from './pandasJob';
import { count, markdownTable } from './table';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, '../..');
const BIG_SIZES = [10_000_000, 50_000_000];
const GNU_TIME = '/usr/bin/time';
/** DuckDB's memory limit in the bench: well under the machine's RAM, so that the big file goes out of core. */
const MEMORY_LIMIT = '4GB';

interface Measure {
  seconds: number;
  peakMb: number;
  ok: boolean;
  note: string;
}

/** Runs `command` under GNU time; its elapsed time and maximum resident set size. */
function measure(command: string, args: readonly string[], cwd: string): Measure {
  const run = spawnSync(GNU_TIME, ['-f', 'TIME %e %M', command, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const match = /TIME ([\d.]+) (\d+)\s*$/.exec(run.stderr ?? '');
  const seconds = match ? Number(match[1]) : NaN;
  const peakMb = match ? Number(match[2]) / 1024 : NaN;
  const ok = run.status === 0;
  const note = ok
    ? ''
    : ((run.stderr ?? '')
        .split('\n')
        .filter((line) => line && !line.startsWith('TIME'))
        .slice(-1)[0] ?? `exit ${run.status}`);
  return { seconds, peakMb, ok, note };
}

function cell(m: Measure | null): [string, string] {
  if (m === null) return ['skipped', ''];
  if (!m.ok) return [`failed (${m.note})`, `${m.peakMb.toFixed(0)} MB`];
  return [`${m.seconds.toFixed(1)} s`, `${m.peakMb.toFixed(0)} MB`];
}

/** Prints the big-file section for logs of `sizes` rows. */
export function printBigAnalyseSection(sizes: readonly number[] = BIG_SIZES): void {
  console.log('\n## Big files: `npm run analyse` (DuckDB) beside pandas\n');
  if (!fs.existsSync(GNU_TIME)) {
    console.log(`Skipped: ${GNU_TIME} (GNU time) is not installed.`);
    return;
  }
  const pandas = pandasAvailability();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rfm-big-'));
  const rules = path.join(folder, 'rules.json');
  fs.writeFileSync(
    rules,
    JSON.stringify({
      n: 5,
      aShare: BENCH_SETTINGS.aShare,
      bShare: BENCH_SETTINGS.bShare,
      rules: BENCH_SETTINGS.rules,
      others: BENCH_SETTINGS.others,
    }),
  );
  console.log(
    'Each tool reads the CSV file itself (reading included) and writes the client table; wall time and peak resident memory of the whole process (GNU time). ' +
      `analyse = DuckDB with a ${MEMORY_LIMIT} memory limit, spilling to disk beyond it (out of core), both cores; ` +
      `pandas ${pandas.ok ? '= read_csv + groupby + quantiles + segments + ABC, one core' : `skipped: ${pandas.reason}`}. Rows are printed as they are measured.\n`,
  );
  const headers = ['Rows', 'Clients', 'CSV', 'analyse time', 'analyse peak', 'pandas time', 'pandas peak'];
  const align = headers.map(() => true);
  try {
    sizes.forEach((size, index) => {
      const csv = path.join(folder, `sales-${size}.csv`);
      const bytes = writeBigLog(csv, size);
      const out = path.join(folder, 'duckdb-clients.csv');
      const analyse = measure(
        process.execPath,
        ['--import', 'tsx', 'tools/sql/analyse.ts', csv, '--out', out, '--memory-limit', MEMORY_LIMIT, '--lang', 'en'],
        ROOT,
      );
      const clients = analyse.ok ? fs.readFileSync(out, 'utf8').split('\n').length - 2 : NaN;
      fs.rmSync(out, { force: true });
      const byPandas = pandas.ok
        ? measure(
            '/usr/bin/python3',
            [path.join(HERE, 'pandas_analyse.py'), csv, path.join(folder, 'pandas-clients.csv'), rules],
            HERE,
          )
        : null;
      fs.rmSync(csv, { force: true });
      const row = [
        count(size),
        Number.isNaN(clients) ? '–' : count(clients),
        `${(bytes / 1e9).toFixed(2)} GB`,
        ...cell(analyse),
        ...cell(byPandas),
      ];
      const table = markdownTable(headers, [row], align).split('\n');
      console.log((index === 0 ? table : table.slice(-1)).join('\n'));
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
