// The fast path's page-wide answers (rules.ts) agree with the per-element DOM questions they replace.
import { describe, expect, it } from 'vitest';
import { BlockedTree, DIV_BLOCKS, PageText, elementsBelow, findByline } from '../../utils/article/rules';
import { doc, fixture, page, prose } from './helpers';

const pages = () => [
  doc(fixture('news-jsonld')),
  doc(
    page(
      `<div><a href="#x">Top</a><div><p>${prose(1)}<a href="/a">a link</a></p></div><ul><li><a href="/b">b</a></li></ul></div>`,
    ),
  ),
];

describe('PageText', () => {
  it('lists the body elements in document order, as querySelectorAll("*") does', () => {
    for (const d of pages()) expect(elementsBelow(d.body)).toEqual(Array.from(d.body.querySelectorAll('*')));
  });

  it('answers hasBlocks as querySelector(DIV_BLOCKS) does, for every element', () => {
    for (const d of pages()) {
      const t = new PageText(d.body);
      for (const el of t.elements) expect(t.hasBlocks(el)).toBe(el.querySelector(DIV_BLOCKS) !== null);
    }
  });

  it('gives each element the link density of a walk over its own links', () => {
    for (const d of pages()) {
      const t = new PageText(d.body);
      for (const el of [d.body, ...t.elements]) {
        let links = 0;
        for (const a of Array.from(el.getElementsByTagName('a'))) {
          const href = a.getAttribute('href');
          links += t.of(a).length * (href && href.length > 1 && href[0] === '#' ? 0.3 : 1);
        }
        const len = t.of(el).length;
        expect(t.linkDensity(el)).toBe(len ? links / len : 0);
      }
    }
  });
});

describe('findByline', () => {
  const byline = (body: string) => {
    const d = doc(page(body));
    return findByline(elementsBelow(d.body), new BlockedTree(d.body))?.textContent ?? null;
  };

  it('takes rel=author, itemprop and class or id tails, as the selector it replaces did', () => {
    expect(byline('<p>Text</p><a rel="author" href="/a">Ana Ruiz</a>')).toBe('Ana Ruiz');
    expect(byline('<span itemprop="author">Ana Ruiz</span>')).toBe('Ana Ruiz');
    expect(byline('<div class="post  Author-name">Ana Ruiz</div>')).toBe('Ana Ruiz');
    expect(byline('<div id="story-byline">By Ana Ruiz</div>')).toBe('By Ana Ruiz');
  });

  it('passes over other attributes, hidden candidates and long ones', () => {
    expect(byline('<div data-author="x">Ana Ruiz</div>')).toBeNull();
    expect(byline('<div class="byline" hidden>Ana Ruiz</div><div class="byline">Luis Vega</div>')).toBe('Luis Vega');
    expect(byline(`<div class="author-bio">${'A long biography. '.repeat(10)}</div>`)).toBeNull();
  });
});
