// A seeded random source for the demo and the bench, so every run builds the same session.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface SeededRandom {
  /** Integer in [from, to], both included. */
  int(from: number, to: number): number;
  /** Float in [0, 1). */
  unit(): number;
  /** Roughly normal with mean 0 and sd 1 (sum of 12 uniforms − 6: cheap and bounded). */
  normal(): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): SeededRandom {
  const rng = xoroshiro128plus(seed);
  const unit = (): number => uniformInt(rng, 0, 0x3fffffff) / 0x40000000;
  return {
    int: (from, to) => uniformInt(rng, from, to),
    unit,
    normal: () => {
      let sum = 0;
      for (let i = 0; i < 12; i += 1) sum += unit();
      return sum - 6;
    },
    pick: <T,>(items: readonly T[]): T => {
      const item = items[uniformInt(rng, 0, items.length - 1)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
  };
}
