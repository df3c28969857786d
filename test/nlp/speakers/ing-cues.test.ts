// The -ing form of a speech verb attaches a quotation to the sentence's subject or to the noun phrase after
// "with" ('with the agency reporting "…"', 'the government recommending "…"'; utils/nlp/data/speaker-cues.json);
// after a possessive the -ing word is a noun ("the paper's reporting"), and so is "media reports", not an
// attribution (word-classes.ts `adjectival`).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const first = (text: string) => analyzeText(text).quotes[0];
const speakerText = (text: string) => {
  const s = first(text)?.speaker;
  return s ? text.slice(s.start, s.end) : null;
};

describe('-ing cue forms', () => {
  it('"with the agency reporting" names the agency', () => {
    const t = 'Claims fell again in May, with the agency reporting "a sharp drop in new cases" since the spring.';
    expect(speakerText(t)).toBe('the agency');
    expect(first(t)?.cue).toBe('reporting');
  });

  it('"the government recommending" names the government', () => {
    const t =
      'The forms must be filed in English, the government recommending "online translation tools" for those who need them.';
    expect(speakerText(t)).toBe('the government');
  });

  it('"joking" and "pleading" speak for the sentence subject', () => {
    expect(
      first('Mayor Dana Holt closed the meeting, joking "we will be here all night" as the clock passed ten.')?.speaker,
    ).toMatchObject({ kind: 'person', name: 'Dana Holt' });
    expect(
      first('Tom Reyes left the court on Friday, pleading "give me one more chance" to the judge.')?.speaker,
    ).toMatchObject({ kind: 'person', name: 'Tom Reyes' });
  });

  it('"reasoning" is the cue, not an earlier verb', () => {
    expect(first('The union answered the offer on Tuesday, reasoning "a deal now beats a strike later."')?.cue).toBe(
      'reasoning',
    );
  });

  it('"media reports" is a noun, not a cue', () => {
    const t = 'The form, which media reports put at 30 pages, "must be completed in English."';
    expect(first(t)?.cue).not.toBe('reports');
    expect(speakerText(t)).not.toBe('media');
    expect(first('The network reports "heavy fighting" near the border.')?.cue).toBe('reports');
  });

  it('an -ing word after a possessive is a noun', () => {
    expect(speakerText('The paper\'s reporting "was careless and unfair," the court found.')).toBeNull();
    expect(speakerText('The paper\'s warning "was careless and unfair," the court found.')).toBeNull();
  });
});
