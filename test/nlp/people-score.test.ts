import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../utils/nlp/sentences';
import { getLexicon, getWeights } from '../../utils/nlp/lexicon';
import { contextFeatures, docEvidence, isCandidate, nameTokens } from '../../utils/nlp/names-features';
import { docLowerWords, prevTagFeatures, tagTokens, weightScorer } from '../../utils/nlp/names-tagger';
import { ContextScorer, splitWeights } from '../../utils/nlp/names-score';

const SEED = fileURLToPath(new URL('../fixtures/seed/sanders-campaign-letter-2018-12-30.txt', import.meta.url));

const TEXT =
  readFileSync(SEED, 'utf8') +
  '\n\nWASHINGTON (AP) — Sen. Bernie Sanders (I-Vt.) met Dr. Ana de la Vega, J. K. Rowling and Park Joo-Ho. ' +
  "Mr. O'Rourke's aides said | nothing = Ford Motor Co. shares rose.";

describe('fast context scoring', () => {
  it('gives exactly the scores of the feature strings, for every candidate and previous tag', () => {
    const lex = getLexicon();
    const w = getWeights();
    const toks = nameTokens(TEXT, splitSentences(TEXT), lex);
    const ev = docEvidence(TEXT, toks, lex);
    const docLower = docLowerWords(toks);
    const fast = new ContextScorer(splitWeights(w));
    let checked = 0;
    for (let i = 0; i < toks.length; i++) {
      if (!isCandidate(toks, i)) continue;
      for (const prev of [-1, 0, 1, 2]) {
        const slow = new Float64Array(3);
        for (const f of [...contextFeatures(toks, i, lex, docLower, ev), ...prevTagFeatures(prev, toks[i].shape)]) {
          const v = w.get(f);
          if (v) {
            slow[1] += v[0];
            slow[2] += v[1];
          }
        }
        const got = new Float64Array(3);
        fast.add(toks, i, lex, docLower, ev, prev, got);
        expect([...got]).toEqual([...slow]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('tags the same with and without the fast path', () => {
    const lex = getLexicon();
    const w = getWeights();
    const toks = nameTokens(TEXT, splitSentences(TEXT), lex);
    const fast = weightScorer(w, 3);
    const slow = { add: fast.add, addWord: fast.addWord }; // no addContext: features built as strings
    expect([...tagTokens(TEXT, toks, lex, fast)]).toEqual([...tagTokens(TEXT, toks, lex, slow)]);
    expect([...tagTokens(TEXT, toks, lex, fast)].filter((t) => t === 1).length).toBeGreaterThan(5);
  });
});
