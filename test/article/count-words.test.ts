// countWords (the stats' word count) counts as text.match(…).length would, without the array of words.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../utils/article/analyzeDocument';

const byMatch = (t: string) => t.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['One word.', 2],
    ["Don't stop – it's 3.5 km to O'Hare.", 7],
    ['e-mail, U.S. and co-op', 4],
    ['东京 2024 ñandú', 3],
    ['--- ... !!', 0],
  ])('%j → %i', (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(countWords(text)).toBe(byMatch(text));
  });

  it('agrees with the array count on random text, call after call', () => {
    const chars = "ab Z9 '’.-,é東\n";
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 500; k++) {
      const t = Array.from({ length: Math.floor(rnd() * 40) }, () => chars[Math.floor(rnd() * chars.length)]).join('');
      expect(countWords(t), t).toBe(byMatch(t));
    }
  });
});
