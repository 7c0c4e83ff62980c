/** The Nelder–Mead minimiser on functions with a known minimum. */
import { describe, expect, it } from 'vitest';
import { minimise } from '../../src/core/nelderMead';

describe('minimise', () => {
  it('finds the minimum of a shifted bowl: (x − 1)² + 10 (y + 2)² → (1, −2)', () => {
    const result = minimise(([x = 0, y = 0]) => (x - 1) ** 2 + 10 * (y + 2) ** 2, [0, 0]);
    expect(result.point[0]).toBeCloseTo(1, 5);
    expect(result.point[1]).toBeCloseTo(-2, 5);
    expect(result.converged).toBe(true);
  });

  it('follows the Rosenbrock valley to (1, 1) from (−1.2, 1)', () => {
    const result = minimise(([x = 0, y = 0]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], { tolerance: 1e-16 });
    expect(result.point[0]).toBeCloseTo(1, 4);
    expect(result.point[1]).toBeCloseTo(1, 4);
  });

  it('moves away from non-finite values and is deterministic', () => {
    const f = ([x = 0]: readonly number[]) => (x < -1 ? Number.NaN : (x - 3) ** 2);
    const first = minimise(f, [0]);
    expect(first.point[0]).toBeCloseTo(3, 5);
    expect(minimise(f, [0])).toEqual(first);
  });

  it('stops at the evaluation budget', () => {
    const result = minimise(([x = 0, y = 0]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], {
      maxEvaluations: 30,
    });
    expect(result.evaluations).toBeLessThanOrEqual(31);
    expect(result.converged).toBe(false);
  });
});
