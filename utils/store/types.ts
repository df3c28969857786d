// Shapes of what Lede remembers. Stored records are data from earlier versions and other
// files: every read path sanitizes them (sanitize.ts) before use.

/** A person as remembered inside one article. */
export interface ArticlePerson {
  /** Normalized key shared across articles (normalize.ts `personKey`). */
  key: string;
  name: string;
  /** Other spellings seen in this article ("Sanders"). */
  variants: string[];
  descriptors: string[];
  /** Name mentions in this article. */
  count: number;
}

export interface ArticleQuote {
  /** Trimmed to a short excerpt. */
  text: string;
  /** Display name of the speaker, null where unknown. */
  speaker: string | null;
  /** Person key when the speaker is a person in this article. */
  speakerKey: string | null;
}

export interface ArticleTimelineEntry {
  /** TIMEX3-ish value (YYYY, YYYY-MM, YYYY-MM-DD, …). */
  date: string;
  text: string;
}

/** One article the reader read. `url` (canonical) is unique; `id` is a short internal key. */
export interface ArticleRecord {
  id?: number;
  url: string;
  site: string;
  title: string | null;
  byline: string | null;
  publisher: string | null;
  /** YYYY-MM-DD or null. */
  publishedAt: string | null;
  /** Epoch milliseconds of the last read. */
  readAt: number;
  summary: string[];
  people: ArticlePerson[];
  quotes: ArticleQuote[];
  timeline: ArticleTimelineEntry[];
  /** Top-N weighted terms, weights quantized to 1..100, heaviest first. */
  terms: [string, number][];
  /** 64-bit simhash of word shingles, 16 hex digits; "" where unknown. */
  fingerprint: string;
  // Derived index fields (recomputed from the above; never trusted from files).
  personKeys: string[];
  termKeys: string[];
  fpBands: string[];
  /** Approximate stored bytes (record + index entries). */
  size: number;
}

/** A quotation kept in person memory; the headline is looked up from the article by URL. */
export interface PersonQuote {
  text: string;
  url: string;
  readAt: number;
}

/** Person memory merged across articles. Derived from the articles that name the person. */
export interface PersonRecord {
  key: string;
  name: string;
  variants: string[];
  /** Normalized keys of all variants, for lookup by a partial name ("Sanders"). */
  variantKeys: string[];
  descriptors: string[];
  articleCount: number;
  /** Total name mentions across articles. */
  mentions: number;
  quotes: PersonQuote[];
  firstSeen: number;
  lastSeen: number;
}

export interface MemorySettings {
  /** Most articles kept; oldest read evicted first. */
  maxArticles: number;
  /** Approximate bytes kept (records + index estimate). */
  maxBytes: number;
  /** When the browser's quota is hit, may Lede evict the oldest articles and retry? */
  evictOnQuota: boolean;
}

export const DEFAULT_SETTINGS: MemorySettings = {
  maxArticles: 50_000,
  maxBytes: 200 * 1024 * 1024,
  evictOnQuota: false,
};

export type StoreError =
  | { ok: false; reason: 'quota'; message: string }
  | { ok: false; reason: 'invalid'; message: string; errors?: string[] }
  | { ok: false; reason: 'error'; message: string };

export type StoreResult<T> = ({ ok: true } & T) | StoreError;

/** Metadata passed with an analysis when saving (the page's canonical URL wins over article.url). */
export interface SaveMeta {
  url?: string | null;
  site?: string | null;
  title?: string | null;
  byline?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
}
