import { describe, expect, it } from 'vitest';
import { wordCount, words, wordsUpTo } from '../../utils/nlp/quotes/words';

describe("a quotation's words (quotes/words.ts)", () => {
  it.each([
    ['', []],
    ['a disaster', ['a', 'disaster']],
    ["it's the U.S.-led plan", ["it's", 'the', 'U.S.-led', 'plan']],
    // two Chinese or Japanese characters count as a word
    ['我们不会放弃', ['我们', '不会', '放弃']],
    ['“Nous ne céderons pas”', ['Nous', 'ne', 'céderons', 'pas']],
  ])('%s', (s, expected) => {
    expect(words(s)).toEqual(expected);
    expect(wordCount(s)).toBe(expected.length);
  });

  it.each([
    ['one two three', 3, ['one', 'two', 'three']],
    ['one two three four', 3, null],
    ['我们不会放弃', 2, null],
  ])('wordsUpTo(%s, %i) stops past the limit', (s, max, expected) => {
    expect(wordsUpTo(s, max)).toEqual(expected);
    // the shared regex is left ready for the next call
    expect(wordCount('x y')).toBe(2);
  });
});
