import { describe, expect, it } from 'vitest';
import { addBurmeseNames } from '../../../utils/nlp/people/burmese-names';
import { at, doc, show } from './_doc';

describe('people step: addBurmeseNames', () => {
  it.each([
    // three or four syllables alone, two with a person's sign or an honorific
    ['The release of Aung San Suu Kyi was demanded.', ['Aung San Suu Kyi']],
    ['Daw Aung San Suu Kyi said it.', ['Aung San Suu Kyi']],
    ['Zaw Min Tun, the junta spokesman, said the vote would go ahead.', ['Zaw Min Tun']],
    ['Thein Sein said it.', ['Thein Sein']],
  ])('adds a run of Burmese syllables: %s', (text, names) => {
    const d = doc(text);
    expect(show(d, addBurmeseNames(d, []))).toEqual(names);
  });

  it('replaces a part the tagger kept with the whole name', () => {
    const d = doc('Kyaw Moe Tun, the ambassador, said it.');
    expect(show(d, addBurmeseNames(d, [at(d, 'Moe Tun')]))).toEqual(['Kyaw Moe Tun']);
  });

  it.each([
    // a longer name, syllables that are all words the lexicon knows, two syllables with no sign
    'The Aung San Suu Kyi Foundation said it.',
    'Win Than Min was on the menu.',
    'The Thein Sein years ended.',
    'Fans of San Francisco Min cheered.',
  ])('adds nothing here: %s', (text) => {
    const d = doc(text);
    expect(show(d, addBurmeseNames(d, []))).toEqual([]);
  });
});
