// @vitest-environment happy-dom
// Issue 12, item 4, as the reader meets it on the options page and in the popup: a backup that is
// larger than a message may be, the preview before an import touches the memory, what a record
// with an impossible date does to the lists, and a failing part of a page leaving the rest working.
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { mountSettled } from '../helpers/mount';
import { IDBKeyRange } from 'fake-indexeddb';
import { LedeDB } from '../../utils/store/db';
import { LocalMemoryService } from '../../utils/store/api';
import { memoryClient, memoryHandlers } from '../../utils/store/messages';
import { backupService, MAX_FILE_BYTES } from '../../utils/store/backup';
import { exportAll } from '../../utils/store/transfer';
import { OptionsContainer } from '../../components/options/OptionsContainer';
import { OptionsPage, type OptionsPageProps } from '../../components/options/OptionsPage';
import { MemoryBrowser } from '../../components/options/MemoryBrowser';
import { RecentReading } from '../../entrypoints/popup/Overview';
import { SectionBoundary } from '../../entrypoints/popup/SectionBoundary';
import type { ArticleListItem } from '../../utils/store/api';
import { analysisOf, freshFactory } from './helpers';

async function until(check: () => boolean, what = 'condition') {
  for (let i = 0; i < 300 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  if (!check()) throw new Error(`never: ${what}`);
}

const T = Date.UTC(2026, 1, 1);
const NOW = T + 100 * 86_400_000;
/** Chromium refuses messages over 64 MiB; scaled down with the memory (about 2 KB an article). */
const MESSAGE_LIMIT = 32 * 1024;

/** The background's service behind a client that refuses messages over the limit, as a browser does. */
function setup() {
  const service = new LocalMemoryService(new LedeDB('ui-backup', { indexedDB: freshFactory(), IDBKeyRange }));
  const handlers = memoryHandlers(service) as unknown as Record<string, (d: unknown) => Promise<unknown>>;
  const client = memoryClient(async ({ type, data }) => {
    if (JSON.stringify(data ?? null).length > MESSAGE_LIMIT) throw new Error('Message exceeded maximum allowed size');
    if (!handlers[type]) throw new Error(`no handler for ${type}`);
    const answer = JSON.stringify(await handlers[type](data)) ?? 'null';
    if (answer.length > MESSAGE_LIMIT) throw new Error('Message exceeded maximum allowed size');
    return JSON.parse(answer);
  });
  return { service, client };
}

async function read(service: LocalMemoryService, n: number, site: string, from: number) {
  for (let i = 0; i < n; i++) {
    const r = await service.saveArticle(
      analysisOf({
        url: `https://${site}/story-${i}`,
        title: `${site} story ${i}`,
        text: `Story ${i}. Bernie Sanders and Kim Reynolds argued about farm aid in Iowa. ${'More detail about ethanol, rural hospitals and the state budget. '.repeat(12)}`,
        people: [
          { name: 'Bernie Sanders', mentions: 2, descriptors: ['Sen.'] },
          { name: 'Kim Reynolds', mentions: 1, descriptors: ['Gov.'] },
        ],
        quotes: [{ text: `Quote ${i} about farms and the budget`, speaker: 'Bernie Sanders' }],
        timeline: [{ date: '2026-01-31', text: `Event ${i}` }],
        summary: [`Summary sentence ${i} about the farm aid argument in Iowa.`, 'A second summary sentence.'],
      }),
      {},
      from + i * 60_000,
    );
    if (!r.ok) throw new Error(r.message);
  }
}

function options(service: LocalMemoryService, client: ReturnType<typeof setup>['client'], files: Blob[]) {
  return (
    <OptionsContainer
      client={client}
      backup={backupService(service.db, () => NOW)}
      loadSites={async () => ({ paused: false, off: [], on: [] })}
      saveSites={async () => undefined}
      download={(_name, file) => files.push(file)}
      now={() => NOW}
    />
  );
}

async function choose(el: HTMLElement, file: File) {
  const input = el.querySelector('[data-testid=import]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

const message = (el: HTMLElement) => el.querySelector('[data-testid=backup-message]')?.textContent ?? '';
const click = (el: HTMLElement, id: string) =>
  act(async () => (el.querySelector(`[data-testid=${id}]`) as HTMLButtonElement).click());

describe('row: a backup larger than a message may be', { timeout: 30_000 }, () => {
  it('exports and imports through the page’s own connection, never a message', async () => {
    const { service, client } = setup();
    await read(service, 60, 'own.example', T);
    expect(JSON.stringify(await exportAll(service.db)).length).toBeGreaterThan(MESSAGE_LIMIT);
    const files: Blob[] = [];
    const el = await mountSettled(options(service, client, files));
    await until(() => el.querySelectorAll('[data-testid=memory-articles] li').length === 60, 'list');

    await click(el, 'export');
    await until(() => files.length === 1, 'download');
    expect(message(el)).toMatch(/^Exported 60 articles \(\d+ KB\)\.$/);
    const text = await files[0].text();
    expect(JSON.parse(text).articles).toHaveLength(60);

    await act(async () => void (await client['lede:memory-delete-all']()));
    await choose(el, new File([text], 'lede-memory.json', { type: 'application/json' }));
    await until(() => !!el.querySelector('[data-testid=import-preview]'), 'preview');
    expect(el.querySelector('[data-testid=import-preview]')?.textContent).toContain(
      'Nothing in your memory is replaced or removed.',
    );
    expect((await service.stats()).articles).toBe(0); // nothing before the reader confirms
    await click(el, 'import-confirm');
    await until(() => message(el).startsWith('Imported'), 'imported');
    expect(message(el)).toBe('Imported 60 articles.');
    expect((await service.stats()).articles).toBe(60);
  });

  it('says why a file cannot be imported: too large, not JSON, not a Lede backup', async () => {
    const { service, client } = setup();
    await read(service, 2, 'own.example', T);
    const el = await mountSettled(options(service, client, []));
    const huge = new File(['{}'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 1 });
    await choose(el, huge);
    await until(() => message(el) !== '', 'message');
    expect(message(el)).toContain('This file is too large to import (400 MB; Lede reads backups of up to 400 MB)');
    await choose(el, new File(['<html>'], 'page.html'));
    await until(() => message(el).includes('not JSON'), 'not JSON');
    await choose(el, new File([JSON.stringify({ hello: 'world' })], 'other.json'));
    await until(() => message(el).includes('This file is not a Lede backup. Nothing was imported.'), 'not Lede');
    expect(message(el)).toContain('format: expected "lede-memory"');
    expect((await service.stats()).articles).toBe(2);
  });
});

describe('row: an import over the memory’s limit', { timeout: 30_000 }, () => {
  it('shows what the limit would remove first; cancel changes nothing, raising the limit keeps everything', async () => {
    const { service, client } = setup();
    await service.setSettings({ maxArticles: 10 });
    await read(service, 10, 'own.example', T);
    const src = setup();
    await read(src.service, 20, 'wire.example', T + 86_400_000);
    const file = JSON.stringify(await exportAll(src.service.db, NOW));
    const el = await mountSettled(options(service, client, []));

    await choose(el, new File([file], 'wire.json'));
    await until(() => !!el.querySelector('[data-testid=import-preview]'), 'preview');
    const preview = el.querySelector('[data-testid=import-preview]')?.textContent ?? '';
    expect(preview).toContain('This backup holds 20 articles.');
    expect(preview).toContain('Your memory keeps at most 10 articles');
    expect(preview).toContain('the 20 read longest ago would be removed: 10 of yours and 10 from the file.');
    expect(el.querySelector('[data-testid=import-confirm]')?.textContent).toBe('Import and remove the 20 oldest');
    expect(el.querySelector('[data-testid=import-raise]')?.textContent).toBe(
      'Raise the limit to 1,000 articles and import everything',
    );
    await click(el, 'import-cancel');
    expect(message(el)).toBe('Import cancelled; your memory is unchanged.');
    expect((await service.stats()).articles).toBe(10);

    await choose(el, new File([file], 'wire.json'));
    await until(() => !!el.querySelector('[data-testid=import-raise]'), 'raise');
    await click(el, 'import-raise');
    await until(() => message(el).startsWith('Imported'), 'imported');
    expect(message(el)).toBe('Imported 20 articles.');
    expect((await service.stats()).articles).toBe(30);
    expect((await service.getSettings()).maxArticles).toBe(1000);
  });

  it('says nothing is replaced only when that is true: an article already stored keeps the reader’s copy', async () => {
    const { service, client } = setup();
    await read(service, 3, 'own.example', T);
    const file = await exportAll(service.db, NOW);
    file.articles[0].title = 'Someone else’s headline';
    file.articles[0].readAt = NOW - 1000;
    const el = await mountSettled(options(service, client, []));
    await choose(el, new File([JSON.stringify(file)], 'same.json'));
    await until(() => !!el.querySelector('[data-testid=import-preview]'), 'preview');
    const preview = el.querySelector('[data-testid=import-preview]')?.textContent ?? '';
    expect(preview).toContain('None of them is new to your memory.');
    expect(preview).toContain('3 you already have: your own copy is kept and the file’s is skipped.');
    expect(el.querySelector('[data-testid=import-confirm]')).toBeNull();
    expect((await service.article('https://own.example/story-0'))?.title).toBe('own.example story 0');
  });
});

describe('row: a record read at 1e16', () => {
  const item = (readAt: number): ArticleListItem => ({
    url: 'https://x.example/far',
    site: 'x.example',
    title: 'From the far future',
    publishedAt: null,
    readAt,
    people: [],
  });

  it('the popup’s recent reading still lists it (without a date)', async () => {
    const el = await mountSettled(<RecentReading recent={[item(1e16), item(-1e17)]} topPeople={[]} />);
    expect(el.querySelectorAll('[data-testid=recent] li')).toHaveLength(2);
    expect(el.querySelector('[data-testid=recent] a')?.textContent).toBe('From the far future');
    expect(el.querySelector('[data-testid=recent] time')).toBeNull();
  });

  it('the options list shows it and search keeps working', async () => {
    const { service, client } = setup();
    await read(service, 2, 'own.example', T);
    // Stored before imports bounded dates: straight into the database.
    const far = (await service.db.articles.toArray())[0];
    await service.db.articles.put({ ...far, id: undefined, url: 'https://x.example/far', readAt: 1e16 });
    const el = await mountSettled(options(service, client, []));
    await until(() => el.querySelectorAll('[data-testid=memory-articles] li').length === 3, 'list of 3');
    const search = el.querySelector('#memory-search') as HTMLInputElement;
    await act(async () => {
      search.value = 'story 1';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => el.querySelectorAll('[data-testid=memory-articles] li').length === 1, 'search');
    expect(el.querySelector('[data-testid=memory-articles] a')?.textContent).toBe('own.example story 1');
    const list = await mountSettled(
      <MemoryBrowser
        query=""
        onQuery={() => undefined}
        articles={[item(1e16)]}
        people={[]}
        onDeleteArticle={() => undefined}
        onDeleteSite={() => undefined}
        onDeleteAll={() => undefined}
      />,
    );
    expect(list.querySelector('[data-testid=memory-articles] a')?.textContent).toBe('From the far future');
  });
});

describe('error boundaries', () => {
  it('options: a part that fails says so, the other parts keep working', async () => {
    const props: OptionsPageProps = {
      // A damaged value from storage: the sites part cannot render it.
      sites: {
        paused: false,
        offSites: null as unknown as string[],
        onSites: [],
        onPause: () => undefined,
        onAddSite: () => undefined,
        onRemoveSite: () => undefined,
      },
      limits: {
        settings: { maxArticles: 10, maxBytes: 1 << 20, evictOnQuota: false },
        stats: null,
        onSave: () => undefined,
      },
      backup: { onExport: () => undefined, onImport: () => undefined },
      browser: {
        query: '',
        onQuery: () => undefined,
        articles: [],
        people: [],
        onDeleteArticle: () => undefined,
        onDeleteSite: () => undefined,
        onDeleteAll: () => undefined,
      },
    };
    const el = await mountSettled(<OptionsPage {...props} />);
    expect(el.querySelector('[data-testid=section-error]')?.textContent).toContain('Where Lede runs');
    expect(el.querySelector('[data-testid=section-error]')?.textContent).toContain('The rest of this page still works');
    expect(el.querySelector('[data-testid=limits]')).not.toBeNull();
    expect(el.querySelector('[data-testid=backup] [data-testid=export]')).not.toBeNull();
    expect(el.querySelector('[data-testid=memory-browser]')).not.toBeNull();
  });

  it('popup: a failing section shows a line, its neighbours render', async () => {
    const Broken = (): null => {
      throw new Error('boom');
    };
    const el = await mountSettled(
      <main>
        <SectionBoundary>
          <Broken />
        </SectionBoundary>
        <SectionBoundary>
          <p data-testid="fine">fine</p>
        </SectionBoundary>
      </main>,
    );
    expect(el.querySelector('[data-testid=section-error]')?.textContent).toContain('Lede could not show this part');
    expect(el.querySelector('[data-testid=fine]')).not.toBeNull();
  });
});
