// Adapts the reader's memory of a person (utils/store's PersonHistory, from the background) to
// what the hover card shows, and the address an article is remembered under.
import type { CardHistory } from '../../components/hovercard/types';
import type { PersonHistory as StoreHistory } from '../store/history';
import { canonicalUrl } from '../store/normalize';

/**
 * `currentUrl`: the article on screen; the card counts *other* articles, so it is left out of
 * the count when the store already holds it.
 */
export function cardHistory(h: StoreHistory | null | undefined, currentUrl?: string | null): CardHistory | null {
  if (!h) return null;
  const headlines = h.latest
    .filter((a) => a.url !== currentUrl)
    .map((a) => ({ title: a.title ?? a.url, url: a.url, date: a.date || null, site: a.site || null }));
  const includesCurrent = !!currentUrl && h.latest.length !== headlines.length;
  return {
    // The store's own count of other articles when it was told the current one (`excludeUrl`);
    // `latest` is cut to a few, so the current article's absence there proves nothing.
    articleCount: h.others ?? Math.max(0, h.articleCount - (includesCurrent ? 1 : 0)),
    headlines,
    earlierQuote: h.earlierQuote
      ? { text: h.earlierQuote.text, title: h.earlierQuote.title, url: h.earlierQuote.url, date: h.earlierQuote.date }
      : null,
  };
}

/** "www.example.com" and "example.com" are one site; any other difference is another. */
function hostKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * The address a page's article is remembered under (the background saves under it, the memory
 * frame leaves it out of "other articles"): the page's canonical URL when that is http(s) on the
 * same scheme, port and host as the tab (modulo "www."), otherwise the tab's own address; null
 * when the tab is not an http(s) page. Same origin needs no list of public suffixes and cannot be
 * stretched: news.example.com cannot claim an article of shop.example.com, nor evil.github.io
 * one of a neighbour's. A mobile or AMP copy on another host is remembered under its own address.
 */
export function recordUrl(tabUrl: string | null, canonical: string | null | undefined): string | null {
  const own = canonicalUrl(tabUrl);
  if (!own) return null;
  const claimed = typeof canonical === 'string' ? canonicalUrl(canonical) : null;
  if (!claimed) return own;
  const a = new URL(own);
  const b = new URL(claimed);
  const sameSite = a.protocol === b.protocol && a.port === b.port && hostKey(a.hostname) === hostKey(b.hostname);
  return sameSite ? claimed : own;
}
