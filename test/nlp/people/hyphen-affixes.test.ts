import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { splitSentences } from '../../../utils/nlp/sentences';

/** Each person's name and the text of each of its mentions. */
const people = (text: string) =>
  findPeople(text, splitSentences(text)).map((p) => [p.name, p.mentions.map((m) => text.slice(m.start, m.end))]);

describe('people: a name ends at a hyphen before a listed word', () => {
  it.each([
    [
      'The Jeff Bezos-owned Washington Post cut 10 percent of its staff. Bezos said nothing.',
      [['Jeff Bezos', ['Jeff Bezos', 'Bezos']]],
    ],
    [
      'A Jean-Claude Juncker-era rule stayed, Juncker said.',
      [['Jean-Claude Juncker', ['Jean-Claude Juncker', 'Juncker']]],
    ],
  ])('%j', (text, want) => {
    expect(people(text)).toEqual(want);
  });

  it('keeps a hyphenated name whole when the word after the hyphen is not listed', () => {
    expect(people('Marie-Claire Dupont, a lawyer, said it.')).toEqual([
      ['Marie-Claire Dupont', ['Marie-Claire Dupont']],
    ]);
  });
});
