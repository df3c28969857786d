// The page as HTML for the background, which extracts the article from an inert parse of it, off
// the page's main thread (entrypoints/background/read-page.ts). Copying and serializing are native;
// sending costs about as much again (Chrome converts the message on the page's thread, in
// proportion to its size), so what extraction never reads (scripts other than JSON-LD, style
// sheets, SVG drawings) is left out of a copy first: the HTML is a third of the page's source, and
// copy + prune + send cost the page ~40 % less than sending the live page's outerHTML (20 real news
// pages). The pipeline runs the copy, its HTML and the send in three tasks. Every page is hostile: a page too deep, too many elements or too long to send is refused
// with a PageLimitError and a clear reason, before or instead of the work.
import { PageLimitError, checkPageShape } from '../article/limits';
import { slimHtml } from './slim';

/** More elements than this: not read (real news pages have a few thousand; ~10,000 at most). */
export const MAX_PAGE_ELEMENTS = 200_000;
/** Longer HTML than this (characters, after the copy is pruned): not sent (real news: under 300,000). */
export const MAX_PAGE_CHARS = 8_000_000;

/** What extraction never reads. JSON-LD stays (the metadata and the gate read it); so do iframes (embeds). */
export const UNREAD = 'script:not([type="application/ld+json" i]), style, svg, template';

/** A copy of the page's <html> element, out of any page. */
export interface PageCopy {
  root: Element;
  /** The page has a doctype (its HTML is sent with one, so the parse keeps its mode). */
  doctype: boolean;
}

/**
 * A copy of the page, owned by a new empty document that has no window: nothing in it runs or
 * loads (a copy owned by the live document would fetch its images), and, never attached to that
 * document, its style sheets are not parsed (a copy of the whole document parses every <style>
 * of the page: about half of the copy's cost on news pages). Throws PageLimitError on a page too
 * deep or with too many elements, before copying it. The page itself is never changed.
 */
export function copyPage(doc: Document, maxElements = MAX_PAGE_ELEMENTS): PageCopy | null {
  if (!doc.documentElement) return null;
  checkPageShape(doc);
  const elements = doc.querySelectorAll('*').length;
  if (elements > maxElements) {
    throw new PageLimitError(`the page has ${elements} elements; Lede reads pages of up to ${maxElements}`);
  }
  // DOMs without createHTMLDocument (linkedom, in the CLI's tests) copy the whole document.
  const owner = doc.implementation?.createHTMLDocument?.('');
  const root = owner ? owner.importNode(doc.documentElement, true) : (doc.cloneNode(true) as Document).documentElement;
  return { root, doctype: Boolean(doc.doctype) };
}

/** The copy's HTML without what extraction never reads (it prunes the copy, then slims its HTML); PageLimitError when too long. */
export function copyHtml(copy: PageCopy | null, maxChars = MAX_PAGE_CHARS): string {
  if (!copy) return '';
  for (const el of Array.from(copy.root.querySelectorAll(UNREAD))) el.remove();
  // The doctype keeps the parse in the page's own mode (standards or quirks). Attributes nothing
  // reads go too (slim.ts): less for the browser to convert on the page's thread when it is sent.
  const html = (copy.doctype ? '<!doctype html>' : '') + slimHtml(copy.root.outerHTML);
  if (html.length > maxChars) {
    throw new PageLimitError(`the page's HTML is ${html.length} characters; Lede reads pages of up to ${maxChars}`);
  }
  return html;
}

/** copyPage and copyHtml at once: the document's HTML without what extraction never reads. */
export function serializePage(doc: Document): string {
  return copyHtml(copyPage(doc));
}
