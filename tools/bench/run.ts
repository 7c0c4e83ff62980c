/**
 * `npm run bench` (after the build): measures the budgets (CONTRIBUTING.md, Benchmarks) on one
 * core and prints them as markdown tables.
 *
 * 1. The core job (aggregation + scores + ABC + segments) on generated sales
 *    logs of 10 000, 100 000 and 1 000 000 rows, side by side with the same
 *    job in pandas (when Debian's Python has it), and the sidebar's full
 *    pipeline from raw cells.
 * 2. `RFM_SCORE` on 10 000 rows in one call through the built bundle.
 * 3. The sizes of dist/Code.js and dist/sidebar.html.
 *
 * Only computations are timed (not data generation, not CSV parsing). A
 * budget miss or a failed cross-check prints ✗; only a crash exits non-zero.
 *
 * `npm run bench -- --big` runs instead `npm run analyse` beside pandas on
 * 10 M and 50 M generated rows (bigAnalyse.ts): minutes, and 1.7 GB of disk.
 */
import os from 'node:os';
import { printBigAnalyseSection } from './bigAnalyse';
import { bundleSizes } from './bundleSizes';
import { printBtydSection } from './btydFit';
import { BENCH_SETTINGS, pipelineOptions, runCoreJob, runPipelineJob, sheetRows } from './coreJob';
import { loadBuiltBundle, loadCopyOnlyScript, rfmScoreInput, timeBundleRfmScore, timeRfmScore } from './customFunction';
import { pinToOneCore } from './oneCore';
import { runPandas, type PandasOutcome } from './pandasJob';
import { generateSalesLog, type SalesLog } from './salesLog';
import { compareSummaries, summarise, type ScoreSummary, type SummaryComparison } from './scoreSummary';
import { count, mark, markdownTable, milliseconds, rate } from './table';
import { timeJob, type RunPlan } from './timing';
import { at } from '../indexing';

const LOG_SIZES = [10_000, 100_000, 1_000_000];
const CLASSES = 5;
/** Budget: 1 000 000 rows → 100 000 clients under 1 s. */
const CORE_BUDGET = { rows: 1_000_000, ms: 1000 };
/** Budget: a 10 000-row RFM_SCORE under 100 ms. */
const RFM_SCORE_BUDGET = { clients: 10_000, ms: 100 };

/** Fewer runs for the largest log, to keep the whole bench near a minute. */
function planFor(rows: number): RunPlan {
  return rows >= 1_000_000 ? { warmUps: 1, runs: 5 } : { warmUps: 2, runs: 5 };
}

interface LogTimings {
  log: SalesLog;
  rows: number;
  clients: number;
  core: { medianMs: number; runs: number; summary: ScoreSummary };
  pipeline: { medianMs: number; comparison: SummaryComparison };
}

function timeLog(rows: number): LogTimings {
  const log = generateSalesLog(rows);
  const plan = planFor(rows);
  const core = timeJob(() => runCoreJob(log), plan);
  const summary = summarise(core.result, CLASSES);
  const cells = sheetRows(log);
  const options = pipelineOptions(log.asOfDay);
  const pipeline = timeJob(() => runPipelineJob(cells, options), plan);
  const pipelineSummary = summarise(pipeline.result, CLASSES);
  return {
    log,
    rows,
    clients: summary.clients,
    core: { medianMs: core.medianMs, runs: core.runs, summary },
    pipeline: { medianMs: pipeline.medianMs, comparison: compareSummaries(summary, pipelineSummary) },
  };
}

function printMachine(nproc: number, pin: ReturnType<typeof pinToOneCore>): void {
  const cpus = os.cpus();
  console.log('# Client Portfolio bench\n');
  console.log(`- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, nproc ${nproc}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
  console.log(`- Node ${process.version}, V8 ${process.versions.v8}`);
  console.log(`- ${pin.pinned ? `Pinned to CPU ${pin.cpu} with taskset (all threads, and the pandas child)` : `Not pinned: ${pin.reason}`}`);
  console.log(`- Load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}`);
}

function printCoreSection(timings: readonly LogTimings[], pandas: PandasOutcome): void {
  console.log('\n## 1. Core job: sales log → scored client table\n');
  console.log(
    'Core job = `aggregateSales` + `scorePortfolio` (5 quantile classes, classic segments, ABC 80/95) on parallel arrays; ' +
      'pandas = groupby + quantile + scores + segments + ABC by cumsum on the same rows; ' +
      'pipeline = `analysePortfolio` from raw cells (name, Date, amount), cell reading included. ' +
      'Medians after warm-up; only the computation is timed on both sides (not data generation, not CSV parsing).',
  );
  if (!pandas.available) console.log(`\npandas column skipped: ${pandas.reason}.`);
  else console.log(`\npandas: ${pandas.version}, Debian /usr/bin/python3, same data via CSV (\`float_precision="round_trip"\`).`);
  const header = ['Rows', 'Clients', 'Runs', 'Core job', 'Core rows/s'];
  if (pandas.available) header.push('pandas', 'pandas rows/s', 'pandas ÷ core');
  header.push('Sidebar pipeline', 'Pipeline rows/s');
  const rows = timings.map((t, i) => {
    const cells = [count(t.rows), count(t.clients), `${planFor(t.rows).warmUps}+${t.core.runs}`];
    cells.push(milliseconds(t.core.medianMs), rate(t.rows, t.core.medianMs));
    if (pandas.available) {
      const p = at(pandas.results, i);
      cells.push(milliseconds(p.medianMs), rate(p.rows, p.medianMs), `${(p.medianMs / t.core.medianMs).toFixed(2)}×`);
    }
    cells.push(milliseconds(t.pipeline.medianMs), rate(t.rows, t.pipeline.medianMs));
    return cells;
  });
  console.log('');
  console.log(markdownTable(header, rows, header.map(() => true)));
  console.log('\nRuns = warm-ups + timed runs.\n');

  const largest = timings.find((t) => t.rows === CORE_BUDGET.rows);
  if (largest) {
    const ok = largest.core.medianMs < CORE_BUDGET.ms;
    console.log(
      `- Budget: ${count(largest.rows)} rows → ${count(largest.clients)} clients under ${count(CORE_BUDGET.ms)} ms: ` +
        `${milliseconds(largest.core.medianMs)} ${mark(ok)}`,
    );
    if (pandas.available) {
      const p = at(pandas.results, timings.indexOf(largest));
      console.log(
        `- Budget: at least as fast as pandas on ${count(largest.rows)} rows: core ${milliseconds(largest.core.medianMs)} ` +
          `vs pandas ${milliseconds(p.medianMs)} ${mark(largest.core.medianMs <= p.medianMs)}`,
      );
    }
  }
  for (const [i, t] of timings.entries()) {
    let line = `- Check ${count(t.rows)} rows: pipeline scores = core scores ${verdict(t.pipeline.comparison, 0)}`;
    if (pandas.available) {
      const comparison = compareSummaries(t.core.summary, at(pandas.results, i).summary);
      line += `; pandas counts and breakpoints = core ${verdict(comparison, Math.max(2, t.clients / 10_000))}`;
    }
    console.log(line);
  }
}

/**
 * ✓ when the summaries agree; ≈ when the breakpoints agree and at most `allowedMoves`
 * clients changed class (a net amount a last bit away from a breakpoint: pandas'
 * groupby sum is compensated, ours adds in row order); ✗ otherwise.
 */
function verdict(comparison: SummaryComparison, allowedMoves: number): string {
  if (comparison.differences.length === 0) return '✓';
  const details = comparison.differences.join('; ');
  if (comparison.sameShape && comparison.movedClients <= allowedMoves) {
    return `≈ (${comparison.movedClients} client(s) on a breakpoint: ${details}; pandas' groupby sum is compensated (Kahan), ours adds in row order, so a few net amounts differ in the last bit)`;
  }
  return `✗ ${details}`;
}

function printRfmScoreSection(log: SalesLog): void {
  console.log('\n## 2. RFM_SCORE through the built bundle (dist/Code.js in the emulator)\n');
  console.log(
    'One call `RFM_SCORE(recency, frequency, monetary)` in AuthMode.CUSTOM_FUNCTION, recency as Date cells, ' +
      'as_of = latest date. "Call" is the whole emulated call, including the emulator copying the 2-D arguments ' +
      'into the script realm and the result back; "Copy only" is the same call of a script that just returns its ' +
      'third argument; "Script" = Call − Copy only, the add-on\'s own time (reading cells, scoring).\n',
  );
  const bundle = loadBuiltBundle();
  const copyOnly = loadCopyOnlyScript();
  const plan = { warmUps: 3, runs: 9 };
  const shapes = [
    { label: 'closed range (B2:B10001)', input: rfmScoreInput(log, RFM_SCORE_BUDGET.clients, 0) },
    { label: 'open range (B2:B), last 40 000 blank', input: rfmScoreInput(log, RFM_SCORE_BUDGET.clients, 40_000) },
  ];
  const header = ['Call', 'Rows', 'Clients', 'Runs', 'Call', 'Copy only', 'Script', 'Script rows/s', `Script < ${RFM_SCORE_BUDGET.ms} ms`, `Call < ${RFM_SCORE_BUDGET.ms} ms`, 'Codes = core'];
  const rows = shapes.map(({ label, input }) => {
    const call = timeBundleRfmScore(bundle, input, plan);
    const copy = timeRfmScore(copyOnly, input, plan);
    const script = Math.max(call.medianMs - copy.medianMs, 0);
    return [
      label,
      count(call.rows),
      count(call.clients),
      `${plan.warmUps}+${call.runs}`,
      milliseconds(call.medianMs),
      milliseconds(copy.medianMs),
      milliseconds(script),
      rate(call.rows, script),
      mark(script < RFM_SCORE_BUDGET.ms),
      mark(call.medianMs < RFM_SCORE_BUDGET.ms),
      mark(call.correct),
    ];
  });
  console.log(markdownTable(header, rows, [false, true, true, true, true, true, true, true, false, false, false]));
}

function printSizesSection(): void {
  console.log('\n## 3. Bundle sizes (1 KB = 1000 bytes)\n');
  const rows = bundleSizes().map((s) => [
    s.file,
    `${(s.bytes / 1000).toFixed(1)} KB`,
    `${(s.budget / 1000).toFixed(0)} KB`,
    `${((s.bytes / s.budget) * 100).toFixed(0)} %`,
    mark(s.bytes < s.budget),
  ]);
  console.log(markdownTable(['File', 'Size', 'Budget', 'Used', 'OK'], rows, [false, true, true, true, false]));
}

/** Runs one section; a crash is printed and makes the exit code 1, the other sections still run. */
function section(name: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    console.log(`\n${name} crashed: ${(error as Error)?.stack ?? error}`);
    process.exitCode = 1;
  }
}

function main(): void {
  const started = Date.now();
  const nproc = os.availableParallelism();
  if (process.argv.includes('--big')) {
    printMachine(nproc, { pinned: false, reason: 'the big-file bench uses every core, as the tools do by default' });
    section('Big files', printBigAnalyseSection);
    console.log(`\nBench time: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    return;
  }
  const pin = pinToOneCore();
  printMachine(nproc, pin);
  let timings: LogTimings[] = [];
  section('Core job', () => {
    timings = LOG_SIZES.map(timeLog);
    const pandas = runPandas(timings.map((t) => ({ log: t.log, plan: planFor(t.rows) })), BENCH_SETTINGS, CLASSES);
    printCoreSection(timings, pandas);
  });
  section('RFM_SCORE', () => printRfmScoreSection(timings.find((t) => t.rows === 100_000)?.log ?? generateSalesLog(100_000)));
  section('BG/NBD and Gamma-Gamma', printBtydSection);
  section('Bundle sizes', printSizesSection);
  console.log(`\nBench time: ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}.`);
}

main();
