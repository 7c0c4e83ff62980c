/**
 * Peak heap of one `RFM_TABLE` call on a generated sales log, measured in a
 * child process (`measureRfmTableHeap` starts it): with `--trace-gc`, V8
 * prints the heap in use before each collection, and the peak of a call is
 * the largest of those (and of the heap in use at its end) minus the heap in
 * use before it, once the input is in place and collected.
 *
 * Run as a script (the child): `node --expose-gc --trace-gc --import tsx heapPeak.ts ROWS`
 * prints the GC lines of the call between two markers, then one JSON line.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltBundle } from './customFunction';
import { rfmTableInput } from './rfmTableJob';
import { generateSalesLog } from './salesLog';

const BEGIN = '--- heap: call begins ---';
const END = '--- heap: call ends ---';
const MB = 1024 * 1024;

/** What the child reports. */
export interface HeapPeak {
  rows: number;
  /** Heap in use before the call: the input (host copy and the script realm's copy) and the loaded bundle. */
  baselineMb: number;
  /** Largest heap in use during the call, above the baseline (garbage not yet collected included: an upper bound). */
  peakAboveMb: number;
  /** Largest heap still in use after a collection during the call, above the baseline (live data: a lower bound). */
  liveAboveMb: number;
  /** One typed column of the input (8 bytes per row), for scale. */
  typedColumnMb: number;
}

/** Runs the child for `rows` rows and reads its report; `null` with the reason when it fails. */
export function measureRfmTableHeap(rows: number): { peak: HeapPeak } | { peak: null; reason: string } {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--expose-gc', '--trace-gc', '--import', 'tsx', script, String(rows)], {
    cwd: path.resolve(path.dirname(script), '../..'),
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    timeout: 600_000,
  });
  if (child.status !== 0)
    return { peak: null, reason: `child exited with ${child.status}: ${child.stderr.split('\n')[0]}` };
  const lines = child.stdout.split('\n');
  const begin = lines.indexOf(BEGIN);
  const end = lines.indexOf(END);
  const report = JSON.parse(lines[end + 1] ?? '{}') as { baseline: number; after: number };
  let peak = report.after;
  let live = report.baseline;
  for (const line of lines.slice(begin + 1, end)) {
    const used =
      /: (?:Scavenge|Mark-Compact|Mark-sweep)[^\d]*(\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) -> (\d+(?:\.\d+)?) /.exec(line);
    if (!used) continue;
    peak = Math.max(peak, Number(used[1]) * MB);
    live = Math.max(live, Number(used[2]) * MB);
  }
  return {
    peak: {
      rows,
      baselineMb: report.baseline / MB,
      peakAboveMb: (peak - report.baseline) / MB,
      liveAboveMb: (live - report.baseline) / MB,
      typedColumnMb: (rows * 8) / MB,
    },
  };
}

/** The child: one call on `rows` rows, with the arguments already in the script's realm. */
function child(rows: number): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc');
  const input = rfmTableInput(generateSalesLog(rows));
  const bundle = loadBuiltBundle(Intl.DateTimeFormat().resolvedOptions().timeZone);
  bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'BENCH_HOLD', input.clientIds, input.dates, input.amounts);
  collect();
  collect();
  const baseline = process.memoryUsage().heapUsed;
  console.log(BEGIN);
  bundle.callWith({ authMode: 'CUSTOM_FUNCTION' }, 'BENCH_RUN', 'RFM_TABLE');
  const after = process.memoryUsage().heapUsed;
  console.log(END);
  console.log(JSON.stringify({ baseline, after }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) child(Number(process.argv[2]));
