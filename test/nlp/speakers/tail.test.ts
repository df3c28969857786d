// Attributions ending a quotation's sentence that name no person (utils/nlp/speakers/tail.ts).
import { describe, expect, it } from 'vitest';
import { nounAttributionAtSentenceEnd } from '../../../utils/nlp/speakers/tail';

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
