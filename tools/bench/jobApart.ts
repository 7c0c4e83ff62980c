/**
 * One timed job of the bench's first section in a process of its own
 * (`timeJobApart` starts it): each job starts from a fresh heap, as an Apps
 * Script execution does, instead of paying for the garbage that the jobs
 * timed before it left in the same process (the sidebar pipeline ran about
 * 15 % slower right after the core job). pandas runs in its own process too.
 *
 * Run as a script (the child): `node --import tsx jobApart.ts JOB ROWS`
 * generates the same sales log as the parent (same seed), times the job and
 * prints one JSON line (`JobReport`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoredPortfolio } from '../../src/core/portfolio';
import { pipelineOptions, runCoreJob, runPipelineJob, sheetRows } from './coreJob';
import { rfmTableInput, timeRfmTable } from './rfmTableJob';
import { generateSalesLog } from './salesLog';
import { clientsOf, summarise, type ScoreSummary } from './scoreSummary';
import { timeJob, type RunPlan } from './timing';

/** The jobs of section 1. */
export type BenchJob = 'core' | 'pipeline' | 'rfmTable';

/** Number of classes per axis in every job (the add-on's default). */
export const CLASSES = 5;

/** What a child reports. */
export interface JobReport {
  medianMs: number;
  runs: number;
  /** Score, class and segment counts (core job and pipeline). */
  summary: ScoreSummary | null;
  /** RFM code and ABC class of each client in order, such as `543A 211C …` (core job and RFM_TABLE). */
  codes: string | null;
  /** The bare loop over the same cells (`BENCH_BARE_LOOP`), timed beside RFM_TABLE. */
  bareLoopMs: number | null;
  /** The sum loop over the same cells (`BENCH_SUM_LOOP`), timed beside RFM_TABLE, and the clients it found. */
  sumLoop: { ms: number; clients: number } | null;
}

/**
 * Runs of a job: a fresh process compiles the code again, so the small logs get enough warm-up runs for the
 * optimising compiler to step in; the largest log is long enough to warm up in one run.
 */
export function planFor(rows: number): RunPlan {
  return rows >= 1_000_000 ? { warmUps: 1, runs: 5 } : { warmUps: 6, runs: 5 };
}

/**
 * Processes per job: the largest log's times move by 10–30 % from one process to the next (memory layout, hash
 * seeds), for pandas as for us, so each job runs in three processes there and its time is the median of theirs.
 */
export function processesFor(rows: number): number {
  return rows >= 1_000_000 ? 3 : 1;
}

/** Times `job` on the generated log of `rows` rows in a child process and returns its report. Throws when it fails. */
export function timeJobApart(job: BenchJob, rows: number): JobReport {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, job, String(rows)], {
    cwd: path.resolve(path.dirname(script), '../..'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  if (child.status !== 0) {
    throw new Error(
      `the ${job} job on ${rows} rows exited with ${child.status}: ${child.stderr.trim().split('\n')[0]}`,
    );
  }
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as JobReport;
}

function codesOfPortfolio(portfolio: ScoredPortfolio): string {
  return portfolio.codes.map((code, i) => `${code}${portfolio.abc[i]}`).join(' ');
}

/** The codes of RFM_TABLE's table: columns 8 (RFM code) and 10 (ABC class) under the header row. */
function codesOfTable(table: readonly unknown[][]): string {
  return table
    .slice(1)
    .map((row) => `${String(row[8])}${String(row[10])}`)
    .join(' ');
}

/** The child's work: one job, timed with the plan for its size. */
function runChild(job: BenchJob, rows: number): JobReport {
  const log = generateSalesLog(rows);
  const plan = planFor(rows);
  const none = { summary: null, codes: null, bareLoopMs: null, sumLoop: null };
  if (job === 'rfmTable') {
    // RFM_TABLE's reference date is the latest sale, one day before the log's asOfDay: its recency is one day
    // shorter for every client, which moves no quantile score; its codes and classes are checked against the core's.
    const table = timeRfmTable(rfmTableInput(log), plan);
    return {
      ...none,
      medianMs: table.scriptMs,
      runs: plan.runs,
      codes: codesOfTable(table.table),
      bareLoopMs: table.bareLoopMs,
      sumLoop: { ms: table.sumLoopMs, clients: table.sumLoopClients },
    };
  }
  const cells = sheetRows(log);
  if (job === 'core') {
    const core = timeJob(() => runCoreJob(cells, log.asOfDay), plan);
    return {
      ...none,
      medianMs: core.medianMs,
      runs: core.runs,
      summary: summarise({ clients: clientsOf(core.result), thresholds: core.result.thresholds }, CLASSES),
      codes: codesOfPortfolio(core.result),
    };
  }
  const options = pipelineOptions(log.asOfDay);
  const pipeline = timeJob(() => runPipelineJob(cells, options), plan);
  return { ...none, medianMs: pipeline.medianMs, runs: pipeline.runs, summary: summarise(pipeline.result, CLASSES) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [job, rows] = process.argv.slice(2);
  console.log(JSON.stringify(runChild(job as BenchJob, Number(rows))));
}
