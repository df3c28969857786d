// The cheap gate run on every page: is this one article? Declared metadata answers first (a
// selector and a regex), Readability's readerable heuristic only when the page declares nothing.
import { isProbablyReaderable } from '@mozilla/readability';
import { ldDeclaresArticle } from './jsonld';

const MICRODATA_ARTICLE =
  '[itemtype$="/Article" i], [itemtype$="NewsArticle" i], [itemtype$="BlogPosting" i], [itemtype$="ReportageNewsArticle" i]';

function ogType(doc: Document): string | null {
  const m = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]');
  return m?.getAttribute('content')?.trim().toLowerCase() ?? null;
}

export function looksLikeArticle(doc: Document): boolean {
  if (!doc?.documentElement || !doc.body) return false;
  if (ldDeclaresArticle(doc)) return true;
  const og = ogType(doc);
  if (og === 'article' || og?.startsWith('article:') || og === 'news' || og === 'blog') return true;
  if (doc.querySelector(MICRODATA_ARTICLE)) return true;
  // Many teaser cards and no article metadata: a home, section or search page.
  if (doc.querySelectorAll('article').length >= 4) return false;
  return isProbablyReaderable(doc);
}
