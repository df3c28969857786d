// Loads the shipped person-name lexicon and tagger weights once (built by scripts/build-lexicons.ts;
// sources and licenses in utils/nlp/data/README.md), kept for the lifetime of the context (the
// background page loads them once per browser, the CLI once per process).
import lexiconData from './data/lexicon.json';
import modelData from './data/people-model.json';
import { LEX_COMMON, LEX_FIRST, LEX_NAME, LEX_NONPER, LEX_SURNAME, type Lexicon } from './names-features';
import type { Weights } from './names-tagger';

/** The lexicon's shipped form: per list, lower-case words sorted by code unit and joined by '|'. */
export type PackedLexicon = Partial<Record<'first' | 'name' | 'nonper' | 'common' | 'surname', string>>;

/** The tagger weights' shipped form: feature names joined by '\n'; per feature, two numbers in a row. */
export interface PackedWeights {
  features: string;
  weights: number[];
}

/** The shipped lists and the bit each sets. */
export const LISTS = [
  ['first', LEX_FIRST],
  ['name', LEX_NAME],
  ['nonper', LEX_NONPER],
  ['common', LEX_COMMON],
  ['surname', LEX_SURNAME],
] as const;

function inSorted(words: readonly string[], w: string): boolean {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = words[mid];
    if (m === w) return true;
    if (m < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The lexicon as a Map that fills itself on demand: a word's bits are found by binary search in the
 * sorted lists the first time it is asked for, then kept. Putting all ~44k words in a Map up front
 * cost more than a run's lookups (a one-sentence CLI run asks for a handful); size and iteration
 * still see every word, so it behaves as the whole Map would.
 */
export class SortedLexicon extends Map<string, number> {
  readonly #lists: readonly (readonly [string[], number])[];
  readonly #absent = new Set<string>();
  #complete = false;

  constructor(d: PackedLexicon) {
    super();
    this.#lists = LISTS.filter(([k]) => d[k]).map(([k, bit]) => [d[k]!.split('|'), bit] as const);
  }

  override get(w: string): number | undefined {
    const v = super.get(w);
    if (v !== undefined || this.#complete || this.#absent.has(w)) return v;
    let bits = 0;
    for (const [words, bit] of this.#lists) if (inSorted(words, w)) bits |= bit;
    if (bits) super.set(w, bits);
    else this.#absent.add(w);
    return bits || undefined;
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
    this.#absent.clear();
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
    this.#absent.clear();
    // words already here (looked up, or set by hand) keep their value
    const had = new Set(super.keys());
    for (const [words, bit] of this.#lists) {
      for (const w of words) if (!had.has(w)) super.set(w, (super.get(w) ?? 0) | bit);
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
