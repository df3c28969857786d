// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Related } from '../../entrypoints/popup/Related';
import { Timeline } from '../../entrypoints/popup/Timeline';
import { Quotes } from '../../entrypoints/popup/Quotes';
import { Summary } from '../../entrypoints/popup/Summary';
import { Overview, RecentReading } from '../../entrypoints/popup/Overview';
import { ArticleMemory } from '../../entrypoints/popup/ArticleMemory';
import type { RelatedResult } from '../../utils/store/related';

import { mount } from '../helpers/mount';

const result: RelatedResult = {
  candidates: 3,
  sameStory: [],
  stories: [
    {
      score: 0.8,
      sharedPeople: ['Bernie Sanders'],
      sharedTerms: ['iowa'],
      articles: [
        {
          id: 1,
          url: 'https://wire.example/a',
          site: 'wire.example',
          title: 'Sanders in Iowa',
          publishedAt: '2026-02-20',
          readAt: 0,
          score: 0.8,
        },
        {
          id: 2,
          url: 'https://paper.example/a',
          site: 'paper.example',
          title: 'Sanders in Iowa',
          publishedAt: '2026-02-20',
          readAt: 0,
          score: 0.7,
        },
      ],
    },
    {
      score: 0.5,
      sharedPeople: [],
      sharedTerms: [],
      articles: [
        {
          id: 3,
          url: 'https://other.example/b',
          site: 'other.example',
          title: null,
          publishedAt: null,
          readAt: Date.UTC(2026, 1, 3),
          score: 0.5,
        },
      ],
    },
  ],
};

describe('Related', () => {
  it('renders each story as a link with site and date inside [data-testid=related]', () => {
    const el = mount(<Related result={result} />);
    const section = el.querySelector('[data-testid=related]')!;
    const items = section.querySelectorAll('ul.related > li');
    expect(items).toHaveLength(2);
    const lead = items[0].querySelector('a.headline') as HTMLAnchorElement;
    expect(lead.getAttribute('href')).toBe('https://wire.example/a');
    expect(lead.textContent).toBe('Sanders in Iowa');
    expect(items[0].textContent).toContain('wire.example');
    expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe('2026-02-20');
    expect(items[0].textContent).toContain('February 20, 2026');
    // The syndicated copy is collapsed under the story, still a link.
    expect((items[0].querySelector('a.copy') as HTMLAnchorElement).href).toBe('https://paper.example/a');
    // No title: the URL stands in; no published date: the read date.
    expect(items[1].querySelector('a.headline')?.textContent).toBe('https://other.example/b');
    expect(items[1].querySelector('time')?.getAttribute('datetime')).toBe('2026-02-03');
    expect(section.querySelector('h2')?.textContent).toMatch(/Related/);
  });

  it('shows designed empty, loading and error states', () => {
    expect(mount(<Related result={{ stories: [], sameStory: [], candidates: 0 }} />).textContent).toMatch(
      /Nothing related in your reading memory yet/,
    );
    const loading = mount(<Related result={null} state="loading" />);
    expect(loading.querySelector('[role=status]')?.textContent).toMatch(/Looking through your reading/);
    const err = mount(<Related result={null} state="error" error="The memory is unavailable." />);
    expect(err.querySelector('[role=alert]')?.textContent).toBe('The memory is unavailable.');
  });

  it('a broken record does not throw, and unsafe URLs are not links', () => {
    const broken = {
      candidates: 1,
      sameStory: [],
      stories: [
        {
          score: 1,
          sharedPeople: 'x',
          sharedTerms: null,
          articles: [{ url: 'javascript:alert(1)', site: 5, title: { evil: true }, publishedAt: 7, readAt: 'no' }],
        },
        { score: 1, articles: null },
        null,
      ],
    } as unknown as RelatedResult;
    const el = mount(<Related result={broken} />);
    const items = el.querySelectorAll('ul.related > li');
    expect(items).toHaveLength(1);
    expect(items[0].querySelector('a')).toBeNull();
    expect(items[0].textContent).toContain('javascript:alert(1)');
  });
});

describe('Timeline', () => {
  it('lists entries in order with earlier coverage from memory marked and linked', () => {
    const el = mount(
      <Timeline
        items={[
          { kind: 'entry', date: '2016', text: 'Sanders first ran.' },
          {
            kind: 'memory',
            date: '2026-02-20',
            text: 'Sanders opens Iowa office',
            url: 'https://wire.example/old',
            site: 'wire.example',
          },
          { kind: 'entry', date: '2026-03-01', text: 'Sanders held a rally.' },
        ]}
      />,
    );
    const lis = [...el.querySelectorAll('[data-testid=timeline] ol > li')];
    expect(lis.map((l) => l.getAttribute('data-kind'))).toEqual(['entry', 'memory', 'entry']);
    expect(lis[0].querySelector('time')?.textContent).toBe('2016');
    expect(lis[1].textContent).toContain('You read');
    expect(lis[1].querySelector('a')?.getAttribute('href')).toBe('https://wire.example/old');
    expect(lis[2].querySelector('time')?.textContent).toBe('March 1, 2026');
  });

  it('says so when there are no dated events', () => {
    expect(mount(<Timeline items={[]} />).textContent).toContain('No dated events in this article.');
  });
});

describe('quotes, summary', () => {
  it('quotes are grouped by speaker, unattributed last', () => {
    const el = mount(
      <Quotes
        quotes={[
          { text: 'One', speaker: null },
          { text: 'Two', speaker: 'Ann Lee' },
          { text: 'Three', speaker: 'Bob Ray' },
          { text: 'Four', speaker: 'Ann Lee' },
        ]}
      />,
    );
    const groups = [...el.querySelectorAll('[data-testid=quotes] .speaker-group')];
    expect(groups.map((g) => g.querySelector('h3')?.textContent)).toEqual(['Ann Lee', 'Bob Ray', 'Unattributed']);
    expect([...groups[0].querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual(['“Two”', '“Four”']);
  });

  it('all four sections are present with their test ids, even when empty', () => {
    const el = mount(<ArticleMemory summary={[]} timeline={[]} quotes={[]} related={null} memoryState="loading" />);
    for (const id of ['summary', 'timeline', 'quotes', 'related']) {
      const s = el.querySelector(`[data-testid=${id}]`);
      expect(s, id).not.toBeNull();
      expect(s!.textContent!.length, id).toBeGreaterThan(10);
    }
    expect(el.querySelector('[data-testid=summary]')?.textContent).toContain('No summary for this article.');
  });

  it('summary lists the sentences', () => {
    const el = mount(<Summary sentences={['First.', 'Second.', 3 as unknown as string]} />);
    expect([...el.querySelectorAll('[data-testid=summary] li')].map((l) => l.textContent)).toEqual([
      'First.',
      'Second.',
    ]);
  });
});

describe('Overview (not an article)', () => {
  it('shows recent articles, most-read people and the analyse button', () => {
    const onAnalyse = vi.fn();
    const el = mount(
      <Overview
        recent={[
          {
            url: 'https://a.example/1',
            site: 'a.example',
            title: 'Headline one',
            publishedAt: '2026-01-02',
            readAt: 0,
            people: [],
          },
        ]}
        topPeople={[{ key: 'ann lee', name: 'Ann Lee', articleCount: 3, descriptors: [], lastSeen: 0 }]}
        onAnalyse={onAnalyse}
      />,
    );
    expect(el.querySelector('[data-testid=recent] a')?.getAttribute('href')).toBe('https://a.example/1');
    expect(el.querySelector('[data-testid=top-people]')?.textContent).toContain('Ann Lee');
    const btn = el.querySelector('[data-testid=analyse-anyway]') as HTMLButtonElement;
    expect(btn.tagName).toBe('BUTTON');
    act(() => btn.click());
    expect(onAnalyse).toHaveBeenCalledTimes(1);
  });

  it('an empty memory explains itself', () => {
    const el = mount(<Overview recent={[]} topPeople={[]} canAnalyse={false} />);
    expect(el.textContent).toContain('No articles remembered yet.');
    expect(el.querySelector('[data-testid=analyse-anyway]')).toBeNull();
  });

  it('RecentReading renders only the sections, for use under another empty state', () => {
    const el = mount(<RecentReading recent={[]} topPeople={[]} state="loading" />);
    expect(el.querySelector('main, h1, [data-testid=analyse-anyway]')).toBeNull();
    expect(el.querySelectorAll('[role=status]')).toHaveLength(2);
  });
});

describe('ArticleMemory sections', () => {
  it('renders only the chosen sections', () => {
    const el = mount(
      <ArticleMemory summary={['S.']} timeline={[]} quotes={[]} related={null} only={['summary', 'related']} />,
    );
    expect([...el.querySelectorAll('section')].map((s) => s.getAttribute('data-testid'))).toEqual([
      'summary',
      'related',
    ]);
  });
});

describe('formatDay', () => {
  it('reads TIMEX values as a person would', async () => {
    const { formatDay } = await import('../../components/format');
    expect(formatDay('2026-11-19')).toBe('November 19, 2026');
    expect(formatDay('2026-11')).toBe('November 2026');
    expect(formatDay('2016')).toBe('2016');
    expect(formatDay('2026-W46')).toBe('Week 46, 2026');
    expect(formatDay('2026-Q2')).toBe('Q2 2026');
    expect(formatDay('2025-SU')).toBe('Summer 2025');
    expect(formatDay('199X')).toBe('1990s');
    expect(formatDay('XXXX-12-25')).toBe('December 25');
    expect(formatDay('PAST_REF')).toBe('Earlier');
  });
});
