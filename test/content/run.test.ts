// @vitest-environment happy-dom
// The tripwire's run logic (entrypoints/content/tripwire.ts), the first content script, with a
// stand-in browser API and background: what it does on a page that is not an article (one message,
// one attribute, a cheap watch), on one that is (the page layer asked for once, every later run
// handed to it), under the reader's site rules (answered by the background, pushed on a change),
// what the popup can ask of it, and what a page's own forged events and messages cannot do. The
// page layer is a stand-in here; the real one runs in test/e2e.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RawListener, RawSender } from '../../entrypoints/content/extension-api';
import type { SiteMode, TabState } from '../../utils/messaging';
import { MAX_CONTENT_RUNS } from '../../entrypoints/content/run-policy';

// The skipped page's watch: the test plays the page's navigations and added paragraphs.
const watcher = vi.hoisted(() => ({
  cb: null as null | ((kind: 'navigation' | 'content') => void),
  stopped: false,
}));
vi.mock('../../entrypoints/content/tripwire-watch', () => ({
  watchSkippedPage: (_doc: Document, cb: (kind: 'navigation' | 'content') => void) => {
    watcher.cb = cb;
    watcher.stopped = false;
    return () => {
      watcher.stopped = true;
    };
  },
}));

// The run logic beyond the quiet skip, counted each time the tripwire builds it.
const built = vi.hoisted(() => ({ runs: 0 }));
vi.mock('../../entrypoints/content/tripwire-run', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../entrypoints/content/tripwire-run')>();
  return {
    ...actual,
    createRun: (...args: Parameters<typeof actual.createRun>) => {
      built.runs++;
      return actual.createRun(...args);
    },
  };
});

// The page layer the background would inject: records the runs handed to it and follows the page.
const layer = vi.hoisted(() => ({
  runs: [] as string[],
  turnedOff: 0,
  cleared: 0,
  watch: null as null | ((kind: 'navigation' | 'content') => void),
}));
const fakeLayer = {
  alive: () => true,
  watch: (_doc: Document, cb: (kind: 'navigation' | 'content') => void) => {
    layer.watch = cb;
  },
  createPipeline: () => ({
    state: { status: 'working' } as TabState,
    run: async (reason: string) => {
      layer.runs.push(reason);
    },
    turnOff: () => {
      layer.turnedOff++;
    },
    clear: () => {
      layer.cleared++;
    },
    showPerson: (name: string) => name === 'Ana Ruiz',
  }),
};

const EXTENSION_ID = 'lede-test-id';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const POPUP: RawSender = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };
const BACKGROUND: RawSender = { id: EXTENSION_ID, url: `${ORIGIN}background.js` };

const ARTICLE_HEAD = '<meta property="og:type" content="article"><title>Council votes</title>';
const HOME_HEAD = '<title>Front page</title>';

/** What the background receives from the tripwire, in order. */
let received: { type: string; data: unknown }[] = [];
let siteMode: SiteMode = 'auto';
let listeners: RawListener[] = [];
let runtime: { id?: string; getURL(p: string): string; sendMessage(m: unknown): Promise<unknown>; onMessage: object };

function freshApi() {
  listeners = [];
  runtime = {
    id: EXTENSION_ID,
    getURL: (p: string) => `${ORIGIN}${p.replace(/^\//, '')}`,
    // The background: answers the site's mode, injects the layer (which registers itself).
    sendMessage: async (message: unknown) => {
      const m = message as { type: string; data: unknown };
      received.push(m);
      if (m.type === 'lede:page-seen') return { mode: siteMode };
      if (m.type === 'lede:load-page-layer') (globalThis as Record<string, unknown>).__ledePageLayer = fakeLayer;
      return undefined;
    },
    onMessage: {
      addListener: (l: RawListener) => listeners.push(l),
      removeListener: (l: RawListener) => (listeners = listeners.filter((x) => x !== l)),
    },
  };
  return { runtime } as never;
}

async function startOn(head: string, mode: SiteMode = 'auto'): Promise<void> {
  document.head.innerHTML = head;
  document.body.innerHTML = '<nav><a href="/">Home</a></nav>';
  delete document.documentElement.dataset.ledeStatus;
  siteMode = mode;
  const { startTripwire } = await import('../../entrypoints/content/tripwire');
  startTripwire(document, freshApi());
  await settle();
}

/** Delivers a message to the tripwire as the browser would; its answer, or 'unanswered'. */
async function ask(type: string, data: unknown = undefined, sender: RawSender = POPUP): Promise<unknown> {
  let answer: unknown = 'unanswered';
  let done!: () => void;
  const answered = new Promise<void>((r) => (done = r));
  const kept = listeners.map((l) =>
    l({ type, data }, sender, (value) => {
      answer = value;
      done();
    }),
  );
  if (kept.includes(true)) await answered;
  await settle();
  return answer;
}

/** Lets the script's promise chains (messages, layer) finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

const types = () => received.map((m) => m.type);
const statesSent = () =>
  received.filter((m) => m.type === 'lede:tab-state').map((m) => (m.data as { state: TabState }).state.status);

beforeEach(() => {
  vi.resetModules();
  received = [];
  layer.runs = [];
  layer.turnedOff = 0;
  layer.cleared = 0;
  layer.watch = null;
  watcher.cb = null;
  watcher.stopped = false;
  built.runs = 0;
  delete (globalThis as Record<string, unknown>).__ledePageLayer;
  delete (globalThis as Record<string, unknown>).__ledeContentScript;
});

describe('tripwire: a page that is not an article', () => {
  it('sends one message, says "skipped", and never asks for the page layer', async () => {
    await startOn(HOME_HEAD);
    expect(document.documentElement.dataset.ledeStatus).toBe('skipped');
    expect(received).toEqual([{ type: 'lede:page-seen', data: { url: location.href, article: false } }]);
    expect(watcher.cb).not.toBeNull();
    // The quiet path: the run logic is built only when something asks more of the page.
    expect(built.runs).toBe(0);
    expect(await ask('lede:get-state')).toEqual({ status: 'skipped' });
    expect(built.runs).toBe(1);
    watcher.cb?.('content');
    await settle();
    expect(built.runs).toBe(1);
    expect(types()).toEqual(['lede:page-seen']);
  });

  it('looks again after added paragraphs, at most MAX_CONTENT_RUNS times per address', async () => {
    await startOn(HOME_HEAD);
    const gate = vi.spyOn(document, 'querySelectorAll');
    const before = gate.mock.calls.length;
    for (let i = 0; i < MAX_CONTENT_RUNS + 10; i++) watcher.cb?.('content');
    await settle();
    const checks = gate.mock.calls.length - before;
    gate.mockRestore();
    // Each re-check runs the gate's one selector pass (and the readerable heuristic's): bounded.
    expect(checks).toBeGreaterThan(0);
    expect(checks).toBeLessThanOrEqual(MAX_CONTENT_RUNS * 4);
    expect(types()).not.toContain('lede:load-page-layer');
  });

  it('follows a single-page-app navigation to an article: the layer comes once and takes over', async () => {
    await startOn(HOME_HEAD);
    history.pushState({}, '', '/story?spa');
    document.head.innerHTML = ARTICLE_HEAD;
    watcher.cb?.('navigation');
    await settle();
    expect(types().filter((t) => t === 'lede:load-page-layer')).toHaveLength(1);
    expect(layer.runs).toEqual(['navigation']);
    expect(watcher.stopped).toBe(true); // the layer follows the page from now on
    layer.watch?.('content');
    await settle();
    expect(layer.runs).toEqual(['navigation', 'content']);
  });

  it('reports a new address it skipped too, so the popup finds the tab there', async () => {
    await startOn(HOME_HEAD);
    history.pushState({}, '', '/other-list');
    watcher.cb?.('navigation');
    await settle();
    const last = received.at(-1) as { type: string; data: { url: string; state: TabState } };
    expect(last.type).toBe('lede:tab-state');
    expect(last.data).toEqual({ url: location.href, state: { status: 'skipped' } });
  });
});

describe('tripwire: an article', () => {
  it('asks the background for the page layer once and hands it the first run and every later one', async () => {
    await startOn(ARTICLE_HEAD);
    expect(built.runs).toBe(1);
    expect(received[0]).toEqual({ type: 'lede:page-seen', data: { url: location.href, article: true } });
    expect(types().filter((t) => t === 'lede:load-page-layer')).toHaveLength(1);
    expect(layer.runs).toEqual(['initial']);
    expect(watcher.cb).toBeNull(); // no watch of its own: the layer's
    layer.watch?.('navigation');
    layer.watch?.('content');
    await settle();
    expect(types().filter((t) => t === 'lede:load-page-layer')).toHaveLength(1);
    expect(layer.runs).toEqual(['initial', 'navigation', 'content']);
  });

  it("is not switched off by a page's forged WXT 'content script started' event", async () => {
    await startOn(ARTICLE_HEAD);
    const name = `${EXTENSION_ID}:content`;
    window.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: name } }));
    document.dispatchEvent(new CustomEvent('wxt:content-script-started', { detail: { contentScriptName: name } }));
    window.postMessage({ type: 'wxt:content-script-started', contentScriptName: name, messageId: 'x' }, '*');
    await settle();
    layer.watch?.('navigation');
    await settle();
    expect(layer.cleared).toBe(0);
    expect(layer.runs).toEqual(['initial', 'navigation']);
  });

  it('a newer copy of the script retires the older one: its listener goes and its marks are cleared', async () => {
    await startOn(ARTICLE_HEAD);
    const first = listeners.length;
    const { startTripwire } = await import('../../entrypoints/content/tripwire');
    const older = listeners[0];
    startTripwire(document, { runtime } as never);
    await settle();
    expect(layer.cleared).toBe(1);
    expect(listeners).not.toContain(older);
    expect(listeners.length).toBe(first);
  });

  it('stops once the extension is gone (reloaded or removed)', async () => {
    await startOn(ARTICLE_HEAD);
    runtime.id = undefined;
    layer.watch?.('navigation');
    await settle();
    expect(layer.runs).toEqual(['initial']);
    expect(layer.cleared).toBe(1);
  });
});

describe('tripwire: the reader’s site rules', () => {
  it('does nothing at all on a site the reader turned off: no status, no layer, one message', async () => {
    await startOn(ARTICLE_HEAD, 'off');
    expect(document.documentElement.dataset.ledeStatus).toBeUndefined();
    expect(types()).toEqual(['lede:page-seen']);
    expect(await ask('lede:get-state')).toEqual({ status: 'off' });
  });

  it('follows a change the background pushes: off turns the layer off, auto runs it again', async () => {
    await startOn(ARTICLE_HEAD);
    expect(await ask('lede:site-mode', { mode: 'off' }, BACKGROUND)).toBeUndefined();
    expect(layer.turnedOff).toBe(1);
    // Later page changes on the switched-off site do nothing.
    layer.watch?.('navigation');
    await settle();
    expect(layer.runs).toEqual(['initial']);
    await ask('lede:site-mode', { mode: 'auto' }, BACKGROUND);
    expect(layer.runs).toEqual(['initial', 'navigation']);
  });

  it('a page opened while its site was off runs once the reader turns the site back on', async () => {
    await startOn(ARTICLE_HEAD, 'off');
    await ask('lede:site-mode', { mode: 'auto' }, BACKGROUND);
    expect(types().filter((t) => t === 'lede:load-page-layer')).toHaveLength(1);
    expect(layer.runs).toEqual(['navigation']);
  });

  it('turning a skipped page’s site off removes its status and tells the background', async () => {
    await startOn(HOME_HEAD);
    await ask('lede:site-mode', { mode: 'off' }, BACKGROUND);
    expect(document.documentElement.dataset.ledeStatus).toBeUndefined();
    expect(statesSent()).toEqual(['off']);
  });

  it('analyses a page the gate skips when the reader set the site to always on', async () => {
    await startOn(HOME_HEAD, 'on');
    expect(types().filter((t) => t === 'lede:load-page-layer')).toHaveLength(1);
    expect(layer.runs).toEqual(['forced']);
  });
});

describe('tripwire: the popup', () => {
  it('"analyse anyway" loads the layer on a skipped page and answers its state', async () => {
    await startOn(HOME_HEAD);
    expect(await ask('lede:analyze-anyway')).toEqual({ status: 'working' });
    expect(layer.runs).toEqual(['forced']);
    expect(await ask('lede:show-person', { name: 'Ana Ruiz' })).toBe(true);
    expect(await ask('lede:show-person', { name: 'Tom Li' })).toBe(false);
  });

  it('answers no one but Lede: a message from a web page address is left unanswered and does nothing', async () => {
    await startOn(HOME_HEAD);
    const page: RawSender = { id: EXTENSION_ID, url: 'https://evil.example/' };
    expect(await ask('lede:analyze-anyway', undefined, page)).toBe('unanswered');
    expect(await ask('lede:site-mode', { mode: 'on' }, { url: `${ORIGIN}popup.html` })).toBe('unanswered');
    expect(await ask('lede:site-mode', { mode: 'nonsense' }, BACKGROUND)).toBeUndefined();
    expect(types()).not.toContain('lede:load-page-layer');
    expect(await ask('lede:unknown', undefined)).toBe('unanswered');
  });
});
