// The "is this an article?" gate that decides for good, run by the background on its inert parse of
// the page (entrypoints/background/inert.ts). Readability's heuristic (utils/article) plus the page's
// own declaration: JSON-LD of an Article type or og:type=article. Reads only; never writes the DOM.
import { looksLikeArticle } from '../../utils/article/gate';

// Any schema.org *Article type: NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, Article…
const ARTICLE_TYPE = /"@type"\s*:\s*(\[[^\]]*)?"[A-Za-z]*Article"/;

export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og?.trim().toLowerCase() === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

export function isArticlePage(doc: Document): boolean {
  return declaresArticle(doc) || looksLikeArticle(doc);
}
