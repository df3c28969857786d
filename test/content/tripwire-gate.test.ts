// The tripwire's "maybe an article?" (entrypoints/content/tripwire-gate.ts) against the page layer's
// gate (entrypoints/content/gate.ts), which decides for good: on every page the repository holds
// (the demo site, the fixtures, Readability's test pages and the bench's pages that are not
// articles), the tripwire says yes wherever the real gate does (unless the page declares itself a
// product, a forum thread, a video…), and no on the pages readers visit between articles, where a
// yes would load the page layer for nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../entrypoints/content/gate';
import { maybeArticle } from '../../entrypoints/content/tripwire-gate';
import { nonArticlePages } from '../../scripts/bench/pages/index';
import { doc, page, prose } from '../article/helpers';

const ROOT = join(__dirname, '..', '..');
const read = (...parts: string[]) => readFileSync(join(ROOT, ...parts), 'utf8');

const demo = readdirSync(join(ROOT, 'demo'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => [`demo/${f}`, read('demo', f)] as const);
const fixtures = readdirSync(join(ROOT, 'test', 'fixtures', 'pages'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => [`fixtures/${f}`, read('test', 'fixtures', 'pages', f)] as const);
const readability = readdirSync(join(ROOT, 'test', 'fixtures', 'readability-pages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => [`readability/${d.name}`, read('test', 'fixtures', 'readability-pages', d.name, 'source.html')] as const);
const bench = Object.entries(nonArticlePages()).map(([f, html]) => [`bench/${f}`, html] as const);

describe('tripwire gate', () => {
  /** Declares a main thing that is not an article, in JSON-LD or og:type. */
  const declaresOther = (html: string) =>
    /"@type"\s*:\s*"(Product|DiscussionForumPosting|VideoObject)"|og:type" content="(product|video)/.test(html);

  it.each([...demo, ...fixtures, ...readability, ...bench])('%s: yes wherever the real gate says yes', (_, html) => {
    const page = doc(html);
    if (isArticlePage(page) && !declaresOther(html)) expect(maybeArticle(page)).toBe(true);
  });

  it('the shop and forum pages are the only ones where it says no and the real gate yes', () => {
    const differ = [...demo, ...fixtures, ...readability, ...bench]
      .filter(([, html]) => isArticlePage(doc(html)) && !maybeArticle(doc(html)))
      .map(([name]) => name);
    expect(differ).toEqual(['bench/shop-product.html', 'bench/forum-thread.html']);
  });

  const notArticles: (readonly [string, string])[] = [
    ...bench,
    ['demo/index.html', read('demo', 'index.html')],
    ['demo/about.html', read('demo', 'about.html')],
  ];
  it.each(notArticles)('%s: no on a page that is not an article', (_, html) => {
    expect(maybeArticle(doc(html))).toBe(false);
  });

  it('yes on the demo articles and the fixtures that declare an article', () => {
    const articles = demo.filter(([name]) => !/index|about|reader/.test(name));
    expect(articles.length).toBeGreaterThan(3);
    for (const [, html] of articles) expect(maybeArticle(doc(html))).toBe(true);
    for (const name of ['news-jsonld', 'news-og', 'news-microdata']) {
      expect(maybeArticle(doc(read('test', 'fixtures', 'pages', `${name}.html`)))).toBe(true);
    }
  });

  it('reads each declaration: JSON-LD type (also in a list or @graph), og:type, microdata', () => {
    const ld = (json: string) => doc(page('<p>Short.</p>', `<script type="application/ld+json">${json}</script>`));
    expect(maybeArticle(ld('{"@type":"NewsArticle"}'))).toBe(true);
    expect(maybeArticle(ld('{"@graph":[{"@type":"WebPage"},{"@type": "BlogPosting"}]}'))).toBe(true);
    expect(maybeArticle(ld('{"@type":["Thing","http://schema.org/Report"]}'))).toBe(true);
    expect(maybeArticle(ld('{"@type":"WebSite","name":"Front"}'))).toBe(false);
    const og = (content: string) => doc(page('<p>Short.</p>', `<meta property="og:type" content="${content}">`));
    expect(maybeArticle(og(' Article '))).toBe(true);
    expect(maybeArticle(og('website'))).toBe(false);
    expect(
      maybeArticle(doc(page('<div itemscope itemtype="https://schema.org/NewsArticle"><p>Short.</p></div>'))),
    ).toBe(true);
  });

  it('a page that declares a product, a forum thread or a video is no, however long its text', () => {
    const ld = (type: string) => `<script type="application/ld+json">{"@type":"${type}","name":"X"}</script>`;
    for (const type of ['Product', 'DiscussionForumPosting', 'VideoObject']) {
      expect(maybeArticle(doc(page(`<div>${prose(8)}</div>`, ld(type))))).toBe(false);
    }
    expect(maybeArticle(doc(page(`<div>${prose(8)}</div>`, '<meta property="og:type" content="video.other">')))).toBe(
      false,
    );
    // An article that embeds a video is still an article.
    const both = '<script type="application/ld+json">{"@type":"NewsArticle","video":{"@type":"VideoObject"}}</script>';
    expect(maybeArticle(doc(page('<p>Short.</p>', both)))).toBe(true);
  });

  it('paragraphs: long prose yes, a few short lines no, many teaser cards no', () => {
    expect(maybeArticle(doc(page(`<div>${prose(8)}</div>`)))).toBe(true);
    expect(maybeArticle(doc(page('<p>Hello.</p><p>Sign in</p>')))).toBe(false);
    const cards = Array.from({ length: 6 }, (_, i) => `<article>${prose(2)} ${i}</article>`).join('');
    expect(maybeArticle(doc(page(cards)))).toBe(false);
  });

  it('no on a document without a body', () => {
    expect(maybeArticle(doc('<html></html>'))).toBe(false);
  });
});
