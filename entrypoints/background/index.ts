// Background: reads the pages the page layer sends (parse, extraction and analysis off the page's
// main thread; the lexicons load once per browser, not once per tab), keeps the reading memory
// (IndexedDB) and each tab's state for the popup. It trusts no sender: pages and texts are capped,
// reads are scheduled fairly between tabs (read-page.ts, scheduler.ts), and what is remembered,
// under which address, is decided by utils/store/background.ts.
import { browser } from 'wxt/browser';
import { onMessages, type BackgroundMessages, type TabState } from '../../utils/messaging';
import { startMemory } from '../../utils/store/background';
import { startPageReader } from './read-page';
import { extractInert } from './inert';
import { extractOffscreen } from './offscreen';
import { startSiteModes } from './site-modes';

const PAGE_LAYER = '/lede-page.js';

/** Runs the page layer in one frame, in the content scripts' isolated world. */
async function injectPageLayer(tabId: number, frameId: number): Promise<void> {
  if (import.meta.env.MANIFEST_VERSION === 3) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [PAGE_LAYER],
      injectImmediately: true,
    });
  } else {
    await browser.tabs.executeScript(tabId, { file: PAGE_LAYER, frameId, runAt: 'document_start' });
  }
}

interface TabEntry {
  url: string | null;
  state: TabState;
}

export default defineBackground(() => {
  const tabs = new Map<number, TabEntry>();
  const memory = startMemory(); // also answers the memory's messages (utils/store/messages.ts)
  // Chrome's service worker has no DOMParser: its pages are parsed in the offscreen document.
  const reader = startPageReader(import.meta.env.MANIFEST_VERSION === 3 ? extractOffscreen : extractInert, memory);
  const siteModes = startSiteModes(); // also tells open pages when the reader changes the rules

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    memory.forgetTab(tabId);
    reader.forgetTab(tabId);
  });

  onMessages<BackgroundMessages>({
    'lede:read-page': (request, sender) => reader.read(request, sender),

    // The page layer goes only where the first content script found an article (or was asked to).
    'lede:load-page-layer': async (_, sender) => {
      if (sender.tabId === null) throw new Error('lede:load-page-layer comes from a tab');
      await injectPageLayer(sender.tabId, sender.frameId ?? 0);
    },

    // The tripwire's one message per page: the site's mode, read by the frame's own address (which
    // the browser sets, not the page); the tab's state follows from it and the tripwire's verdict.
    'lede:page-seen': async ({ url, article }, sender) => {
      const mode = await siteModes.modeFor(sender.frameId === 0 ? (sender.tabUrl ?? sender.url) : sender.url);
      const state: TabState =
        mode === 'off'
          ? { status: 'off' }
          : article === true || mode === 'on'
            ? { status: 'working' }
            : { status: 'skipped' };
      if (sender.tabId !== null && typeof url === 'string') tabs.set(sender.tabId, { url, state });
      // The page layer comes with the answer: the tripwire finds it there and need not ask for it, which
      // saves an article one round trip and one message task on the page's thread. On failure the
      // tripwire asks itself ('lede:load-page-layer') and reports the error.
      if (state.status === 'working' && sender.tabId !== null) {
        await injectPageLayer(sender.tabId, sender.frameId ?? 0).catch(() => undefined);
      }
      return { mode };
    },

    'lede:tab-state': ({ url, state }, sender) => {
      if (sender.tabId !== null) tabs.set(sender.tabId, { url, state });
    },

    'lede:get-tab-state': ({ tabId, url }) => {
      if (tabId !== undefined) return { tabId, state: tabs.get(tabId)?.state ?? { status: 'none' } };
      if (url !== undefined) {
        for (const [id, entry] of tabs) if (entry.url === url) return { tabId: id, state: entry.state };
      }
      return { tabId: null, state: { status: 'none' } };
    },

    // Extension pages only (senderMayAsk): what the scheduler ran lately, for tests and the bench.
    'lede:analysis-log': () => reader.log(),
  });
});
