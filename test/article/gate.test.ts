import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from '../../utils/article';
import { doc, fixture, page, prose } from './helpers';

describe('looksLikeArticle', () => {
  it.each(['news-jsonld', 'news-og', 'news-microdata'])('accepts the article page %s', (name) => {
    expect(looksLikeArticle(doc(fixture(name)))).toBe(true);
  });

  it('rejects a home page of teaser cards', () => {
    expect(looksLikeArticle(doc(fixture('home')))).toBe(false);
  });

  it('rejects a search results page', () => {
    expect(looksLikeArticle(doc(fixture('search')))).toBe(false);
  });

  it('accepts a long page without metadata through the readerable heuristic', () => {
    expect(looksLikeArticle(doc(page(`<div>${prose(8)}</div>`)))).toBe(true);
  });

  it('accepts a JSON-LD type given as a URL or in a list', () => {
    const ld = '<script type="application/ld+json">{"@type":["http://schema.org/ReportageNewsArticle"]}</script>';
    expect(looksLikeArticle(doc(page('<p>Short.</p>', ld)))).toBe(true);
  });

  it('rejects empty, bodiless and tiny documents', () => {
    expect(looksLikeArticle(doc(''))).toBe(false);
    expect(looksLikeArticle(doc('<html></html>'))).toBe(false);
    expect(looksLikeArticle(doc(page('<p>Hello.</p>')))).toBe(false);
  });
});
