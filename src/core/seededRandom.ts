/**
 * mulberry32: a small seeded generator of uniform floats in [0, 1) (32-bit
 * state), so that the same seed gives the same numbers on every run and
 * machine. `seed`: any integer; only its low 32 bits are used. Not for
 * anything secret.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeded draws built on {@link mulberry32}: the same seed gives the same
 * exercise (or example workbook) on every run and machine.
 */
export class SeededRandom {
  private readonly uniform: () => number;

  /** `seed`: any integer; only its low 32 bits are used. */
  constructor(seed: number) {
    this.uniform = mulberry32(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uniform();
  }

  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty array, uniformly. Throws on an empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** A new array with the same elements in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = this.integer(0, i);
      const swap = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = swap;
    }
    return copy;
  }

  /**
   * `count` bands from 0..`bands` − 1, each band present at least once when
   * count ≥ bands: shuffled rounds of 0..bands − 1.
   */
  spread(count: number, bands: number): number[] {
    const all = Array.from({ length: bands }, (_, k) => k);
    const result: number[] = [];
    while (result.length < count) result.push(...this.shuffled(all));
    return this.shuffled(result.slice(0, count));
  }
}
