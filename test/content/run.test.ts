// @vitest-environment happy-dom
// The first content script's run logic (entrypoints/content/index.ts) on WXT's fake browser: what it
// does on a page that is not an article, on one that is (the page layer asked for once, every later
// run handed to it), under the reader's site rules read before any work and followed live, and what
// a page's own forged events cannot do. The page layer is a stand-in here; the real one runs in
// test/e2e.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../../utils/messaging';
import { MAX_CONTENT_RUNS } from '../../entrypoints/content/run-policy';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

// The page watcher: the test plays the page's navigations and added text.
const watcher = vi.hoisted(() => ({ cb: null as null | ((change: { kind: string }) => void) }));
vi.mock('../../utils/page/observe', () => ({
  onPageChange: (cb: (change: { kind: string }) => void) => {
    watcher.cb = cb;
  },
}));

// The page layer the background would inject: records the runs handed to it.
const layerRuns = vi.hoisted(() => ({ runs: [] as string[], turnedOff: 0, cleared: 0 }));
const fakeLayer = {
  alive: () => true,
  createPipeline: () => ({
    state: { status: 'working' } as TabState,
    run: async (reason: string) => {
      layerRuns.runs.push(reason);
    },
    turnOff: () => {
      layerRuns.turnedOff++;
    },
    clear: () => {
      layerRuns.cleared++;
    },
    showPerson: () => false,
  }),
};

(globalThis as { defineContentScript?: unknown }).defineContentScript = (def: object) => def;

const ARTICLE_HEAD = '<meta property="og:type" content="article"><title>Council votes</title>';
const HOME_HEAD = '<title>Front page</title>';

/** What the background receives from the content script, by message type. */
let received: { type: string; data: unknown }[] = [];
let layerRequests = 0;

async function startOn(head: string, rules?: unknown): Promise<void> {
  document.head.innerHTML = head;
  document.body.innerHTML = '<nav><a href="/">Home</a></nav>';
  delete document.documentElement.dataset.ledeStatus;
  if (rules !== undefined) await fakeBrowser.storage.local.set({ 'lede:sites': rules });
  const script = (await import('../../entrypoints/content/index')).default as unknown as { main(): void };
  script.main();
  await settle();
}

/** Lets the script's promise chains (storage read, messages, layer) finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

const statesSent = () =>
  received.filter((m) => m.type === 'lede:tab-state').map((m) => (m.data as { state: TabState }).state.status);

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  received = [];
  layerRequests = 0;
  layerRuns.runs = [];
  layerRuns.turnedOff = 0;
  layerRuns.cleared = 0;
  watcher.cb = null;
  delete (globalThis as Record<string, unknown>).__ledePageLayer;
  delete (globalThis as Record<string, unknown>).__ledeContentScript;
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type: string; data: unknown };
    received.push(m);
    if (m.type === 'lede:load-page-layer') {
      layerRequests++;
      // The background injects the page layer, which registers itself on the isolated world.
      (globalThis as Record<string, unknown>).__ledePageLayer = fakeLayer;
    }
    return Promise.resolve(undefined);
  });
});

describe('content script: a page that is not an article', () => {
  it('says "skipped", tells the background, and never asks for the page layer', async () => {
    await startOn(HOME_HEAD);
    expect(document.documentElement.dataset.ledeStatus).toBe('skipped');
    expect(statesSent()).toContain('skipped');
    expect(layerRequests).toBe(0);
  });

  it('looks again after added text, at most MAX_CONTENT_RUNS times per address', async () => {
    await startOn(HOME_HEAD);
    const gate = vi.spyOn(document, 'querySelectorAll');
    const before = gate.mock.calls.length;
    for (let i = 0; i < MAX_CONTENT_RUNS + 10; i++) watcher.cb?.({ kind: 'content' });
    await settle();
    const checks = gate.mock.calls.length - before;
    gate.mockRestore();
    // Each re-check runs the gate's one selector pass (and the readerable heuristic's): bounded.
    expect(checks).toBeGreaterThan(0);
    expect(checks).toBeLessThanOrEqual(MAX_CONTENT_RUNS * 4);
    expect(layerRequests).toBe(0);
  });
});

describe('content script: an article', () => {
  it('asks the background for the page layer once and hands it the first run and every later one', async () => {
    await startOn(ARTICLE_HEAD);
    expect(layerRequests).toBe(1);
    expect(layerRuns.runs).toEqual(['initial']);
    watcher.cb?.({ kind: 'navigation' });
    watcher.cb?.({ kind: 'content' });
    await settle();
    expect(layerRequests).toBe(1);
    expect(layerRuns.runs).toEqual(['initial', 'navigation', 'content']);
  });

  it("is not switched off by a page's forged WXT 'content script started' event", async () => {
    await startOn(ARTICLE_HEAD);
    const name = `${fakeBrowser.runtime.id}:content`;
    window.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: name } }));
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: name, messageId: 'x' }, '*');
    await settle();
    watcher.cb?.({ kind: 'navigation' });
    await settle();
    expect(layerRuns.cleared).toBe(0);
    expect(layerRuns.runs).toEqual(['initial', 'navigation']);
  });
});

describe('content script: the reader’s site rules', () => {
  it('does nothing at all on a site the reader turned off: no status, no gate, no layer', async () => {
    await startOn(ARTICLE_HEAD, { paused: false, off: ['localhost'], on: [] });
    expect(document.documentElement.dataset.ledeStatus).toBeUndefined();
    expect(layerRequests).toBe(0);
    expect(statesSent()).toContain('off');
  });

  it('follows a change of the rules at once: turning the site off turns the layer off', async () => {
    await startOn(ARTICLE_HEAD);
    expect(layerRuns.runs).toEqual(['initial']);
    await fakeBrowser.storage.local.set({ 'lede:sites': { paused: false, off: ['localhost'], on: [] } });
    await settle();
    expect(layerRuns.turnedOff).toBe(1);
    // Later page changes on the switched-off site do nothing.
    watcher.cb?.({ kind: 'navigation' });
    await settle();
    expect(layerRuns.runs).toEqual(['initial']);
  });

  it('analyses a page the gate skips when the reader set the site to always on', async () => {
    await startOn(HOME_HEAD, { paused: false, off: [], on: ['localhost'] });
    expect(layerRequests).toBe(1);
    expect(layerRuns.runs).toEqual(['forced']);
  });
});
