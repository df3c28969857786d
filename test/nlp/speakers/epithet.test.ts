// "…," the pop star said: a bare description at the marks of the one person the text has named before it is that
// person whatever the ranker's confidence (utils/nlp/speakers/rank.ts `namedAtMarks`, pronoun evidence `named`).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { PersonIndex } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { SPEAKER_MODEL } from '../../../utils/nlp/speakers/model';
import { attributeSpeakers } from '../../../utils/nlp/speakers/rank';

/** The speaker's person name (or phrase) of each quotation, ranked with an abstention threshold of `abstain`. */
function speakers(text: string, abstain: number): (string | null)[] {
  const a = analyzeText(text);
  const sentences = splitSentences(text);
  attributeSpeakers(text, a.quotes, sentences, new PersonIndex(text, a.people, sentences), {
    ...SPEAKER_MODEL,
    abstainBelow: abstain,
  });
  return a.quotes.map((q) => (q.speaker?.personId ? q.speaker.name : null));
}

describe('a description at the marks of the one person named before', () => {
  it('is that person even when the ranker is unsure', () => {
    const text =
      'Taylor Swift played a three-hour set in Sydney.\n\nThe crowd cheered for minutes.\n\n' +
      '"This is only the beginning," the pop star said.';
    expect(speakers(text, 0.95)).toEqual(['Taylor Swift']);
  });

  it('is left to the ranker when two people were named before', () => {
    const text =
      'Taylor Swift and Travis Kelce arrived in Sydney.\n\nThe crowd cheered for minutes.\n\n' +
      '"This is only the beginning," the pop star said.';
    expect(speakers(text, 0.95)).toEqual([null]);
  });
});
