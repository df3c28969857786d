// Greedy left-to-right decoding of the person-name tagger (a linear model over the features of
// names-features.ts). Tags: 0 outside, 1 begins a name, 2 continues one. Only candidate tokens
// (capitalized words, initials, particles between them) are scored, which keeps the cost per article low.
import {
  adjacent,
  contextFeatures,
  docEvidence,
  isCandidate,
  staticFeatures,
  wordFeatures,
  type Lexicon,
  type NameTok,
} from './names-features';
import { ContextScorer, splitWeights } from './names-score';

/** Per feature: score of "begin" and "continue" relative to "outside" (outside is 0 by construction). */
export type Weights = Map<string, [number, number]>;

export interface Scorer {
  /** Adds the weights of `feats` to `acc` ([outside, begin, continue]). */
  add(feats: string[], acc: Float64Array): void;
  /** Optional fast path: adds the weights of the word's own features (cached per word). */
  addWord?(t: NameTok, lex: Lexicon, acc: Float64Array): void;
  /** Optional fast path: adds the context and previous-tag features of token i without building them. */
  addContext?(
    toks: NameTok[],
    i: number,
    lex: Lexicon,
    docLower: Set<string>,
    ev: Map<string, number> | undefined,
    prev: number,
    acc: Float64Array,
  ): void;
}

/** The summed weights of a word's own features for one shape (begin, continue); the word's other shapes follow. */
interface WordScore {
  shape: string;
  b: number;
  c: number;
  next: WordScore | undefined;
}

// One scorer per weight table and bias, kept across documents so the per-word cache is shared.
const scorers = new WeakMap<Weights, Map<number, Scorer>>();

export function weightScorer(w: Weights, biasB = 0): Scorer {
  let byBias = scorers.get(w);
  if (!byBias) scorers.set(w, (byBias = new Map()));
  let s = byBias.get(biasB);
  if (!s) byBias.set(biasB, (s = makeScorer(w, biasB)));
  return s;
}

function makeScorer(w: Weights, biasB: number): Scorer {
  let ctx: ContextScorer | null = null; // built on first use
  const add = (feats: string[], acc: Float64Array) => {
    for (let k = 0; k < feats.length; k++) {
      const v = w.get(feats[k]);
      if (v) {
        acc[1] += v[0];
        acc[2] += v[1];
      }
    }
  };
  // The word-only part of the score depends on the word (norm and shape) and the lexicon alone: computed
  // once per word, kept across documents. Keyed by the word, then a short list of its shapes (mostly one):
  // one Map lookup per token and no key string built.
  let cache = new Map<string, WordScore>();
  let cacheLex: Lexicon | null = null;
  let size = 0;
  const tmp = new Float64Array(3);
  return {
    add,
    addWord(t, lex, acc) {
      if (lex !== cacheLex || size > 50_000) {
        cache = new Map();
        cacheLex = lex;
        size = 0;
      }
      const first = cache.get(t.norm);
      let s = first;
      while (s !== undefined && s.shape !== t.shape) s = s.next;
      if (s === undefined) {
        tmp[1] = tmp[2] = 0;
        add(wordFeatures(t, lex), tmp);
        s = { shape: t.shape, b: tmp[1], c: tmp[2], next: first };
        cache.set(t.norm, s);
        size++;
      }
      acc[1] += s.b + biasB;
      acc[2] += s.c;
    },
    addContext(toks, i, lex, docLower, ev, prev, acc) {
      (ctx ??= new ContextScorer(splitWeights(w))).add(toks, i, lex, docLower, ev, prev, acc);
    },
  };
}

/** Lower-case words written in lower case somewhere in the document ("despite" → "Despite" is not a name). */
export function docLowerWords(toks: NameTok[]): Set<string> {
  const s = new Set<string>();
  for (const t of toks) if (t.kind === 1 && t.cap === 0) s.add(t.norm);
  return s;
}

export function prevTagFeatures(prev: number, shape: string): string[] {
  return ['pt=' + prev, 'pt=' + prev + '|' + shape];
}

/**
 * Tags every token: -1 not a candidate, else 0/1/2. `onToken` lets the trainer see each decision
 * (features, predicted tag) and supply the tag to carry forward (gold during training).
 */
export function tagTokens(
  text: string,
  toks: NameTok[],
  lex: Lexicon,
  scorer: Scorer,
  onToken?: (i: number, feats: string[], predicted: number) => number,
  /** Training only: edits the features before scoring (feature dropout). */
  mutate?: (feats: string[]) => void,
  evidence?: Map<string, number>,
  /** The text's lower-case words (docLowerWords), when the caller keeps them for later steps. */
  lower?: Set<string>,
): Int8Array {
  const tags = new Int8Array(toks.length).fill(-1);
  const docLower = lower ?? docLowerWords(toks);
  const ev = evidence ?? docEvidence(text, toks, lex);
  const acc = new Float64Array(3);
  let prevCand = -1;
  for (let i = 0; i < toks.length; i++) {
    if (!isCandidate(toks, i)) continue;
    const prev = prevCand >= 0 && prevCand === i - 1 && adjacent(text, toks[prevCand], toks[i]) ? tags[prevCand] : -1;
    const fast = !onToken && !mutate && scorer.addWord;
    acc[0] = acc[1] = acc[2] = 0;
    let feats: string[] = [];
    if (fast && scorer.addContext) {
      scorer.addWord!(toks[i], lex, acc);
      scorer.addContext(toks, i, lex, docLower, ev, prev, acc);
    } else {
      feats = fast ? contextFeatures(toks, i, lex, docLower, ev) : staticFeatures(toks, i, lex, docLower, ev);
      const pf = prevTagFeatures(prev, toks[i].shape);
      feats.push(pf[0], pf[1]);
      if (mutate) mutate(feats);
      if (fast) scorer.addWord!(toks[i], lex, acc);
      scorer.add(feats, acc);
    }
    let best = acc[1] > acc[0] ? 1 : 0;
    if (prev > 0 && acc[2] > acc[best]) best = 2;
    tags[i] = onToken ? onToken(i, feats, best) : best;
    prevCand = i;
  }
  return tags;
}
