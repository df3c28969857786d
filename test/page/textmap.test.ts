// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, collectTextNodes } from '../../utils/page/textmap';

function page(html: string): Document {
  document.body.innerHTML = html; // fixed test markup, not page text
  return document;
}

/** What the ranges cover, whitespace collapsed the way the extractor collapses it. */
function covered(doc: Document, text: string, needle: string, nth = 0): string[] {
  let s = -1;
  for (let i = 0; i <= nth; i++) s = text.indexOf(needle, s + 1);
  return buildTextMap(doc, text)
    .ranges(s, s + needle.length)
    .map((r) => r.toString());
}

describe('buildTextMap on a live DOM', () => {
  const html = `
    <nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
    <script>var Sanders = "not prose";</script>
    <article>
      <h1>Headline</h1>
      <p>Sen. <a href="/people/sanders">Ber<em>nie</em>   Sanders</a> (I-Vt.) said on&nbsp;Sunday that
         Smith &amp; Co. would &ldquo;win big.&rdquo;</p>
      <div class="ad" hidden>Sponsored by Sanders Mattresses</div>
      <p>Later, <b>Sanders</b> laughed.</p>
    </article>`;
  const text =
    'Sen. Bernie Sanders (I-Vt.) said on Sunday that Smith & Co. would “win big.”\n\nLater, Sanders laughed.';

  it('covers a name split across a link and an <em>', () => {
    const doc = page(html);
    expect(covered(doc, text, 'Bernie Sanders')).toEqual(['Bernie   Sanders']);
  });

  it('covers decoded entities and a quotation with curly quotes', () => {
    const doc = page(html);
    expect(covered(doc, text, 'Smith & Co.')).toEqual(['Smith & Co.']);
    expect(covered(doc, text, 'win big.')).toEqual(['win big.']);
  });

  it('finds the second paragraph after skipping hidden and script text', () => {
    const doc = page(html);
    const [r] = buildTextMap(doc, text).ranges(text.lastIndexOf('Sanders'), text.lastIndexOf('Sanders') + 7);
    expect(r.toString()).toBe('Sanders');
    expect((r.startContainer.parentNode as Element).tagName).toBe('B');
  });

  it('leaves script, hidden and aria-hidden text out of the stream', () => {
    const doc = page(
      '<p>a</p><script>b</script><div hidden>c</div><div aria-hidden="true">d</div><div style="display: none">e</div><p>f</p>',
    );
    expect(collectTextNodes(doc.body).map((n) => n.data)).toEqual(['a', 'f']);
  });

  it('leaves out text at any depth of a hidden element, and keeps what follows it', () => {
    const doc = page(
      '<p>a</p><div hidden>b<span>c<em style="color: red">d</em></span><svg><text>e</text></svg></div>' +
        '<div style="color: blue">f<span aria-hidden="true">g</span>h</div><p>i<b>j</b></p>',
    );
    expect(collectTextNodes(doc.body).map((n) => n.data)).toEqual(['a', 'f', 'h', 'i', 'j']);
  });

  it('leaves out the elements it is told to skip', () => {
    const doc = page('<p>a</p><div id="host">b<span>c</span></div><p>d</p>');
    const host = doc.getElementById('host')!;
    expect(collectTextNodes(doc.body, new Set([host])).map((n) => n.data)).toEqual(['a', 'd']);
  });

  it('reports coverage and returns nothing for text the page lacks', () => {
    const doc = page('<p>Alpha beta gamma delta.</p>');
    const map = buildTextMap(doc, 'Alpha beta gamma delta.\n\nThis paragraph is not on the page at all.');
    expect(map.coverage).toBeGreaterThan(0.3);
    expect(map.coverage).toBeLessThan(0.5);
    expect(map.ranges(25, 40)).toEqual([]);
    expect(map.point(0)?.node.data).toBe('Alpha beta gamma delta.');
  });
});
