/**
 * Runs the pandas version of the core job (`pandas_rfm.py`) with Debian's
 * Python on the same generated logs, written to temporary CSV files. Only the
 * computation is timed there, as here. Never throws when pandas is missing:
 * `available` says why it was skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoringSettings } from '../../src/core/portfolio';
import type { SalesLog } from './salesLog';
import type { ScoreSummary } from './scoreSummary';
import { median, type RunPlan } from './timing';
import { at } from '../indexing';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pandas_rfm.py');
/** Longest the whole pandas run may take. */
const TIMEOUT_MS = 90_000;

/** One timed log. */
export interface PandasTiming {
  rows: number;
  medianMs: number;
  runs: number;
  summary: ScoreSummary;
}

export type PandasOutcome =
  { available: true; version: string; results: PandasTiming[] } | { available: false; reason: string };

/** Whether `import pandas` works with Debian's Python; the reason when it does not. */
export function pandasAvailability(): { ok: true } | { ok: false; reason: string } {
  const probe = spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error) return { ok: false, reason: `${PYTHON} cannot run (${probe.error.message})` };
  if (probe.status !== 0) return { ok: false, reason: `\`import pandas\` fails with ${PYTHON}` };
  return { ok: true };
}

/** One run of the pandas script on `configPath`. */
function runScript(
  configPath: string,
): { ok: true; version: string; results: PandasTiming[] } | { ok: false; reason: string } {
  const run = spawnSync(PYTHON, [SCRIPT, configPath], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
  });
  if (run.error) return { ok: false, reason: `pandas run failed (${run.error.message})` };
  if (run.status !== 0) return { ok: false, reason: `pandas run failed: ${run.stderr.trim().split('\n').pop()}` };
  const output = JSON.parse(run.stdout) as { pandas: string; numpy: string; results: PandasTiming[] };
  return { ok: true, version: `pandas ${output.pandas}, numpy ${output.numpy}`, results: output.results };
}

/** The timing of one log over several processes: the median of their medians, the first one's summary. */
function medianTiming(timings: readonly PandasTiming[]): PandasTiming {
  const first = at(timings, 0);
  return { ...first, medianMs: median(timings.map((timing) => timing.medianMs)) };
}

function csvOf(log: SalesLog): string {
  const lines = ['client,day,amount'];
  for (let row = 0; row < log.days.length; row += 1) {
    lines.push(`${log.clientKeys[row]},${log.days[row]},${log.amounts[row]}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Times the pandas job on each log with its run plan, each log in `processes` runs of the script (see
 * `processesFor`): its time is the median of theirs.
 */
export function runPandas(
  logs: ReadonlyArray<{ log: SalesLog; plan: RunPlan; processes: number }>,
  settings: ScoringSettings,
  classes: number,
): PandasOutcome {
  const availability = pandasAvailability();
  if (!availability.ok) return { available: false, reason: availability.reason };
  const folder = mkdtempSync(path.join(tmpdir(), 'rfm-bench-'));
  try {
    const config = {
      settings: {
        n: classes,
        aShare: settings.aShare,
        bShare: settings.bShare,
        rules: settings.rules,
        others: settings.others,
      },
      logs: logs.map(({ log, plan }, i) => {
        const csv = path.join(folder, `sales-${i}.csv`);
        writeFileSync(csv, csvOf(log));
        return { csv, asOfDay: log.asOfDay, warmUps: plan.warmUps, runs: plan.runs };
      }),
    };
    const configPath = path.join(folder, 'config.json');
    writeFileSync(configPath, JSON.stringify(config));
    const timings: PandasTiming[][] = logs.map(() => []);
    let version = '';
    const rounds = Math.max(...logs.map((log) => log.processes));
    for (let round = 0; round < rounds; round += 1) {
      const output = runScript(configPath);
      if (!output.ok) return { available: false, reason: output.reason };
      version = output.version;
      output.results.forEach((result, i) => {
        if (round < (logs[i]?.processes ?? 1)) timings[i]?.push(result);
      });
    }
    return { available: true, version, results: timings.map(medianTiming) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
