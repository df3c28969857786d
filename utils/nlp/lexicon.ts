// Loads the shipped person-name lexicon and tagger weights once (built by scripts/build-lexicons.ts;
// sources and licenses in utils/nlp/data/README.md), kept for the lifetime of the context (the
// background page loads them once per browser, the CLI once per process).
import lexiconData from './data/lexicon.json';
import modelData from './data/people-model.json';
import { LEX_COMMON, LEX_FIRST, LEX_NAME, LEX_NONPER, LEX_SURNAME, type Lexicon } from './names-features';
import type { Weights } from './names-tagger';

/**
 * The lexicon's shipped form: one string of its words sorted by code unit and joined by '|', each word
 * followed by one character that holds its bits (BITS_BASE + bits). One list, so a word is one binary
 * search, not one per list.
 */
export interface PackedLexicon {
  words: string;
}

/** The bits character of a word is BITS_BASE + bits: '0'…'O', nothing JSON escapes. */
const BITS_BASE = 0x30;
const ALL_BITS = LEX_FIRST | LEX_NAME | LEX_NONPER | LEX_COMMON | LEX_SURNAME;

/** The tagger weights' shipped form: feature names joined by '\n'; per feature, two numbers in a row. */
export interface PackedWeights {
  features: string;
  weights: number[];
}

/** Code-unit order of `w` against the word at [a, b) of `s`, without cutting the word out. */
function compareAt(w: string, s: string, a: number, b: number): number {
  const n = Math.min(w.length, b - a);
  for (let i = 0; i < n; i++) {
    const d = w.charCodeAt(i) - s.charCodeAt(a + i);
    if (d !== 0) return d;
  }
  return w.length - (b - a);
}

/** The bits of `w` in a packed lexicon (0 if it is not there): a binary search over the string's positions,
 * each step reading the word around the middle one. */
function bitsIn(packed: string, w: string): number {
  // [lo, hi) always holds whole entries: lo at an entry's start, hi at an entry's end
  let lo = 0;
  let hi = packed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const a = packed.lastIndexOf('|', mid - 1) + 1;
    let b = packed.indexOf('|', mid);
    if (b === -1) b = packed.length;
    // the entry is [a, b): its word, then its bits character
    const d = compareAt(w, packed, a, b - 1);
    if (d === 0) return packed.charCodeAt(b - 1) - BITS_BASE;
    if (d < 0) hi = a - 1;
    else lo = b + 1;
  }
  return 0;
}

/** The shipped form of a lexicon (scripts/build-lexicons.ts writes it; words holding '|' are left out). */
export function packLexicon(lex: Map<string, number>): PackedLexicon {
  const entries = [...lex].filter(([w, b]) => w !== '' && !w.includes('|') && (b & ALL_BITS) !== 0);
  entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return { words: entries.map(([w, b]) => w + String.fromCharCode(BITS_BASE + (b & ALL_BITS))).join('|') };
}

/**
 * The lexicon as a Map that fills itself on demand: a word's bits are found by binary search in the
 * shipped string the first time it is asked for, then kept. The string stays as shipped (no 44k words to
 * split or put in a Map at load: a cold load cost more than a run's lookups, and a one-sentence CLI run
 * asks for a handful); size and iteration still see every word, so it behaves as the whole Map would.
 */
export class SortedLexicon extends Map<string, number> {
  readonly #packed: string;
  /** Until the Map is complete: every word asked for or set, with its bits (null: not in the lexicon). One lookup
   * answers a word seen before, there or not. */
  readonly #seen = new Map<string, number | null>();
  #complete = false;

  constructor(d: PackedLexicon) {
    super();
    this.#packed = d.words;
  }

  override get(w: string): number | undefined {
    if (this.#complete) return super.get(w);
    const v = this.#seen.get(w);
    if (v !== undefined) return v ?? undefined;
    const bits = bitsIn(this.#packed, w);
    if (bits) super.set(w, bits);
    this.#seen.set(w, bits || null);
    return bits || undefined;
  }

  override set(w: string, v: number): this {
    super.set(w, v);
    if (!this.#complete) this.#seen.set(w, v);
    return this;
  }

  override has(w: string): boolean {
    return this.get(w) !== undefined;
  }

  override delete(w: string): boolean {
    this.#fill();
    return super.delete(w);
  }

  override clear(): void {
    this.#complete = true;
    this.#seen.clear();
    super.clear();
  }

  override get size(): number {
    this.#fill();
    return super.size;
  }

  override entries(): MapIterator<[string, number]> {
    this.#fill();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.#fill();
    return super.keys();
  }

  override values(): MapIterator<number> {
    this.#fill();
    return super.values();
  }

  override forEach(fn: (value: number, key: string, map: Map<string, number>) => void, thisArg?: unknown): void {
    this.#fill();
    super.forEach(fn, thisArg);
  }

  override [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  #fill(): void {
    if (this.#complete) return;
    this.#complete = true;
    this.#seen.clear();
    // words already here (looked up, or set by hand) keep their value
    const had = new Set(super.keys());
    if (this.#packed === '') return;
    for (const e of this.#packed.split('|')) {
      const w = e.slice(0, -1);
      if (!had.has(w)) super.set(w, e.charCodeAt(e.length - 1) - BITS_BASE);
    }
  }
}

/** The lexicon from its shipped form. */
export function unpackLexicon(d: PackedLexicon): Lexicon {
  return new SortedLexicon(d);
}

/** The tagger weights from their shipped form. */
export function unpackWeights(d: PackedWeights): Weights {
  const w: Weights = new Map();
  const names = d.features.split('\n');
  const v = d.weights;
  if (v.length !== names.length * 2) throw new Error(`people model: ${names.length} features, ${v.length} weights`);
  for (let i = 0; i < names.length; i++) w.set(names[i], [v[2 * i], v[2 * i + 1]]);
  return w;
}

/** The weights' shipped form (scripts/build-lexicons.ts writes it). */
export function packWeights(weights: Record<string, [number, number]>): PackedWeights {
  const names = Object.keys(weights);
  return { features: names.join('\n'), weights: names.flatMap((f) => weights[f]) };
}

let lexicon: Lexicon | null = null;
let weights: Weights | null = null;

export function getLexicon(): Lexicon {
  return (lexicon ??= unpackLexicon(lexiconData as PackedLexicon));
}

export function getWeights(): Weights {
  return (weights ??= unpackWeights(modelData as unknown as PackedWeights));
}
