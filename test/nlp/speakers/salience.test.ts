// What makes a pronoun's referent salient (utils/nlp/speakers/candidates.ts) and what tells a person's gender
// (utils/nlp/coref.ts), on paragraphs from news.
import { describe, expect, it } from 'vitest';
import { PersonIndex, personGender } from '../../../utils/nlp/coref';
import { splitSentences } from '../../../utils/nlp/sentences';
import { candidatesOf } from '../../../utils/nlp/speakers/candidates';
import { Doc, siteOf } from '../../../utils/nlp/speakers/context';
import { personAt } from './_fixtures';
import type { Quote } from '../../../utils/nlp/types';

const person = personAt;

describe('pronoun referents', () => {
  it('marks the first person named in the pronoun’s paragraph as its topic', () => {
    const text =
      'Margaret Hamilton won an award in 2003.\n\nFetter, for her part, kept programming. She left her job. ' +
      'She took classes. "I got put off by a couple of interviews," she said.';
    const people = [
      person(text, 'p1', 'Margaret Hamilton', ['Margaret Hamilton']),
      person(text, 'p2', 'Ellen Fetter', ['Fetter']),
    ];
    const sentences = splitSentences(text);
    const doc = new Doc(text, sentences, new PersonIndex(text, people, sentences));
    const open = text.indexOf('"');
    const end = text.indexOf('"', open + 1);
    const q: Quote = { start: open + 1, end, text: text.slice(open + 1, end), speaker: null, cue: null };
    const topic = (key: string) =>
      candidatesOf(doc, siteOf(doc, q, -1), null, null, null)
        .find((c) => c.key === key)
        ?.evidence.some((e) => e.type === 'pronoun' && e.paraTopic);
    expect(topic('p:p2')).toBe(true);
    expect(topic('p:p1')).toBe(false);
  });
});

describe('personGender', () => {
  it('reads a gendered word of a descriptor', () => {
    const text = 'Parata and his son, Te Kaurinui Parata, were called in.';
    expect(
      personGender(text, person(text, 'p1', 'Te Kaurinui Parata', ['Te Kaurinui Parata'], ['his 22-year-old son'])),
    ).toBe('m');
    const plain = 'Parata and the striker Te Kaurinui Parata were called in.';
    expect(
      personGender(plain, person(plain, 'p1', 'Te Kaurinui Parata', ['Te Kaurinui Parata'], ['the striker'])),
    ).toBeNull();
  });

  it('reads a pronoun opening the next sentence when the person was the only one named', () => {
    const text = 'Nkechi Adeyemi runs the shelter. She opened it in 2001.';
    const p = person(text, 'p1', 'Nkechi Adeyemi', ['Nkechi Adeyemi']);
    const sentences = splitSentences(text);
    expect(new PersonIndex(text, [p], sentences).gender.get('p1')).toBe('f');
  });

  it.each([
    ['Judge Mrs Justice Lambert told jurors to go home.', 'Lambert', 'f'],
    ['Lord Justice Singh dismissed the appeal.', 'Singh', 'm'],
    ['Mrs Lambert told jurors to go home.', 'Lambert', 'f'],
  ])('reads a title before a British judge\'s "Justice": %s', (text, name, gender) => {
    expect(personGender(text, person(text, 'p1', name, [name]))).toBe(gender);
  });
});
