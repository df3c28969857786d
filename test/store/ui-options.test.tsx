// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { SitesSettings, normalizeSiteInput } from '../../components/options/SitesSettings';
import { MemoryLimits } from '../../components/options/MemoryLimits';
import { Backup } from '../../components/options/Backup';
import { MemoryBrowser } from '../../components/options/MemoryBrowser';
import { describeOutcome } from '../../components/options/backup-text';
import type { ImportPlan } from '../../utils/store/transfer';
import { useLocale } from '../i18n/fake-i18n';

import { mount } from '../helpers/mount';

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

describe('the options page in the reader’s language', () => {
  let undo: () => void = () => undefined;
  afterEach(() => undo());
  const MB = 1024 * 1024;
  const settings = { maxArticles: 1000, maxBytes: 50 * MB, evictOnQuota: false };
  const plan: ImportPlan = {
    inFile: 12,
    adding: 10,
    known: 1,
    duplicates: 1,
    dropped: [{ reason: 'url', count: 1, first: 'articles[4]' }],
    settings,
    overLimit: true,
    removesOwn: 3,
    leavesOutFromFile: 1,
    after: { articles: 1000, bytes: 40 * MB },
    raiseTo: { maxArticles: 1100, maxBytes: 60 * MB },
  };
  const outcome = { added: 1, known: 2, leftOut: 1, removed: 2, dropped: 0, settings };
  const preview = (el: HTMLElement) =>
    [...el.querySelectorAll('[data-testid=import-preview] p')].map((p) => p.textContent);
  const buttons = (el: HTMLElement) =>
    [...el.querySelectorAll('[data-testid=import-preview] button')].map((b) => b.textContent);

  it('German: the import preview, its buttons, the outcome and the memory’s size, with plural forms and numbers', () => {
    undo = useLocale('de');
    const el = mount(
      <Backup onExport={vi.fn()} onImport={vi.fn()} plan={plan} onConfirm={vi.fn()} onCancel={vi.fn()} />,
    );
    expect(el.querySelector('h2')?.textContent).toBe('Exportieren und importieren');
    expect(preview(el)).toEqual([
      'Diese Sicherung enthält 12 Artikel.',
      '10 Artikel sind neu für Ihr Gedächtnis.',
      '1 davon haben Sie schon: Ihre eigene Fassung bleibt erhalten, die aus der Datei wird übersprungen.',
      '1 Artikel steht zweimal in der Datei: Die spätere Lektüre zählt.',
      '1 Artikel wird ausgelassen: seine Webadresse ist nicht verwendbar (der erste ist articles[4]).',
      'Ihr Gedächtnis behält höchstens 1.000 Artikel und 50,0 MB. Mit dieser Datei würde es überlaufen, deshalb würden die 4 am frühesten gelesenen Artikel entfernt: 3 von Ihren und 1 aus der Datei.',
    ]);
    expect(buttons(el)).toEqual([
      'Importieren und die 4 ältesten Artikel entfernen',
      'Grenze auf 1.100 Artikel anheben und alles importieren',
      'Abbrechen',
    ]);
    expect(describeOutcome(outcome)).toBe(
      '1 Artikel importiert. 2 Artikel waren schon in Ihrem Gedächtnis (Ihre Fassungen bleiben). Damit Ihre Grenze von 1.000 Artikeln eingehalten wird: 2 Ihrer ältesten Artikel wurden entfernt und 1 der ältesten Artikel aus der Datei wurde ausgelassen.',
    );
    const limits = mount(
      <MemoryLimits settings={settings} stats={{ articles: 1, people: 2, bytes: 3000 }} onSave={vi.fn()} />,
    );
    expect(limits.querySelector('p')?.textContent).toBe('1 Artikel und 2 Personen gemerkt, etwa 3 KB.');
  });

  it('English: singular and plural forms and grouped numbers in the same sentences', () => {
    undo = useLocale('en');
    const one = {
      ...plan,
      inFile: 1,
      adding: 1,
      known: 0,
      duplicates: 0,
      dropped: [],
      overLimit: false,
      raiseTo: null,
    };
    const el = mount(
      <Backup onExport={vi.fn()} onImport={vi.fn()} plan={one} onConfirm={vi.fn()} onCancel={vi.fn()} />,
    );
    expect(preview(el)).toEqual([
      'This backup holds 1 article.',
      '1 article is new to your memory.',
      'Nothing in your memory is replaced or removed.',
    ]);
    expect(buttons(el)).toEqual(['Import 1 article', 'Cancel']);
    expect(describeOutcome(outcome)).toBe(
      'Imported 1 article. 2 were already in your memory (your copy kept). To stay within your limit of 1,000 articles, 2 of your oldest were removed and 1 of the file’s oldest was left out.',
    );
  });
});
