import { describe, expect, it } from 'vitest';
import { addBurmeseNames } from '../../../utils/nlp/people/burmese-names';
import { stepOn } from './_doc';

/** Text, the mentions found before the step, the mentions after it. */
const ROWS: [string, string[], string[]][] = [
  // three or four syllables alone, two with a person's sign or an honorific
  ['The release of Aung San Suu Kyi was demanded.', [], ['Aung San Suu Kyi']],
  ['Daw Aung San Suu Kyi said it.', [], ['Aung San Suu Kyi']],
  ['Zaw Min Tun, the junta spokesman, said the vote would go ahead.', [], ['Zaw Min Tun']],
  ['Thein Sein said it.', [], ['Thein Sein']],
  // a part the tagger kept gives way to the whole name
  ['Kyaw Moe Tun, the ambassador, said it.', ['Moe Tun'], ['Kyaw Moe Tun']],
  // a longer name, syllables that are all words the lexicon knows, two syllables with no sign
  ['The Aung San Suu Kyi Foundation said it.', [], []],
  ['Win Than Min was on the menu.', [], []],
  ['The Thein Sein years ended.', [], []],
  ['Fans of San Francisco Min cheered.', [], []],
];

describe('people step: addBurmeseNames', () => {
  it.each(ROWS)('%s (found before: %j)', (text, before, after) => {
    expect(stepOn(addBurmeseNames, text, before)).toEqual(after);
  });
});
