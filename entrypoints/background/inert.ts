// A page's HTML (sent by its page layer) parsed inert and read: the gate, then the article. The
// parse is a DOMParser document, which has no window: its scripts never run, nothing in it loads,
// and it is never attached to a live page. Runs in Firefox's background page and in Chrome's
// offscreen document (the service worker has no DOMParser).
import { extractArticle } from '../../utils/article/extract';
import type { InertArticle } from '../../utils/messaging';
import { findRegion, regionSegments } from '../../utils/page/region';
import { isArticlePage } from '../content/gate';
import { cutText } from './input';

export interface InertOptions {
  /** The sender's own address (the browser's, never one the page names): resolves relative links. */
  url: string | null;
  /** The reader asked for this page: no gate. */
  forced: boolean;
}

export type HtmlParser = (html: string) => Document;

const domParser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

/** The article in `html`, or null when the gate says it is no article or nothing is found. */
export function extractInert(html: string, opts: InertOptions, parse: HtmlParser = domParser): InertArticle | null {
  if (typeof html !== 'string' || html.length === 0) return null;
  const doc = parse(html);
  if (!opts.forced && !isArticlePage(doc)) return null;
  // Extraction takes the parse apart; the region is looked for in an untouched copy of it.
  const pristine = doc.cloneNode(true) as Document;
  const article = extractArticle(doc, { url: opts.url, consume: true });
  if (!article) return null;
  // The text as the background will analyse it and the page mark it (read-page.ts cuts it the same way).
  const region = article.text ? findRegion(pristine, cutText(article.text)) : null;
  // The region's text nodes, for the background to place the marks in them (utils/page/anchors.ts).
  return { ...article, region, segments: region ? regionSegments(pristine, region) : null };
}
