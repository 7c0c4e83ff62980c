/**
 * `npm run bench` (after the build): measures the budgets on one core and
 * prints them as markdown tables, with ratios to pandas.
 *
 * 1. Generated sales logs of 10 000, 100 000 and 1 000 000 rows, as cells:
 *    `RFM_TABLE` through the built bundle, the sidebar's pipeline from
 *    `getValues()`-shaped rows and the core job, side by side with the same
 *    job in pandas (when Debian's Python has it).
 * 2. `RFM_SCORE` on 10 000 rows in one call through the built bundle.
 * 3. The peak heap of `RFM_TABLE` on 1 000 000 rows.
 * 4. The sizes of dist/Code.js and dist/sidebar.html.
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
import { BENCH_SETTINGS } from './coreJob';
import { loadBuiltBundle, rfmScoreInput, timeBundleRfmScore, timeScriptOnly } from './customFunction';
import { measureRfmTableHeap } from './heapPeak';
import { CLASSES, planFor, processesFor, timeJobApart, type BenchJob, type JobReport } from './jobApart';
import { median } from './timing';
import { pinToOneCore } from './oneCore';
import { runPandas, type PandasOutcome } from './pandasJob';
import { generateSalesLog, type SalesLog } from './salesLog';
import { compareSummaries, type ScoreSummary, type SummaryComparison } from './scoreSummary';
import { count, mark, markdownTable, milliseconds, rate } from './table';
import { at } from '../indexing';

const LOG_SIZES = [10_000, 100_000, 1_000_000];
/** 1 000 000 rows → 100 000 clients under 1 s. */
const CORE_BUDGET = { rows: 1_000_000, ms: 1000 };
/** The sidebar pipeline from cells: at most 1.5 times the pandas job. */
const PIPELINE_BUDGET = 1.5;
/** A 10 000-row RFM_SCORE under 20 ms of script time. */
const RFM_SCORE_BUDGET = { clients: 10_000, ms: 20 };

interface LogTimings {
  log: SalesLog;
  rows: number;
  clients: number;
  core: { medianMs: number; runs: number; summary: ScoreSummary };
  pipeline: { medianMs: number; comparison: SummaryComparison };
  rfmTable: { scriptMs: number; bareLoopMs: number; sumLoop: { ms: number; clients: number }; sameCodes: boolean };
}

/** The jobs of section 1, in the order their processes run. */
const JOBS: readonly BenchJob[] = ['core', 'pipeline', 'rfmTable'];

/**
 * Times the three jobs of `rows` rows, each in processes of its own (see `jobApart.ts`; with several processes the
 * jobs take turns, and a time is the median of the processes' medians), and checks them.
 */
function timeLog(rows: number): LogTimings {
  const reports = new Map<BenchJob, JobReport[]>(JOBS.map((job) => [job, []]));
  for (let round = 0; round < processesFor(rows); round += 1) {
    for (const job of JOBS) reports.get(job)?.push(timeJobApart(job, rows));
  }
  const of = (job: BenchJob): JobReport[] => reports.get(job) ?? [];
  const core = at(of('core'), 0);
  const pipeline = at(of('pipeline'), 0);
  const table = at(of('rfmTable'), 0);
  const medianOf = (job: BenchJob, value: (report: JobReport) => number): number => median(of(job).map(value));
  if (!core.summary || !pipeline.summary) throw new Error('a job reported no summary');
  return {
    log: generateSalesLog(rows),
    rows,
    clients: core.summary.clients,
    core: { medianMs: medianOf('core', (r) => r.medianMs), runs: core.runs, summary: core.summary },
    pipeline: {
      medianMs: medianOf('pipeline', (r) => r.medianMs),
      comparison: compareSummaries(core.summary, pipeline.summary),
    },
    rfmTable: {
      scriptMs: medianOf('rfmTable', (r) => r.medianMs),
      bareLoopMs: medianOf('rfmTable', (r) => r.bareLoopMs ?? NaN),
      sumLoop: { ms: medianOf('rfmTable', (r) => r.sumLoop?.ms ?? NaN), clients: table.sumLoop?.clients ?? NaN },
      sameCodes: table.codes !== null && table.codes === core.codes,
    },
  };
}

function printMachine(nproc: number, pin: ReturnType<typeof pinToOneCore>): void {
  const cpus = os.cpus();
  console.log('# Client Portfolio bench\n');
  console.log(
    `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, nproc ${nproc}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  );
  console.log(`- Node ${process.version}, V8 ${process.versions.v8}`);
  console.log(
    `- ${pin.pinned ? `Pinned to CPU ${pin.cpu} with taskset (all threads, and the pandas child)` : `Not pinned: ${pin.reason}`}`,
  );
  console.log(
    `- Load average at start: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
  );
}

/** `a ÷ b` as a ratio such as `0.85×`. */
function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}

function printCoreSection(timings: readonly LogTimings[], pandas: PandasOutcome): void {
  console.log('\n## 1. Sales log → scored client table, from cells, beside pandas\n');
  console.log(
    'Same generated log for every column, one row per sale (client name as text, sale date as a `Date` cell, amount). ' +
      "**RFM_TABLE** = one call of the built bundle in the emulator, script time: the arguments are handed to the script's " +
      "realm once before timing (that copy is the platform's work in Apps Script, not ours). " +
      '**Sidebar pipeline** = `analysePortfolio` on `getValues()`-shaped rows (cell reading, aggregation, scores, segments, ' +
      'ABC, client value, actions, summaries). **Core job** = `clientsFromSaleCells` + `scorePortfolio` on the same rows. ' +
      '**pandas** = groupby + quantile + scores + segments + ABC on typed columns (CSV parse not timed). ' +
      'Ratios are our time ÷ pandas time (below 1 = faster than pandas). Each job runs in processes of its own (a fresh heap, as an Apps Script execution has; pandas too); medians after warm-up.',
  );
  if (!pandas.available) console.log(`\npandas column skipped: ${pandas.reason}.`);
  else
    console.log(
      `\npandas: ${pandas.version}, Debian /usr/bin/python3, same data via CSV (\`float_precision="round_trip"\`).`,
    );
  const header = ['Rows', 'Clients', 'Runs'];
  if (pandas.available) header.push('pandas');
  header.push('RFM_TABLE');
  if (pandas.available) header.push('RFM_TABLE ÷ pandas');
  header.push('Sidebar pipeline');
  if (pandas.available) header.push('Pipeline ÷ pandas');
  header.push('Core job');
  if (pandas.available) header.push('Core ÷ pandas');
  const rows = timings.map((t, i) => {
    const p = pandas.available ? pandas.results[i] : undefined;
    const plan = `${planFor(t.rows).warmUps}+${t.core.runs}`;
    const processes = processesFor(t.rows);
    const cells = [count(t.rows), count(t.clients), processes > 1 ? `${processes} × (${plan})` : plan];
    if (p) cells.push(milliseconds(p.medianMs));
    cells.push(milliseconds(t.rfmTable.scriptMs));
    if (p) cells.push(ratio(t.rfmTable.scriptMs, p.medianMs));
    cells.push(milliseconds(t.pipeline.medianMs));
    if (p) cells.push(ratio(t.pipeline.medianMs, p.medianMs));
    cells.push(milliseconds(t.core.medianMs));
    if (p) cells.push(ratio(t.core.medianMs, p.medianMs));
    return cells;
  });
  console.log('');
  console.log(
    markdownTable(
      header,
      rows,
      header.map(() => true),
    ),
  );
  console.log(
    "\nRuns = warm-ups + timed runs in each process; `3 × (…)`: three processes per job, each job's processes " +
      "taking turns with the other jobs', and the time given is the median of the three processes' medians.\n",
  );

  const largest = timings.find((t) => t.rows === CORE_BUDGET.rows);
  if (largest) {
    const ok = largest.core.medianMs < CORE_BUDGET.ms;
    console.log(
      `- Budget: core job, ${count(largest.rows)} rows → ${count(largest.clients)} clients under ${count(CORE_BUDGET.ms)} ms: ` +
        `${milliseconds(largest.core.medianMs)} ${mark(ok)}`,
    );
    if (pandas.available) {
      const p = pandas.results[timings.indexOf(largest)]?.medianMs ?? NaN;
      console.log(
        `- Budget: RFM_TABLE from cells ≤ pandas on ${count(largest.rows)} rows: script ${milliseconds(largest.rfmTable.scriptMs)} ` +
          `vs pandas ${milliseconds(p)} = ${ratio(largest.rfmTable.scriptMs, p)} ${mark(largest.rfmTable.scriptMs <= p)}`,
      );
      console.log(
        `- Budget: sidebar pipeline from getValues() rows ≤ ${PIPELINE_BUDGET}× pandas on ${count(largest.rows)} rows: ` +
          `${milliseconds(largest.pipeline.medianMs)} vs pandas ${milliseconds(p)} = ${ratio(largest.pipeline.medianMs, p)} ` +
          `${mark(largest.pipeline.medianMs <= PIPELINE_BUDGET * p)}`,
      );
      console.log(
        `- Yardstick: a bare loop in the script's realm over the same cells (read each row's client, date and amount, ` +
          `find the client's number in a hash table; no checks, no sums, no output) takes ` +
          `${milliseconds(largest.rfmTable.bareLoopMs)} = ${ratio(largest.rfmTable.bareLoopMs, p)} pandas; ` +
          `RFM_TABLE = ${ratio(largest.rfmTable.scriptMs, largest.rfmTable.bareLoopMs)} that loop`,
      );
      const sums = largest.rfmTable.sumLoop;
      console.log(
        `- Floor of the aggregation: the same loop also adding each row to its client's figures, by blocks of rows as ` +
          `the pipeline does (no checks, no client-key rule, no calendar, no scores, no output) takes ` +
          `${milliseconds(sums.ms)} = ${ratio(sums.ms, p)} pandas and finds ${count(sums.clients)} clients ` +
          `${mark(sums.clients === largest.clients)}; what RFM_TABLE does beyond it takes ` +
          `${milliseconds(largest.rfmTable.scriptMs - sums.ms)} = ${ratio(largest.rfmTable.scriptMs - sums.ms, p)} pandas`,
      );
    }
  }
  for (const [i, t] of timings.entries()) {
    let line = `- Check ${count(t.rows)} rows: pipeline scores = core scores ${verdict(t.pipeline.comparison, 0)}`;
    line += `; RFM_TABLE codes and classes = core ${mark(t.rfmTable.sameCodes)}`;
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
      'into the script realm and the result back; "Script" is the add-on\'s own time (reading cells, scoring), with ' +
      "the arguments handed to the script's realm once before timing.\n",
  );
  const bundle = loadBuiltBundle();
  const plan = { warmUps: 3, runs: 9 };
  const shapes = [
    { label: 'closed range (B2:B10001)', input: rfmScoreInput(log, RFM_SCORE_BUDGET.clients, 0) },
    { label: 'open range (B2:B), last 40 000 blank', input: rfmScoreInput(log, RFM_SCORE_BUDGET.clients, 40_000) },
  ];
  const header = [
    'Call',
    'Rows',
    'Clients',
    'Runs',
    'Call',
    'Script',
    'Script rows/s',
    `Script ≤ ${RFM_SCORE_BUDGET.ms} ms`,
    'Codes = core',
  ];
  const rows = shapes.map(({ label, input }) => {
    const call = timeBundleRfmScore(bundle, input, plan);
    const script = timeScriptOnly(bundle, 'RFM_SCORE', [input.recency, input.frequency, input.monetary], plan).medianMs;
    return [
      label,
      count(call.rows),
      count(call.clients),
      `${plan.warmUps}+${call.runs}`,
      milliseconds(call.medianMs),
      milliseconds(script),
      rate(call.rows, script),
      mark(script <= RFM_SCORE_BUDGET.ms),
      mark(call.correct),
    ];
  });
  console.log(markdownTable(header, rows, [false, true, true, true, true, true, true, false, false]));
}

function printHeapSection(): void {
  console.log('\n## 3. Peak heap of RFM_TABLE on 1 000 000 rows\n');
  console.log(
    'One call in a child process run with `--trace-gc`: the largest heap in use during the call (read before each ' +
      "collection, and at its end) minus the heap in use before it, once the input is in place (the host's arrays and " +
      'the script realm\'s copy). Garbage not yet collected counts in the peak (an upper bound); "live" is the most ' +
      'still in use after a collection (the working set: per-client figures, the client index, the output table).\n',
  );
  const outcome = measureRfmTableHeap(CORE_BUDGET.rows);
  if (!outcome.peak) {
    console.log(`Not measured: ${outcome.reason}.`);
    return;
  }
  const { peak } = outcome;
  const header = [
    'Rows',
    'Heap before the call',
    'Peak above it',
    'Live after a GC, above it',
    'One typed column (8 bytes per row)',
    'Peak ÷ typed column',
  ];
  const row = [
    count(peak.rows),
    `${peak.baselineMb.toFixed(0)} MB`,
    `${peak.peakAboveMb.toFixed(1)} MB`,
    `${peak.liveAboveMb.toFixed(1)} MB`,
    `${peak.typedColumnMb.toFixed(1)} MB`,
    `${(peak.peakAboveMb / peak.typedColumnMb).toFixed(1)}×`,
  ];
  console.log(
    markdownTable(
      header,
      [row],
      header.map(() => true),
    ),
  );
}

function printSizesSection(): void {
  console.log('\n## 4. Bundle sizes (1 KB = 1000 bytes)\n');
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
    const pandas = runPandas(
      timings.map((t) => ({ log: t.log, plan: planFor(t.rows), processes: processesFor(t.rows) })),
      BENCH_SETTINGS,
      CLASSES,
    );
    printCoreSection(timings, pandas);
  });
  section('RFM_SCORE', () =>
    printRfmScoreSection(timings.find((t) => t.rows === 100_000)?.log ?? generateSalesLog(100_000)),
  );
  section('Peak heap', printHeapSection);
  section('BG/NBD and Gamma-Gamma', printBtydSection);
  section('Bundle sizes', printSizesSection);
  console.log(
    `\nBench time: ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}.`,
  );
}

main();
