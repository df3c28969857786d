// The background's sender policy (utils/messaging.ts): content scripts, which run inside web
// pages, may send only what the page layer needs; the memory and other tabs' states are answered
// only to Lede's own pages. Tested through onMessages with a stand-in runtime.
import { describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: object) => Promise<unknown> | undefined;
const fake = vi.hoisted(() => {
  const listeners: Listener[] = [];
  const runtime = {
    id: 'lede-id',
    getURL: (path: string) => `chrome-extension://lede-id${path}`,
    onMessage: {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    },
  };
  (globalThis as unknown as { chrome: unknown }).chrome = { runtime };
  return { listeners };
});

import { CONTENT_SCRIPT_MAY_SEND, onMessages, senderMayAsk, toMessageSender } from '../../utils/messaging';

const page = {
  id: 'lede-id',
  tab: { id: 4, url: 'https://news.example/a' },
  frameId: 0,
  url: 'https://news.example/a',
};
const frame = {
  id: 'lede-id',
  tab: { id: 4, url: 'https://news.example/a' },
  frameId: 3,
  url: 'chrome-extension://0f1e2d/memory-card.html?name=A',
};
const popup = { id: 'lede-id', url: 'chrome-extension://lede-id/popup.html' };

function deliver(message: unknown, sender: object): Promise<unknown> | undefined {
  return fake.listeners[fake.listeners.length - 1](message, sender);
}

describe('the sender policy', () => {
  it('tells content scripts from extension pages by the URL the browser reports', () => {
    expect(toMessageSender(page)).toMatchObject({
      tabId: 4,
      frameId: 0,
      extensionPage: false,
      tabUrl: 'https://news.example/a',
    });
    // The memory frame sits in a tab but is an extension page (Chrome: at its dynamic address).
    expect(toMessageSender(frame).extensionPage).toBe(true);
    expect(toMessageSender(popup)).toMatchObject({ tabId: null, extensionPage: true });
    expect(toMessageSender({ ...popup, id: 'another-extension' }).extensionPage).toBe(false);
    expect(toMessageSender({ tab: { id: 1 } }).extensionPage).toBe(false);
  });

  it('lets a content script send only what the tripwire and the page layer need', () => {
    expect([...CONTENT_SCRIPT_MAY_SEND].sort()).toEqual([
      'lede:load-page-layer',
      'lede:page-seen',
      'lede:read-page',
      'lede:tab-state',
    ]);
    const cs = toMessageSender(page);
    expect(senderMayAsk('lede:read-page', cs)).toBe(true);
    // Chrome delivers a content script's messages to the offscreen document too: it answers only Lede.
    for (const type of [
      'lede:memory-person',
      'lede:memory-save',
      'lede:memory-export',
      'lede:get-tab-state',
      'lede:extract-inert',
    ])
      expect(senderMayAsk(type, cs)).toBe(false);
    expect(senderMayAsk('lede:memory-person', toMessageSender(frame))).toBe(true);
  });

  it('refuses a memory message from a content script without running its handler', async () => {
    const asked: string[] = [];
    const stop = onMessages<{ 'lede:memory-person': { request: { name: string }; response: string } }>({
      'lede:memory-person': ({ name }) => {
        asked.push(name);
        return `memory of ${name}`;
      },
    });
    await expect(deliver({ type: 'lede:memory-person', data: { name: 'Ann' } }, page)).rejects.toThrow(
      /only to Lede's own pages/,
    );
    expect(asked).toEqual([]);
    await expect(deliver({ type: 'lede:memory-person', data: { name: 'Ann' } }, frame)).resolves.toBe('memory of Ann');
    expect(asked).toEqual(['Ann']);
    expect(deliver({ type: 'lede:other', data: null }, page)).toBeUndefined(); // not ours to answer
    stop();
  });
});
