import { describe, expect, it } from 'vitest';
import { countWords, WORD_RE } from '../../utils/nlp/summary/words';

// countWords counts what WORD_RE finds without building the words (candidates.ts, for the length budget): the same
// count as `s.match(WORD_RE)?.length ?? 0`.
describe('countWords counts the words WORD_RE finds', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['.,;:!? — … “” ()', 0],
    ['word', 1],
    ['Jane Smith, 45, said.', 4],
    ["O'Neill’s well-known co-pilot", 3],
    ['- dash -- and ’quote', 3],
    ['2026 is 3.5 times', 5],
    ['東京で会議が開かれた。', 1],
    ['東京 で 会議', 3],
    ['Ελλάδα και Türkiye', 3],
    ['\u{20000}\u{20001} 𝒜', 2],
    ['\ud800 lone', 1],
  ])('%j -> %i', (s, n) => {
    expect(countWords(s)).toBe(n);
    expect(countWords(s)).toBe(s.match(WORD_RE)?.length ?? 0);
  });

  it('gives the same count whatever was counted before, or whatever lastIndex WORD_RE was left at', () => {
    const long = 'one two three four five six seven eight nine ten';
    const short = 'alpha beta';
    const counts = [long, short, long, '', short].map((s) => countWords(s));
    WORD_RE.lastIndex = 5;
    counts.push(countWords(short));
    WORD_RE.lastIndex = 0;
    expect(counts).toEqual([10, 2, 10, 0, 2, 2]);
  });
});
