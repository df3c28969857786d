// The page layer talks to the background through the browser's own API (no webextension polyfill):
// askBackground passes answers through and turns a failed handler into a rejection in both browsers.
import { afterEach, describe, expect, it } from 'vitest';
import { askBackground, extensionApi, type ExtensionApi } from '../../entrypoints/content/extension-api';

function apiAnswering(answer: () => Promise<unknown>, sent: unknown[] = []): ExtensionApi {
  return {
    runtime: {
      id: 'lede',
      getURL: (path) => `chrome-extension://lede${path}`,
      sendMessage: (message) => {
        sent.push(message);
        return answer();
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
  };
}

describe('askBackground', () => {
  it('sends one envelope and resolves with the answer', async () => {
    const sent: unknown[] = [];
    const api = apiAnswering(() => Promise.resolve({ status: 'skipped' }), sent);
    await expect(askBackground(api, 'lede:read-page', { html: '<p>x</p>', forced: false })).resolves.toEqual({
      status: 'skipped',
    });
    expect(sent).toEqual([{ type: 'lede:read-page', data: { html: '<p>x</p>', forced: false } }]);
  });

  it("rejects with the handler's message when Chrome's background polyfill sends a failure as a reply", async () => {
    const api = apiAnswering(() =>
      Promise.resolve({ __mozWebExtensionPolyfillReject__: true, message: 'the page is too long' }),
    );
    await expect(askBackground(api, 'lede:read-page', { html: '', forced: false })).rejects.toThrow(
      'the page is too long',
    );
  });

  it('passes a rejection on (Firefox, or no background listening)', async () => {
    const api = apiAnswering(() => Promise.reject(new Error('Could not establish connection')));
    await expect(askBackground(api, 'lede:load-page-layer', undefined)).rejects.toThrow('Could not establish');
  });
});

describe('extensionApi', () => {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  afterEach(() => {
    delete g.browser;
    delete g.chrome;
  });

  it("prefers Firefox's browser, else Chrome's chrome, else nothing", () => {
    const firefox = apiAnswering(() => Promise.resolve(null));
    const chrome = apiAnswering(() => Promise.resolve(null));
    expect(extensionApi()).toBeUndefined();
    g.chrome = chrome;
    expect(extensionApi()).toBe(chrome);
    g.browser = firefox;
    expect(extensionApi()).toBe(firefox);
    g.browser = {}; // a page's own global named browser, without runtime
    expect(extensionApi()).toBe(chrome);
  });
});
