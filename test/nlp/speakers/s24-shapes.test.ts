// News shapes of session 24 (H1): a name the people finder missed, subject of the sentence before a 'she said',
// is a candidate for the pronoun (it-antecedent.ts missedNameBefore), and a referent of the pronoun's gender named
// far back is no longer given whatever the ranker's confidence (rank.ts namedAtMarks): on news Lede never saw, the
// people finder misses names, and the woman named five paragraphs up is then the wrong speaker.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/nlp/analyze';

const speakers = (text: string) =>
  analyzeText(text).quotes.map((q) => (q.speaker && q.speaker.kind !== 'unknown' ? q.speaker.name : 'none'));

const COUNCIL =
  '"We heard a lot tonight," said Maria Oduya, who chairs the transport committee.\n\n' +
  'The plan would remove about 140 parking spaces.\n\n' +
  '"Half my customers drive in from the hills," said Tom Brandvold, who runs a hardware store.\n\n' +
  'Mayor Dan Rourke, who backs the lane, was blunt: "Doing nothing is also a choice."\n\n' +
  'The transit authority said the lane would cut travel times by six minutes.\n\n';

describe('speakers of session 24 shapes', () => {
  it('a missed name, subject of the sentence before, is who "she" stands for, not a woman named far back', () => {
    const text =
      COUNCIL +
      'Not everyone who spoke was against the plan. Ana Lucero, a nurse who rides the 12 bus to work, said she ' +
      'wanted both. "I need the bus to be on time," she said.';
    expect(speakers(text).at(-1)).toBe('Ana Lucero');
  });

  it('a referent named within the last sentences is still given', () => {
    const text =
      COUNCIL +
      'Maria Oduya said a revised plan would be published in January.\n\n"People should read it first," she added.';
    expect(speakers(text).at(-1)).toBe('Maria Oduya');
  });

  it('a description of the sentence before is not read as a missed name', () => {
    const text =
      'Maria Oduya chairs the committee.\n\nThe plan would remove parking.\n\nA retired teacher from Hill Street was ' +
      'less patient. "Four days and not one message," she said.';
    expect(speakers(text).at(-1)).not.toBe('Maria Oduya');
  });
});
