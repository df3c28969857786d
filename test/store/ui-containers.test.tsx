// @vitest-environment happy-dom
// The containers against the real memory service (fake-indexeddb), through the message handlers,
// as the background would answer them.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountSettled } from '../helpers/mount';
import { IDBKeyRange } from 'fake-indexeddb';
import { LedeDB } from '../../utils/store/db';
import { LocalMemoryService } from '../../utils/store/api';
import { memoryClient, memoryHandlers } from '../../utils/store/messages';
import { MemoryPanel } from '../../entrypoints/popup/MemoryPanel';
import { OverviewPanel } from '../../entrypoints/popup/OverviewPanel';
import { OptionsContainer, type SiteRules } from '../../components/options/OptionsContainer';
import { backupService } from '../../utils/store/backup';
import { analysisOf, freshFactory } from './helpers';

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check()).toBe(true);
}

function setup() {
  const service = new LocalMemoryService(new LedeDB('ui', { indexedDB: freshFactory(), IDBKeyRange }));
  const handlers = memoryHandlers(service) as unknown as Record<string, (d: unknown) => Promise<unknown>>;
  // Round-trip through JSON, as messages do.
  const client = memoryClient(async ({ type, data }) =>
    JSON.parse(JSON.stringify(await handlers[type](data)) ?? 'null'),
  );
  return { service, client };
}

const story = (n: number, date: string) =>
  analysisOf({
    url: `https://site${n}.example/story-${n}`,
    title: [
      'Sanders and Reynolds clash over farm aid',
      'Reynolds answers Sanders on ethanol',
      'Farm vote looms for Sanders, Reynolds',
      'Iowa farmers weigh in',
    ][n],
    text: `Bernie Sanders and Kim Reynolds argued about farm aid in Iowa, part ${n}. Sanders said family farms need help; Reynolds said the state budget is sound. Story number ${n} continues with new details about ethanol subsidies and rural hospitals ${'and more details '.repeat(n)}.`,
    people: [
      { name: 'Bernie Sanders', mentions: 3 + n },
      { name: 'Kim Reynolds', mentions: 2 },
    ],
    quotes: [{ text: `Quote ${n} about farms`, speaker: 'Bernie Sanders' }],
    timeline: [{ date, text: `Event ${n}` }],
    publishedAt: date,
  });

describe('popup containers with the real memory', () => {
  it('a fourth article shows the first three as related links; export → delete all → import restores them', async () => {
    const { service, client } = setup();
    for (let n = 0; n < 3; n++) await service.saveArticle(story(n, `2026-02-0${n + 1}`), {}, Date.UTC(2026, 1, n + 1));
    const saved = await service.saveArticle(story(3, '2026-02-10'), {}, Date.UTC(2026, 1, 10));
    expect(saved.ok).toBe(true);
    const url = 'https://site3.example/story-3';
    const el = await mountSettled(<MemoryPanel url={url} client={client} />);
    await until(() => el.querySelectorAll('[data-testid=related] a').length >= 3);
    const hrefs = () =>
      [...el.querySelectorAll('[data-testid=related] a.headline')].map((a) => a.getAttribute('href')).sort();
    expect(hrefs()).toEqual([
      'https://site0.example/story-0',
      'https://site1.example/story-1',
      'https://site2.example/story-2',
    ]);
    expect(el.querySelector('[data-testid=summary] li')).not.toBeNull();
    // People are the popup's own list (PeopleList, from the live analysis), not a memory section.
    expect(el.querySelector('[data-testid=people]')).toBeNull();
    expect(el.querySelector('[data-testid=quotes] h3')?.textContent).toBe('Bernie Sanders');
    // Earlier coverage is interleaved in the timeline, marked as memory.
    const kinds = [...el.querySelectorAll('[data-testid=timeline] li')].map((l) => l.getAttribute('data-kind'));
    expect(kinds.filter((k) => k === 'memory')).toHaveLength(3);
    expect(kinds[kinds.length - 1]).toBe('entry');

    const history = await client['lede:memory-person']({ name: 'Sanders', excludeUrl: url });
    expect(history?.articleCount).toBe(4);
    expect(history?.latest.map((h) => h.title)).toEqual([
      'Farm vote looms for Sanders, Reynolds',
      'Reynolds answers Sanders on ethanol',
      'Sanders and Reynolds clash over farm aid',
    ]);
    expect(history?.earlierQuote?.text).toBe('Quote 2 about farms');

    const backup = backupService(service.db);
    const file = await (await backup.exportFile()).blob.text();
    await client['lede:memory-delete-all']();
    render(null, el);
    const empty = await mountSettled(<MemoryPanel url={url} client={client} />);
    await until(() => (empty.querySelector('[data-testid=related]')?.textContent ?? '').includes('Nothing related'));
    const read = await backup.read(new Blob([file]));
    if (!read.ok) throw new Error(read.message);
    const r = await backup.apply(read.incoming, 'limit');
    expect(r).toMatchObject({ ok: true, added: 4 });
    const again = await mountSettled(<MemoryPanel url={url} client={client} />);
    await until(() => again.querySelectorAll('[data-testid=related] a.headline').length === 3);
  });

  it('a failing memory shows an error state, not a blank', async () => {
    const failing = memoryClient(async () => {
      throw new Error('no background');
    });
    const el = await mountSettled(<MemoryPanel url="https://x.example/a" client={failing} />);
    await until(() => el.querySelector('[data-testid=related] [role=alert]') !== null);
    expect(el.querySelector('[data-testid=related] [role=alert]')?.textContent).toContain('could not read its memory');
    expect(el.querySelector('[data-testid=summary]')?.textContent).toContain('No summary');
  });

  it('the overview lists recent reading', async () => {
    const { service, client } = setup();
    await service.saveArticle(story(0, '2026-02-01'), {}, Date.UTC(2026, 1, 1));
    const el = await mountSettled(<OverviewPanel client={client} />);
    await until(() => el.querySelector('[data-testid=recent] a') !== null);
    expect(el.querySelector('[data-testid=top-people]')?.textContent).toContain('Bernie Sanders');
  });
});

describe('options container with the real memory', () => {
  it('exports a file, rejects a bad import with reasons, deletes everything after confirmation', async () => {
    const { service, client } = setup();
    for (let n = 0; n < 2; n++) await service.saveArticle(story(n, `2026-02-0${n + 1}`), {}, Date.UTC(2026, 1, n + 1));
    const files: { name: string; file: Blob }[] = [];
    const saved: SiteRules[] = [];
    const el = await mountSettled(
      <OptionsContainer
        client={client}
        backup={backupService(service.db, () => Date.UTC(2026, 2, 1))}
        loadSites={async () => ({ paused: false, off: ['x.example'], on: [] })}
        saveSites={async (r) => void saved.push(r)}
        download={(name, file) => files.push({ name, file })}
        now={() => Date.UTC(2026, 2, 1)}
      />,
    );
    await until(() => el.querySelectorAll('[data-testid=memory-articles] li').length === 2);
    expect(el.querySelector('[data-testid=limits]')?.textContent).toContain('2 articles and 2 people remembered');
    expect(el.querySelector('[data-testid=sites-off]')?.textContent).toContain('x.example');

    await act(async () => (el.querySelector('[data-testid=export]') as HTMLButtonElement).click());
    await until(() => files.length === 1);
    expect(files[0].name).toBe('lede-memory-2026-03-01.json');
    expect(JSON.parse(await files[0].file.text()).articles).toHaveLength(2);

    const input = el.querySelector('[data-testid=import]') as HTMLInputElement;
    const bad = new File(['{"format":"lede-memory","version":1,"articles":[{"url":5}]}'], 'bad.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() =>
      (el.querySelector('[data-testid=backup-message]')?.textContent ?? '').includes('Nothing was imported'),
    );
    expect(el.querySelector('[data-testid=backup-message]')?.textContent).toContain(
      'articles[0].url: expected text, got number',
    );
    expect((await service.stats()).articles).toBe(2);

    await act(async () => (el.querySelector('[data-testid=delete-all]') as HTMLButtonElement).click());
    await act(async () => (el.querySelector('[data-testid=delete-all-confirm]') as HTMLButtonElement).click());
    await until(() =>
      (el.querySelector('[data-testid=memory-browser]')?.textContent ?? '').includes('No articles remembered yet.'),
    );
    expect((await service.stats()).articles).toBe(0);
  });
});
