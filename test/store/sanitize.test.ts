import { describe, expect, it } from 'vitest';
import { sanitizeArticle, sanitizePerson } from '../../utils/store/sanitize';
import { newStore, recordOf } from './helpers';
import { related } from '../../utils/store/related';
import { personHistory } from '../../utils/store/history';

describe('broken stored records', () => {
  it('sanitizeArticle coerces wrong types and drops what cannot be read', () => {
    expect(sanitizeArticle(null)).toBeNull();
    expect(sanitizeArticle('x')).toBeNull();
    expect(sanitizeArticle({ title: 'no url' })).toBeNull();
    const a = sanitizeArticle({
      url: 'https://x.example/a',
      title: 7,
      readAt: 'soon',
      summary: ['ok', 3, null],
      people: [{ name: 'Ann Lee', count: -2 }, 'Bob', { count: 3 }],
      quotes: [{ text: '' }, { text: 'Fine', speaker: 5 }],
      timeline: [{ date: '2020', text: 'x' }, { date: 2020 }],
      terms: [['a', 500], ['b'], 'c'],
      fingerprint: 'zz',
      personKeys: 'nope',
    });
    expect(a).toMatchObject({
      url: 'https://x.example/a',
      site: 'x.example',
      title: null,
      readAt: 0,
      summary: ['ok'],
      people: [{ key: 'ann lee', name: 'Ann Lee', count: 1, variants: [], descriptors: [] }],
      quotes: [{ text: 'Fine', speaker: null, speakerKey: null }],
      timeline: [{ date: '2020', text: 'x' }],
      terms: [['a', 100]],
      fingerprint: '',
      personKeys: ['ann lee'],
      termKeys: ['a'],
      fpBands: [],
    });
    expect(a!.size).toBeGreaterThan(0);
  });

  it('sanitizePerson fills defaults', () => {
    expect(sanitizePerson({ key: 'x' })).toBeNull();
    expect(
      sanitizePerson({
        name: 'Ann Lee',
        quotes: [
          { text: 'hi', url: 'ftp://x' },
          { text: 'ok', url: 'https://a.example/' },
        ],
      }),
    ).toMatchObject({
      key: 'ann lee',
      articleCount: 0,
      quotes: [{ text: 'ok', url: 'https://a.example/', readAt: 0 }],
    });
  });

  it('broken rows in the database never break reads, related or person history', async () => {
    const store = newStore();
    await store.save(
      recordOf({
        url: 'https://a.example/1',
        title: 'Good',
        text: 'Ann Lee opened the new bridge in Springfield on Monday.',
        people: [{ name: 'Ann Lee', mentions: 2 }],
      }),
    );
    // Write damaged rows straight into the tables, as an old bug or a disk error might.
    await store.db.articles.add({
      url: 'https://a.example/2',
      title: ['x'],
      people: [{ name: 'Ann Lee', count: 'many' }],
      personKeys: ['ann lee'],
      termKeys: ['bridge'],
      readAt: 5,
    } as never);
    await store.db.articles.add({ url: 42, personKeys: ['ann lee'], termKeys: ['bridge'] } as never);
    await store.db.people.put({ key: 'broken', name: null, articleCount: 'x' } as never);
    const recent = await store.recent(10);
    expect(recent.map((a) => a.url)).toEqual(['https://a.example/1', 'https://a.example/2']);
    expect(await store.topPeople(10)).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'ann lee' })]));
    const cur = recordOf({
      url: 'https://b.example/c',
      title: 'Bridge',
      text: 'Ann Lee spoke about the bridge in Springfield.',
      people: [{ name: 'Ann Lee', mentions: 1 }],
    });
    const rel = await related(store.db, cur);
    expect(rel.stories.map((s) => s.articles[0].url).sort()).toEqual(['https://a.example/1', 'https://a.example/2']);
    const h = await personHistory(store, 'Ann Lee');
    expect(h?.articleCount).toBe(2);
    expect(await store.searchArticles('good')).toHaveLength(1);
  });
});
