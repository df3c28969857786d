// Issue 12, item 4: backups that scale and never lose. One block per row of the table
// (each failed on the code before this change), plus what must keep holding: hostile files get a
// clear error with the memory unchanged, export → import → export is lossless, and a failed import
// removes nothing.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { exportAll, exportParts, importAll, planImport, prepareImport } from '../../utils/store/transfer';
import { LedeDB } from '../../utils/store/db';
import type { MemoryStore } from '../../utils/store/memory';
import { rebuildAllPeople } from '../../utils/store/people-table';
import { setBytes, setCount } from '../../utils/store/meta';
import { DAY, freshFactory, newStore, recordOf } from './helpers';

const T = Date.UTC(2026, 1, 1);
const NOW = T + 400 * DAY;

/** `n` articles of one site, read a minute apart from `from`. */
function stories(n: number, from: number, site: string) {
  return Array.from({ length: n }, (_, i) =>
    recordOf(
      {
        url: `https://${site}/a${i}`,
        title: `${site} story ${i}`,
        text: `Story ${i} from ${site}: Kim Reynolds and Bernie Sanders met again to talk about farms.`,
        people: [{ name: i % 2 ? 'Kim Reynolds' : 'Bernie Sanders', mentions: 1 }],
      },
      from + i * 60_000,
    ),
  );
}

/** Saves them as reading does (one by one); kept small, fake-indexeddb is slow. */
async function fill(store: MemoryStore, n: number, from: number, site = 'own.example') {
  for (const rec of stories(n, from, site)) {
    const r = await store.save(rec);
    if (!r.ok) throw new Error(r.message);
  }
}

/** Puts many at once, with the person memory and running totals saves would keep. */
async function bulkFill(store: MemoryStore, n: number, from: number, site = 'own.example') {
  const recs = stories(n, from, site);
  const db = store.db;
  await db.transaction('rw', db.articles, db.people, db.meta, async () => {
    await db.articles.bulkPut(recs);
    await rebuildAllPeople(db.articles, db.people);
    await setBytes(
      db,
      recs.reduce((b, r) => b + r.size, 0),
    );
    await setCount(db, recs.length);
  });
}

async function urls(store: MemoryStore): Promise<string[]> {
  return (await store.db.articles.toArray()).map((a) => a.url).sort();
}

describe('row: importing newer records over the memory’s bound', { timeout: 30_000 }, () => {
  // The 4,000 over 2,000, scaled down a hundredfold for fake-indexeddb.
  async function setup() {
    const store = newStore();
    expect((await store.setSettings({ maxArticles: 200 })).ok).toBe(true);
    await bulkFill(store, 200, T);
    const src = newStore();
    await bulkFill(src, 400, T + 10 * DAY, 'wire.example');
    return { store, file: await exportAll(src.db, NOW) };
  }

  it('the plan says what the limit would remove before anything changes', async () => {
    const { store, file } = await setup();
    const before = await urls(store);
    const p = prepareImport(file, NOW);
    if (!p.ok) throw new Error(p.message);
    const plan = await planImport(store.db, p.incoming);
    // 600 with everything; the limit keeps 198 (1% below 200, as saves evict): all from the file, being newer.
    expect(plan).toMatchObject({ inFile: 400, adding: 400, known: 0, overLimit: true });
    expect(plan.removesOwn).toBe(200);
    expect(plan.leavesOutFromFile).toBe(202);
    expect(plan.after.articles).toBe(198);
    expect(plan.raiseTo?.maxArticles).toBeGreaterThanOrEqual(600);
    expect(await urls(store)).toEqual(before);
  });

  it('applying the limit does it in the import, so the next save evicts nothing more', async () => {
    const { store, file } = await setup();
    const r = await importAll(store.db, file, { now: NOW });
    expect(r).toMatchObject({ ok: true, added: 198, removed: 200, leftOut: 202 });
    expect(await store.count()).toBe(198);
    await fill(store, 1, T + 20 * DAY, 'later.example');
    const next = await store.save(
      recordOf({ url: 'https://later.example/b', title: 'Later', text: 'Another story.' }, T + 21 * DAY),
    );
    expect(next).toMatchObject({ ok: true, evicted: 0 });
  });

  it('raising the limit keeps everything: the reader’s 200 and the file’s 400', async () => {
    const { store, file } = await setup();
    const r = await importAll(store.db, file, { now: NOW, choice: 'raise' });
    expect(r).toMatchObject({ ok: true, added: 400, removed: 0, leftOut: 0 });
    expect(await store.count()).toBe(600);
    expect((await store.settings()).maxArticles).toBeGreaterThanOrEqual(600);
    const next = await store.save(
      recordOf({ url: 'https://later.example/b', title: 'Later', text: 'Another story.' }, T + 21 * DAY),
    );
    expect(next).toMatchObject({ ok: true, evicted: 0 });
    expect(await store.get('https://own.example/a0')).not.toBeNull();
  });
});

describe('row: a newer copy of an article already stored', () => {
  it('keeps the reader’s record and says so; the file’s copy is skipped', async () => {
    const store = newStore();
    await fill(store, 2, T);
    const mine = await store.get('https://own.example/a0');
    const file = await exportAll(store.db, NOW);
    file.articles[0] = { ...file.articles[0], title: 'Rewritten by someone else', readAt: T + 30 * DAY };
    const r = await importAll(store.db, file, { now: NOW });
    expect(r).toMatchObject({ ok: true, added: 0, known: 2, removed: 0 });
    expect(await store.get('https://own.example/a0')).toEqual(mine);
  });
});

describe('row: person keys in a file', () => {
  it('are derived from the names, so a file cannot attach an article or a quotation to someone else', async () => {
    const store = newStore();
    await fill(store, 2, T); // Bernie Sanders in a0, Kim Reynolds in a1
    const src = newStore();
    await src.save(
      recordOf(
        {
          url: 'https://wire.example/x',
          title: 'A headline meant for Kim Reynolds’ card',
          text: 'Bernie Sanders spoke in Ames.',
          people: [{ name: 'Bernie Sanders', mentions: 2 }],
          quotes: [
            { text: 'We will win', speaker: 'Bernie Sanders' },
            { text: 'Not mine', speaker: 'Someone Else' },
          ],
        },
        T + DAY,
      ),
    );
    const file = await exportAll(src.db, NOW);
    const a = file.articles[0];
    a.people[0].key = 'kim reynolds';
    a.quotes[0].speakerKey = 'kim reynolds';
    a.quotes[1].speakerKey = 'kim reynolds';
    expect((await importAll(store.db, file, { now: NOW })).ok).toBe(true);

    const rec = await store.get('https://wire.example/x');
    expect(rec?.personKeys).toEqual(['bernie sanders']);
    expect(rec?.people.map((p) => p.key)).toEqual(['bernie sanders']);
    expect(rec?.quotes.map((q) => q.speakerKey)).toEqual(['bernie sanders', null]);
    const kim = await store.articlesAbout('kim reynolds');
    expect(kim.articles.map((x) => x.url)).toEqual(['https://own.example/a1']);
    expect((await store.person('Kim Reynolds'))?.quotes).toEqual([]);
    expect((await store.person('Bernie Sanders'))?.articleCount).toBe(2);
  });
});

describe('row: dates out of range', () => {
  it('an article read at 1e16 (or in the future, or published on no calendar day) is left out and counted', async () => {
    const store = newStore();
    await fill(store, 1, T);
    const src = newStore();
    await fill(src, 4, T + DAY, 'wire.example');
    const file = await exportAll(src.db, NOW);
    file.articles[0].readAt = 1e16;
    file.articles[1].readAt = NOW + 30 * DAY;
    file.articles[2].publishedAt = '2026-13-45';
    const p = prepareImport(file, NOW);
    if (!p.ok) throw new Error(p.message);
    expect(p.incoming.dropped).toEqual([
      { reason: 'readAt', count: 2, first: 'articles[0]' },
      { reason: 'publishedAt', count: 1, first: 'articles[2]' },
    ]);
    const r = await importAll(store.db, file, { now: NOW });
    expect(r).toMatchObject({ ok: true, added: 1, dropped: 3 });
    expect(await urls(store)).toEqual(['https://own.example/a0', 'https://wire.example/a3']);
    const times = (await store.db.articles.toArray()).map((a) => a.readAt);
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW);
  });
});

describe('hostile files keep getting a clear error, the memory unchanged', () => {
  const cases: [string, unknown, RegExp][] = [
    ['not JSON', '{"format": "lede-memory", ', /not a Lede backup: it is not JSON/],
    ['another format', { format: 'other', version: 1, articles: [] }, /not a Lede backup/],
    [
      'a __proto__ format',
      JSON.parse('{"__proto__": {"format": "lede-memory"}, "version": 1, "articles": []}'),
      /not a Lede backup/,
    ],
    ['a newer version', { format: 'lede-memory', version: 2, articles: [] }, /newer version of Lede \(format 2\)/],
    ['a fractional version', { format: 'lede-memory', version: 0.5, articles: [] }, /damaged/],
    ['javascript: URL', { format: 'lede-memory', version: 1, articles: [{ url: 'javascript:alert(1)' }] }, /damaged/],
  ];
  for (const [name, input, message] of cases)
    it(name, async () => {
      const store = newStore();
      await fill(store, 2, T);
      const before = await exportAll(store.db, NOW);
      const r = await importAll(store.db, typeof input === 'string' ? input : JSON.stringify(input), { now: NOW });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
      expect(await exportAll(store.db, NOW)).toEqual(before);
    });

  it('__proto__ inside an article pollutes nothing; HTML in a title stays text', async () => {
    const store = newStore();
    const src = newStore();
    await fill(src, 1, T, 'wire.example');
    const file = await exportAll(src.db, NOW);
    const text = JSON.stringify(file)
      .replace('"url":', '"__proto__":{"polluted":true,"title":"proto"},"url":')
      .replace('wire.example story 0', '<img src=x onerror=alert(1)>');
    const r = await importAll(store.db, text, { now: NOW });
    expect(r).toMatchObject({ ok: true, added: 1 });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const rec = await store.get('https://wire.example/a0');
    expect(rec?.title).toBe('<img src=x onerror=alert(1)>');
    expect(Object.keys(rec!)).not.toContain('polluted');
  });
});

describe('lossless and never losing', { timeout: 30_000 }, () => {
  it('export → delete all → import → export gives the same file, piece by piece the same as one text', async () => {
    const store = newStore();
    await bulkFill(store, 30, T);
    await fill(store, 10, T + DAY, 'wire.example');
    const first = (await exportParts(store.db, NOW)).parts.join('');
    expect(first).toBe(JSON.stringify(await exportAll(store.db, NOW)));
    await store.deleteAll();
    expect((await importAll(store.db, first, { now: NOW })).ok).toBe(true);
    const second = (await exportParts(store.db, NOW)).parts.join('');
    expect(second).toBe(first);
  });

  it('an import that fails while writing removes nothing (one transaction)', async () => {
    const store = newStore();
    await store.setSettings({ maxArticles: 20 });
    await bulkFill(store, 20, T);
    const src = newStore();
    await bulkFill(src, 30, T + DAY, 'wire.example');
    const file = await exportAll(src.db, NOW);
    const before = await exportAll(store.db, NOW);
    // The limit removes the reader's 20 first; then writing the new ones fails.
    store.db.articles.bulkAdd = () => Dexie.Promise.reject(new Error('disk on fire')) as never;
    const r = await importAll(store.db, file, { now: NOW });
    expect(r).toMatchObject({ ok: false, reason: 'error' });
    expect(await exportAll(store.db, NOW)).toEqual(before);
  });
});

describe('the background’s connection and the options page’s', () => {
  it('share one schema; a connection asked to step aside (versionchange) closes and reopens on next use', async () => {
    const factory = freshFactory();
    const background = new LedeDB('one-database', { indexedDB: factory, IDBKeyRange });
    const page = new LedeDB('one-database', { indexedDB: factory, IDBKeyRange });
    await background.meta.put({ k: 'x', v: 1 });
    expect((await page.meta.get('x'))?.v).toBe(1);
    expect(page.verno).toBe(background.verno);
    // Another connection deletes the database (as an upgrade would replace it): not blocked.
    const other = new LedeDB('one-database', { indexedDB: factory, IDBKeyRange });
    await other.open();
    await Promise.race([
      other.delete(),
      new Promise((_, no) => setTimeout(() => no(new Error('blocked by an open connection')), 2000)),
    ]);
    expect(await background.meta.get('x')).toBeUndefined();
    await background.meta.put({ k: 'y', v: 2 });
    expect((await page.meta.get('y'))?.v).toBe(2);
  });
});
