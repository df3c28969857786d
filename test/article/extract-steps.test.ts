import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article';
import { extractArticleInSteps, extractArticleSteps } from '../../utils/article/extract';
import { doc, fixture, page, prose } from './helpers';

// The content script extracts in steps (yielding to the page between them); the result must be
// the one extractArticle gives on the same document.
describe('extractArticleInSteps', () => {
  const count = () => {
    const c = { pauses: 0, pause: async () => void c.pauses++ };
    return c;
  };
  for (const name of ['news-jsonld', 'news-og']) {
    it(`gives extractArticle's result on ${name}, pausing between the fast path's stages`, async () => {
      const c = count();
      const url = 'https://news.example/a';
      const stepped = await extractArticleInSteps(doc(fixture(name)), { url }, c.pause);
      expect(stepped?.paragraphs.length).toBeGreaterThan(0);
      expect(stepped).toEqual(extractArticle(doc(fixture(name)), { url }));
      // After the metadata, after locating the container, after pruning it into blocks.
      expect(c.pauses).toBe(3);
    });
  }

  it("gives extractArticle's result when the fast path declines, pausing between the clone, the marks, Readability and the cleanup", async () => {
    // Under 500 characters of body text: the fast path leaves the page to Readability.
    const html = page(`<article><h1>Short</h1>${prose(2)}</article>`);
    const c = count();
    const stepped = await extractArticleInSteps(doc(html), {}, c.pause);
    expect(stepped?.paragraphs).toHaveLength(2);
    expect(stepped).toEqual(extractArticle(doc(html)));
    // The fast path's three, then one before each of the clone, the furniture marks,
    // Readability, its blocks and the cleanup.
    expect(c.pauses).toBe(8);
  });

  it('runs at once, as extractArticle, when driven without pauses', () => {
    const html = fixture('news-jsonld');
    const steps = extractArticleSteps(doc(html), {});
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(yields).toBe(3);
    expect(r.value).toEqual(extractArticle(doc(html)));
  });

  it('gives null where extractArticle does, without pausing when there is no document', async () => {
    const empty = doc(page('<nav><a href="/">Home</a></nav>'));
    expect(await extractArticleInSteps(empty, {}, async () => {})).toEqual(extractArticle(empty));
    let pauses = 0;
    const none = await extractArticleInSteps({} as Document, {}, async () => {
      pauses++;
    });
    expect(none).toBeNull();
    expect(pauses).toBe(0);
  });

  it('leaves the live document untouched', async () => {
    const d = doc(page(`<h1>Headline</h1>${prose(8)}`));
    const before = d.documentElement.outerHTML;
    expect(await extractArticleInSteps(d, {}, async () => {})).not.toBeNull();
    expect(d.documentElement.outerHTML).toBe(before);
  });
});
