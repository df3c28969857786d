import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article';
import { MAX_DEPTH, MAX_MEAN_DEPTH, PageLimitError, checkPageShape } from '../../utils/article/limits';
import { analyzeJsonLine } from '../../scripts/lib/cli';
import { doc, page, prose } from './helpers';

const nested = (depth: number, inner = prose(4)) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth);

describe('page shape limits', () => {
  it('reads a page nested as deep as Chromium builds one', () => {
    expect(() => checkPageShape(doc(page(nested(MAX_DEPTH - 2))))).not.toThrow();
    expect(extractArticle(doc(page(nested(MAX_DEPTH - 2))))?.paragraphs).toHaveLength(4);
  });

  it('gives a clear error for 5,000 nested <div>s, before extraction starts, and leaves the page as it was', () => {
    const d = doc(page(nested(5_000)));
    const before = d.body.innerHTML.length;
    expect(() => extractArticle(d)).toThrow(PageLimitError);
    expect(() => extractArticle(d)).toThrow(`more than ${MAX_DEPTH} deep`);
    expect(d.body.innerHTML.length).toBe(before);
  });

  it('gives a clear error for a page of deep chains (deep on average, each chain within the limit)', () => {
    const chain = nested(MAX_MEAN_DEPTH * 2, '<p>A paragraph of the story, long enough to count, with a comma.</p>');
    expect(() => checkPageShape(doc(page(chain.repeat(10))))).not.toThrow();
    expect(() => checkPageShape(doc(page(chain.repeat(40))))).toThrow(`deep on average`);
  });

  it('gives the same verdicts when it walks every element (a DOM written in JavaScript)', () => {
    const chain = nested(MAX_MEAN_DEPTH * 2, '<p>A paragraph of the story, long enough to count, with a comma.</p>');
    const walk = { scriptDom: true };
    expect(() => checkPageShape(doc(page(nested(MAX_DEPTH - 2))), walk)).not.toThrow();
    expect(() => checkPageShape(doc(page(nested(MAX_DEPTH + 8))), walk)).toThrow(`more than ${MAX_DEPTH} deep`);
    expect(() => checkPageShape(doc(page(chain.repeat(10))), walk)).not.toThrow();
    expect(() => checkPageShape(doc(page(chain.repeat(40))), walk)).toThrow(`deep on average`);
    expect(() => extractArticle(doc(page(nested(5_000))), walk)).toThrow(PageLimitError);
  });

  it('turns it into an error line in the CLI, and the batch goes on', () => {
    const bad = analyzeJsonLine(JSON.stringify({ id: 7, html: page(nested(2_000)) }), {
      url: null,
      published: null,
      stats: false,
    });
    expect(bad).toEqual({ id: 7, error: expect.stringContaining(`more than ${MAX_DEPTH} deep`) });
  });
});
