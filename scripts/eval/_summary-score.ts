// Scores of the summary eval (scripts/eval/summary.ts): ROUGE-1/2/L precision, recall and F1 on lower-cased word
// tokens, and a paired bootstrap interval of a mean difference. The leading underscore keeps the eval runner from
// treating this file as a task.
import { rng } from '../lib/seeded-random';

export const tok = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function ngrams(t: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export interface PRF {
  p: number;
  r: number;
  f: number;
}
const prf = (match: number, np: number, nr: number): PRF => {
  const p = np ? match / np : 0;
  const r = nr ? match / nr : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function rougeN(cand: string, ref: string, n: number): PRF {
  const c = ngrams(tok(cand), n);
  const r = ngrams(tok(ref), n);
  let match = 0;
  let nc = 0;
  let nr = 0;
  for (const v of c.values()) nc += v;
  for (const [k, v] of r) {
    nr += v;
    match += Math.min(v, c.get(k) ?? 0);
  }
  return prf(match, nc, nr);
}

export function rougeL(cand: string, ref: string): PRF {
  const a = tok(cand);
  const b = tok(ref);
  // LCS by dynamic programming over two rows
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prf(prev[b.length], a.length, b.length);
}

export type Metric = (c: string, r: string) => PRF;

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/** Mean precision, recall and F1 of a candidate over its references. */
export function scoreRefs(cand: string, refs: string[], metric: Metric): PRF {
  const s = refs.map((ref) => metric(cand, ref));
  return { p: mean(s.map((x) => x.p)), r: mean(s.map((x) => x.r)), f: mean(s.map((x) => x.f)) };
}

const BOOTSTRAP_ROUNDS = 2000;
const BOOTSTRAP_SEED = 11;

/**
 * A 95% interval of the mean of per-document differences, by resampling the documents (paired bootstrap, fixed
 * seed): how far a genre of a few documents can tell the two systems apart.
 */
export function bootstrapInterval(xs: number[]): [number, number] {
  if (!xs.length) return [0, 0];
  // seeded, so the table is the same on every run
  const rand = rng(BOOTSTRAP_SEED);
  const means: number[] = [];
  for (let r = 0; r < BOOTSTRAP_ROUNDS; r++) {
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += xs[Math.floor(rand() * xs.length)];
    means.push(sum / xs.length);
  }
  means.sort((a, b) => a - b);
  return [means[Math.floor(0.025 * BOOTSTRAP_ROUNDS)], means[Math.ceil(0.975 * BOOTSTRAP_ROUNDS) - 1]];
}
