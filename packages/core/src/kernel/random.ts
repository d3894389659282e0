/**
 * mulberry32: a small, fast, seeded PRNG returning uniformly distributed unsigned 32-bit integers.
 * Used where a rule calls for a reproducible draw (STV's lot) and by benchmarks and tests.
 */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A seeded PRNG (mulberry32) returning uniform floats in [0, 1). */
export function seededUniform(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 2 ** 32;
}
