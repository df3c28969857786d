// The memory as the background exposes it. Plain serializable inputs and outputs (they cross
// the message boundary); nothing here throws: failures come back as {ok:false, reason, message}.
import type { Analysis } from '../nlp/types';
import { LedeDB, type DexieDeps } from './db';
import { MemoryStore } from './memory';
import { toArticleRecord } from './record';
import { related as relatedQuery, type RelatedResult, type Story } from './related';
import { personHistory as historyQuery, type PersonHistory } from './history';
import type { ImportOutcome } from './transfer';
import { storyTimeline, type TimelineItem } from './story-timeline';
import type { ExportFile } from './validate';
import type { ArticleRecord, MemorySettings, PersonRecord, SaveMeta, StoreResult } from './types';
import { toStoreError } from './errors';
import { canonicalUrl } from './normalize';

export type { RelatedResult, Story, PersonHistory, ImportOutcome, TimelineItem, ExportFile };

/** A remembered article as lists show it. */
export interface ArticleListItem {
  url: string;
  site: string;
  title: string | null;
  publishedAt: string | null;
  readAt: number;
  people: string[];
}

export interface PersonListItem {
  key: string;
  name: string;
  articleCount: number;
  descriptors: string[];
  lastSeen: number;
}

export interface MemoryStats {
  articles: number;
  people: number;
  bytes: number;
}

export interface MemoryService {
  /** Remember an analysed article (same URL again: update). */
  saveArticle(
    analysis: Analysis,
    meta?: SaveMeta,
    readAt?: number,
  ): Promise<StoreResult<{ url: string; updated: boolean; evicted: number }>>;
  /** Related coverage for the article at `url` (stored) or for an analysis not stored. */
  related(current: { url: string } | { analysis: Analysis; meta?: SaveMeta }, limit?: number): Promise<RelatedResult>;
  /** The story timeline for the popup: the article's entries plus earlier coverage from memory. */
  storyTimeline(url: string): Promise<TimelineItem[]>;
  personHistory(nameOrKey: string, excludeUrl?: string | null): Promise<PersonHistory | null>;
  recent(limit?: number): Promise<ArticleListItem[]>;
  topPeople(limit?: number): Promise<PersonListItem[]>;
  searchArticles(query: string, limit?: number): Promise<ArticleListItem[]>;
  searchPeople(query: string, limit?: number): Promise<PersonListItem[]>;
  stats(): Promise<MemoryStats>;
  deleteArticle(url: string): Promise<StoreResult<{ deleted: number }>>;
  deleteSite(site: string): Promise<StoreResult<{ deleted: number }>>;
  deleteAll(): Promise<StoreResult<{ deleted: number }>>;
  getSettings(): Promise<MemorySettings>;
  setSettings(change: Partial<MemorySettings>): Promise<StoreResult<{ settings: MemorySettings; evicted: number }>>;
}

export const toListItem = (a: ArticleRecord): ArticleListItem => ({
  url: a.url,
  site: a.site,
  title: a.title,
  publishedAt: a.publishedAt,
  readAt: a.readAt,
  people: a.people.slice(0, 5).map((p) => p.name),
});

export const toPersonItem = (p: PersonRecord): PersonListItem => ({
  key: p.key,
  name: p.name,
  articleCount: p.articleCount,
  descriptors: p.descriptors.slice(0, 3),
  lastSeen: p.lastSeen,
});

const EMPTY: RelatedResult = { stories: [], sameStory: [], candidates: 0 };

export class LocalMemoryService implements MemoryService {
  readonly store: MemoryStore;

  constructor(
    readonly db: LedeDB = new LedeDB(),
    private now: () => number = Date.now,
  ) {
    this.store = new MemoryStore(db);
  }

  static open(deps: DexieDeps = {}, name?: string): LocalMemoryService {
    return new LocalMemoryService(new LedeDB(name, deps));
  }

  async saveArticle(analysis: Analysis, meta: SaveMeta = {}, readAt = this.now()) {
    try {
      const rec = toArticleRecord(analysis, meta, readAt);
      if (!rec)
        return {
          ok: false as const,
          reason: 'invalid' as const,
          message: 'This page has no web address Lede can remember.',
        };
      const r = await this.store.save(rec);
      return r.ok ? { ok: true as const, url: rec.url, updated: r.updated, evicted: r.evicted } : r;
    } catch (e) {
      return toStoreError(e);
    }
  }

  /** The stored record of an article, sanitized; null when not remembered. */
  async article(url: string): Promise<ArticleRecord | null> {
    try {
      return await this.store.get(url);
    } catch {
      return null;
    }
  }

  async related(current: { url: string } | { analysis: Analysis; meta?: SaveMeta }, limit = 8): Promise<RelatedResult> {
    try {
      const rec =
        'url' in current
          ? await this.store.get(current.url)
          : toArticleRecord(current.analysis, current.meta ?? {}, this.now());
      return rec ? await relatedQuery(this.db, rec, limit) : EMPTY;
    } catch {
      return EMPTY;
    }
  }

  async storyTimeline(url: string): Promise<TimelineItem[]> {
    try {
      const rec = await this.store.get(url);
      if (!rec) return [];
      const rel = await relatedQuery(this.db, rec, 8);
      return storyTimeline(rec.timeline, rel.stories, rec);
    } catch {
      return [];
    }
  }

  async personHistory(nameOrKey: string, excludeUrl: string | null = null) {
    try {
      return await historyQuery(this.store, nameOrKey, { excludeUrl: canonicalUrl(excludeUrl) ?? excludeUrl });
    } catch {
      return null;
    }
  }

  async recent(limit = 20) {
    return (await this.store.recent(limit).catch(() => [])).map(toListItem);
  }

  async topPeople(limit = 10) {
    return (await this.store.topPeople(limit).catch(() => [])).map(toPersonItem);
  }

  async searchArticles(query: string, limit = 50) {
    return (await this.store.searchArticles(query, limit).catch(() => [])).map(toListItem);
  }

  async searchPeople(query: string, limit = 50) {
    return (await this.store.searchPeople(query, limit).catch(() => [])).map(toPersonItem);
  }

  stats() {
    return this.store.stats();
  }

  deleteArticle(url: string) {
    return this.store.deleteArticle(url);
  }

  deleteSite(site: string) {
    return this.store.deleteSite(site);
  }

  deleteAll() {
    return this.store.deleteAll();
  }

  getSettings() {
    return this.store.settings();
  }

  setSettings(change: Partial<MemorySettings>) {
    return this.store.setSettings(change);
  }
}
