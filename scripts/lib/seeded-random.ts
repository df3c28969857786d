// One seeded pseudo-random generator for every test, bench and generated data set, so runs compare
// and a failure names its seed. mulberry32: small and fast, 32-bit state.

export type Rand = () => number;

/** Numbers in [0, 1), the same sequence for the same seed. */
export function rng(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
