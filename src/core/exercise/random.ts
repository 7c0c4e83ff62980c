/**
 * A small seeded pseudo-random generator (mulberry32, 32-bit state), so that
 * the same seed gives the same exercise on every run and machine. Not for
 * anything secret.
 */
export class SeededRandom {
  private state: number;

  /** `seed`: any integer; only its low 32 bits are used. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
