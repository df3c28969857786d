// @vitest-environment happy-dom
// The content script runs extraction on the live page: check it on a browser-like DOM too.
import { describe, expect, it } from 'vitest';
import { extractArticle, looksLikeArticle } from '../../utils/article';
import { fixture } from './helpers';

describe('extraction on a browser-like DOM (happy-dom)', () => {
  it('extracts the fixture article like linkedom does and leaves the page untouched', () => {
    const d = new DOMParser().parseFromString(fixture('news-jsonld'), 'text/html');
    const before = d.documentElement.outerHTML;
    expect(looksLikeArticle(d)).toBe(true);
    const a = extractArticle(d)!;
    expect(a.meta.title).toBe('Harbor council approves flood wall after decade of debate');
    expect(a.paragraphs[0]).toMatch(/^PORT ALDER/);
    expect(a.text).not.toContain('Waves break over the north pier');
    expect(a.text).not.toContain('Morning Tide');
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('rejects the home page', () => {
    expect(looksLikeArticle(new DOMParser().parseFromString(fixture('home'), 'text/html'))).toBe(false);
  });
});
