// Loads the shipped person-name lexicon and tagger weights once (built by scripts/build-lexicons.ts;
// sources and licenses in utils/nlp/data/README.md). Parsed lazily on first use and kept for the
// lifetime of the context (the background page loads it once per browser).
import lexiconData from './data/lexicon.json';
import modelData from './data/people-model.json';
import { LEX_COMMON, LEX_FIRST, LEX_NAME, LEX_NONPER, LEX_SURNAME, type Lexicon } from './names-features';
import type { Weights } from './names-tagger';

let lexicon: Lexicon | null = null;
let weights: Weights | null = null;

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const lex: Lexicon = new Map();
  const add = (packed: string, bit: number) => {
    if (!packed) return;
    for (const w of packed.split('|')) lex.set(w, (lex.get(w) ?? 0) | bit);
  };
  const d = lexiconData as unknown as Record<string, string>;
  add(d.first, LEX_FIRST);
  add(d.name, LEX_NAME);
  add(d.nonper, LEX_NONPER);
  add(d.common, LEX_COMMON);
  add(d.surname, LEX_SURNAME);
  return (lexicon = lex);
}

export function getWeights(): Weights {
  if (weights) return weights;
  const w: Weights = new Map();
  const src = (modelData as unknown as { weights: Record<string, [number, number]> }).weights;
  for (const k in src) w.set(k, src[k]);
  return (weights = w);
}
