/**
 * A short summary of a scored portfolio (score, class and segment counts,
 * breakpoints), to check that two implementations did the same job.
 */
import type { ClientScores, ScoredPortfolio } from '../../src/core/portfolio';
import { at } from '../indexing';

/** Counts per score 1..n, per ABC class (A, B, C) and per segment; breakpoints per axis. */
export interface ScoreSummary {
  clients: number;
  r: number[];
  f: number[];
  m: number[];
  abc: number[];
  segments: Record<string, number>;
  thresholds: { r: number[]; f: number[]; m: number[] };
}

/** The scored clients of `portfolio` one by one (scores, code, segment, ABC class). */
export function clientsOf(portfolio: ScoredPortfolio): ClientScores[] {
  return portfolio.scores.map((scores, i) => ({
    scores,
    code: at(portfolio.codes, i),
    segment: at(portfolio.segments, i),
    abc: at(portfolio.abc, i),
  }));
}

/** The summary of scored `portfolio.clients`, scores 1..`n` (`clientsOf` gives them for a `ScoredPortfolio`). */
export function summarise(
  portfolio: { clients: readonly ClientScores[]; thresholds: ScoredPortfolio['thresholds'] },
  n: number,
): ScoreSummary {
  const summary: ScoreSummary = {
    clients: portfolio.clients.length,
    r: new Array<number>(n).fill(0),
    f: new Array<number>(n).fill(0),
    m: new Array<number>(n).fill(0),
    abc: [0, 0, 0],
    segments: {},
    thresholds: portfolio.thresholds,
  };
  for (const client of portfolio.clients) {
    countIn(summary.r, client.scores.r - 1);
    countIn(summary.f, client.scores.f - 1);
    countIn(summary.m, client.scores.m - 1);
    countIn(summary.abc, 'ABC'.indexOf(client.abc));
    summary.segments[client.segment] = (summary.segments[client.segment] ?? 0) + 1;
  }
  return summary;
}

/** Relative difference allowed between breakpoints (sums of amounts may differ in the last bits). */
const BREAKPOINT_TOLERANCE = 1e-9;

/** How two summaries compare. */
export interface SummaryComparison {
  /** Same client count, breakpoints within tolerance. */
  sameShape: boolean;
  /** Clients in a different class, most over the three axes, ABC and segments (0 = identical counts). */
  movedClients: number;
  /** What differs, one entry per part. */
  differences: string[];
}

/** Adds one to `counts[index]` (a score or class index, always in range). */
function countIn(counts: number[], index: number): void {
  counts[index] = at(counts, index) + 1;
}

function sameNumbers(a: readonly number[], b: readonly number[], tolerance: number): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - at(b, i)) <= tolerance * Math.max(1, Math.abs(x)));
}

/** Clients that must have changed class to turn counts `a` into counts `b` (same total). */
function moved(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, x, i) => sum + Math.abs(x - (b[i] ?? 0)), 0) / 2;
}

/** Compares two summaries of the same job (for example this core and pandas). */
export function compareSummaries(a: ScoreSummary, b: ScoreSummary): SummaryComparison {
  const differences: string[] = [];
  let sameShape = a.clients === b.clients;
  let movedClients = 0;
  if (a.clients !== b.clients) differences.push(`clients ${a.clients} vs ${b.clients}`);
  for (const axis of ['r', 'f', 'm'] as const) {
    const label = axis.toUpperCase();
    if (!sameNumbers(a.thresholds[axis], b.thresholds[axis], BREAKPOINT_TOLERANCE)) {
      sameShape = false;
      differences.push(`${label} breakpoints ${a.thresholds[axis]} vs ${b.thresholds[axis]}`);
    }
    movedClients = Math.max(movedClients, moved(a[axis], b[axis]));
    if (!sameNumbers(a[axis], b[axis], 0)) differences.push(`${label} counts ${a[axis]} vs ${b[axis]}`);
  }
  movedClients = Math.max(movedClients, moved(a.abc, b.abc));
  if (!sameNumbers(a.abc, b.abc, 0)) differences.push(`ABC counts ${a.abc} vs ${b.abc}`);
  const names = [...new Set([...Object.keys(a.segments), ...Object.keys(b.segments)])];
  const segmentCounts = (s: ScoreSummary) => names.map((name) => s.segments[name] ?? 0);
  movedClients = Math.max(movedClients, moved(segmentCounts(a), segmentCounts(b)));
  for (const name of names) {
    if ((a.segments[name] ?? 0) !== (b.segments[name] ?? 0)) {
      differences.push(`segment "${name}" ${a.segments[name] ?? 0} vs ${b.segments[name] ?? 0}`);
    }
  }
  return { sameShape, movedClients, differences };
}
