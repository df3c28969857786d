// Attributions ending a quotation's sentence that name no person (utils/nlp/speakers/tail.ts).
import { describe, expect, it } from 'vitest';
import { bareNameAtSentenceEnd, nounAttributionAtSentenceEnd } from '../../../utils/nlp/speakers/tail';

/** The phrase and cue after the quotation that opens `text` (one sentence). */
function tail(text: string) {
  const close = text.indexOf('”');
  const a = nounAttributionAtSentenceEnd(text, close, text.length);
  return a && { phrase: text.slice(a.start, a.end), cue: a.cue };
}

// [sentence opening with a quotation, the attributing phrase, its cue]
const TAKEN: [string, string, string][] = [
  // a common-noun subject with its speech verb
  ['“single leading factor” contributing to this problem, the CDC says.', 'the CDC', 'says'],
  ['“hundreds of millions” in savings, a spokesman for the chain said on Monday.', 'a spokesman for the chain', 'said'],
  // the complement of "according to"
  [
    '“sickness, a falling tide” are thought to contribute, according to the Department of Conservation.',
    'the Department of Conservation',
    'according to',
  ],
];

describe('nounAttributionAtSentenceEnd', () => {
  it.each(TAKEN)('reads %s', (text, phrase, cue) => {
    expect(tail(text)).toEqual({ phrase, cue });
  });

  it('finds nothing in a sentence that goes on to another quotation or names nobody', () => {
    expect(tail('“rules of the game” that shape the economy.')).toBeNull();
    expect(tail('“fast” and, the report says, “cheap.”')).toBeNull();
  });
});

describe('bareNameAtSentenceEnd', () => {
  const bare = (text: string) => {
    const close = text.indexOf('”');
    const a = bareNameAtSentenceEnd(text, close, text.length, text.slice(1, close));
    return a && text.slice(a.start, a.end);
  };

  it('takes a name, maybe described, that alone ends the sentence of a quotation ending in a comma', () => {
    expect(bare('“Buyers have simply gone away,” Rosa Lindqvist, an analyst at Credo.')).toBe('Rosa Lindqvist');
    expect(bare('“Buyers have simply gone away,” Rosa Lindqvist.')).toBe('Rosa Lindqvist');
  });

  it('takes nothing after a quotation that ends its own sentence, or before a verb', () => {
    expect(bare('“Buyers have simply gone away.” Rosa Lindqvist, an analyst at Credo.')).toBeNull();
    expect(bare('“Buyers have simply gone away,” Rosa Lindqvist warned.')).toBeNull();
  });
});
