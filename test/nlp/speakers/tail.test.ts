// Attributions ending a quotation's sentence that name no person (utils/nlp/speakers/tail.ts).
import { describe, expect, it } from 'vitest';
import { nounAttributionAtSentenceEnd } from '../../../utils/nlp/speakers/tail';

/** The phrase and cue after the quotation that opens `text` (one sentence). */
function tail(text: string) {
  const close = text.indexOf('”');
  const a = nounAttributionAtSentenceEnd(text, close, text.length);
  return a && { phrase: text.slice(a.start, a.end), cue: a.cue };
}

describe('nounAttributionAtSentenceEnd', () => {
  it('takes a common-noun subject with its speech verb', () => {
    expect(tail('“single leading factor” contributing to this problem, the CDC says.')).toEqual({
      phrase: 'the CDC',
      cue: 'says',
    });
    expect(tail('“hundreds of millions” in savings, a spokesman for the chain said on Monday.')).toEqual({
      phrase: 'a spokesman for the chain',
      cue: 'said',
    });
  });

  it('takes the complement of "according to"', () => {
    expect(
      tail('“sickness, a falling tide” are thought to contribute, according to the Department of Conservation.'),
    ).toEqual({
      phrase: 'the Department of Conservation',
      cue: 'according to',
    });
  });

  it('finds nothing in a sentence that goes on to another quotation or names nobody', () => {
    expect(tail('“rules of the game” that shape the economy.')).toBeNull();
    expect(tail('“fast” and, the report says, “cheap.”')).toBeNull();
  });
});
