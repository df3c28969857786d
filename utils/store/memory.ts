// The reading memory: saving, reading, deleting and bounding articles, with the person memory
// kept in step in the same transactions. Every read sanitizes; every write reports a result
// instead of throwing.
import type { LedeDB } from './db';
import type { ArticleRecord, MemorySettings, PersonRecord, StoreResult } from './types';
import { updatePeople } from './people-table';
import { evictOverBound } from './evict';
import { getBytes, getCount, getSettings, putSettings, sanitizeSettings, setBytes, setCount } from './meta';
import { isQuotaError, toStoreError, QUOTA_MESSAGE } from './errors';
import { sanitizeArticle, sanitizePerson } from './sanitize';
import { canonicalUrl, personKey } from './normalize';

const clean = (rows: unknown[]): ArticleRecord[] =>
  rows.map(sanitizeArticle).filter((a): a is ArticleRecord => a !== null);
const cleanPeople = (rows: unknown[]): PersonRecord[] =>
  rows.map(sanitizePerson).filter((p): p is PersonRecord => p !== null);

export interface SaveOutcome {
  id: number;
  updated: boolean;
  evicted: number;
}

export class MemoryStore {
  constructor(readonly db: LedeDB) {}

  /** Insert or update (same canonical URL) one article, then apply the size bound. */
  async save(record: ArticleRecord): Promise<StoreResult<SaveOutcome>> {
    try {
      return { ok: true, ...(await this.saveTx(record)) };
    } catch (e) {
      if (!isQuotaError(e)) return toStoreError(e);
      const s = await this.settings().catch(() => null);
      if (!s?.evictOnQuota) return { ok: false, reason: 'quota', message: QUOTA_MESSAGE };
      // The reader allowed it: make room (oldest tenth) and retry once.
      try {
        const count = await this.db.articles.count();
        const freed = await this.db.transaction('rw', this.db.articles, this.db.people, this.db.meta, () =>
          evictOverBound(this.db, s, { targetCount: Math.floor(count * 0.9) }),
        );
        const out = await this.saveTx(record);
        return { ok: true, ...out, evicted: out.evicted + freed };
      } catch (e2) {
        return isQuotaError(e2) ? { ok: false, reason: 'quota', message: QUOTA_MESSAGE } : toStoreError(e2);
      }
    }
  }

  private saveTx(record: ArticleRecord): Promise<SaveOutcome> {
    const db = this.db;
    return db.transaction('rw', db.articles, db.people, db.meta, async () => {
      const s = await getSettings(db);
      const old = sanitizeArticle(await db.articles.where('url').equals(record.url).first());
      const before = await getBytes(db);
      const countBefore = await getCount(db);
      const rec: ArticleRecord = { ...record };
      if (old?.id !== undefined) rec.id = old.id;
      else delete rec.id;
      const id = await db.articles.put(rec);
      const stored = { ...rec, id };
      const bytes = before - (old?.size ?? 0) + rec.size;
      await setBytes(db, bytes);
      await setCount(db, countBefore + (old ? 0 : 1));
      // A re-read replaces the old contribution: rebuild whoever the old or new version names.
      await updatePeople(db.articles, db.people, old ? [old] : [], [stored]);
      const evicted = await evictOverBound(db, s, { protect: id });
      return { id, updated: old !== null, evicted };
    });
  }

  async get(url: string): Promise<ArticleRecord | null> {
    const u = canonicalUrl(url);
    if (!u) return null;
    return sanitizeArticle(await this.db.articles.where('url').equals(u).first());
  }

  async count(): Promise<number> {
    return this.db.articles.count();
  }

  async stats(): Promise<{ articles: number; people: number; bytes: number }> {
    return {
      articles: await this.db.articles.count(),
      people: await this.db.people.count(),
      bytes: await getBytes(this.db),
    };
  }

  /** Most recently read first. */
  async recent(limit = 20, offset = 0): Promise<ArticleRecord[]> {
    return clean(await this.db.articles.orderBy('readAt').reverse().offset(offset).limit(limit).toArray());
  }

  /** People named in the most articles. */
  async topPeople(limit = 10): Promise<PersonRecord[]> {
    // Over-fetch a little so ties on article count break by mentions.
    const rows = cleanPeople(
      await this.db.people
        .orderBy('articleCount')
        .reverse()
        .limit(limit + 20)
        .toArray(),
    );
    rows.sort((a, b) => b.articleCount - a.articleCount || b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
    return rows.slice(0, limit);
  }

  /** The person by key, or by a name / partial name (the variant with most articles). */
  async person(nameOrKey: string): Promise<PersonRecord | null> {
    const key = personKey(nameOrKey);
    if (!key) return null;
    const exact = sanitizePerson(await this.db.people.get(key));
    if (exact) return exact;
    const byVariant = cleanPeople(await this.db.people.where('variantKeys').equals(key).toArray());
    byVariant.sort((a, b) => b.articleCount - a.articleCount);
    return byVariant[0] ?? null;
  }

  /** Articles naming a person (by key), most recent first. */
  async articlesAbout(key: string, limit = 5): Promise<{ total: number; articles: ArticleRecord[] }> {
    const rows = clean(await this.db.articles.where('personKeys').equals(key).toArray());
    rows.sort((a, b) => b.readAt - a.readAt);
    return { total: rows.length, articles: rows.slice(0, limit) };
  }

  /** Case-insensitive substring search over title, site and people (options page). */
  async searchArticles(query: string, limit = 50): Promise<ArticleRecord[]> {
    const q = query.trim().toLowerCase();
    const out: ArticleRecord[] = [];
    await this.db.articles
      .orderBy('readAt')
      .reverse()
      .until(() => out.length >= limit)
      .each((raw) => {
        const a = sanitizeArticle(raw);
        if (!a) return;
        const hay = `${a.title ?? ''} ${a.site} ${a.url} ${a.people.map((p) => p.name).join(' ')}`.toLowerCase();
        if (!q || hay.includes(q)) out.push(a);
      });
    return out;
  }

  async searchPeople(query: string, limit = 50): Promise<PersonRecord[]> {
    const q = query.trim().toLowerCase();
    const out: PersonRecord[] = [];
    await this.db.people
      .orderBy('articleCount')
      .reverse()
      .until(() => out.length >= limit)
      .each((raw) => {
        const p = sanitizePerson(raw);
        if (!p) return;
        if (!q || `${p.name} ${p.variants.join(' ')}`.toLowerCase().includes(q)) out.push(p);
      });
    return out;
  }

  async deleteArticle(url: string): Promise<StoreResult<{ deleted: number }>> {
    const u = canonicalUrl(url) ?? url;
    return this.deleteWhere(() => this.db.articles.where('url').equals(u).toArray());
  }

  async deleteSite(site: string): Promise<StoreResult<{ deleted: number }>> {
    const s = site
      .trim()
      .toLowerCase()
      .replace(/^www\./, '');
    return this.deleteWhere(() => this.db.articles.where('site').equals(s).toArray());
  }

  async deleteAll(): Promise<StoreResult<{ deleted: number }>> {
    const db = this.db;
    try {
      const deleted = await db.transaction('rw', db.articles, db.people, db.meta, async () => {
        const n = await db.articles.count();
        await db.articles.clear();
        await db.people.clear();
        await setBytes(db, 0);
        await setCount(db, 0);
        return n;
      });
      return { ok: true, deleted };
    } catch (e) {
      return toStoreError(e);
    }
  }

  private async deleteWhere(find: () => Promise<ArticleRecord[]>): Promise<StoreResult<{ deleted: number }>> {
    const db = this.db;
    try {
      const deleted = await db.transaction('rw', db.articles, db.people, db.meta, async () => {
        const rows = await find();
        if (rows.length === 0) return 0;
        const countBefore = await getCount(db);
        let freed = 0;
        for (const r of rows) freed += typeof r.size === 'number' ? r.size : 0;
        await db.articles.bulkDelete(rows.map((r) => r.id as number));
        const clean = rows.map(sanitizeArticle).filter((a): a is ArticleRecord => a !== null);
        await updatePeople(db.articles, db.people, clean, []);
        await setBytes(db, Math.max(0, (await getBytes(db)) - freed));
        await setCount(db, countBefore - rows.length);
        return rows.length;
      });
      return { ok: true, deleted };
    } catch (e) {
      return toStoreError(e);
    }
  }

  async settings(): Promise<MemorySettings> {
    return getSettings(this.db);
  }

  /** Merge a partial change into the settings; a lower bound takes effect at once. */
  async setSettings(
    change: Partial<MemorySettings>,
  ): Promise<StoreResult<{ settings: MemorySettings; evicted: number }>> {
    const db = this.db;
    try {
      return await db.transaction('rw', db.articles, db.people, db.meta, async () => {
        const next = sanitizeSettings({ ...(await getSettings(db)), ...change });
        await putSettings(db, next);
        const evicted = await evictOverBound(db, next);
        return { ok: true as const, settings: next, evicted };
      });
    } catch (e) {
      return toStoreError(e);
    }
  }
}
