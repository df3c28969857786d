// The reader's site rules, as the background serves them to pages: read from storage once, kept
// current by one storage listener here (not one in every page), and pushed to the open tabs when
// they change, so turning Lede off or on from the popup or options takes effect at once.
import { browser } from 'wxt/browser';
import { sendToTab, type SiteMode } from '../../utils/messaging';
import {
  loadSiteRules,
  ruleFor,
  sanitizeSiteRules,
  SITE_RULES_KEY,
  type SiteRules,
} from '../../utils/store/site-rules';

/** The host of an http(s) address; null for anything else. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export interface SiteModes {
  /** The mode for a page at `url` ('auto' when storage cannot be read). */
  modeFor(url: string | null): Promise<SiteMode>;
}

export function startSiteModes(): SiteModes {
  let rules: Promise<SiteRules> | null = null;
  const current = () =>
    (rules ??= loadSiteRules().catch(() => {
      rules = null; // read again next time
      return sanitizeSiteRules(undefined);
    }));

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SITE_RULES_KEY in changes)) return;
    const next = sanitizeSiteRules(changes[SITE_RULES_KEY].newValue);
    rules = Promise.resolve(next);
    // Every open page on http(s) (a tab's address is readable on the sites Lede has access to);
    // a tab without Lede's content script simply does not answer.
    void browser.tabs
      .query({})
      .then((tabs) => {
        for (const tab of tabs) {
          const host = hostOf(tab.url);
          if (tab.id === undefined || host === null) continue;
          sendToTab(tab.id, 'lede:site-mode', { mode: ruleFor(next, host) }).catch(() => undefined);
        }
      })
      .catch(() => undefined);
  });

  return {
    async modeFor(url) {
      const host = hostOf(url);
      return host === null ? 'auto' : ruleFor(await current(), host);
    },
  };
}
