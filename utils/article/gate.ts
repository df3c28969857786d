// The cheap gate run on every page: is this one article? Declared metadata answers first (one
// selector pass over the page), Readability's readerable heuristic only when the page declares
// nothing.
// The heuristic's own file: the package's index would also bring all of Readability into the
// content script's gate (entrypoints/content/readerable.d.ts types it).
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { ARTICLE_TYPE, ldTypesDeclared } from './jsonld';

// One pass collects every element the declared-metadata checks need.
const SIGNALS =
  'script[type="application/ld+json"], meta[property="og:type"], meta[name="og:type"], [itemtype], article';
const MICRODATA_ARTICLE = /(?:\/|^)(?:\w*Article|BlogPosting)$/i;
const OG_ARTICLE = /^(?:article|news|blog)(?::|$)/;

export function looksLikeArticle(doc: Document): boolean {
  if (!doc?.documentElement || !doc.body) return false;
  let cards = 0;
  for (const el of Array.from(doc.querySelectorAll(SIGNALS))) {
    const tag = el.localName;
    if (tag === 'script') {
      if (ldTypesDeclared(el.textContent ?? '').some((t) => ARTICLE_TYPE.test(t))) return true;
    } else if (tag === 'meta') {
      if (OG_ARTICLE.test((el.getAttribute('content') ?? '').trim().toLowerCase())) return true;
    } else {
      const itemtype = el.getAttribute('itemtype');
      if (itemtype && itemtype.split(/\s+/).some((t) => MICRODATA_ARTICLE.test(t))) return true;
      if (tag === 'article') cards++;
    }
  }
  // Many teaser cards and no article metadata: a home, section or search page.
  if (cards >= 4) return false;
  return isProbablyReaderable(doc);
}
