// What every step of the person recognizer reads: the text's name tokens, the lexicon, the document-level
// evidence and the tagger's tags, computed once per text.
import type { Span } from '../types';
import { docEvidence, nameTokens, type Lexicon, type NameTok } from '../names-features';
import { docLowerWords, tagTokens, weightScorer, type Weights } from '../names-tagger';
import { getLexicon, getWeights } from '../lexicon';

export interface PeopleOptions {
  lexicon?: Lexicon;
  weights?: Weights;
  /** Added to the tagger's "begins a name" score: higher finds more names, less precisely. */
  biasBegin?: number;
}

/** News text names people more often than the training mix (Wikipedia, social media): lean toward names. */
const BIAS_BEGIN = 3;

/** A name's tokens: toks[a..b], both inclusive. */
export interface Mention {
  a: number;
  b: number;
  /**
   * Found by the structure of a list or table (a line-up, a results row): no lone-word doubt drops it.
   * Always set (false when not): mentions of one hidden class keep the steps' optimized code on one map.
   */
  listed: boolean;
}

export interface PeopleDoc {
  text: string;
  toks: NameTok[];
  lex: Lexicon;
  /** Document-level evidence per capitalized word (DOC_* bits of names-features.ts). */
  ev: Map<string, number>;
  /** The tagger's tag per token: 0 outside, 1 begins a name, 2 continues one. */
  tags: Int8Array;
  /** The words the text writes in lower case somewhere (the tagger's, kept for the steps). */
  lower: Set<string>;
}

/** One step of the recognizer: the mentions so far in, the mentions after this step out. */
export type Step = (doc: PeopleDoc, mentions: Mention[]) => Mention[];

export function readDoc(text: string, sentences: Span[], opts: PeopleOptions = {}): PeopleDoc {
  const lex = opts.lexicon ?? getLexicon();
  const weights = opts.weights ?? getWeights();
  const toks = nameTokens(text, sentences, lex);
  const ev = docEvidence(text, toks, lex);
  const lower = docLowerWords(toks);
  const tags = tagTokens(
    text,
    toks,
    lex,
    weightScorer(weights, opts.biasBegin ?? BIAS_BEGIN),
    undefined,
    undefined,
    ev,
    lower,
  );
  return { text, toks, lex, ev, tags, lower };
}
