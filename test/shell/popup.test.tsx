// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { App, type AppProps } from '../../entrypoints/popup/App';
import { PeopleList } from '../../entrypoints/popup/PeopleList';
import type { ArticleSummary, TabState } from '../../utils/messaging';
import type { TargetTab } from '../../entrypoints/popup/tab';

const article: ArticleSummary = {
  title: 'Buses and ferries stop across Port Aldery as strike begins',
  publisher: 'The Aldery Ledger',
  byline: 'Lucía Benítez',
  publishedAt: '2026-11-18',
  url: 'http://localhost/a.html',
  authors: ['Lucía Benítez'],
  people: [
    { name: 'Maria Luísa Fernandes', count: 3 },
    { name: 'Adaeze Okafor', count: 2 },
  ],
  marked: { people: 5, quotes: 4 },
};

async function show(
  target: TargetTab,
  analyse?: (tabId: number) => Promise<TabState>,
  sections: AppProps['sections'] = [PeopleList],
): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<App load={() => Promise.resolve(target)} analyse={analyse} sections={sections} emptySections={[]} />, root);
  });
  await act(async () => {
    await Promise.resolve();
  });
  return root;
}

const text = (root: HTMLElement, id: string) => root.querySelector(`[data-testid=${id}]`)?.textContent?.trim();

afterEach(() => {
  document.body.replaceChildren();
});

describe('popup', () => {
  it('shows the article header, its people with counts and the byline author', async () => {
    const root = await show({ tabId: 7, state: { status: 'ready', article } });
    expect(text(root, 'title')).toBe(article.title);
    expect(text(root, 'publisher')).toBe('The Aldery Ledger');
    expect(text(root, 'byline')).toBe('Lucía Benítez');
    expect(root.querySelector('[data-testid=date]')?.getAttribute('datetime')).toBe('2026-11-18');
    const people = text(root, 'people') ?? '';
    expect(people).toContain('Maria Luísa Fernandes');
    expect(people.indexOf('Maria Luísa Fernandes')).toBeLessThan(people.indexOf('Adaeze Okafor'));
    expect(text(root, 'author')).toContain('Lucía Benítez');
  });

  it('asks the tab to show a person when their chip is activated', async () => {
    const shown: [number, string][] = [];
    const Section = (props: { tabId: number; article: ArticleSummary }) => (
      <PeopleList
        {...props}
        show={async (tabId, name) => {
          shown.push([tabId, name]);
          return true;
        }}
      />
    );
    const root = await show({ tabId: 7, state: { status: 'ready', article } }, undefined, [Section]);
    const chips = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-testid=person]'));
    expect(chips.map((c) => c.textContent)).toEqual(['Maria Luísa Fernandes 3', 'Adaeze Okafor 2']);
    chips[1].click();
    expect(shown).toEqual([[7, 'Adaeze Okafor']]);
  });

  it('hides a failing section and keeps the rest of the popup', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const Broken = (): null => {
        throw new Error('broken section');
      };
      const root = await show({ tabId: 7, state: { status: 'ready', article } }, undefined, [Broken, PeopleList]);
      expect(text(root, 'title')).toBe(article.title);
      expect(text(root, 'people')).toContain('Adaeze Okafor');
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      console.error = original;
    }
  });

  it('shows a designed empty state for a page that is not an article', async () => {
    const root = await show({ tabId: 7, state: { status: 'skipped' } });
    expect(root.querySelector('[data-testid=title]')).toBeNull();
    expect(root.querySelector('[data-testid=empty]')?.getAttribute('data-state')).toBe('skipped');
    expect(text(root, 'empty')).toContain('not an article');
  });

  it('offers to analyse a skipped page, and shows the article once the tab has analysed it', async () => {
    const asked: number[] = [];
    const root = await show({ tabId: 7, state: { status: 'skipped' } }, async (tabId) => {
      asked.push(tabId);
      return { status: 'ready', article };
    });
    const button = root.querySelector<HTMLButtonElement>('[data-testid=analyse-anyway]');
    expect(button).not.toBeNull();
    await act(async () => {
      button!.click();
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(asked).toEqual([7]);
    expect(text(root, 'title')).toBe(article.title);
  });

  it('offers no analysis where there is no content script', async () => {
    const root = await show({ tabId: 7, state: { status: 'none' } });
    expect(root.querySelector('[data-testid=analyse-anyway]')).toBeNull();
  });

  it('shows an error state when the tab cannot be read', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<App load={() => Promise.reject(new Error('no tab'))} />, root);
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(root.querySelector('[data-testid=empty]')?.getAttribute('data-state')).toBe('error');
  });
});
