// Adapts the reader's memory of a person (utils/store's PersonHistory, from the background) to
// what the hover card shows. Type-only import: no store code enters the content script.
import type { PersonHistory as CardHistory } from '../../components/hovercard/types';
import type { PersonHistory as StoreHistory } from '../store/history';

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
