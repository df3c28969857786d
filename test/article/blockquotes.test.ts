import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article';
import { blockParagraphs } from '../../utils/article/paragraphs';
import { fromBlocks, quotedSpans } from '../../utils/article/extracted';
import { doc, page, prose } from './helpers';

const meta = { title: null, byline: null, publisher: null, publishedAt: null, url: null, language: null };

describe('block quotations in the extracted article', () => {
  it('blockParagraphs numbers each outermost <blockquote> on the paragraphs inside it', () => {
    const d = doc(
      page(
        '<div><p>She said at the trial:</p><blockquote><p>First words.</p><p>Second words.</p>' +
          '<blockquote><p>Nested words.</p></blockquote></blockquote><p>Between.</p>' +
          '<blockquote>Other words.</blockquote></div>',
      ),
    );
    const blocks = blockParagraphs(d.body);
    expect(blocks.map((b) => [b.text, b.quote])).toEqual([
      ['She said at the trial:', undefined],
      ['First words.', 1],
      ['Second words.', 1],
      ['Nested words.', 1],
      ['Between.', undefined],
      ['Other words.', 2],
    ]);
  });

  it('fromBlocks gives each block quotation its paragraphs, and quotedSpans their place in the text', () => {
    const a = fromBlocks(meta, [
      { text: 'Intro:' },
      { text: 'One.', quote: 1 },
      { text: 'Two.', quote: 1 },
      { text: 'Three.', quote: 2 },
      { text: 'After.' },
    ])!;
    expect(a.text).toBe('Intro:\n\nOne.\n\nTwo.\n\nThree.\n\nAfter.');
    expect(a.quoted).toEqual([
      [1, 2],
      [3, 3],
    ]);
    expect(quotedSpans(a).map((s) => a.text.slice(s.start, s.end))).toEqual(['One.\n\nTwo.', 'Three.']);
    expect(fromBlocks(meta, [{ text: 'Plain.' }])!.quoted).toBeUndefined();
  });

  it('extractArticle reports the block quotation and keeps the text as it was', () => {
    const quote = 'I have been building relationships with the founders for years, and that is why we moved fast.';
    const body = `<article><h1>Headline</h1>${prose(3)}<p>The chief executive said at the trial:</p><blockquote><p>${quote}</p></blockquote>${prose(2)}</article>`;
    const a = extractArticle(doc(page(body)))!;
    const spans = quotedSpans(a);
    expect(spans.map((s) => a.text.slice(s.start, s.end))).toEqual([quote]);
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    const plain = extractArticle(doc(page(body.replace(/<\/?blockquote>/g, ''))))!;
    expect(plain.text).toBe(a.text);
    expect(plain.quoted).toBeUndefined();
  });
});
