// The page as the page layer sends it (utils/page/serialize.ts): what is left out, that the page
// itself is untouched, that the background reads the same article from it as from the page, and
// the limits a hostile page meets before any work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article/extract';
import { PageLimitError } from '../../utils/article/limits';
import { copyHtml, copyPage, serializePage } from '../../utils/page/serialize';
import { extractInert } from '../../entrypoints/background/inert';

// linkedom (the CLI's DOM): happy-dom's parser would try to load the pages' frames.
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const realPage = (name: string) =>
  readFileSync(join(__dirname, '..', 'fixtures', 'readability-pages', name, 'source.html'), 'utf8');

const PAGE = `<!doctype html><html><head><title>T</title><style>p { color: red }</style>
<script>window.secret = 1</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>
</head><body><p>Before <svg><text>drawn words</text></svg> after.</p><template><p>later</p></template>
<iframe src="https://video.example/embed"></iframe><script src="app.js"></script></body></html>`;

describe('serializePage', () => {
  it('leaves out scripts, style sheets, SVG drawings and templates; keeps JSON-LD, iframes and the text', () => {
    const html = serializePage(parse(PAGE));
    expect(html.startsWith('<!doctype html><html>')).toBe(true);
    expect(html).not.toContain('window.secret');
    expect(html).not.toContain('app.js');
    expect(html).not.toContain('color: red');
    expect(html).not.toContain('drawn words');
    expect(html).not.toContain('later');
    expect(html).toContain('"@type":"NewsArticle"');
    expect(html).toContain('https://video.example/embed');
    expect(html).toContain('Before');
    expect(html).toContain('after.');
  });

  it('never changes the page', () => {
    const page = parse(PAGE);
    const before = page.documentElement.outerHTML;
    serializePage(page);
    expect(page.documentElement.outerHTML).toBe(before);
    expect(page.querySelectorAll('script')).toHaveLength(3);
  });

  it('gives the background the article extraction finds on the page itself (real news pages)', () => {
    for (const name of ['ars-1', 'wapo-2']) {
      const page = parse(realPage(name));
      const live = extractArticle(page, { url: `https://news.example/${name}` });
      const read = extractInert(serializePage(page), { url: `https://news.example/${name}`, forced: true }, parse);
      expect(live?.text.length).toBeGreaterThan(1_000);
      expect(read?.text).toBe(live?.text);
      expect(read?.meta).toEqual(live?.meta);
    }
  }, 30_000);

  // The limits are parameters so that the tests need not build 200,000 elements or 8 MB of text.
  it('refuses a page with too many elements, before copying it', () => {
    const page = parse('<!doctype html><html><head></head><body><ul></ul></body></html>');
    const list = page.querySelector('ul')!;
    for (let i = 0; i < 96; i++) list.appendChild(page.createElement('li'));
    expect(copyPage(page, 100)).not.toBeNull(); // html, head, body, ul and 96 items
    list.appendChild(page.createElement('li'));
    expect(() => copyPage(page, 100)).toThrow(PageLimitError);
    expect(() => copyPage(page, 100)).toThrow('the page has 101 elements; Lede reads pages of up to 100');
  });

  it('refuses HTML longer than its cap, counted after the pruning', () => {
    const page = parse(
      `<!doctype html><html><body><p>${'x'.repeat(500)}</p><script>${'y'.repeat(5_000)}</script></body></html>`,
    );
    expect(copyHtml(copyPage(page), 600)).toContain('x'.repeat(500)); // the script does not count
    page.querySelector('p')!.textContent = 'x'.repeat(600);
    expect(() => copyHtml(copyPage(page), 600)).toThrow(/characters; Lede reads pages of up to 600/);
  });

  it('refuses a page nested too deep (the extraction limits, checked before the copy)', () => {
    const page = parse('<!doctype html><html><body></body></html>');
    let el: Element = page.body;
    for (let i = 0; i < 600; i++) el = el.appendChild(page.createElement('div'));
    expect(() => serializePage(page)).toThrow(PageLimitError);
  });
});
