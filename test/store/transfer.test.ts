import { describe, expect, it } from 'vitest';
import { exportAll, importAll } from '../../utils/store/transfer';
import { validateExport } from '../../utils/store/validate';
import { DAY, newStore, recordOf } from './helpers';

const T = Date.UTC(2026, 1, 1);

async function seeded() {
  const store = newStore();
  await store.save(
    recordOf(
      {
        url: 'https://a.example/1',
        title: 'Sanders in Iowa',
        text: 'Bernie Sanders spoke in Des Moines about wages and health care for all workers.',
        people: [{ name: 'Bernie Sanders', mentions: 3, descriptors: ['Sen.'] }],
        quotes: [{ text: 'We will win', speaker: 'Bernie Sanders' }],
        timeline: [{ date: '2026-01-31', text: 'Sanders spoke.' }],
        publishedAt: '2026-01-31',
      },
      T,
    ),
  );
  await store.save(
    recordOf(
      {
        url: 'https://b.example/2',
        title: 'Reynolds signs bill',
        text: 'Governor Kim Reynolds signed the school bill into law on Tuesday afternoon.',
        people: [
          { name: 'Kim Reynolds', mentions: 2 },
          { name: 'Bernie Sanders', mentions: 1 },
        ],
      },
      T + DAY,
    ),
  );
  return store;
}

async function snapshot(store: Awaited<ReturnType<typeof seeded>>) {
  const arts = (await store.recent(100)).map(({ id: _id, ...rest }) => rest);
  const people = await store.searchPeople('', 100);
  return { arts, people, stats: await store.stats() };
}

describe('export / import', () => {
  it('export → delete all → import restores the same data', async () => {
    const store = await seeded();
    const before = await snapshot(store);
    const file = await exportAll(store.db, T + 2 * DAY);
    expect(file).toMatchObject({ format: 'lede-memory', version: 1, exportedAt: '2026-02-03T00:00:00.000Z' });
    expect(file.articles).toHaveLength(2);
    const text = JSON.stringify(file);
    await store.deleteAll();
    expect((await store.stats()).articles).toBe(0);
    const r = await importAll(store.db, text);
    expect(r).toMatchObject({ ok: true, added: 2, known: 0, leftOut: 0, removed: 0, dropped: 0 });
    expect((await store.db.meta.get('count'))?.v).toBe(2);
    expect(await snapshot(store)).toEqual(before);
  });

  it('merges into an existing memory: new articles added, the reader’s own records kept as they are', async () => {
    const store = await seeded();
    const file = await exportAll(store.db);
    // Reader reads a.example/1 again later, and a third article, after exporting.
    await store.save(
      recordOf(
        {
          url: 'https://a.example/1',
          title: 'Sanders in Iowa (updated)',
          text: 'Bernie Sanders spoke again in Des Moines.',
          people: [{ name: 'Bernie Sanders', mentions: 2 }],
        },
        T + 5 * DAY,
      ),
    );
    await store.save(
      recordOf(
        {
          url: 'https://c.example/3',
          title: 'Third',
          text: 'Mary Major opened a new library downtown on Friday.',
          people: [{ name: 'Mary Major', mentions: 1 }],
        },
        T + 6 * DAY,
      ),
    );
    // The export also carries an article this memory never had.
    file.articles.push({ ...file.articles[1], url: 'https://d.example/4', title: 'Fourth' });
    const r = await importAll(store.db, file);
    expect(r).toMatchObject({ ok: true, added: 1, known: 2 });
    expect((await store.get('https://a.example/1'))?.title).toBe('Sanders in Iowa (updated)');
    expect(await store.count()).toBe(4);
    expect((await store.person('Bernie Sanders'))?.articleCount).toBe(3);
    expect((await store.person('Kim Reynolds'))?.articleCount).toBe(2);
    // Importing the same file again changes nothing.
    expect(await importAll(store.db, file)).toMatchObject({ ok: true, added: 0, known: 3 });
    expect(await store.count()).toBe(4);
  });

  it('a bad file is rejected with reasons, and nothing is lost or added', async () => {
    const store = await seeded();
    const before = await snapshot(store);
    const file = await exportAll(store.db);
    const bad = JSON.parse(JSON.stringify(file));
    bad.articles.push({ ...bad.articles[0], url: 'https://e.example/5' });
    bad.articles[1].readAt = 'yesterday';
    bad.articles[2].people = [{ name: 42, count: 0 }];
    const r = await importAll(store.db, bad);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'invalid') {
      expect(r.errors).toEqual([
        'articles[1].readAt: expected a time in milliseconds',
        'articles[2].people[0].name: expected text, got number',
        'articles[2].people[0].count: expected a positive whole number',
      ]);
    } else throw new Error('expected invalid');
    expect(await snapshot(store)).toEqual(before);
    expect(await store.get('https://e.example/5')).toBeNull();
  });

  it('rejects non-JSON, other formats, newer versions, and script URLs', async () => {
    const store = await seeded();
    const r1 = await importAll(store.db, '{not json');
    expect(r1).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: 'This file is not a Lede backup: it is not JSON. Nothing was imported.',
    });
    expect(validateExport([])).toEqual({ ok: false, errors: ['file: expected a JSON object, got a list'] });
    expect(validateExport({ format: 'other', version: 1, articles: [] })).toEqual({
      ok: false,
      errors: ['format: expected "lede-memory" (is this a Lede export?)'],
    });
    const newer = validateExport({ format: 'lede-memory', version: 9, articles: [] });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.errors[0]).toMatch(/newer Lede/);
    const file = await exportAll(store.db);
    file.articles[0].url = 'javascript:alert(1)';
    const r2 = validateExport(file);
    expect(r2).toEqual({ ok: false, errors: ['articles[0].url: not an http(s) address'] });
    expect(await store.count()).toBe(2);
  });

  it('does not trust derived fields from the file', async () => {
    const store = newStore();
    const src = await seeded();
    const file = await exportAll(src.db);
    const tampered = JSON.parse(JSON.stringify(file));
    tampered.articles[0].personKeys = ['someone else'];
    tampered.articles[0].size = 1;
    expect((await importAll(store.db, tampered)).ok).toBe(true);
    const a = await store.get('https://a.example/1');
    expect(a?.personKeys).toEqual(['bernie sanders']);
    expect(a!.size).toBeGreaterThan(100);
  });
});
