// The background's run logic (entrypoints/background/index.ts) on WXT's fake browser: what it
// answers to each message, the tab states it keeps (by tab and by address), what a closed tab
// leaves behind, which frame it injects the page layer into, and how it reads a page the page
// layer sends (the real gate and extraction on linkedom's DOMParser, Firefox's path; Chrome's
// offscreen document runs the same code in test/e2e). The analysis and the reading memory are
// stand-ins here (they have tests of their own); the real ones run in test/e2e.
import { DOMParser } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_PAGE_CHARS } from '../../utils/page/serialize';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const memory = vi.hoisted(() => ({
  remember: vi.fn(async (..._args: unknown[]) => ({ saved: true })),
  forgetTab: vi.fn(),
}));
vi.mock('../../utils/store/background', () => ({ startMemory: () => memory }));

const analysis = vi.hoisted(() => ({ calls: [] as string[], blockquotes: [] as unknown[] }));
vi.mock('../../utils/nlp/analyze', () => ({
  analyzeText: (text: string, opts: { blockquotes?: unknown }) => {
    analysis.calls.push(text);
    analysis.blockquotes.push(opts.blockquotes);
    // Two people (the second mentioned more), and the parts only the memory keeps.
    const people = [
      { name: `from ${text.length} chars`, mentions: [{ start: 0, end: 4 }] },
      {
        name: 'Ana Ruiz',
        mentions: [
          { start: 0, end: 3 },
          { start: 5, end: 8 },
        ],
      },
    ];
    return { people, quotes: [], dates: [{ start: 0, end: 1 }], timeline: [], summary: ['A sentence.'] };
  },
}));

(globalThis as { defineBackground?: unknown }).defineBackground = (main: () => void) => ({ main });
// Firefox's background page has DOMParser; Node has not.
(globalThis as { DOMParser?: unknown }).DOMParser ??= DOMParser;

const SENTENCES = [
  'Ana Ruiz, the harbour master, said the new wall would hold back the spring tides for decades to come.',
  'The council voted seven to two on Tuesday evening after a long debate about the cost of the project.',
  'Residents of the lower town had asked for the work since the floods of the winter before last.',
  'Tom Li, who leads the opposition, said the money would have been better spent on the railway line.',
];
/** A news page as its page layer sends it: declared an article, four paragraphs (`extra` appended). */
function articleHtml(title: string, extra = '', declared = true): string {
  const paragraphs = SENTENCES.map((s) => `<p>${s} ${s}</p>`).join('') + (extra ? `<p>${extra}</p>` : '');
  const og = declared ? '<meta property="og:type" content="article">' : '';
  return `<!doctype html><html><head><title>${title}</title>${og}</head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}
/** A page that is no article: a list of links. */
const LIST_HTML =
  '<!doctype html><html><head><title>Front page</title></head><body><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></body></html>';

type Read = {
  status: string;
  text?: string;
  meta?: { title: string | null };
  analysis?: unknown;
  listing?: unknown;
  words?: number;
};

const page = (tabId: number, url: string, frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url },
  frameId,
  url,
});
const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const ready = (title: string) => ({
  status: 'ready' as const,
  article: {
    title,
    publisher: null,
    byline: null,
    publishedAt: null,
    url: null,
    authors: [],
    people: [],
    marked: { people: 0, quotes: 0 },
  },
});

/** Delivers one message as the browser would; the background's answer (or its refusal). */
async function send(type: string, data: unknown, sender: object): Promise<unknown> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const answers = await trigger({ type, data }, sender, () => undefined);
  return (answers as unknown[]).find((a) => a !== undefined);
}

beforeEach(async () => {
  fakeBrowser.reset();
  memory.remember.mockClear();
  memory.forgetTab.mockClear();
  analysis.calls.length = 0;
  analysis.blockquotes.length = 0;
  vi.resetModules();
  const background = (await import('../../entrypoints/background/index')).default as unknown as { main(): void };
  background.main();
});

describe('background: tab states', () => {
  it('keeps each tab state a content script reports, and answers the popup by tab id', async () => {
    await send(
      'lede:tab-state',
      { url: 'https://news.example/a', state: { status: 'working' } },
      page(4, 'https://news.example/a'),
    );
    await send(
      'lede:tab-state',
      { url: 'https://news.example/a', state: ready('A') },
      page(4, 'https://news.example/a'),
    );
    await send(
      'lede:tab-state',
      { url: 'https://other.example/', state: { status: 'skipped' } },
      page(5, 'https://other.example/'),
    );
    expect(await send('lede:get-tab-state', { tabId: 4 }, popup)).toEqual({ tabId: 4, state: ready('A') });
    expect(await send('lede:get-tab-state', { tabId: 5 }, popup)).toEqual({ tabId: 5, state: { status: 'skipped' } });
    expect(await send('lede:get-tab-state', { tabId: 9 }, popup)).toEqual({ tabId: 9, state: { status: 'none' } });
  });

  it('finds a tab by the address its content script reported last (after pushState, the new one)', async () => {
    const first = 'https://app.example/reader.html';
    const next = 'https://app.example/reader.html?a=two';
    await send('lede:tab-state', { url: first, state: ready('One') }, page(7, first));
    expect(await send('lede:get-tab-state', { url: first }, popup)).toEqual({ tabId: 7, state: ready('One') });
    // The sender's own URL can still be the first one; the reported URL is what counts.
    await send('lede:tab-state', { url: next, state: ready('Two') }, page(7, first));
    expect(await send('lede:get-tab-state', { url: next }, popup)).toEqual({ tabId: 7, state: ready('Two') });
    expect(await send('lede:get-tab-state', { url: first }, popup)).toEqual({ tabId: null, state: { status: 'none' } });
  });

  it('forgets a closed tab, and tells the memory to', async () => {
    await send(
      'lede:tab-state',
      { url: 'https://news.example/a', state: ready('A') },
      page(4, 'https://news.example/a'),
    );
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(memory.forgetTab).toHaveBeenCalledWith(4);
    expect(await send('lede:get-tab-state', { tabId: 4 }, popup)).toEqual({ tabId: 4, state: { status: 'none' } });
    expect(await send('lede:get-tab-state', { url: 'https://news.example/a' }, popup)).toMatchObject({ tabId: null });
  });

  it('answers tab states only to Lede pages: a content script may report, not ask', async () => {
    await expect(send('lede:get-tab-state', { tabId: 4 }, page(5, 'https://evil.example/'))).rejects.toThrow(
      /only to Lede's own pages/,
    );
  });
});

describe('background: reading a page', () => {
  it('extracts the article from the HTML, analyses it, remembers it under the tab address before answering', async () => {
    const answer = (await send(
      'lede:read-page',
      { html: articleHtml('Council approves harbour wall'), forced: false },
      { ...page(4, 'https://news.example/old'), tab: { id: 4, url: 'https://news.example/new' } },
    )) as Read;
    expect(answer.status).toBe('article');
    expect(answer.text).toContain('Ana Ruiz, the harbour master, said');
    expect(answer.text).not.toContain('Home'); // the page's furniture is not the article
    expect(answer.meta?.title).toBe('Council approves harbour wall');
    expect(analysis.calls).toEqual([answer.text]);
    const people = [
      { name: `from ${answer.text!.length} chars`, mentions: [{ start: 0, end: 4 }] },
      {
        name: 'Ana Ruiz',
        mentions: [
          { start: 0, end: 3 },
          { start: 5, end: 8 },
        ],
      },
    ];
    // The page gets what it marks; dates, timeline and summary stay with the memory.
    expect(answer.analysis).toEqual({ people, quotes: [] });
    expect(memory.remember).toHaveBeenCalledTimes(1);
    // The tab's address as the browser reports it (after pushState, the new one), not the sender's first.
    expect(memory.remember.mock.calls[0]).toMatchObject([
      answer.text,
      { title: 'Council approves harbour wall' },
      { people, quotes: [], dates: [{ start: 0, end: 1 }], timeline: [], summary: ['A sentence.'] },
      { url: 'https://news.example/new', tabId: 4 },
    ]);
    // The popup's lines and the word count come made: most mentioned first.
    expect(answer.listing).toEqual({
      authors: [],
      people: [
        { name: 'Ana Ruiz', count: 2 },
        { name: `from ${answer.text!.length} chars`, count: 1 },
      ],
    });
    expect(answer.words).toBe(answer.text!.trim().split(/\s+/).length);
  });

  it('tells the analysis which parts of the text sat in a <blockquote> (quotations without marks)', async () => {
    const quoted = 'We will not let the sea take the lower town again, whatever the wall costs us.';
    const html = articleHtml('Harbour wall').replace(
      '</article>',
      `<blockquote><p>${quoted}</p></blockquote></article>`,
    );
    const answer = (await send(
      'lede:read-page',
      { html, forced: false },
      page(4, 'https://news.example/wall'),
    )) as Read;
    expect(answer.status).toBe('article');
    const spans = analysis.blockquotes.at(-1) as { start: number; end: number }[];
    expect(spans.map((s) => answer.text!.slice(s.start, s.end))).toEqual([quoted]);
  });

  it('a subframe article is remembered under the frame own address', async () => {
    await send(
      'lede:read-page',
      { html: articleHtml('Embed'), forced: false },
      page(4, 'https://embed.example/story', 2),
    );
    expect(memory.remember.mock.calls[0]?.[3]).toEqual({ url: 'https://embed.example/story', tabId: 4 });
  });

  it('answers "skipped" for a page that is no article, unless the reader forced it', async () => {
    const tab = page(4, 'https://news.example/front');
    expect(await send('lede:read-page', { html: LIST_HTML, forced: false }, tab)).toEqual({ status: 'skipped' });
    expect(await send('lede:read-page', { html: 'not html at all', forced: false }, tab)).toEqual({
      status: 'skipped',
    });
    expect(analysis.calls).toEqual([]);
    expect(memory.remember).not.toHaveBeenCalled();
    // Undeclared and article-like: the gate reads it; declared nothing and forced: read anyway.
    const undeclared = articleHtml('Undeclared', '', false);
    expect(((await send('lede:read-page', { html: undeclared, forced: true }, tab)) as Read).status).toBe('article');
  });

  it('does not analyse or remember the same address and text twice; a changed text is read again', async () => {
    const tab = page(4, 'https://news.example/a');
    const first = (await send('lede:read-page', { html: articleHtml('A'), forced: false }, tab)) as Read;
    const again = (await send('lede:read-page', { html: articleHtml('A'), forced: false }, tab)) as Read;
    expect(again).toEqual(first);
    expect(analysis.calls).toHaveLength(1);
    expect(memory.remember).toHaveBeenCalledTimes(1);
    const changed = (await send(
      'lede:read-page',
      {
        html: articleHtml('A', 'An update: the wall will open in May, a spokesman for the council said.'),
        forced: false,
      },
      tab,
    )) as Read;
    expect(changed.text).toContain('An update');
    expect(analysis.calls).toHaveLength(2);
    expect(memory.remember).toHaveBeenCalledTimes(2);
    // Another tab with the same page is its own reader: analysed for it too.
    await send('lede:read-page', { html: articleHtml('A'), forced: false }, page(5, 'https://news.example/a'));
    expect(analysis.calls).toHaveLength(3);
  });

  it('refuses HTML over MAX_PAGE_CHARS before any work, whatever the sender claims', async () => {
    const html = articleHtml('Huge', 'x'.repeat(MAX_PAGE_CHARS));
    await expect(send('lede:read-page', { html, forced: true }, page(4, 'https://news.example/a'))).rejects.toThrow(
      /Lede reads pages of up to/,
    );
    expect(await send('lede:read-page', { html: 42, forced: true }, page(4, 'https://news.example/a'))).toEqual({
      status: 'skipped',
    });
    expect(analysis.calls).toEqual([]);
  });

  it('logs what the scheduler ran, for Lede pages only', async () => {
    await send('lede:read-page', { html: articleHtml('A'), forced: false }, page(4, 'https://news.example/a'));
    const log = (await send('lede:analysis-log', undefined, popup)) as { sender: string; chars: number }[];
    expect(log).toMatchObject([{ sender: '4:0', chars: articleHtml('A').length }]);
    await expect(send('lede:analysis-log', undefined, page(4, 'https://news.example/a'))).rejects.toThrow();
  });
});

describe('background: the page layer', () => {
  it('injects it into the sending frame only', async () => {
    const injected: unknown[] = [];
    const inject = async (details: unknown) => {
      injected.push(details);
      return [];
    };
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript: inject };
    (fakeBrowser.tabs as unknown as { executeScript: unknown }).executeScript = (tabId: number, d: object) =>
      inject({ tabId, ...d });
    await send('lede:load-page-layer', undefined, page(6, 'https://news.example/a', 3));
    expect(injected).toHaveLength(1);
    expect(JSON.stringify(injected[0])).toContain('lede-page.js');
    expect(injected[0]).toMatchObject(
      // Vitest runs the MV2 branch (no MANIFEST_VERSION); the e2e tests run both builds.
      import.meta.env.MANIFEST_VERSION === 3 ? { target: { tabId: 6, frameIds: [3] } } : { tabId: 6, frameId: 3 },
    );
  });

  it('comes with the answer to the tripwire of a page that may be an article, not to others', async () => {
    const injected: unknown[] = [];
    (fakeBrowser as unknown as { scripting: object }).scripting = {
      executeScript: async (details: unknown) => injected.push(details),
    };
    (fakeBrowser.tabs as unknown as { executeScript: unknown }).executeScript = async (tabId: number, d: object) =>
      injected.push({ tabId, ...d });
    await fakeBrowser.storage.local.set({ 'lede:sites': { paused: false, off: ['off.example'], on: [] } });
    const seen = (tabId: number, url: string, article: boolean, frameId = 0) =>
      send('lede:page-seen', { url, article }, page(tabId, url, frameId));
    expect(await seen(1, 'https://news.example/a', false)).toEqual({ mode: 'auto' });
    expect(await seen(2, 'https://off.example/b', true)).toEqual({ mode: 'off' });
    expect(injected).toEqual([]);
    expect(await seen(3, 'https://news.example/c', true, 2)).toEqual({ mode: 'auto' });
    expect(injected).toHaveLength(1);
    expect(injected[0]).toMatchObject(
      import.meta.env.MANIFEST_VERSION === 3 ? { target: { tabId: 3, frameIds: [2] } } : { tabId: 3, frameId: 2 },
    );
  });

  it('still answers the mode when the page layer cannot be injected', async () => {
    (fakeBrowser as unknown as { scripting: object }).scripting = {
      executeScript: async () => Promise.reject(new Error('Cannot access contents of the page')),
    };
    (fakeBrowser.tabs as unknown as { executeScript: unknown }).executeScript = async () =>
      Promise.reject(new Error('Missing host permission for the tab'));
    const answer = send(
      'lede:page-seen',
      { url: 'https://news.example/a', article: true },
      page(1, 'https://news.example/a'),
    );
    expect(await answer).toEqual({ mode: 'auto' });
  });

  it('refuses a page layer for a sender outside any tab', async () => {
    await expect(send('lede:load-page-layer', undefined, popup)).rejects.toThrow(/comes from a tab/);
  });
});

describe('background: the tripwire’s page and the site rules', () => {
  it('answers the site mode by the frame’s own address and keeps the tab state it implies', async () => {
    await fakeBrowser.storage.local.set({ 'lede:sites': { paused: false, off: ['off.example'], on: ['on.example'] } });
    const seen = (tabId: number, url: string, article: boolean, senderUrl = url) =>
      send('lede:page-seen', { url, article }, page(tabId, senderUrl));
    expect(await seen(1, 'https://news.example/a', false)).toEqual({ mode: 'auto' });
    expect(await seen(2, 'https://news.example/b', true)).toEqual({ mode: 'auto' });
    expect(await seen(3, 'https://www.off.example/c', true)).toEqual({ mode: 'off' });
    expect(await seen(4, 'https://on.example/d', false)).toEqual({ mode: 'on' });
    // The page's claimed address does not choose the rule: the browser's address of the sender does.
    expect(await seen(5, 'https://on.example/e', false, 'https://off.example/e')).toEqual({ mode: 'off' });
    const state = async (tabId: number) =>
      ((await send('lede:get-tab-state', { tabId }, popup)) as { state: unknown }).state;
    expect(await state(1)).toEqual({ status: 'skipped' });
    expect(await state(2)).toEqual({ status: 'working' });
    expect(await state(3)).toEqual({ status: 'off' });
    expect(await state(4)).toEqual({ status: 'working' });
    expect(await send('lede:get-tab-state', { url: 'https://news.example/a' }, popup)).toMatchObject({ tabId: 1 });
  });

  it('tells every open http(s) tab its new mode when the reader changes the rules', async () => {
    const sent: { tabId: number; message: unknown }[] = [];
    (fakeBrowser.tabs as unknown as { query: unknown }).query = async () => [
      { id: 1, url: 'https://news.example/a' },
      { id: 2, url: 'https://www.other.example/' },
      { id: 3, url: 'chrome://settings' },
      { id: 4 },
    ];
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
    };
    await fakeBrowser.storage.local.set({ 'lede:sites': { paused: false, off: ['news.example'], on: [] } });
    await new Promise((r) => setTimeout(r, 10));
    expect(sent).toEqual([
      { tabId: 1, message: { type: 'lede:site-mode', data: { mode: 'off' } } },
      { tabId: 2, message: { type: 'lede:site-mode', data: { mode: 'auto' } } },
    ]);
    // And the next page there gets the new rule too.
    expect(
      await send('lede:page-seen', { url: 'https://news.example/z', article: true }, page(9, 'https://news.example/z')),
    ).toEqual({
      mode: 'off',
    });
  });
});
