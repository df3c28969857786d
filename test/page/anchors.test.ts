// Marks placed from the background's alignment (utils/page/anchors.ts): on real news pages the page
// gets, from the anchors, exactly the ranges its own alignment gives; a page whose text changed since
// its copy, a span the anchors lack, or anchors that do not fit fall back to the page's own alignment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractInert } from '../../entrypoints/background/inert';
import { runSteps } from '../../utils/page/align';
import { anchorSpans, checkedAnchors, markedSpans, type RegionAnchors } from '../../utils/page/anchors';
import { regionElement, regionSegments, regionTextMapSteps, type ArticleRegion } from '../../utils/page/region';
import { serializePage } from '../../utils/page/serialize';
import { buildTextMap, collectTextNodesSteps, type TextMap } from '../../utils/page/textmap';

/** linkedom (the CLI's DOM) has no Range: a plain one that keeps its ends is enough here. */
class PlainRange {
  startContainer: Node | null = null;
  startOffset = 0;
  endContainer: Node | null = null;
  endOffset = 0;
  setStart(node: Node, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
}
const parse = (html: string) => {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  doc.createRange = () => new PlainRange() as unknown as Range;
  return doc;
};
const realPage = (name: string) =>
  readFileSync(join(__dirname, '..', 'fixtures', 'readability-pages', name, 'source.html'), 'utf8');

/** Spans like an analysis's: capitalised words (names), and a longer span every few sentences (quotations). */
function spansOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)?/g)) spans.push([m.index, m.index + m[0].length]);
  for (let i = 0; i + 120 < text.length; i += 900) spans.push([i + 5, i + 120]); // may cross paragraphs
  return spans;
}

/** A range as comparable values. */
const shape = (r: Range) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
const liveData = (doc: Document, region: ArticleRegion) =>
  runSteps(collectTextNodesSteps(regionElement(doc, region)!)).data;

function expectSameRanges(a: TextMap, b: TextMap, spans: Array<[number, number]>, what: string): void {
  for (const [s, e] of spans) expect(a.ranges(s, e).map(shape), `${what} ${s}:${e}`).toEqual(b.ranges(s, e).map(shape));
}

describe('anchors from the background', () => {
  it('give the same ranges as the page aligning itself (real news pages)', () => {
    let used = 0;
    for (const name of ['ars-1', 'herald-sun-1', 'lemonde-1', 'nytimes-1', 'wapo-2', 'tmz-1']) {
      const live = parse(realPage(name));
      const read = extractInert(serializePage(live), { url: `https://news.example/${name}`, forced: true }, parse);
      if (!read?.region || !read.segments) continue;
      const text = read.text;
      const spans = spansOf(text);
      const anchors = anchorSpans(read.segments, text, spans);
      if (checkedAnchors(anchors, liveData(live, read.region))) used++;
      const own = runSteps(regionTextMapSteps(live, text, read.region));
      const anchored = runSteps(regionTextMapSteps(live, text, { ...read.region, anchors }));
      expect(anchored.coverage, name).toBe(own.coverage);
      expectSameRanges(anchored, own, spans, name);
      // A span the background did not place is aligned by the page.
      expectSameRanges(anchored, own, [[3, 40]], `${name} unplaced`);
    }
    expect(used).toBe(6);
  }, 60_000);

  it('are not used when the live text differs from the copy: the page aligns itself', () => {
    const P = 'Mayor Ana Ruiz said the wall would be finished before the winter storms of next year.';
    const html = `<html><body><nav>Home</nav><main><article><p>${P}</p><p>Ruiz spoke to Tom Lee.</p></article></main></body></html>`;
    const copy = parse(html);
    const text = `${P}\n\nRuiz spoke to Tom Lee.`;
    const region: ArticleRegion = { path: [1, 0], tags: ['main', 'article'], coverage: 1 };
    const spans: Array<[number, number]> = [
      [6, 14],
      [text.indexOf('Tom'), text.indexOf('Tom') + 7],
    ];
    const anchors = anchorSpans(regionSegments(copy, region)!, text, spans);
    // The live page changed a word since its copy was sent: same lengths, other text.
    const live = parse(html.replace('Tom Lee', 'Tim Lee'));
    expect(checkedAnchors(anchors, liveData(live, region))).toBeNull();
    const map = runSteps(regionTextMapSteps(live, text, { ...region, anchors }));
    expectSameRanges(map, buildTextMap(live, text, { root: regionElement(live, region)! }), spans, 'changed');
    // Unchanged, the anchors are used and place the name on its own node.
    const same = parse(html);
    expect(checkedAnchors(anchors, liveData(same, region))).not.toBeNull();
    const [r] = runSteps(regionTextMapSteps(same, text, { ...region, anchors })).ranges(spans[1][0], spans[1][1]);
    expect(r.startContainer.textContent!.slice(r.startOffset, r.endOffset)).toBe('Tom Lee');
  });

  it('that do not fit are refused or give no range, never an error', () => {
    const data = ['Ana Ruiz ', 'spoke.'];
    const good: RegionAnchors = { text: data.join(''), coverage: 1, spans: [0, 8, 1, 0, 7] };
    expect(checkedAnchors(good, data)?.get('0:8')).toEqual([0, 7]);
    expect(checkedAnchors({ ...good, text: 'x' }, data)).toBeNull();
    expect(checkedAnchors({ ...good, text: 5 as unknown as string }, data)).toBeNull();
    expect(checkedAnchors({ ...good, spans: 'x' as unknown as number[] }, data)).toBeNull();
    expect(checkedAnchors(null, data)).toBeNull();
    // Positions outside the region's text, reversed or not numbers: no range.
    const doc = parse(`<html><body><main><p>Ana Ruiz </p><p>spoke.</p></main></body></html>`);
    const region: ArticleRegion = { path: [0], tags: ['main'], coverage: 1 };
    const wild = { ...good, spans: [0, 8, 4, 5, 99, 7, 2, -1, 3, NaN, 4] };
    const map = runSteps(regionTextMapSteps(doc, 'Ana Ruiz spoke.', { ...region, anchors: wild }));
    expect(map.ranges(0, 8)).toEqual([]);
    // A piece across the two nodes ends in the second.
    const across = runSteps(
      regionTextMapSteps(doc, 'Ana Ruiz spoke.', { ...region, anchors: { ...good, spans: [4, 14, 1, 4, 13] } }),
    );
    const [r] = across.ranges(4, 14);
    expect([r.startContainer.textContent, r.startOffset, r.endContainer.textContent, r.endOffset]).toEqual([
      'Ana Ruiz ',
      4,
      'spoke.',
      5,
    ]);
  });

  it('cover every mention and quotation of an analysis', () => {
    const spans = markedSpans({
      people: [
        {
          mentions: [
            { start: 0, end: 3 },
            { start: 9, end: 12 },
          ],
        },
      ],
      quotes: [{ start: 20, end: 40 }],
    });
    expect(spans).toEqual([
      [0, 3],
      [9, 12],
      [20, 40],
    ]);
  });
});
