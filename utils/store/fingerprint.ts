// Near-duplicate fingerprint: a 64-bit simhash of word 3-shingles. The same story syndicated
// under another URL (different furniture, a changed sentence) lands within a few bits; unrelated
// stories differ in about half. Split into four 16-bit bands: two fingerprints within 3 bits
// share at least one band exactly (pigeonhole), so a band index finds most copies; copies a bit
// further apart are still caught among the candidates found through people and terms. Pure.

/** Copies differ by a few bits; unrelated texts by about 32 (σ ≈ 4), so 6 leaves a wide margin. */
export const NEAR_DUPLICATE_BITS = 6;
const SHINGLE = 3;

/** 32-bit FNV-1a with a seed, over UTF-16 code units. */
function fnv32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche so nearby strings spread over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 16 hex digits, or "" when the text is too short to say anything. */
export function simhash(text: string): string {
  const w = words(text);
  if (w.length < SHINGLE + 2) return '';
  const acc = new Int32Array(64);
  for (let i = 0; i + SHINGLE <= w.length; i++) {
    const sh = w.slice(i, i + SHINGLE).join(' ');
    const hi = fnv32(sh, 0x9e3779b9);
    const lo = fnv32(sh, 0x7f4a7c15);
    for (let b = 0; b < 32; b++) {
      acc[b] += (hi >>> b) & 1 ? 1 : -1;
      acc[32 + b] += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (acc[b] > 0) hi |= 1 << b;
    if (acc[32 + b] > 0) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function isFingerprint(fp: unknown): fp is string {
  return typeof fp === 'string' && /^[0-9a-f]{16}$/.test(fp);
}

/** Bits that differ; Infinity when either is missing. */
export function hamming(a: string, b: string): number {
  if (!isFingerprint(a) || !isFingerprint(b)) return Infinity;
  const d1 = (parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0;
  const d2 = (parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0;
  return popcount32(d1) + popcount32(d2);
}

export function isNearDuplicate(a: string, b: string): boolean {
  return hamming(a, b) <= NEAR_DUPLICATE_BITS;
}

/** Index keys: band number + 16-bit band ("0:1a2b"). */
export function fingerprintBands(fp: string): string[] {
  if (!isFingerprint(fp)) return [];
  return [0, 1, 2, 3].map((i) => `${i}:${fp.slice(i * 4, i * 4 + 4)}`);
}
