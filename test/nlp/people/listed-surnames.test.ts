import { describe, expect, it } from 'vitest';
import { addLoneSurnames } from '../../../utils/nlp/people/listed-surnames';
import { doc, show } from './_doc';

describe('people step: addLoneSurnames', () => {
  it('adds a listed surname before a person verb or after "said"', () => {
    const d = doc('Erdogan said on Tuesday that talks would go on. "We will see," said Ozawa.');
    expect(show(d, addLoneSurnames(d, []))).toEqual(['Erdogan', 'Ozawa']);
  });

  it('adds a known name right after a family noun', () => {
    const d = doc('He lived there with his wife Grace until 1990.');
    expect(show(d, addLoneSurnames(d, []))).toEqual(['Grace']);
  });

  it('adds a known name right after an age, its number split off by the tokenizer', () => {
    const d = doc('There is little public affection for 52-year-old Grace, a former typist, or the 11-year-old Luke.');
    expect(show(d, addLoneSurnames(d, []))).toEqual(['Grace', 'Luke']);
  });

  it("adds a known name right before a noun a person's name modifies", () => {
    const d = doc('Critics of the Obama administration met angry Trump supporters.');
    expect(show(d, addLoneSurnames(d, []))).toEqual(['Obama', 'Trump']);
  });

  it('adds no unknown word nor a place before such a noun', () => {
    const d = doc('The Zyxwvq administration and Germany supporters met.');
    expect(addLoneSurnames(d, [])).toEqual([]);
  });

  it('adds nothing for a place before a verb', () => {
    const d = doc('Germany said on Tuesday that talks would go on.');
    expect(addLoneSurnames(d, [])).toEqual([]);
  });

  it.each([
    // a word the lexicon does not know, after an owner and a family noun
    ['She is survived by her husband Tadhg.', ['Tadhg']],
    // the names of a list after a plural family noun
    ['She leaves her daughters, Siobhán and Áine, and a son.', ['Siobhán', 'Áine']],
    // no owner: the French "son" is no family noun here
    ["La France est loin d'avoir son Veep.", []],
  ])('%s', (text, expected) => {
    const d = doc(text);
    expect(show(d, addLoneSurnames(d, []))).toEqual(expected);
  });

  it('keeps the last name of a kin list as a list item, which no lone-word doubt drops', () => {
    const d = doc('She leaves her daughters, Siobhán and Áine, and a son.');
    expect(addLoneSurnames(d, []).map((m) => m.listed)).toEqual([false, true]);
  });

  it("adds a known name that opens a sentence before such a noun, not a common word's capital", () => {
    const d = doc('Biden administration officials said they were not told. Campaign aides met.');
    expect(show(d, addLoneSurnames(d, []))).toEqual(['Biden']);
  });
});
