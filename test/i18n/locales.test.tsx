// @vitest-environment happy-dom
// The locales are complete and consistent, and the views speak the reader's language: German
// messages, German dates and numbers, German plural forms.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState } from '../../entrypoints/popup/EmptyState';
import { ArticleHeader } from '../../entrypoints/popup/ArticleHeader';
import { PeopleList } from '../../entrypoints/popup/PeopleList';
import { HoverCard } from '../../components/hovercard/HoverCard';
import { announcement } from '../../components/hovercard/announce';
import { formatList, t, tn } from '../../locales/i18n';
import { formatBytes, formatDay } from '../../components/format';
import { useLocale } from './fake-i18n';

type Messages = Record<string, { message: string; description?: string }>;
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../locales');
const LANGS = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace('.json', ''));
const read = (lang: string) => JSON.parse(readFileSync(join(DIR, `${lang}.json`), 'utf8')) as Messages;
const placeholders = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

/** Messages that read the same in German as in English. */
const SAME_IN_GERMAN = new Set(['extName', 'card_person_label', 'season_WI']);

describe('locales', () => {
  const en = read('en');

  it('has English and at least one more complete locale', () => {
    expect(LANGS).toContain('en');
    expect(LANGS.length).toBeGreaterThanOrEqual(2);
  });

  for (const lang of LANGS) {
    it(`${lang}: every English message, nothing else, with the same $n placeholders, none empty`, () => {
      const own = read(lang);
      expect(Object.keys(own).sort()).toEqual(Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(own)) {
        expect(message.trim(), key).not.toBe('');
        expect(placeholders(message), key).toEqual(placeholders(en[key]!.message));
        // Keys the browsers accept: letters, digits, _ and @ only.
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      }
      for (const key of Object.keys(own).filter((k) => k.endsWith('_one'))) {
        expect(own, key).toHaveProperty(key.replace(/_one$/, '_other'));
      }
    });
  }

  it('de: translated, not copied (brand and name-only labels aside)', () => {
    const de = read('de');
    const copied = Object.keys(en).filter((k) => de[k]!.message === en[k]!.message && !SAME_IN_GERMAN.has(k));
    expect(copied).toEqual([]);
  });
});

describe('views in German', () => {
  let undo: () => void = () => undefined;
  let root: HTMLElement;
  const show = (node: preact.ComponentChild) => {
    root = document.createElement('div');
    document.body.append(root);
    render(node, root);
    return root;
  };
  afterEach(() => {
    render(null, root);
    root?.remove();
    undo();
  });

  it('the popup: empty state, header with a German date, people with plural forms', () => {
    undo = useLocale('de');
    const empty = show(<EmptyState state={{ status: 'skipped' }} onAnalyse={() => undefined} />);
    expect(empty.querySelector('h1')?.textContent).toBe('Diese Seite ist kein Artikel');
    expect(empty.querySelector('button')?.textContent).toBe('Diese Seite trotzdem analysieren');
    render(null, root);
    const article = {
      title: null,
      publisher: 'The Aldery Ledger',
      byline: 'Lucía Benítez',
      publishedAt: '2026-11-18',
      url: 'http://localhost/a.html',
      authors: ['Lucía Benítez'],
      people: [
        { name: 'Adaeze Okafor', count: 1 },
        { name: 'Samuel Mensah', count: 1200 },
      ],
      marked: { people: 2, quotes: 0 },
    };
    const head = show(<ArticleHeader article={article} />);
    expect(head.querySelector('[data-testid=title]')?.textContent).toBe('Artikel ohne Titel');
    expect(head.querySelector('[data-testid=date]')?.textContent).toBe('18. November 2026');
    render(null, root);
    const people = show(<PeopleList tabId={1} article={article} show={() => Promise.resolve(true)} />);
    expect(people.querySelector('h2')?.textContent).toBe('Personen');
    const labels = [...people.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual([
      'Adaeze Okafor, 1 Erwähnung: auf der Seite zeigen',
      'Samuel Mensah, 1.200 Erwähnungen: auf der Seite zeigen',
    ]);
    expect(people.querySelector('[data-testid=author]')?.textContent).toBe('Lucía Benítez Autor');
  });

  it('the hover card and what a screen reader hears', () => {
    undo = useLocale('de');
    const data = {
      kind: 'person' as const,
      name: 'Adaeze Okafor',
      descriptors: ['Bürgermeisterin'],
      mentionCount: 3,
      quotes: ['Eins.', 'Zwei.', 'Drei.', 'Vier.', 'Fünf.'],
    };
    const card = show(<HoverCard data={data} shortcut="Alt+Shift+L" onClose={() => undefined} />);
    expect(card.querySelector('.count')?.textContent).toBe('3-mal in diesem Artikel genannt');
    expect(card.querySelector('h3')?.textContent).toBe('Hier zitiert');
    expect(card.querySelector('li')?.textContent).toBe('„Eins.“');
    expect(card.querySelector('.more')?.textContent).toBe('2 weitere Zitate');
    expect(card.querySelector('.foot span')?.textContent).toBe('Alt+Shift+L: nächste Person · Esc: schließen');
    expect(card.querySelector('.close')?.getAttribute('aria-label')).toBe('Schließen');
    expect(announcement(data, { index: 0, count: 4 })).toBe(
      'Adaeze Okafor, Bürgermeisterin. 3-mal in diesem Artikel genannt. 5-mal zitiert. Person 1 von 4.',
    );
  });

  it('lists and numbers follow the locale; English stays English', () => {
    undo = useLocale('de');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B und C');
    expect(tn('memory_count', 1)).toBe('In 1 weiteren Artikel, den Sie gelesen haben');
    expect(
      ['2026-11-19', '2026-11', '2026-W46', '2026-Q2', '2025-SU', '199X', 'XXXX-12-25', 'PAST_REF'].map(formatDay),
    ).toEqual([
      '19. November 2026',
      'November 2026',
      'Woche 46, 2026',
      '2. Quartal 2026',
      'Sommer 2025',
      '1990er',
      '25. Dezember',
      'Früher',
    ]);
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1,5 MB');
    undo();
    undo = useLocale('en');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(tn('memory_count', 2)).toBe('In 2 other articles you read');
    expect(t('quote_marks', 'x')).toBe('“x”');
  });
});
