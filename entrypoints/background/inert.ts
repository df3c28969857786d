// A page's HTML (sent by its page layer) parsed inert and read: the gate, then the article. The
// parse is a DOMParser document, which has no window: its scripts never run, nothing in it loads,
// and it is never attached to a live page. Runs in Firefox's background page and in Chrome's
// offscreen document (the service worker has no DOMParser).
import { extractArticle, type ExtractedArticle } from '../../utils/article/extract';
import { isArticlePage } from '../content/gate';

export interface InertOptions {
  /** The sender's own address (the browser's, never one the page names): resolves relative links. */
  url: string | null;
  /** The reader asked for this page: no gate. */
  forced: boolean;
}

export type HtmlParser = (html: string) => Document;

const domParser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

/** The article in `html`, or null when the gate says it is no article or nothing is found. */
export function extractInert(html: string, opts: InertOptions, parse: HtmlParser = domParser): ExtractedArticle | null {
  if (typeof html !== 'string' || html.length === 0) return null;
  const doc = parse(html);
  if (!opts.forced && !isArticlePage(doc)) return null;
  // The parse is ours alone: extraction may take it apart instead of cloning it.
  return extractArticle(doc, { url: opts.url, consume: true });
}
