/**
 * The core's seeded generator (mulberry32) with the draws the example
 * workbooks need besides: chances, weighted picks and normal draws, so that
 * the examples come out identical on every run and machine.
 */
import { SeededRandom as CoreSeededRandom } from '../../src/core/seededRandom';
import { at } from '../indexing';

export class SeededRandom extends CoreSeededRandom {
  /** True with probability `p` (0–1). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array, with probability proportional to its weight (weights ≥ 0, sum > 0). */
  pickWeighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let threshold = this.next() * total;
    for (let i = 0; i < items.length; i += 1) {
      threshold -= at(weights, i);
      if (threshold < 0) return at(items, i);
    }
    return at(items, items.length - 1);
  }

  /** A standard normal draw (mean 0, standard deviation 1), Box–Muller. */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
