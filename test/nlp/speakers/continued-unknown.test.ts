// A quotation that is wholly a continuation of the one before (the next paragraph opening with a quotation
// mark, or only the attribution between them in one paragraph, and no cue of its own) carries that quotation's
// speaker even when the attribution could not be resolved to anyone (utils/nlp/speakers/rank.ts `walkQuotes`).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

/** Each quotation's speaker as `kind [words]`, or null. */
function speakers(text: string): (string | null)[] {
  return analyzeText(text).quotes.map((q) =>
    q.speaker ? `${q.speaker.kind} [${text.slice(q.speaker.start, q.speaker.end)}]` : null,
  );
}

describe('continuation of an unresolved attribution', () => {
  it('carries "She" over paragraphs that open with a quotation mark', () => {
    const text =
      'She said: “We have waited too long for this bridge.”\n\n“The money is there and the plans are ready.”\n\n“Now we need the council to act.”';
    expect(speakers(text)).toEqual(['unknown [She]', 'unknown [She]', 'unknown [She]']);
  });

  it('carries it within a paragraph when only the attribution separates the two', () => {
    const text = '“We have waited too long,” she said. “Now we need the council to act.”';
    expect(speakers(text)).toEqual(['unknown [she]', 'unknown [she]']);
  });

  it('stops at a paragraph that is not a quotation', () => {
    const text =
      'She said: “We have waited too long for this bridge.”\n\nThe council meets on Thursday.\n\n“Now we need the council to act.”';
    expect(speakers(text)).toEqual(['unknown [She]', null]);
  });

  it('not from one quotation to the next with nothing between them (a turn of a dialogue)', () => {
    const text = 'She said: “We have waited too long.” “Is that why you left?” The door closed.';
    expect(speakers(text)[1]).toBeNull();
  });

  it('not to the next paragraph when no colon introduced the quotation (a turn of a dialogue)', () => {
    const text = '“We have waited too long,” she said.\n\n“Then why did you leave?”';
    expect(speakers(text)).toEqual(['unknown [she]', null]);
  });

  it('stops at a quotation with a cue of its own', () => {
    const text =
      'She said: “We have waited too long for this bridge.”\n\n“It will not be built this year,” a council spokesman replied.';
    expect(speakers(text)[1]).not.toBe('unknown [She]');
  });
});
