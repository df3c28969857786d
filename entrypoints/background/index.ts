// Background: runs the analysis (its lexicons load once per browser, not once per tab), keeps the
// reading memory (IndexedDB) and each tab's state for the popup. It trusts no sender: texts are cut
// to MAX_ANALYZE_CHARS, analyses are scheduled fairly between tabs (scheduler.ts), and what is
// remembered, under which address, is decided by utils/store/background.ts.
import { browser } from 'wxt/browser';
import { analyzeText, type TextAnalysis } from '../../utils/nlp/analyze';
import { onMessages, type BackgroundMessages, type TabState } from '../../utils/messaging';
import { startMemory } from '../../utils/store/background';
import { FairScheduler } from './scheduler';
import { boundedInput } from './input';
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
  const analyses = new FairScheduler<TextAnalysis>();
  const siteModes = startSiteModes(); // also tells open pages when the reader changes the rules

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    memory.forgetTab(tabId);
  });

  onMessages<BackgroundMessages>({
    'lede:analyze': async (request, sender) => {
      const { text, meta } = boundedInput(request);
      const from = `${sender.tabId ?? 'none'}:${sender.frameId ?? 0}`;
      const { value: analysis, own } = await analyses.submit(
        from,
        () => analyzeText(text, { publishedAt: meta.publishedAt, title: meta.title }),
        text.length,
      );
      // Replaced by a newer text from the same page: that text is analysed and remembered, and
      // this caller (an outdated run of the page's pipeline) drops the answer.
      if (!own) return analysis;
      // Remembered before answering, so the popup opened next finds the article in memory.
      // A refused or failed save (limits, quota, bad URL) never stops the page.
      // The top frame's address is the tab's (current after pushState); a subframe's is its own.
      const url = sender.frameId === 0 ? (sender.tabUrl ?? sender.url) : sender.url;
      await memory.remember(text, meta, analysis, { url, tabId: sender.tabId });
      return analysis;
    },

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
    'lede:analysis-log': () => analyses.log(),
  });
});
