/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export type Random = {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform integer in [0, n) */
  int(n: number): number;
  /** Poisson-distributed count with mean `lambda` (Knuth; fine for small lambda) */
  poisson(lambda: number): number;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    poisson: (lambda) => {
      const limit = Math.exp(-lambda);
      let k = 0;
      for (let p = next(); p > limit; p *= next()) k++;
      return k;
    },
  };
}
