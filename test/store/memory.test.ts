import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DAY, newStore, recordOf } from './helpers';
import { REBUILD_LIMIT } from '../../utils/store/people-table';

const sanders = (url: string, mentions = 3, extra = '') => ({
  url,
  title: 'Sanders campaigns in Iowa',
  text: `Bernie Sanders spoke in Des Moines about health care and wages. ${extra} The senator said the campaign would continue through the caucuses.`,
  people: [
    { name: 'Bernie Sanders', mentions, aliases: ['Sanders'], descriptors: ['Sen.'] },
    { name: 'Jane Doe', mentions: 1 },
  ],
  quotes: [{ text: 'We are going to win Iowa', speaker: 'Bernie Sanders' }],
});

describe('MemoryStore.save', () => {
  it('reading the same URL again updates instead of duplicating, and person counts do not double', async () => {
    const store = newStore();
    const t0 = Date.UTC(2026, 0, 1);
    const r1 = await store.save(recordOf(sanders('https://news.example/a'), t0));
    expect(r1.ok).toBe(true);
    const r2 = await store.save(recordOf(sanders('https://news.example/a#comments', 5), t0 + DAY));
    expect(r2).toMatchObject({ ok: true, updated: true });
    expect(await store.count()).toBe(1);
    const p = await store.person('Bernie Sanders');
    expect(p?.articleCount).toBe(1);
    expect(p?.mentions).toBe(5);
    expect(p?.firstSeen).toBe(t0 + DAY);
    expect(p?.lastSeen).toBe(t0 + DAY);
    expect(p?.quotes).toHaveLength(1);
    const stored = await store.get('https://news.example/a');
    expect(stored?.readAt).toBe(t0 + DAY);
  });

  it('merges a person across articles: counts, variants, descriptors, quotes, first and last seen', async () => {
    const store = newStore();
    const t0 = Date.UTC(2026, 0, 1);
    await store.save(recordOf(sanders('https://a.example/1'), t0));
    await store.save(
      recordOf(
        {
          url: 'https://b.example/2',
          title: 'Senator returns to Vermont',
          text: 'Sen. Bernie Sanders returned to Burlington on Friday after a week of events in Iowa and New Hampshire.',
          people: [{ name: 'Sen. Bernie Sanders', mentions: 2, aliases: ['Bernard Sanders'], descriptors: ['I-Vt.'] }],
          quotes: [{ text: 'Vermont is home', speaker: 'Sen. Bernie Sanders' }],
        },
        t0 + 3 * DAY,
      ),
    );
    const p = await store.person('bernie sanders');
    expect(p).not.toBeNull();
    expect(p!.articleCount).toBe(2);
    expect(p!.mentions).toBe(5);
    expect(p!.variants).toEqual(expect.arrayContaining(['Bernie Sanders', 'Sanders', 'Bernard Sanders']));
    expect(p!.descriptors).toEqual(expect.arrayContaining(['Sen.', 'I-Vt.']));
    expect(p!.quotes.map((q) => q.text)).toEqual(['Vermont is home', 'We are going to win Iowa']);
    expect(p!.firstSeen).toBe(t0);
    expect(p!.lastSeen).toBe(t0 + 3 * DAY);
    // Lookup by a partial name finds the same person.
    expect((await store.person('Sanders'))?.key).toBe('bernie sanders');
    const about = await store.articlesAbout('bernie sanders');
    expect(about.total).toBe(2);
    expect(about.articles[0].url).toBe('https://b.example/2');
  });

  it('recent() lists newest first; topPeople() by article count', async () => {
    const store = newStore();
    const t0 = Date.UTC(2026, 0, 1);
    await store.save(recordOf(sanders('https://a.example/1'), t0));
    await store.save(recordOf(sanders('https://a.example/2'), t0 + DAY));
    await store.save(
      recordOf(
        {
          url: 'https://a.example/3',
          title: 'Other',
          text: 'Mary Major opened a library in town today with the mayor.',
          people: [{ name: 'Mary Major', mentions: 4 }],
        },
        t0 + 2 * DAY,
      ),
    );
    // Jane Doe is in two articles too, with fewer mentions: ties break by mentions.
    expect((await store.recent(2)).map((a) => a.url)).toEqual(['https://a.example/3', 'https://a.example/2']);
    const top = await store.topPeople(2);
    expect(top[0].key).toBe('bernie sanders');
    expect(top[0].articleCount).toBe(2);
  });
});

describe('eviction', () => {
  it('keeps at most maxArticles, evicting the oldest read, and fixes person memory', async () => {
    const store = newStore();
    await store.setSettings({ maxArticles: 3 });
    const t0 = Date.UTC(2026, 0, 1);
    // The oldest article is the only one naming Jane Roe.
    await store.save(
      recordOf(
        {
          url: 'https://a.example/0',
          title: 'Roe',
          text: 'Jane Roe testified before the committee on Tuesday morning in the capital.',
          people: [{ name: 'Jane Roe', mentions: 2 }],
        },
        t0,
      ),
    );
    for (let i = 1; i <= 3; i++) {
      const r = await store.save(recordOf(sanders(`https://a.example/${i}`), t0 + i * DAY));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.evicted).toBe(i === 3 ? 1 : 0);
    }
    expect(await store.count()).toBe(3);
    expect((await store.db.meta.get('count'))?.v).toBe(3);
    expect(await store.get('https://a.example/0')).toBeNull();
    expect(await store.person('Jane Roe')).toBeNull();
    expect((await store.person('Bernie Sanders'))?.articleCount).toBe(3);
    // Lowering the bound applies at once.
    const s = await store.setSettings({ maxArticles: 1 });
    expect(s).toMatchObject({ ok: true, evicted: 2 });
    expect((await store.recent()).map((a) => a.url)).toEqual(['https://a.example/3']);
    const p = await store.person('Bernie Sanders');
    expect(p?.articleCount).toBe(1);
    expect(p?.firstSeen).toBe(t0 + 3 * DAY);
  });

  it('keeps within maxBytes (oldest first) and tracks the byte total', async () => {
    const store = newStore();
    const recs = Array.from({ length: 60 }, (_, i) =>
      recordOf(
        sanders(`https://a.example/${i}`, 3, `Paragraph ${i} adds words to this copy.`),
        Date.UTC(2026, 0, 1) + i * DAY,
      ),
    );
    await store.setSettings({ maxBytes: 64 * 1024 });
    for (const r of recs) await store.save(r);
    const stats = await store.stats();
    expect(stats.bytes).toBeLessThanOrEqual(64 * 1024);
    const kept = await store.recent(100);
    // Exactly the newest that fit are kept, and the byte total is their sum.
    expect(stats.bytes).toBe(kept.reduce((s, r) => s + r.size, 0));
    expect(kept.length).toBeLessThan(60);
    expect(kept.map((a) => a.url)).toEqual(
      recs
        .slice(60 - kept.length)
        .reverse()
        .map((r) => r.url),
    );
    // Eviction goes 1% below the bound (so a full memory does not evict on every save).
    const older = recs[60 - kept.length - 1];
    expect(stats.bytes + older.size).toBeGreaterThan(64 * 1024 - Math.floor((64 * 1024) / 100));
    expect((await store.person('Bernie Sanders'))?.articleCount).toBe(kept.length);
  });

  it('the page being saved is never evicted even if it alone is over the bound', async () => {
    const store = newStore();
    await store.setSettings({ maxArticles: 1 });
    await store.save(recordOf(sanders('https://a.example/1'), Date.UTC(2026, 0, 1)));
    const r = await store.save(recordOf(sanders('https://a.example/old'), Date.UTC(2025, 0, 1)));
    expect(r).toMatchObject({ ok: true, evicted: 1 });
    expect((await store.recent()).map((a) => a.url)).toEqual(['https://a.example/old']);
  });
});

describe('quota errors', () => {
  function failWithQuota(store: ReturnType<typeof newStore>, times: number) {
    let left = times;
    store.db.articles.hook('creating', () => {
      if (left > 0) {
        left--;
        throw new Dexie.QuotaExceededError('simulated: quota reached');
      }
      return undefined;
    });
  }

  it('reports {ok:false, reason:"quota"} and deletes nothing when eviction is not allowed', async () => {
    const store = newStore();
    for (let i = 1; i <= 3; i++) await store.save(recordOf(sanders(`https://a.example/${i}`), Date.UTC(2026, 0, i)));
    failWithQuota(store, 100);
    const r = await store.save(recordOf(sanders('https://a.example/new'), Date.UTC(2026, 1, 1)));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('quota');
      expect(r.message).toMatch(/Nothing was deleted/);
    }
    expect(await store.count()).toBe(3);
    expect((await store.person('Bernie Sanders'))?.articleCount).toBe(3);
    expect(await store.get('https://a.example/new')).toBeNull();
  });

  it('evicts the oldest and retries once when the reader allowed it', async () => {
    const store = newStore();
    await store.setSettings({ evictOnQuota: true });
    for (let i = 1; i <= 10; i++) await store.save(recordOf(sanders(`https://a.example/${i}`), Date.UTC(2026, 0, i)));
    failWithQuota(store, 1);
    const r = await store.save(recordOf(sanders('https://a.example/new'), Date.UTC(2026, 1, 1)));
    expect(r).toMatchObject({ ok: true, evicted: 1 });
    expect(await store.get('https://a.example/1')).toBeNull();
    expect(await store.get('https://a.example/new')).not.toBeNull();
    expect(await store.count()).toBe(10);
  });
});

describe('delete', () => {
  it('deletes one article, one site, or everything, fixing person memory', async () => {
    const store = newStore();
    await store.save(recordOf(sanders('https://www.one.example/1'), Date.UTC(2026, 0, 1)));
    await store.save(recordOf(sanders('https://one.example/2'), Date.UTC(2026, 0, 2)));
    await store.save(recordOf(sanders('https://two.example/3'), Date.UTC(2026, 0, 3)));
    expect(await store.deleteSite('www.one.example')).toMatchObject({ ok: true, deleted: 2 });
    expect((await store.recent()).map((a) => a.site)).toEqual(['two.example']);
    expect((await store.person('Bernie Sanders'))?.articleCount).toBe(1);
    expect(await store.deleteArticle('https://two.example/3')).toMatchObject({ ok: true, deleted: 1 });
    expect(await store.person('Bernie Sanders')).toBeNull();
    expect((await store.stats()).bytes).toBe(0);
    await store.save(recordOf(sanders('https://two.example/4'), Date.UTC(2026, 0, 4)));
    expect((await store.db.meta.get('count'))?.v).toBe(1);
    expect(await store.deleteAll()).toMatchObject({ ok: true, deleted: 1 });
    expect((await store.db.meta.get('count'))?.v).toBe(0);
    expect(await store.stats()).toEqual({ articles: 0, people: 0, bytes: 0 });
  });
});

describe('person memory for people named in many articles', () => {
  it('adjusts counts and quotes without a rebuild when an article goes or is read again', async () => {
    const store = newStore();
    const t0 = Date.UTC(2026, 0, 1);
    const n = REBUILD_LIMIT + 10;
    for (let i = 0; i < n; i++) {
      const r = await store.save(recordOf(sanders(`https://a.example/${i}`, 2), t0 + i * DAY));
      expect(r.ok).toBe(true);
    }
    let p = await store.person('Bernie Sanders');
    expect(p).toMatchObject({ articleCount: n, mentions: 2 * n });
    // Re-reading one with more mentions: no double count.
    await store.save(recordOf(sanders('https://a.example/5', 7), t0 + (n + 1) * DAY));
    p = await store.person('Bernie Sanders');
    expect(p).toMatchObject({ articleCount: n, mentions: 2 * n + 5, lastSeen: t0 + (n + 1) * DAY });
    // Deleting the article a kept quotation came from drops that quotation.
    const quoted = p!.quotes[0].url;
    await store.deleteArticle(quoted);
    p = await store.person('Bernie Sanders');
    expect(p!.articleCount).toBe(n - 1);
    expect(p!.quotes.map((q) => q.url)).not.toContain(quoted);
    // Jane Doe (1 mention each) is in just as many articles.
    expect((await store.person('Jane Doe'))?.articleCount).toBe(n - 1);
  });
});
