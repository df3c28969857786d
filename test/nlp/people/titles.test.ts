import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { trimTitleWords } from '../../../utils/nlp/people/titles';
import { splitSentences } from '../../../utils/nlp/sentences';
import { at, doc, show } from './_doc';

describe('people step: trimTitleWords', () => {
  it('starts a name after its titles', () => {
    const d = doc('Home Secretary Suella Braverman spoke.');
    expect(show(d, trimTitleWords(d, [at(d, 'Home Secretary Suella Braverman')]))).toEqual(['Suella Braverman']);
  });

  it('drops a name that is only a company and a title, or only a weekday', () => {
    const d = doc('The Apple CEO spoke on Monday.');
    expect(trimTitleWords(d, [at(d, 'Apple CEO'), at(d, 'Monday')])).toEqual([]);
  });

  it('keeps a suffix after a title word, and a sentence-opening adverb out', () => {
    const d = doc('Martin Luther King Jr. spoke. Meanwhile Volodymyr Zelensky thanked them.');
    const ms = [at(d, 'Martin Luther King Jr.'), at(d, 'Meanwhile Volodymyr Zelensky')];
    expect(show(d, trimTitleWords(d, ms))).toEqual(['Martin Luther King Jr.', 'Volodymyr Zelensky']);
  });

  it('starts a name after a nationality', () => {
    const d = doc('Dutchman Erik Breukink won; Swiss Alex Zülle was second.');
    const ms = [at(d, 'Dutchman Erik Breukink'), at(d, 'Swiss Alex Zülle')];
    expect(show(d, trimTitleWords(d, ms))).toEqual(['Erik Breukink', 'Alex Zülle']);
  });

  it('keeps a creed word that is also a given name before a surname', () => {
    const d = doc('Christian Cullen scored; Christian Democrats met.');
    const ms = [at(d, 'Christian Cullen'), at(d, 'Christian Democrats')];
    expect(show(d, trimTitleWords(d, ms))).toEqual(['Christian Cullen', 'Democrats']);
  });

  it("finds the name after a British councillor's abbreviated title", () => {
    const text = "The council's adult social care lead, Cllr Jan Whitfield, admitted that not all of those will suit.";
    expect(findPeople(text, splitSentences(text)).map((p) => p.name)).toEqual(['Jan Whitfield']);
  });

  it('starts a name after a family word written as a title', () => {
    const d = doc('Aunt Miranda came to stay, and Uncle Joe Walsh drove. Mother Jones ran it.');
    const ms = [at(d, 'Aunt Miranda'), at(d, 'Uncle Joe Walsh'), at(d, 'Mother Jones')];
    expect(show(d, trimTitleWords(d, ms))).toEqual(['Miranda', 'Joe Walsh', 'Mother Jones']);
  });

  it('finds the name after a family title in a whole text', () => {
    const text = 'The girl lives with her Aunt Miranda in Queens. Miranda works nights at a diner.';
    expect(findPeople(text, splitSentences(text)).map((p) => p.name)).toEqual(['Miranda']);
  });
});
