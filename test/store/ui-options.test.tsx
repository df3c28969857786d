// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { SitesSettings, normalizeSiteInput } from '../../components/options/SitesSettings';
import { MemoryLimits } from '../../components/options/MemoryLimits';
import { Backup } from '../../components/options/Backup';
import { MemoryBrowser } from '../../components/options/MemoryBrowser';

import { mount } from './mount';

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('SitesSettings', () => {
  it('normalizes what the reader types into a site', () => {
    expect(normalizeSiteInput('https://www.News.Example.com/a/b?c')).toBe('news.example.com');
    expect(normalizeSiteInput('bbc.co.uk')).toBe('bbc.co.uk');
    expect(normalizeSiteInput('not a site')).toBeNull();
    expect(normalizeSiteInput('')).toBeNull();
  });

  it('adds and removes sites, pauses, and reports a bad entry', () => {
    const p = { onPause: vi.fn(), onAddSite: vi.fn(), onRemoveSite: vi.fn() };
    const el = mount(<SitesSettings paused={false} offSites={['a.example']} onSites={[]} {...p} />);
    const input = el.querySelector('#site-input') as HTMLInputElement;
    type(input, 'nonsense');
    act(() => {
      el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(el.querySelector('[role=alert]')?.textContent).toMatch(/Enter a site/);
    expect(p.onAddSite).not.toHaveBeenCalled();
    type(input, 'https://www.b.example/x');
    act(() => {
      el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(p.onAddSite).toHaveBeenCalledWith('b.example', 'off');
    act(() => (el.querySelector('[data-testid=sites-off] button') as HTMLButtonElement).click());
    expect(p.onRemoveSite).toHaveBeenCalledWith('a.example', 'off');
    expect(el.querySelector('[data-testid=sites-on]')?.textContent).toContain('None.');
    act(() => (el.querySelector('input[type=checkbox]') as HTMLInputElement).click());
    expect(p.onPause).toHaveBeenCalledWith(true);
  });
});

describe('MemoryLimits', () => {
  it('shows the stats and saves new limits', () => {
    const onSave = vi.fn();
    const el = mount(
      <MemoryLimits
        settings={{ maxArticles: 100, maxBytes: 10 * 1024 * 1024, evictOnQuota: false }}
        stats={{ articles: 1, people: 2, bytes: 3000 }}
        onSave={onSave}
      />,
    );
    expect(el.textContent).toContain('1 article and 2 people remembered, about 3 KB.');
    type(el.querySelector('#max-articles') as HTMLInputElement, '50');
    act(() => {
      el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(onSave).toHaveBeenCalledWith({ maxArticles: 50, maxBytes: 10 * 1024 * 1024 });
  });
});

describe('Backup', () => {
  it('has an export button, a file input, and lists what was wrong with a bad file', () => {
    const onExport = vi.fn();
    const el = mount(
      <Backup
        onExport={onExport}
        onImport={vi.fn()}
        message={{
          kind: 'error',
          text: 'Not a valid Lede export; nothing was imported.',
          details: ['articles[1].readAt: expected a time in milliseconds'],
        }}
      />,
    );
    act(() => (el.querySelector('[data-testid=export]') as HTMLButtonElement).click());
    expect(onExport).toHaveBeenCalled();
    expect((el.querySelector('[data-testid=import]') as HTMLInputElement).type).toBe('file');
    expect(el.querySelector('[role=alert]')?.textContent).toContain(
      'articles[1].readAt: expected a time in milliseconds',
    );
  });
});

describe('MemoryBrowser', () => {
  const articles = [
    {
      url: 'https://a.example/1',
      site: 'a.example',
      title: 'One',
      publishedAt: null,
      readAt: Date.UTC(2026, 0, 5),
      people: [],
    },
  ];
  const people = [{ key: 'ann lee', name: 'Ann Lee', articleCount: 2, descriptors: ['mayor'], lastSeen: 0 }];

  it('searches, forgets an article, and asks before deleting a site or everything', () => {
    const p = { onQuery: vi.fn(), onDeleteArticle: vi.fn(), onDeleteSite: vi.fn(), onDeleteAll: vi.fn() };
    const el = mount(<MemoryBrowser query="" articles={articles} people={people} {...p} />);
    type(el.querySelector('#memory-search') as HTMLInputElement, 'ann');
    expect(p.onQuery).toHaveBeenCalledWith('ann');
    expect(el.querySelector('[data-testid=memory-people]')?.textContent).toContain('mayor · in 2 articles');
    const forget = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Forget')!;
    act(() => forget.click());
    expect(p.onDeleteArticle).toHaveBeenCalledWith('https://a.example/1');
    act(() => (el.querySelector('[data-testid=delete-all]') as HTMLButtonElement).click());
    expect(p.onDeleteAll).not.toHaveBeenCalled();
    act(() => (el.querySelector('[data-testid=delete-all-confirm]') as HTMLButtonElement).click());
    expect(p.onDeleteAll).toHaveBeenCalledTimes(1);
    const site = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Forget all from a.example')!;
    act(() => site.click());
    act(() => [...el.querySelectorAll('button')].find((b) => b.textContent === 'Yes, delete')!.click());
    expect(p.onDeleteSite).toHaveBeenCalledWith('a.example');
  });

  it('empty search results say so', () => {
    const el = mount(
      <MemoryBrowser
        query="zzz"
        articles={[]}
        people={[]}
        onQuery={vi.fn()}
        onDeleteArticle={vi.fn()}
        onDeleteSite={vi.fn()}
        onDeleteAll={vi.fn()}
      />,
    );
    expect(el.textContent).toContain('No remembered article matches “zzz”.');
  });
});
