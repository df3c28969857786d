// The page as HTML for the background, which extracts the article from an inert parse of it, off
// the page's main thread (entrypoints/background/read-page.ts). Serializing is native and costs a
// fraction of extraction; what extraction never reads (scripts other than JSON-LD, style sheets,
// SVG drawings) is left out of a copy first, which makes the HTML about a third of the page's
// source. Every page is hostile: a page too deep, too many elements or too long to send is refused
// with a PageLimitError and a clear reason, before or instead of the work.
import { PageLimitError, checkPageShape } from '../article/limits';

/** More elements than this: not read (real news pages have a few thousand; ~10,000 at most). */
export const MAX_PAGE_ELEMENTS = 200_000;
/** Longer HTML than this (characters, after the copy is pruned): not sent (real news: under 300,000). */
export const MAX_PAGE_CHARS = 8_000_000;

/** What extraction never reads. JSON-LD stays (the metadata and the gate read it); so do iframes (embeds). */
const UNREAD = 'script:not([type="application/ld+json" i]), style, svg, template';

/** The document's HTML without what extraction never reads; throws PageLimitError on a page too big to send. */
export function serializePage(doc: Document): string {
  if (!doc.documentElement) return '';
  checkPageShape(doc);
  const elements = doc.querySelectorAll('*').length;
  if (elements > MAX_PAGE_ELEMENTS) {
    throw new PageLimitError(`the page has ${elements} elements; Lede reads pages of up to ${MAX_PAGE_ELEMENTS}`);
  }
  // A copy of the whole document is pruned, never the page: a cloned document has no window, so
  // nothing in it runs or loads (a cloned <img> in the live document would fetch its image).
  const copy = doc.cloneNode(true) as Document;
  for (const el of Array.from(copy.querySelectorAll(UNREAD))) el.remove();
  // The doctype keeps the parse in the page's own mode (standards or quirks).
  const html = (doc.doctype ? '<!doctype html>' : '') + (copy.documentElement?.outerHTML ?? '');
  if (html.length > MAX_PAGE_CHARS) {
    throw new PageLimitError(
      `the page's HTML is ${html.length} characters; Lede reads pages of up to ${MAX_PAGE_CHARS}`,
    );
  }
  return html;
}
