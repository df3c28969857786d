import { describe, expect, it } from 'vitest';
import { related, scorePair } from '../../utils/store/related';
import { storyTimeline } from '../../utils/store/story-timeline';
import { DAY, newStore, recordOf, type FakeArticle } from './helpers';

const T = Date.UTC(2026, 2, 1);

const WIRE =
  'Senator Bernie Sanders told a crowd of about two thousand supporters in Des Moines that his campaign would fight for ' +
  'higher wages and universal health care. Sanders criticized the pharmaceutical industry and pledged to cap insulin ' +
  'prices. Governor Kim Reynolds did not respond to a request for comment. The rally came days before the caucuses, ' +
  'where polls show a close race among the leading candidates in the state.';

function art(url: string, over: Partial<FakeArticle> = {}): FakeArticle {
  return {
    url,
    title: 'Sanders rallies in Des Moines before caucuses',
    text: WIRE,
    people: [
      { name: 'Bernie Sanders', mentions: 5 },
      { name: 'Kim Reynolds', mentions: 1 },
    ],
    publishedAt: '2026-03-01',
    ...over,
  };
}

const unrelated = (url: string, i: number): FakeArticle => ({
  url,
  title: `Local bakery ${i} wins regional bread contest`,
  text: `The bakery on Main Street won first prize for its sourdough loaf number ${i}. Owner Maria Lopez said the recipe came from her grandmother, and the shop plans to open a second location near the harbor next spring.`,
  people: [{ name: 'Maria Lopez', mentions: 2 }],
  publishedAt: '2026-03-01',
});

describe('related coverage', () => {
  it('ranks articles sharing central people above unrelated ones', async () => {
    const store = newStore();
    for (let i = 0; i < 8; i++) await store.save(recordOf(unrelated(`https://bakery.example/${i}`, i), T - i * DAY));
    await store.save(
      recordOf(
        {
          url: 'https://politics.example/reynolds',
          title: 'Reynolds signs education bill',
          text: 'Governor Kim Reynolds signed the education bill on Tuesday. Reynolds said the law would give parents more choices. Democrats in the legislature opposed the measure.',
          people: [{ name: 'Kim Reynolds', mentions: 3 }],
          publishedAt: '2026-02-27',
        },
        T - 2 * DAY,
      ),
    );
    await store.save(
      recordOf(
        {
          url: 'https://politics.example/sanders-nh',
          title: 'Sanders heads to New Hampshire',
          text: 'Bernie Sanders campaigned in Manchester on Sunday, repeating his call for universal health care and lower insulin prices. Sanders drew a large crowd of supporters.',
          people: [{ name: 'Bernie Sanders', mentions: 4 }],
          publishedAt: '2026-02-25',
        },
        T - 5 * DAY,
      ),
    );
    const cur = recordOf(art('https://now.example/current'), T);
    const res = await related(store.db, cur);
    const urls = res.stories.map((s) => s.articles[0].url);
    expect(urls[0]).toBe('https://politics.example/sanders-nh');
    expect(urls[1]).toBe('https://politics.example/reynolds');
    expect(urls).not.toContain('https://bakery.example/0');
    expect(res.stories[0].sharedPeople).toEqual(['Bernie Sanders']);
  });

  it('collapses syndicated copies into one story and reports copies of the current article', async () => {
    const store = newStore();
    // The same wire story on three sites, one with a changed last sentence.
    await store.save(
      recordOf(
        art('https://wire.example/story', { publishedAt: '2026-02-20', text: WIRE.replace('Des Moines', 'Ames') }),
        T - 9 * DAY,
      ),
    );
    await store.save(
      recordOf(
        art('https://paper-a.example/copy', {
          publishedAt: '2026-02-20',
          text: WIRE.replace('Des Moines', 'Ames') + ' Copyright Paper A.',
        }),
        T - 8 * DAY,
      ),
    );
    await store.save(
      recordOf(
        art('https://paper-b.example/copy', {
          publishedAt: '2026-02-20',
          text: WIRE.replace('Des Moines', 'Ames').replace('close race', 'tight race'),
        }),
        T - 8 * DAY,
      ),
    );
    // A different article about the same person.
    await store.save(
      recordOf(
        art('https://other.example/follow-up', {
          title: 'Sanders unveils insulin plan',
          text: 'Bernie Sanders released a plan on Monday to cap insulin prices at thirty five dollars. Sanders said drug makers had profited for too long while patients rationed medicine.',
          people: [{ name: 'Bernie Sanders', mentions: 3 }],
          publishedAt: '2026-02-24',
        }),
        T - 6 * DAY,
      ),
    );
    // An exact copy of the current article under another URL.
    await store.save(
      recordOf(art('https://mirror.example/current-copy', { title: 'Sanders rallies in Des Moines' }), T - DAY),
    );
    const cur = recordOf(art('https://now.example/current'), T);
    const res = await related(store.db, cur);
    expect(res.sameStory.map((a) => a.url)).toEqual(['https://mirror.example/current-copy']);
    expect(res.stories).toHaveLength(2);
    const wire = res.stories.find((s) => s.articles.some((a) => a.url === 'https://wire.example/story'))!;
    expect(wire.articles.map((a) => a.url).sort()).toEqual([
      'https://paper-a.example/copy',
      'https://paper-b.example/copy',
      'https://wire.example/story',
    ]);
    expect(res.stories.flatMap((s) => s.articles.map((a) => a.url))).not.toContain('https://now.example/current');
  });

  it('decays with distance in time: the same match years apart ranks lower', async () => {
    const store = newStore();
    const mk = (url: string, publishedAt: string) =>
      recordOf(
        {
          url,
          title: `Reynolds budget ${url.slice(-1)}`,
          text: `Governor Kim Reynolds presented the state budget with new school funding ${url}. Reynolds said taxes would fall.`,
          people: [{ name: 'Kim Reynolds', mentions: 2 }],
          publishedAt,
        },
        T - DAY,
      );
    await store.save(mk('https://x.example/old', '2021-03-01'));
    await store.save(mk('https://x.example/new', '2026-02-26'));
    const cur = recordOf(
      {
        url: 'https://now.example/c',
        title: 'Budget debate',
        text: 'Governor Kim Reynolds defended the state budget and school funding today. Reynolds said taxes would fall.',
        people: [{ name: 'Kim Reynolds', mentions: 2 }],
        publishedAt: '2026-03-01',
      },
      T,
    );
    const res = await related(store.db, cur);
    expect(res.stories.map((s) => s.articles[0].url)).toEqual(['https://x.example/new', 'https://x.example/old']);
    expect(res.stories[0].score).toBeGreaterThan(res.stories[1].score * 1.5);
  });

  it('weights shared people by how central they are in both articles', () => {
    const cur = recordOf(art('https://now.example/c'));
    const central = recordOf(
      art('https://a.example/1', {
        text: 'Different words entirely about farming and rain.',
        title: 'x',
        people: [
          { name: 'Bernie Sanders', mentions: 6 },
          { name: 'Someone Else', mentions: 1 },
        ],
      }),
    );
    const passing = recordOf(
      art('https://a.example/2', {
        text: 'Different words entirely about farming and rain.',
        title: 'x',
        people: [
          { name: 'Bernie Sanders', mentions: 1 },
          { name: 'Someone Else', mentions: 6 },
        ],
      }),
    );
    expect(scorePair(cur, central).people).toBeGreaterThan(scorePair(cur, passing).people);
  });

  it('finds nothing in an empty memory, and nothing for an article sharing nothing', async () => {
    const store = newStore();
    const cur = recordOf(art('https://now.example/c'));
    expect((await related(store.db, cur)).stories).toEqual([]);
    await store.save(recordOf(unrelated('https://bakery.example/1', 1)));
    expect((await related(store.db, cur)).stories).toEqual([]);
  });

  it('story timeline interleaves earlier coverage, marked, earliest first', async () => {
    const store = newStore();
    const other =
      'Bernie Sanders opened a campaign office in Iowa with volunteers and staff. Sanders said health care and wages would lead his message to caucus voters.';
    await store.save(
      recordOf(
        art('https://wire.example/old', { publishedAt: '2026-02-20', title: 'Sanders opens Iowa office', text: other }),
        T - 9 * DAY,
      ),
    );
    await store.save(
      recordOf(
        art('https://wire.example/later', {
          publishedAt: '2026-03-05',
          title: 'Sanders after the caucuses',
          text: other + ' After the vote he thanked supporters.',
        }),
        T,
      ),
    );
    const cur = recordOf(
      art('https://now.example/c', {
        timeline: [
          { date: '2026-03-01', text: 'Sanders held a rally.' },
          { date: '2016', text: 'Sanders first ran.' },
        ],
      }),
      T,
    );
    const res = await related(store.db, cur);
    const tl = storyTimeline(cur.timeline, res.stories, cur);
    expect(tl).toEqual([
      { kind: 'entry', date: '2016', text: 'Sanders first ran.' },
      {
        kind: 'memory',
        date: '2026-02-20',
        text: 'Sanders opens Iowa office',
        url: 'https://wire.example/old',
        site: 'wire.example',
      },
      { kind: 'entry', date: '2026-03-01', text: 'Sanders held a rally.' },
    ]);
  });

  it('story timeline orders weeks, quarters and seasons among days', () => {
    const tl = storyTimeline(
      [
        { date: '2026-11-19', text: 'd' },
        { date: '2026-W46', text: 'w' },
        { date: '2026-Q4', text: 'q' },
        { date: '2026-SU', text: 's' },
        { date: 'PAST_REF', text: 'p' },
      ],
      [],
      { publishedAt: '2026-11-19' },
    );
    expect(tl.map((t) => t.text)).toEqual(['s', 'q', 'w', 'd', 'p']);
  });
});
