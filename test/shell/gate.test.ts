// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaresArticle } from '../../entrypoints/content/gate';

function doc(head: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`,
    'text/html',
  );
}

describe('declaresArticle', () => {
  it('accepts JSON-LD NewsArticle and other Article types, also inside @graph or type arrays', () => {
    expect(declaresArticle(doc('<script type="application/ld+json">{"@type":"NewsArticle"}</script>'))).toBe(true);
    expect(declaresArticle(doc('<script type="application/ld+json">{"@type": "Article"}</script>'))).toBe(true);
    expect(
      declaresArticle(doc('<script type="application/ld+json">{"@graph":[{"@type":"ReportageNewsArticle"}]}</script>')),
    ).toBe(true);
    expect(
      declaresArticle(doc('<script type="application/ld+json">{"@type":["Thing","AnalysisNewsArticle"]}</script>')),
    ).toBe(true);
  });

  it('accepts og:type=article', () => {
    expect(declaresArticle(doc('<meta property="og:type" content="article">'))).toBe(true);
  });

  it('rejects pages that declare something else or nothing', () => {
    expect(declaresArticle(doc('<meta property="og:type" content="website">'))).toBe(false);
    expect(declaresArticle(doc('<script type="application/ld+json">{"@type":"WebPage"}</script>'))).toBe(false);
    expect(declaresArticle(doc(''))).toBe(false);
  });
});
