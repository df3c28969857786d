import { describe, expect, it } from 'vitest';
import { RepeatIndex } from '../../utils/article/repeats';
import { rng } from '../../scripts/lib/seeded-random';

describe('RepeatIndex', () => {
  it('finds a line inside a paragraph added before, cut mid-word at either end', () => {
    const idx = new RepeatIndex();
    idx.add('the council voted on tuesday to raise the harbor fees by four percent');
    expect(idx.contains('voted on tuesday to raise')).toBe(true);
    expect(idx.contains('uncil voted on tuesday to rai')).toBe(true);
    expect(idx.contains('voted on wednesday to raise')).toBe(false);
    // never across two paragraphs
    idx.add('a second paragraph');
    expect(idx.contains('four percent a second')).toBe(false);
  });

  it('answers as a search of the kept text does, for lines of three words or more (10,000 random cases)', () => {
    const next = rng(12);
    // short words that are pieces of each other ('ab', 'abc', 'cab'), so lines cut mid-word match in many ways;
    // each word and pair occurs fewer than 64 times before a line (the index's limit, tested below)
    const syllables = ['a', 'b', 'ab', 'c', 'ca', '1', '20'];
    const vocab = Array.from({ length: 40 }, (_, i) => syllables[i % 7] + syllables[Math.floor(i / 7) % 7]);
    const word = () => vocab[Math.floor(next() * vocab.length)];
    const text = (n: number) => Array.from({ length: n }, word).join(' ');
    let found = 0;
    for (let round = 0; round < 200; round++) {
      const idx = new RepeatIndex();
      const kept: string[] = [];
      for (let q = 0; q < 50; q++) {
        const line = text(3 + Math.floor(next() * 5));
        // cut a few letters off either end at times, as a pull quote cut mid-word would be
        const cut = next() < 0.3 ? line.slice(1, line.length - 1) : line;
        const words = cut.split(' ').filter(Boolean).length;
        const expected = kept.some((p) => p.includes(cut));
        if (words >= 3 && !cut.startsWith(' ') && !cut.endsWith(' ')) {
          expect(idx.contains(cut), `round ${round}: ${cut}`).toBe(expected);
          if (expected) found++;
        }
        const p = text(5 + Math.floor(next() * 15));
        idx.add(p);
        kept.push(p);
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it("checks the 64 latest places of a line's rarest inner word or pair: a line found only further back is kept", () => {
    const idx = new RepeatIndex();
    idx.add('one two three four');
    for (let i = 0; i < 64; i++) idx.add(`one two three x${i}`);
    expect(idx.contains('one two three x63')).toBe(true);
    expect(idx.contains('one two three four')).toBe(false);
    idx.add('one two three four');
    expect(idx.contains('one two three four')).toBe(true);
  });
});
