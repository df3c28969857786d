// The one-walk index (element-index.ts) and the metadata's selectors as tests (meta-selectors.ts) give
// the DOM's own answers (linkedom, the CLI's DOM), and extraction with the index (scriptDom) gives the
// same article as without it.
import { describe, expect, it } from 'vitest';
import { ElementIndex, SubtreeQueries, tagTest } from '../../utils/article/element-index';
import { metaSelectors } from '../../utils/article/meta-selectors';
import { extractArticle } from '../../utils/article';
import { elementsBelow } from '../../utils/article/rules';
import { doc, fixture, page, prose } from './helpers';

const PAGES: [string, string][] = [
  ['an article', page(prose(3) + '<div class="byline">By Ann Lee</div>' + prose(2, 'div'))],
  [
    "a template's content (querySelector does not look in; getElementsByTagName does)",
    page(
      '<template><p>x</p><time datetime="2020-01-01">t</time><h1>in a template</h1><img alt="a template image"></template>' +
        '<h1>Headline</h1><p>y</p><template><template><p>z</p></template></template>',
    ),
  ],
  [
    'metadata in the head and body',
    page(
      '<a rel="AUTHOR nofollow" href="/a">Ann</a><span itemprop="author"><b itemprop="name">Bo</b></span>' +
        '<div itemprop="Author">no</div><time datetime="2021-02-03">x</time><time>no</time>' +
        '<div itemprop="datePublished" content="2020-05-06"></div><h2 itemprop="headline">H</h2>',
      '<link rel="alternate  CANONICAL" href="https://x.test/a"><meta name="author" content="C">' +
        '<script type="application/ld+json">{}</script><script>var a;</script>',
    ),
  ],
  [
    'class names as written',
    page(
      '<div class="  By-Line  byline "><p>x</p></div><div class="mainBYLINEbox">y</div><div class="article-author x">z</div>' +
        '<div class="Byline-name">w</div><div class="author-name\tauthor-name">v</div><p class="">e</p>',
    ),
  ],
  [
    'tables, lists, headers',
    page(
      '<table><caption>c</caption><tr><td><p>a</p><img alt="x"><img></td></tr></table><ul><li>1<ol><li>2</li></ol></li></ul>' +
        '<header class="top"><h1>T</h1><p>by</p></header><header><h3>Sub</h3></header>',
    ),
  ],
  [
    'svg, embeds, an article body',
    page(
      '<svg><title>svg title</title><foreignObject><p>in svg</p></foreignObject></svg>' +
        '<section itemprop="articleBody"><iframe></iframe><embed><object></object><article><p>a</p></article></section>',
    ),
  ],
  ['a fixture page', fixture('news-microdata')],
];

// Each selector extraction asks the index, and the same as a test of one element.
const SELECTORS: [string, (e: Element) => boolean][] = [
  ['a[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]', metaSelectors.author],
  ['.byline, .by-line, .author-name, .byline-name, .article-author, [class*="byline" i]', metaSelectors.bylineClass],
  ['time[datetime], [itemprop="datePublished"]', metaSelectors.time],
  ['[itemprop="headline"]', metaSelectors.headline],
  ['link[rel~="canonical" i]', metaSelectors.canonical],
  ['img[alt]', (e) => e.localName.toLowerCase() === 'img' && e.hasAttribute('alt')],
  ['h1,h2,h3,h4,h5,h6', tagTest('h1,h2,h3,h4,h5,h6')],
  ['ul, ol', tagTest('ul, ol')],
  ['object, embed, iframe', tagTest('object, embed, iframe')],
  ['header', tagTest('header')],
  ['*', () => true],
];
/** No <html>, <head> or <body>: linkedom's root is the first element, with others beside it. */
const LOOSE = '<p>loose <b>text</b></p><script>1</script><meta name="a" content="b"><title>T</title>';
const TAGS = ['p', 'a', 'div', 'table', 'li', 'img', 'script', 'meta', 'title', 'h1'];

/** Depths below `root` by the DOM's own walk. */
function walkDepths(root: Element): { elements: number; depthSum: number; maxDepth: number } {
  let elements = 0;
  let depthSum = 0;
  let maxDepth = 0;
  const visit = (el: Element, d: number) => {
    for (const c of Array.from(el.children)) {
      elements++;
      depthSum += d;
      maxDepth = Math.max(maxDepth, d);
      visit(c, d + 1);
    }
  };
  visit(root, 1);
  return { elements, depthSum, maxDepth };
}

describe('ElementIndex gives the DOM’s answers', () => {
  it.each(PAGES)('%s', (_, html) => {
    const d = doc(html);
    const index = ElementIndex.of(d)!;
    expect(index).not.toBeNull();
    const q = new SubtreeQueries(index);
    for (const tag of TAGS) {
      expect(index.byTag(null, tag), tag).toEqual(Array.from(d.getElementsByTagName(tag)));
      expect(index.first(tag), tag).toBe(d.querySelector(tag));
    }
    for (const [sel, test] of SELECTORS) {
      expect(index.select(null, test), sel).toEqual(Array.from(d.querySelectorAll(sel)));
      expect(index.selectFirst(null, test), sel).toBe(d.querySelector(sel));
    }
    for (const el of index.all) {
      for (const tag of TAGS) {
        expect(q.count(el, tag)).toBe(el.getElementsByTagName(tag).length);
        expect(q.byTag(el, tag)).toEqual(Array.from(el.getElementsByTagName(tag)));
      }
      for (const [sel, test] of SELECTORS) {
        expect(q.all(el, sel, test), sel).toEqual(Array.from(el.querySelectorAll(sel)));
        expect(q.first(el, sel, test), sel).toBe(el.querySelector(sel));
      }
      expect(index.below(el)).toEqual(elementsBelow(el));
    }
    expect(index.depthsBelow(d.body)).toEqual(walkDepths(d.body));
  });

  it('declines a document with elements beside its first (no <html>): the DOM answers then', () => {
    expect(ElementIndex.of(doc(LOOSE))).toBeNull();
  });

  it('answers from the DOM for an element it did not walk', () => {
    const d = doc(page(prose(2)));
    const q = new SubtreeQueries(ElementIndex.of(d));
    const later = d.createElement('div');
    later.innerHTML = '<p>a</p><p>b</p>';
    expect([q.count(later, 'p'), q.all(later, 'p', tagTest('p')).length]).toEqual([2, 2]);
  });
});

describe('extraction reads the same article with the index as without it', () => {
  const pages: [string, string][] = [
    ...PAGES,
    ['no head, no body', LOOSE],
    ['a short page (Readability path)', page('<div class="related">Read more</div>' + prose(1))],
    ['furniture boxes (Readability path)', page('<div class="newsletter-box"><p>Sign up</p></div>' + prose(1))],
    ...['home', 'news-jsonld', 'news-microdata', 'news-og', 'search'].map((f): [string, string] => [f, fixture(f)]),
  ];
  it.each(pages)('%s', (_, html) => {
    const plain = extractArticle(doc(html), { consume: true });
    const indexed = extractArticle(doc(html), { consume: true, scriptDom: true });
    expect(JSON.stringify(indexed)).toBe(JSON.stringify(plain));
  });
});
