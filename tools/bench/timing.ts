/** Wall-clock timing of a job: warm-up runs, then the median of measured runs. */
import { performance } from 'node:perf_hooks';
import { at } from '../indexing';

/** How many times a job runs. */
export interface RunPlan {
  warmUps: number;
  runs: number;
}

/** The median of measured durations, in milliseconds, and the last result (to check it). */
export interface Timing<T> {
  medianMs: number;
  runs: number;
  result: T;
}

/** Median of non-empty `values` (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? at(sorted, middle) : (at(sorted, middle - 1) + at(sorted, middle)) / 2;
}

/** Runs `job` `plan.warmUps` times untimed, then `plan.runs` times timed. */
export function timeJob<T>(job: () => T, plan: RunPlan): Timing<T> {
  let result = job();
  for (let i = 1; i < plan.warmUps; i += 1) result = job();
  const durations: number[] = [];
  for (let i = 0; i < plan.runs; i += 1) {
    const start = performance.now();
    result = job();
    durations.push(performance.now() - start);
  }
  return { medianMs: median(durations), runs: plan.runs, result };
}
