// What the background accepts for analysis (entrypoints/background/input.ts): the text cut to
// MAX_ANALYZE_CHARS without splitting a word, metadata reduced to short strings.
import { describe, expect, it } from 'vitest';
import { boundedInput, cutText, MAX_META_CHARS } from '../../entrypoints/background/input';
import { MAX_ANALYZE_CHARS } from '../../utils/messaging';

describe('boundedInput', () => {
  it('passes an ordinary article through unchanged', () => {
    const meta = {
      title: 'T',
      byline: 'By A',
      publisher: 'P',
      publishedAt: '2026-01-02',
      url: 'https://a.example/x',
      language: 'en',
    };
    expect(boundedInput({ text: 'Some text.', meta })).toEqual({ text: 'Some text.', meta });
  });

  it('cuts a text over the cap at a space: a prefix, so the offsets still index the page text', () => {
    const big = 'word '.repeat(MAX_ANALYZE_CHARS);
    const cut = boundedInput({ text: big, meta: {} }).text;
    expect(cut.length).toBeLessThanOrEqual(MAX_ANALYZE_CHARS);
    expect(cut.length).toBeGreaterThan(MAX_ANALYZE_CHARS - 1_000);
    expect(big.startsWith(cut)).toBe(true);
    expect(cut.endsWith('word')).toBe(true);
    // No space anywhere near the end: cut at the cap itself.
    expect(cutText('x'.repeat(MAX_ANALYZE_CHARS + 5)).length).toBe(MAX_ANALYZE_CHARS);
  });

  it('turns what is not a string into empty text or null, and shortens a megabyte of metadata', () => {
    const r = boundedInput({ text: 42, meta: { title: ['x'], byline: 'b'.repeat(1_000_000), url: null } });
    expect(r.text).toBe('');
    expect(r.meta.title).toBeNull();
    expect(r.meta.byline?.length).toBe(MAX_META_CHARS);
    expect(boundedInput({ text: 'x', meta: 'nonsense' }).meta.url).toBeNull();
  });
});
