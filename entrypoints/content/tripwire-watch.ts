// The tripwire's watch over a page it skipped: did a single-page app move to another address, or
// did paragraphs arrive later (a client-rendered article)? Web apps change their DOM all the time,
// so the observer's callback only arms a timer; the check runs at most once per interval, compares
// the address and the number of paragraphs (native counts), and only then says "look again". The
// page layer follows an article's page with utils/page/observe.ts instead.
import type { PageChangeKind } from './layer';

/** Least time between two checks (ms). */
export const CHECK_INTERVAL_MS = 500;

/** The address without its fragment: a hash change (a footnote link) is not a new page. */
export function pageUrl(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/**
 * Watches `doc` until the returned function is called. A stop function rather than an AbortSignal:
 * this runs on every skipped page, and AbortController is one more interface the isolated world
 * would have to set up for it.
 */
export function watchSkippedPage(doc: Document, cb: (kind: PageChangeKind) => void): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  // Live collections: their length is counted natively, and only again after the DOM changed.
  const paragraphs = doc.getElementsByTagName('p');
  const articles = doc.getElementsByTagName('article');
  const href = () => doc.location?.href ?? '';
  let url = pageUrl(href());
  let blocks = paragraphs.length + articles.length;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const check = () => {
    timer = undefined;
    if (stopped) return;
    const now = pageUrl(href());
    const count = paragraphs.length + articles.length;
    const kind: PageChangeKind | null = now !== url ? 'navigation' : count !== blocks ? 'content' : null;
    url = now;
    blocks = count;
    if (!kind) return;
    try {
      cb(kind);
    } catch {
      // The callback owns its errors; none may reach the page.
    }
  };
  // Web apps change their DOM all the time: a change only arms the timer, once per interval.
  const arm = () => {
    timer ??= setTimeout(check, CHECK_INTERVAL_MS);
  };
  // This world's own MutationObserver (Firefox: the page's, reached through its window, would wrap
  // the callback).
  const observer = new MutationObserver(arm);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  // A back or forward move that leaves the DOM as it was still changes the address.
  win.addEventListener('popstate', arm);
  return () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    win.removeEventListener('popstate', arm);
    clearTimeout(timer);
  };
}
