import { describe, expect, it } from 'vitest';
import { alternatives, GAP, lazyHint } from '../../../utils/nlp/people/hints';

describe('people hints: a whole-text test before a step reads tokens', () => {
  it.each([
    [['de', 'della', "d'"], false, "della|de|d'"],
    [['kim', 'ng'], true, 'Kim|Ng'],
    [['st.', 'a+b'], false, 'st\\.|a\\+b'],
  ])('joins %j as alternatives (capitalized: %s), longest first and escaped', (words, cap, source) => {
    expect(alternatives(words, cap)).toBe(source);
  });

  it.each([
    ['Ana de la Cruz', true],
    ['Ana\u00a0de la Cruz', true],
    ['Ana-de', true],
    ['Ana   de', false],
    ['ana de', false],
  ])('finds a capitalized word and a particle written together in %j: %s', (text, found) => {
    const hint = lazyHint(() => `\\p{Lu}\\p{L}*${GAP}(?:de)(?!\\p{Ll})`);
    expect(hint(text)).toBe(found);
  });
});
