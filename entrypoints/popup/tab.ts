// Which tab the popup is about, and its state. Normally the active tab; tools and tests may name
// one with ?tab=<id> or ?url=<page url> (the background remembers which tab reported that URL).
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab, type TabState } from '../../utils/messaging';

export interface TargetTab {
  tabId: number | null;
  state: TabState;
}

export async function loadTarget(search: string = location.search): Promise<TargetTab> {
  const params = new URLSearchParams(search);
  const tabParam = params.get('tab');
  const urlParam = params.get('url');

  let tabId: number | null = null;
  if (tabParam !== null && /^\d+$/.test(tabParam)) {
    tabId = Number(tabParam);
  } else if (urlParam !== null) {
    tabId = await tabWithUrl(urlParam);
  } else {
    const [active] = await browser.tabs.query({
      active: true,
      currentWindow: true,
    });
    tabId = active?.id ?? null;
  }
  if (tabId === null) return { tabId, state: { status: 'none' } };
  return { tabId, state: await stateOf(tabId) };
}

/** The tab whose content script reported `url`; waits briefly for a page that is still loading. */
async function tabWithUrl(url: string, waitMs = 3000): Promise<number | null> {
  const until = Date.now() + waitMs;
  for (;;) {
    const { tabId } = await sendToBackground('lede:get-tab-state', { url });
    if (tabId !== null || Date.now() > until) return tabId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Asks the tab's content script first (it is the truth for what the page shows), then the background. */
async function stateOf(tabId: number): Promise<TabState> {
  try {
    const state = await sendToTab(tabId, 'lede:get-state', undefined);
    if (state) return state;
  } catch {
    // No content script there (a browser page, or the page loaded before Lede).
  }
  try {
    return (await sendToBackground('lede:get-tab-state', { tabId })).state;
  } catch {
    return { status: 'none' };
  }
}

/** Asks the tab's content script to analyse its page although the gate skipped it. */
export async function analyseAnyway(tabId: number): Promise<TabState> {
  return sendToTab(tabId, 'lede:analyze-anyway', undefined);
}

/** Scrolls the tab to a person's first mention. */
export async function showPerson(tabId: number, name: string): Promise<boolean> {
  return sendToTab(tabId, 'lede:show-person', { name });
}
