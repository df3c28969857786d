import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { addAfterDemonyms } from '../../../utils/nlp/people/demonym-names';
import { splitSentences } from '../../../utils/nlp/sentences';
import { at, doc, show } from './_doc';

const names = (t: string) =>
  findPeople(t, splitSentences(t)).flatMap((p) => p.mentions.map((m) => t.slice(m.start, m.end)));

describe('people step: addAfterDemonyms', () => {
  it('reads the two name words after a nationality as one name, the surname the tagger kept included', () => {
    const d = doc('He needed four sets to beat Czech Jiri Novak in the second round.');
    expect(show(d, addAfterDemonyms(d, [at(d, 'Novak')]))).toEqual(['Jiri Novak']);
    expect(show(d, addAfterDemonyms(d, []))).toEqual(['Jiri Novak']);
  });

  it('end to end, also after a sentence-opening "The"', () => {
    expect(names('Fourth seed Goran Ivanisevic needed four sets to beat Czech Jiri Novak on Tuesday.')).toEqual([
      'Goran Ivanisevic',
      'Jiri Novak',
    ]);
    expect(names('The Czech Jiri Novak beat him in straight sets.')).toEqual(['Jiri Novak']);
  });

  it('leaves companies, events, bodies and titles after a nationality alone', () => {
    for (const t of [
      'Shares of Czech Airlines fell, and Royal Dutch Shell rose.',
      'He won the French Open Tennis title. British Airways Plc said on Monday it would cut fares.',
      'The Brazilian Cycling Confederation met. American Express Co rose.',
      'The Dutch East India Company traded. Indian Ocean nations met.',
      'It is the tenth album from Japanese Punk Techno band The Mad Capsule Markets.',
    ])
      expect(names(t)).toEqual([]);
    expect(names('German Bundesbank President Hans Tietmeyer said rates would hold.')).toEqual(['Hans Tietmeyer']);
  });
});
