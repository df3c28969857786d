import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article';
import { fastAttempt } from '../../utils/article/extract';
import { doc, fixture, page, prose } from './helpers';

// The fast path reads the article off the page without cloning it; it must give the Readability
// path's text where it is confident, and decline (so that Readability runs) where it is not.
function attempt(html: string) {
  const d = doc(html);
  const before = d.documentElement.outerHTML;
  const result = fastAttempt(d);
  expect(d.documentElement.outerHTML).toBe(before); // read-only
  return result;
}

const lines = prose(7).split('\n');
const [first, rest] = [lines.slice(0, 3), lines.slice(3)];
const newsPage = page(`
  <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <header><h1>Board delays housing vote</h1><p class="byline">By Jane Roe</p></header>
      <div class="article-body">
        ${first.join('\n')}
        <figure><img src="a.jpg"><figcaption>The old rail yard, seen from the bridge. (AP Photo/John Doe)</figcaption></figure>
        <aside class="newsletter-signup"><p>Get our morning newsletter in your inbox every day.</p></aside>
        <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        ${rest.join('\n')}
        <p style="display:none">Hidden text that no reader sees on the page at all, here.</p>
        <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Council approves new budget after long debate</a></li><li><a href="/b">Rail yard sale falls through for the second time</a></li></ul></div>
      </div>
    </article>
    <div class="sidebar"><p>Most read: a long list of other stories that are not this one at all.</p></div>
  </main>
  <footer><p>Copyright 2026 The Example Times. All rights reserved, everywhere, always.</p></footer>`);

describe('fast path', () => {
  it('is confident on a news page and leaves out the furniture', () => {
    const { article, declined } = attempt(newsPage);
    expect(declined).toBeNull();
    const text = article!.text;
    expect(article!.paragraphs).toHaveLength(7);
    expect(text).toContain('The county planning board met on Thursday');
    for (const furniture of [
      'Board delays housing vote',
      'Jane Roe',
      'rail yard, seen from the bridge',
      'morning newsletter',
      'Share on',
      'Hidden text',
      'Council approves',
      'Most read',
      'Copyright',
      'Home',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("gives the Readability path's paragraphs where it is confident", () => {
    for (const html of [newsPage, fixture('news-jsonld'), fixture('news-og'), fixture('news-microdata')]) {
      const fast = extractArticle(doc(html));
      const slow = extractArticle(doc(html), { fast: false });
      expect(fast?.paragraphs).toEqual(slow?.paragraphs);
      expect(fast?.meta).toEqual(slow?.meta);
    }
  });

  it('declines a short text (Readability retries with looser rules there)', () => {
    const html = page(`<article><h1>Short</h1>${prose(2)}</article>`);
    expect(attempt(html).declined).toBe('short');
    expect(extractArticle(doc(html))?.paragraphs).toHaveLength(2);
  });

  it('takes the whole body when the body itself scores best, as Readability does', () => {
    const html = page(
      `${prose(6)}<div class="related-links"><a href="/a">Council approves new budget after a long debate</a></div>`,
    );
    const { article, declined } = attempt(html);
    expect(declined).toBeNull();
    expect(article!.paragraphs).toHaveLength(6);
    expect(article!.paragraphs).toEqual(extractArticle(doc(html), { fast: false })?.paragraphs);
  });

  it('declines a page without paragraphs to score', () => {
    expect(attempt(page('<nav><a href="/">Home</a></nav>')).declined).toBe('no container');
  });

  it('declines a near tie between two unrelated containers', () => {
    const half = (h: string) => `<div class="half"><h2>${h}</h2><div class="story">${prose(6)}</div></div>`;
    const html = page(half('One') + half('Two'));
    expect(attempt(html).declined).toBe('near tie');
    expect(extractArticle(doc(html))?.paragraphs.length).toBeGreaterThan(0);
  });

  it('falls back to Readability when the fast path fails on an odd page', () => {
    const d = doc(newsPage);
    // the live page's body refuses the fast path's queries; the clone Readability reads is normal
    d.body.querySelectorAll = () => {
      throw new Error('odd page');
    };
    expect(extractArticle(d)?.paragraphs).toEqual(extractArticle(doc(newsPage), { fast: false })?.paragraphs);
  });

  it('takes a clear winner over a smaller rival', () => {
    const html = page(`<div class="story">${prose(8)}</div><div class="other"><p>${prose(1, 'span')}</p></div>`);
    const { article, declined } = attempt(html);
    expect(declined).toBeNull();
    expect(article!.paragraphs).toHaveLength(8);
  });

  it('joins a lead paragraph that sits beside the container', () => {
    const lead =
      'The plan, which has split the town for a year, now waits on a study of the road that serves the site.';
    const html = page(`<div class="wrap"><p class="lead">${lead}</p><div class="body">${prose(8)}</div></div>`);
    const { article, declined } = attempt(html);
    expect(declined).toBeNull();
    expect(article!.paragraphs[0]).toBe(lead);
  });
});
