// The page's HTML without attributes nothing reads (utils/page/slim.ts): only inside tags, never on
// embeds, never in text or JSON-LD, and the background reads the same article, metadata, gate
// answer and region from it as from the whole HTML (the real news pages in the fixtures).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractInert } from '../../entrypoints/background/inert';
import { serializePage } from '../../utils/page/serialize';
import { slimHtml } from '../../utils/page/slim';
import { prunedWholeDocumentHtml } from './_pruned-html';

// linkedom (the CLI's DOM): happy-dom's parser would try to load the pages' frames.
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const PAGES = join(__dirname, '..', 'fixtures', 'readability-pages');

describe('slimHtml', () => {
  it('drops data-*, inline handlers, srcset and sizes from start tags and keeps every other attribute', () => {
    const html =
      '<div class="story" id="s1" data-track="a b" data-x="" onclick="go()" style="display:none" hidden>' +
      '<img src="a.png" alt="Quay" srcset="a2.png 2x" sizes="100vw" data-src="lazy.png">' +
      '<a href="#top" rel="author" onmouseover="x()">Ana</a></div>';
    expect(slimHtml(html)).toBe(
      '<div class="story" id="s1" style="display:none" hidden>' +
        '<img src="a.png" alt="Quay"><a href="#top" rel="author">Ana</a></div>',
    );
  });

  it('keeps every attribute of an embed (a video host in any of them keeps it in the article)', () => {
    const html =
      '<iframe data-src="https://www.youtube.com/embed/x" onload="f()"></iframe>' +
      '<object data-x="vimeo.com" data="v.swf"></object><embed data-src="v"><p data-a="1">x</p>';
    expect(slimHtml(html)).toBe(
      '<iframe data-src="https://www.youtube.com/embed/x" onload="f()"></iframe>' +
        '<object data-x="vimeo.com" data="v.swf"></object><embed data-src="v"><p>x</p>',
    );
  });

  it('never changes text or JSON-LD that reads like an attribute', () => {
    const text = '<p>Set data-theme="dark" and onclick="go()" on the &lt;div&gt; srcset="a 2x".</p>';
    const ld = '<script type="application/ld+json">{"description":"<b data-x=\\"1\\">bold</b>"}</script>';
    const comment = '<!-- data-x="1" -->';
    expect(slimHtml(text + ld + comment)).toBe(text + ld + comment);
  });

  it('gives the background the same article, metadata, gate answer and region (real news pages)', () => {
    const names = readdirSync(PAGES).filter((n) => existsSync(join(PAGES, n, 'source.html')));
    expect(names.length).toBeGreaterThanOrEqual(8);
    let full = 0;
    let slim = 0;
    for (const name of names) {
      const page = parse(readFileSync(join(PAGES, name, 'source.html'), 'utf8'));
      const html = prunedWholeDocumentHtml(page);
      const slimmed = serializePage(page);
      expect(slimmed).toBe(slimHtml(html));
      full += html.length;
      slim += slimmed.length;
      for (const forced of [false, true]) {
        const opts = { url: `https://news.example/${name}`, forced };
        const before = extractInert(html, opts, parse);
        expect(JSON.stringify(extractInert(slimmed, opts, parse)), `${name}, forced ${forced}`).toBe(
          JSON.stringify(before),
        );
      }
    }
    expect(slim).toBeLessThan(full * 0.99); // live news pages: ~12 % less (a third on some)
  }, 60_000);
});
