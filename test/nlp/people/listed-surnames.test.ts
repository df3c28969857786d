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
});
