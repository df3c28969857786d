// Chrome's path for reading a page (entrypoints/background/offscreen.ts and entrypoints/offscreen):
// the service worker has no DOMParser, so it hands the HTML to one offscreen document, created on
// first use and reused, which parses it inert and extracts the article. WXT's fake browser stands
// in for the extension APIs; the offscreen document's real listener answers, on linkedom's DOMParser.
import { DOMParser } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
(globalThis as { DOMParser?: unknown }).DOMParser ??= DOMParser;

const PARAGRAPH =
  'The harbour council voted on Tuesday to build a new sea wall, after a decade of debate about its cost and its route along the old quay.';
const ARTICLE = `<!doctype html><html><head><title>Wall approved</title><meta property="og:type" content="article"></head><body><article><h1>Wall approved</h1>${`<p>${PARAGRAPH}</p>`.repeat(5)}</article></body></html>`;
const FRONT = '<!doctype html><html><head><title>Front</title></head><body><a href="/a">A</a></body></html>';

let created: unknown[];
let present: boolean;
/** Who sends the next message: the worker (an extension page) or a content script. */
let senderUrl: string;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  created = [];
  present = false;
  senderUrl = fakeBrowser.runtime.getURL('/background.js');
  (fakeBrowser as unknown as { offscreen: object }).offscreen = {
    hasDocument: async () => present,
    createDocument: async (params: unknown) => {
      created.push(params);
      await new Promise((r) => setTimeout(r, 5));
      present = true;
    },
  };
  // The browser delivers the worker's message to the offscreen document's listener.
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = async (message: unknown) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const answers = await trigger(message, { id: fakeBrowser.runtime.id, url: senderUrl }, () => undefined);
    return answers.find((a) => a !== undefined);
  };
  await import('../../entrypoints/offscreen/main');
});

const read = async (html: string, forced = false) => {
  const { extractOffscreen } = await import('../../entrypoints/background/offscreen');
  return extractOffscreen(html, { url: 'https://news.example/wall', forced });
};

describe('reading a page in the offscreen document (Chrome)', () => {
  it('creates one document (reason DOM_PARSER) for reads that start together, and reuses it', async () => {
    const [a, b] = await Promise.all([read(ARTICLE), read(ARTICLE)]);
    expect(a?.text).toContain('The harbour council voted on Tuesday');
    expect(a?.meta.title).toBe('Wall approved');
    expect(b).toEqual(a);
    await read(ARTICLE);
    expect(created).toEqual([
      expect.objectContaining({ url: '/offscreen.html', reasons: ['DOM_PARSER'], justification: expect.any(String) }),
    ]);
  });

  it('reuses a document an earlier run of the worker left', async () => {
    present = true;
    expect((await read(ARTICLE))?.text).toContain('sea wall');
    expect(created).toEqual([]);
  });

  it('gates: a page that is no article gives null, unless forced', async () => {
    expect(await read(FRONT)).toBeNull();
    const undeclared = ARTICLE.replace('<meta property="og:type" content="article">', '');
    expect((await read(undeclared, true))?.text).toContain('sea wall');
  });

  it('answers only Lede: a content script (Chrome delivers its messages here too) is refused', async () => {
    present = true;
    senderUrl = 'https://evil.example/page';
    await expect(read(ARTICLE)).rejects.toThrow(/only to Lede's own pages/);
  });
});
