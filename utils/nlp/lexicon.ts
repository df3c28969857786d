// Loads the shipped person-name lexicon and tagger weights once (built by scripts/build-lexicons.ts;
// sources and licenses in utils/nlp/data/README.md). Parsed lazily on first use and kept for the
// lifetime of the context (the background page loads it once per browser).
import lexiconData from './data/lexicon.json';
import modelData from './data/people-model.json';
import { LEX_COMMON, LEX_FIRST, LEX_NAME, LEX_NONPER, LEX_SURNAME, type Lexicon } from './names-features';
import type { Weights } from './names-tagger';

let lexicon: Lexicon | null = null;
let weights: Weights | null = null;

/** The lexicon from its shipped form: per list, lower-case words joined by '|'. */
export function unpackLexicon(d: Record<string, string>): Lexicon {
  const lex: Lexicon = new Map();
  const add = (packed: string | undefined, bit: number) => {
    if (!packed) return;
    for (const w of packed.split('|')) lex.set(w, (lex.get(w) ?? 0) | bit);
  };
  add(d.first, LEX_FIRST);
  add(d.name, LEX_NAME);
  add(d.nonper, LEX_NONPER);
  add(d.common, LEX_COMMON);
  add(d.surname, LEX_SURNAME);
  return lex;
}

/** The tagger weights from their shipped form. */
export function unpackWeights(d: { weights: Record<string, [number, number]> }): Weights {
  const w: Weights = new Map();
  const src = d.weights;
  for (const k in src) w.set(k, src[k]);
  return w;
}

export function getLexicon(): Lexicon {
  return (lexicon ??= unpackLexicon(lexiconData as unknown as Record<string, string>));
}

export function getWeights(): Weights {
  return (weights ??= unpackWeights(modelData as unknown as { weights: Record<string, [number, number]> }));
}
