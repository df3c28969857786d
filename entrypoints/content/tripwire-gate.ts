// The tripwire's "maybe an article?", run on every page: the page's own declaration (og:type,
// JSON-LD or microdata of an article type), then Readability's paragraph check (count and length
// of <p>, <pre>, <article>). It says yes wherever the background's gate (entrypoints/content/gate.ts,
// which decides for good) says yes, so no article is missed, with one exception: a page that
// declares itself something else (a product, a forum thread, a video, a profile…) and no article
// is not one, however long its paragraphs. A yes the real gate turns down only costs the page
// layer's load and one copy of the page sent to the background. String scans only: no regular expression of its own, nothing built before the
// first page needs it.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

// One pass collects every element the declared-metadata checks need (the real gate's selector).
const SIGNALS =
  'script[type="application/ld+json" i], meta[property="og:type"], meta[name="og:type"], [itemtype], article';

/**
 * How a JSON-LD type the real gate takes for an article ends, as written in the source: …Article,
 * (Live)BlogPosting, SocialMediaPosting, and Report (alone or after a schema.org address).
 */
const LD_TYPE_ENDINGS = [
  'Article"',
  'BlogPosting"',
  'SocialMediaPosting"',
  '"Report"',
  '/Report"',
  ':Report"',
  '#Report"',
];
const OG_PREFIXES = ['article', 'news', 'blog'];
/** JSON-LD types of a page's main thing that is not an article (quoted, as in the source). */
const LD_OTHER_TYPES = [
  '"Product"',
  '"DiscussionForumPosting"',
  '"VideoObject"',
  '"QAPage"',
  '"SearchResultsPage"',
  '"ProfilePage"',
];
/** og:type values of pages that are not articles (the Open Graph protocol's own types). */
const OG_OTHER_PREFIXES = ['product', 'video.', 'music.', 'profile', 'book'];
/** Teaser cards of a front or section page: past this many, a page with no metadata is a list. */
const MAX_CARDS = 4;

function includesAny(text: string, parts: string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}

function startsWithAny(text: string, prefixes: string[]): boolean {
  for (const prefix of prefixes) if (text.startsWith(prefix)) return true;
  return false;
}

function declaresInMicrodata(itemtype: string | null): boolean {
  const value = (itemtype ?? '').toLowerCase();
  return value.includes('article') || value.includes('blogposting');
}

/** Whether the page may be one article (the page layer's gate decides for good). Reads only. */
export function maybeArticle(doc: Document): boolean {
  if (!doc.documentElement || !doc.body) return false;
  const found = doc.querySelectorAll(SIGNALS);
  let cards = 0;
  let other = false; // the page declares a thing that is not an article
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    const tag = el.localName;
    if (tag === 'script') {
      const src = el.textContent ?? '';
      if (!src.includes('"@type"')) continue;
      if (includesAny(src, LD_TYPE_ENDINGS)) return true;
      other ||= includesAny(src, LD_OTHER_TYPES);
    } else if (tag === 'meta') {
      const og = (el.getAttribute('content') ?? '').trim().toLowerCase();
      if (startsWithAny(og, OG_PREFIXES)) return true;
      other ||= startsWithAny(og, OG_OTHER_PREFIXES);
    } else {
      if (declaresInMicrodata(el.getAttribute('itemtype'))) return true;
      if (tag === 'article') cards++;
    }
  }
  if (other || cards >= MAX_CARDS) return false;
  return isProbablyReaderable(doc);
}
