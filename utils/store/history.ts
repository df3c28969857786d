// What the reader's memory holds about a person, for the hover card.
import type { MemoryStore } from './memory';

export interface HeadlineRef {
  url: string;
  title: string | null;
  site: string;
  /** YYYY-MM-DD: published date, else the day it was read. */
  date: string;
}

export interface PersonHistory {
  key: string;
  name: string;
  descriptors: string[];
  /** Articles in memory that name the person. */
  articleCount: number;
  /** Articles naming the person other than the one left out (`excludeUrl`): what the card counts. */
  others?: number;
  /** Most recent first, the current article left out. */
  latest: HeadlineRef[];
  /** A quotation from an earlier article (not the current one), newest first. */
  earlierQuote: { text: string; url: string; title: string | null; date: string } | null;
  firstSeen: number;
  lastSeen: number;
}

export const isoDay = (ms: number): string => new Date(Number.isFinite(ms) ? ms : 0).toISOString().slice(0, 10);

export async function personHistory(
  store: MemoryStore,
  nameOrKey: string,
  opts: { excludeUrl?: string | null; limit?: number } = {},
): Promise<PersonHistory | null> {
  const p = await store.person(nameOrKey);
  if (!p) return null;
  const limit = opts.limit ?? 3;
  const { total, articles } = await store.articlesAbout(p.key, limit + 1);
  const latest = articles
    .filter((a) => a.url !== opts.excludeUrl)
    .slice(0, limit)
    .map((a) => ({ url: a.url, title: a.title, site: a.site, date: a.publishedAt ?? isoDay(a.readAt) }));
  // The left-out article may rank anywhere by reading time (the reader may have gone back to
  // older ones since), so whether it names the person is looked up, not read off `articles`.
  const current = opts.excludeUrl ? await store.get(opts.excludeUrl) : null;
  const others = total - (current?.personKeys.includes(p.key) ? 1 : 0);
  const q = p.quotes.find((x) => x.url !== opts.excludeUrl) ?? null;
  const qArticle = q ? await store.get(q.url) : null;
  return {
    key: p.key,
    name: p.name,
    descriptors: p.descriptors,
    articleCount: total,
    others,
    latest,
    // Dated by its article's publication where known: when it was said, not when it was read.
    earlierQuote: q
      ? { text: q.text, url: q.url, title: qArticle?.title ?? null, date: qArticle?.publishedAt ?? isoDay(q.readAt) }
      : null,
    firstSeen: p.firstSeen,
    lastSeen: p.lastSeen,
  };
}
