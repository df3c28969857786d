// Background: runs the analysis (its lexicons load once per browser, not once per tab) and keeps
// each tab's state for the popup. The reading memory (store, related coverage) will live here too.
import { browser } from 'wxt/browser';
import { analyzeText } from '../utils/nlp/analyze';
import { onMessages, type BackgroundMessages, type TabState } from '../utils/messaging';

interface TabEntry {
  url: string | null;
  state: TabState;
}

export default defineBackground(() => {
  const tabs = new Map<number, TabEntry>();

  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));

  onMessages<BackgroundMessages>({
    'lede:analyze': ({ text, meta }) => analyzeText(text, { publishedAt: meta.publishedAt, title: meta.title }),

    'lede:tab-state': (state, sender) => {
      if (sender.tabId !== null) tabs.set(sender.tabId, { url: sender.url, state });
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
