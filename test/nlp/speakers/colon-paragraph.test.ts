// `Jones told the players: ¶ "…"`: a person named as the subject of the sentence before, which ends with a colon
// introducing the quotation in the next paragraph, is its speaker whatever the ranker's confidence
// (utils/nlp/speakers/rank.ts `namedAtMarks`).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';
import { PersonIndex } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { SPEAKER_MODEL } from '../../../utils/nlp/speakers/model';
import { attributeSpeakers } from '../../../utils/nlp/speakers/rank';

/** Each quotation's speaker (person name, or kind and words), ranked with an abstention threshold of 0.99. */
function unsure(text: string): string[] {
  const a = analyzeText(text);
  const sentences = splitSentences(text);
  attributeSpeakers(text, a.quotes, sentences, new PersonIndex(text, a.people, sentences), {
    ...SPEAKER_MODEL,
    abstainBelow: 0.99,
  });
  return a.quotes.map((q) =>
    !q.speaker
      ? 'none'
      : q.speaker.personId
        ? q.speaker.name!
        : `${q.speaker.kind} ${text.slice(q.speaker.start, q.speaker.end)}`,
  );
}

const INTRO = 'Tom Reed owns the club and Sarah Jones coaches it.\n\n';
const QUOTE = '"It was a good day for the club and for the fans who came."';

describe('a colon ending the sentence before a quotation paragraph', () => {
  it('gives the person it names', () => {
    expect(unsure(`${INTRO}Jones told the players:\n\n${QUOTE}`)).toEqual(['Sarah Jones']);
    expect(unsure(`${INTRO}The club had a hard year, and on Monday Jones told the players:\n\n${QUOTE}`)).toEqual([
      'Sarah Jones',
    ]);
  });

  it('leaves a phrase naming no person to the ranker', () => {
    expect(unsure(`${INTRO}The statement from the board read:\n\n${QUOTE}`)).not.toContain('Sarah Jones');
    expect(unsure(`${INTRO}The statement from the board read:\n\n${QUOTE}`)[0]).not.toMatch(/^organization/);
  });
});
