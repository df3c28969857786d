// Living pages: tells the content script when to look again — paragraphs added later (lazy
// loading, "read more") and single-page-app navigations. From an isolated world
// history.pushState cannot be patched reliably, so navigations are caught by `popstate`, the
// Navigation API where it exists, and a cheap location check on every (debounced) mutation.

export interface PageChange {
  kind: 'navigation' | 'content';
  url: string;
}

export interface PageChangeOptions {
  /** The document to watch (default: the global one). */
  doc?: Document;
  /** What to watch for added text (default: the body). */
  root?: Node;
  /** Quiet time before reporting (ms). */
  debounceMs?: number;
  /** Least text a mutation must add or remove to count (characters). */
  minChars?: number;
}

/**
 * URL without the fragment: a hash change (a footnote link) is not a new page. Read on every
 * mutation batch of every page, so string calls only.
 */
function pageUrl(loc: Location): string {
  const href = loc.href;
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

function textSize(nodes: NodeList): number {
  let n = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.nodeType === 3) n += (node as Text).data.trim().length;
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag.startsWith('LEDE-')) continue;
      n += (node.textContent ?? '').trim().length;
    }
  }
  return n;
}

export function onPageChange(
  cb: (change: PageChange) => void,
  signal: AbortSignal,
  opts: PageChangeOptions = {},
): void {
  const doc = opts.doc ?? document;
  const win = doc.defaultView ?? window;
  const wait = opts.debounceMs ?? 400;
  const minChars = opts.minChars ?? 40;
  let url = pageUrl(win.location);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: PageChange['kind'] | null = null;

  const fire = () => {
    timer = undefined;
    const now = pageUrl(win.location);
    let kind = pending;
    if (now !== url) kind = 'navigation';
    url = now;
    pending = null;
    if (kind && !signal.aborted) {
      try {
        cb({ kind, url: now });
      } catch {
        // The callback owns its errors; never let one escape into the page.
      }
    }
  };
  const schedule = (kind: PageChange['kind']) => {
    if (pending !== 'navigation') pending = kind;
    clearTimeout(timer);
    timer = setTimeout(fire, wait);
  };

  const observer = new MutationObserver((records) => {
    let chars = 0;
    for (const r of records) {
      chars += textSize(r.addedNodes) + textSize(r.removedNodes);
      if (chars >= minChars) break;
    }
    if (pageUrl(win.location) !== url) schedule('navigation');
    else if (chars >= minChars) schedule('content');
  });
  observer.observe(opts.root ?? doc.body ?? doc.documentElement, { childList: true, subtree: true });

  const onNav = () => {
    if (pageUrl(win.location) !== url) schedule('navigation');
  };
  win.addEventListener('popstate', onNav, { signal });
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    // 'navigate' fires before the URL changes; 'navigatesuccess' after the page's handler ran.
    nav.addEventListener('navigatesuccess', onNav, { signal });
    nav.addEventListener('currententrychange', onNav, { signal });
  }

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}

/** A short fingerprint of analysed text, to skip re-analysing what did not change (FNV-1a, 32-bit). */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16)}:${text.length}`;
}
