// Background: runs the analysis (its lexicons load once per browser, not once per tab), keeps the
// reading memory (IndexedDB) and each tab's state for the popup.
import { browser } from 'wxt/browser';
import { analyzeText } from '../utils/nlp/analyze';
import { onMessages, type BackgroundMessages, type TabState } from '../utils/messaging';
import { startMemory } from '../utils/store/background';

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

  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));

  onMessages<BackgroundMessages>({
    'lede:analyze': async ({ text, meta }, sender) => {
      const analysis = analyzeText(text, { publishedAt: meta.publishedAt, title: meta.title });
      // Remembered before answering, so the popup opened next finds the article in memory.
      // A failed save (quota, bad URL) never stops the page: remember() never throws.
      await memory.remember(text, meta, analysis, sender.url);
      return analysis;
    },

    // The page layer goes only where the first content script found an article (or was asked to).
    'lede:load-page-layer': async (_, sender) => {
      if (sender.tabId === null) throw new Error('lede:load-page-layer comes from a tab');
      await injectPageLayer(sender.tabId, sender.frameId ?? 0);
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
  });
});
