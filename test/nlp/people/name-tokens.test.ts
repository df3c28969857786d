import { describe, expect, it } from 'vitest';
import { Cap, nameTokens } from '../../../utils/nlp/names-features';
import { getLexicon } from '../../../utils/nlp/lexicon';
import { splitSentences } from '../../../utils/nlp/sentences';

const toks = (text: string) => nameTokens(text, splitSentences(text), getLexicon());

describe('nameTokens', () => {
  it('splits a word glued from two names, the second marked glued', () => {
    const t = toks("Polls favour SandersO'Rourke now.");
    const i = t.findIndex((x) => x.norm === 'sanders');
    expect(t.slice(i, i + 2).map((x) => [x.norm, x.cap, x.glued])).toEqual([
      ['sanders', Cap.Title, false],
      ["o'rourke", Cap.Title, true],
    ]);
    expect(t.map((x) => x.glued).filter(Boolean)).toHaveLength(1);
  });

  it('keeps punctuation as its own tokens and a sentence opened by a quotation mark on its first word', () => {
    const t = toks('He left. "Mayor Ruiz spoke," said Sen. J. Smith.');
    const mayor = t.find((x) => x.norm === 'mayor')!;
    expect(mayor.sent0).toBe(true);
    const quote = t.find((x) => x.norm === '"')!;
    expect([quote.cap, quote.sent0, quote.shape, quote.glued]).toEqual([Cap.None, false, '', false]);
    // abbreviations and initials take their period along
    expect(t.filter((x) => x.norm === 'sen.' || x.norm === 'j.').map((x) => x.cap)).toEqual([Cap.Title, Cap.Initial]);
    expect(t.find((x) => x.norm === 'spoke')!.sent0).toBe(false);
  });
});
