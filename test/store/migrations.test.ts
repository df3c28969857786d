import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { SCHEMA_V1, SCHEMA_VERSION } from '../../utils/store/db';
import { MemoryStore } from '../../utils/store/memory';
import type { ArticleV1 } from '../../utils/store/migrate-v1';
import { DAY, freshFactory, openDb, recordOf } from './helpers';
import { related } from '../../utils/store/related';

const t0 = Date.UTC(2025, 5, 1);

const v1Articles: ArticleV1[] = [
  {
    url: 'https://news.example/iowa',
    site: 'news.example',
    title: 'Sanders rallies supporters in Iowa',
    byline: 'A. Writer',
    publishedAt: '2025-06-01',
    readAt: t0,
    summary: 'Bernie Sanders spoke in Des Moines. He promised to stay in the race.',
    people: [
      { name: 'Bernie Sanders', count: 4, descriptors: ['Sen.'] },
      { name: 'Jane Doe', count: 1 },
    ],
    quotes: [{ text: 'We are staying in this race', speaker: 'Bernie Sanders' }],
    timeline: [{ date: '2025-06-01', text: 'Sanders spoke in Des Moines.' }],
    terms: { sanders: 5, iowa: 4, rally: 2, moines: 1 },
  },
  {
    url: 'https://other.example/vermont',
    site: 'other.example',
    title: 'Sanders back in Vermont',
    byline: null,
    publishedAt: null,
    readAt: t0 + DAY,
    summary: 'Sanders returned to Burlington.',
    people: [{ name: 'Sen. Bernie Sanders', count: 2 }],
    quotes: [],
    timeline: [],
    terms: { sanders: 3, vermont: 3, burlington: 1 },
  },
];

async function makeV1(factory: IDBFactory, rows: unknown[]) {
  const old = new Dexie('lede-test', { indexedDB: factory, IDBKeyRange });
  old.version(1).stores(SCHEMA_V1);
  await old.table('articles').bulkAdd(rows);
  old.close();
}

describe('schema migrations', () => {
  it('the current version is 2', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('v1 → v2 keeps every article and field, and builds the person memory', async () => {
    const factory = freshFactory();
    // A damaged v1 row (wrong types) must not stop the upgrade or be lost.
    await makeV1(factory, [
      ...v1Articles,
      { url: 'https://bad.example/x', title: 42, people: 'nope', readAt: 'yesterday' },
    ]);
    const db = openDb(factory);
    await db.open();
    expect(db.verno).toBe(2);
    const store = new MemoryStore(db);
    expect(await store.count()).toBe(3);
    expect((await db.meta.get('count'))?.v).toBe(3);

    const iowa = await store.get('https://news.example/iowa');
    expect(iowa).toMatchObject({
      site: 'news.example',
      title: 'Sanders rallies supporters in Iowa',
      byline: 'A. Writer',
      publishedAt: '2025-06-01',
      readAt: t0,
      summary: ['Bernie Sanders spoke in Des Moines.', 'He promised to stay in the race.'],
      timeline: [{ date: '2025-06-01', text: 'Sanders spoke in Des Moines.' }],
      quotes: [{ text: 'We are staying in this race', speaker: 'Bernie Sanders', speakerKey: 'bernie sanders' }],
    });
    expect(iowa!.people.map((p) => [p.key, p.count])).toEqual([
      ['bernie sanders', 4],
      ['jane doe', 1],
    ]);
    expect(iowa!.terms[0]).toEqual(['sanders', 100]);
    expect(iowa!.personKeys).toEqual(['bernie sanders', 'jane doe']);
    expect(iowa!.termKeys).toContain('iowa');
    expect(iowa!.fingerprint).toMatch(/^[0-9a-f]{16}$/);

    const bad = await store.get('https://bad.example/x');
    expect(bad).toMatchObject({ url: 'https://bad.example/x', title: null, people: [], readAt: 0 });

    // "Sen. Bernie Sanders" in the second article merges with "Bernie Sanders".
    const p = await store.person('Bernie Sanders');
    expect(p).toMatchObject({ articleCount: 2, mentions: 6, firstSeen: t0, lastSeen: t0 + DAY });
    expect(p!.quotes.map((q) => q.text)).toEqual(['We are staying in this race']);
    expect((await store.stats()).bytes).toBeGreaterThan(0);

    // The new indexes work on migrated data.
    const current = recordOf(
      {
        url: 'https://third.example/now',
        title: 'Sanders in Iowa again',
        text: 'Bernie Sanders returned to Iowa for another rally with supporters in Des Moines.',
        people: [{ name: 'Bernie Sanders', mentions: 3 }],
      },
      t0 + 2 * DAY,
    );
    const rel = await related(db, current);
    expect(rel.stories.map((s) => s.articles[0].url).sort()).toEqual([
      'https://news.example/iowa',
      'https://other.example/vermont',
    ]);
    db.close();
  });

  it('an empty v1 database upgrades to an empty v2 one', async () => {
    const factory = freshFactory();
    await makeV1(factory, []);
    const db = openDb(factory);
    const store = new MemoryStore(db);
    expect(await store.stats()).toEqual({ articles: 0, people: 0, bytes: 0 });
    expect(db.verno).toBe(2);
  });

  it('a v2 database reopens without change', async () => {
    const factory = freshFactory();
    const s1 = new MemoryStore(openDb(factory));
    await s1.save(
      recordOf({
        url: 'https://a.example/1',
        title: 'T',
        text: 'Mary Major opened a library in town with the mayor today.',
        people: [{ name: 'Mary Major', mentions: 2 }],
      }),
    );
    s1.db.close();
    const s2 = new MemoryStore(openDb(factory));
    expect(await s2.count()).toBe(1);
    expect((await s2.person('Mary Major'))?.articleCount).toBe(1);
  });
});
