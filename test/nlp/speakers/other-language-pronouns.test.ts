// Pronoun subjects and subjects left out in news in another language than English (`Il a déclaré : «…»`,
// `"…", a-t-il lancé`, `"…", dijo él`, `"…", añadió.`, `"…," přiznal.`, `他说：“…”`): the speaker is the person
// the pronoun stands for (utils/nlp/speakers/other-language.ts).
import { describe, expect, it } from 'vitest';
import { otherPronoun } from '../../../utils/nlp/speakers/other-language';

describe('pronouns of another language', () => {
  // subject phrase -> the English pronoun read for it (null: none)
  const READING: [string, string | null][] = [
    ['il', 'he'],
    ['Elle', 'she'],
    ['ils', 'they'],
    ['él', 'he'],
    ['ela', 'she'],
    ['lui', 'he'],
    ['er', 'he'],
    ['hij', 'he'],
    ['ona', 'she'],
    // a speech verb with no subject: Czech past tells the gender, others not ('hs': he or she)
    ['řekl', 'he'],
    ['dodala', 'she'],
    ['uvedli', null],
    ['añadió', 'hs'],
    ['afirmou', 'hs'],
    ['señala', 'hs'],
    // first person, and words of no language's lists
    ['je', null],
    ['yo', null],
    ['Dupont', null],
    ['the', null],
  ];
  it.each(READING)('%s -> %s', (phrase, reading) => expect(otherPronoun(phrase)).toBe(reading));
});
