// Where the article lives (utils/page/region.ts): the background finds the article's element in the
// page's copy, the page layer finds the same element in the live page, skipping what the copy left
// out, and reading only that element maps the article exactly as reading the whole body does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractInert } from '../../entrypoints/background/inert';
import { runSteps } from '../../utils/page/align';
import { findRegion, regionElement, regionTextMapSteps, type ArticleRegion } from '../../utils/page/region';
import { serializePage } from '../../utils/page/serialize';
import { buildTextMap } from '../../utils/page/textmap';

// linkedom (the CLI's DOM): happy-dom's parser would try to load the pages' frames.
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const realPage = (name: string) =>
  readFileSync(join(__dirname, '..', 'fixtures', 'readability-pages', name, 'source.html'), 'utf8');

const P1 = 'The harbour council voted on Tuesday to build a new sea wall after a decade of debate.';
const P2 = 'Mayor Ana Ruiz said the wall would be finished before the winter storms of next year.';
const TEXT = `${P1}\n\n${P2}`;

/** A live page with what the copy leaves out before and around the article, and a teaser that repeats the lede. */
const LIVE = `<!doctype html><html><head><title>Wall</title></head><body>
<script>var a = 1;</script><style>p { color: red }</style><svg><text>icon</text></svg>
<header><nav><a href="/">Home</a></nav></header><template><p>later</p></template>
<main><script>var b = 2;</script><div class="story"><article><h1>Wall approved</h1><p>${P1}</p>
<svg><text>chart</text></svg><p>${P2}</p></article></div><aside><p>More news</p></aside></main>
<footer><p>Footer</p></footer></body></html>`;

describe('article region', () => {
  it('is found in the copy and names the same element in the live page, past what the copy left out', () => {
    const live = parse(LIVE);
    const region = findRegion(parse(serializePage(live)), TEXT)!;
    expect(region.tags).toEqual(['main', 'div', 'article']);
    expect(region.path).toEqual([1, 0, 0]); // header, main: the scripts, style, drawing and template do not count
    expect(region.coverage).toBe(1);
    expect(regionElement(live, region)).toBe(live.querySelector('article'));
  });

  it('maps the article from its region exactly as from the whole body (real news pages)', () => {
    let found = 0;
    for (const name of ['ars-1', 'herald-sun-1', 'lemonde-1', 'nytimes-1', 'wapo-2', 'tmz-1']) {
      const live = parse(realPage(name));
      const read = extractInert(serializePage(live), { url: `https://news.example/${name}`, forced: true }, parse);
      if (!read?.region) continue;
      found++;
      const text = read.text;
      const element = regionElement(live, read.region)!;
      expect(element, name).not.toBeNull();
      const whole = buildTextMap(live, text);
      const part = runSteps(regionTextMapSteps(live, text, read.region));
      expect(part.coverage, name).toBe(whole.coverage);
      expect(part.nodes, name).toBeLessThan(whole.nodes);
      for (let i = 0; i < text.length; i += 7) {
        const a = whole.point(i);
        const b = part.point(i);
        expect(b?.node === a?.node && b?.offset === a?.offset, `${name} at ${i}`).toBe(true);
      }
    }
    expect(found).toBe(6);
  }, 60_000);

  it('is the body (no region) when the article spans it, or nothing when the text is not there', () => {
    const doc = parse(`<html><body><p>${P1}</p><p>${P2}</p></body></html>`);
    expect(findRegion(doc, TEXT)).toBeNull();
    expect(findRegion(parse(LIVE), 'Words that are on no page at all, anywhere.')).toBeNull();
  });

  it('is not followed when the live page disagrees: another tag, a path that leads nowhere, or hostile values', () => {
    const live = parse(LIVE);
    const good: ArticleRegion = { path: [1, 0, 0], tags: ['main', 'div', 'article'], coverage: 1 };
    expect(regionElement(live, good)).not.toBeNull();
    expect(regionElement(live, { ...good, tags: ['main', 'div', 'section'] })).toBeNull();
    expect(regionElement(live, { ...good, path: [1, 0, 5] })).toBeNull();
    expect(regionElement(live, { ...good, path: [1, -1, 0] })).toBeNull();
    expect(regionElement(live, { ...good, path: [1, 0.5, 0] })).toBeNull();
    expect(regionElement(live, { ...good, path: 'x' as unknown as number[] })).toBeNull();
    expect(regionElement(live, { path: [], tags: [], coverage: 1 })).toBeNull();
    expect(regionElement(live, null)).toBeNull();
  });

  it("is found when what the page's <head> held opens the copy's body (a tracking image, an iframe)", () => {
    // The parse of the copy moves a <noscript> image or an iframe in the live <head> to the start
    // of the body: the copy's body has one child more before the article than the live body.
    const body = (extra: string) =>
      `<html><head><title>Wall</title></head><body>${extra}<div class="a"><article><p>Teaser: more news.</p></article></div>` +
      `<div class="story"><article><p>${P1}</p><p>${P2}</p></article></div>` +
      `<div class="c"><article><p>Footer.</p></article></div></body></html>`;
    const live = parse(body(''));
    const region = findRegion(parse(body('<img src="https://pixel.example/p.gif">')), TEXT)!;
    expect(region.path).toEqual([2, 0]);
    expect(region.tail).toBe(1);
    // From the start, the path names the third article (same tags): its text is not the article's.
    expect(regionElement(live, region)).toBe(live.querySelectorAll('article')[2]);
    const story = live.querySelector('.story article');
    const map = runSteps(regionTextMapSteps(live, TEXT, region));
    expect(map.coverage).toBe(1);
    expect(map.nodes).toBe(2); // the story's two paragraphs, not the whole body
    expect(map.point(0)?.node.parentElement?.parentElement).toBe(story);
    // Counted from the end alone when the path from the start leads nowhere.
    expect(regionElement(live, { ...region, path: [5, 0] })).toBe(story);
    expect(regionElement(live, { ...region, tail: -1, path: [5, 0] })).toBeNull();
  });

  it('falls back to the whole body when the region matches less than the copy did', () => {
    const live = parse(LIVE);
    // The aside names a real element, but the article's text is not in it.
    const aside: ArticleRegion = { path: [1, 1], tags: ['main', 'aside'], coverage: 1 };
    expect(regionElement(live, aside)).toBe(live.querySelector('aside'));
    const map = runSteps(regionTextMapSteps(live, TEXT, aside));
    expect(map.coverage).toBe(1);
    expect(map.point(0)?.node.parentElement).toBe(live.querySelector('article p'));
  });
});
