// The reader's site rules and pause switch, in browser.storage.local (small, read by the
// content script's gate on every page, so not in IndexedDB). Key: 'lede:sites'.
// Plain storage.local, not a WXT storage item (storage.defineItem + watch): that module would add
// 3.7 KB gzipped to the script that runs on every page (6.9 KB), for one key read and one listener.
import { browser } from 'wxt/browser';

export const SITE_RULES_KEY = 'lede:sites';

export interface SiteRules {
  /** Lede off everywhere. */
  paused: boolean;
  /** Sites where Lede never runs. */
  off: string[];
  /** Sites where Lede always runs, even on pages that do not look like articles. */
  on: string[];
}

export function sanitizeSiteRules(raw: unknown): SiteRules {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown) =>
    Array.isArray(v)
      ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length < 254))]
      : [];
  return { paused: o.paused === true, off: list(o.off), on: list(o.on) };
}

/** Does a rule for `site` cover `host`? ("example.com" covers "news.example.com"). */
export function siteMatches(site: string, host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return h === site || h.endsWith(`.${site}`);
}

/** What the gate should do on `host`: 'off' (never), 'on' (always, even if not article-like) or 'auto'. */
export function ruleFor(rules: SiteRules, host: string): 'off' | 'on' | 'auto' {
  if (rules.paused || rules.off.some((s) => siteMatches(s, host))) return 'off';
  return rules.on.some((s) => siteMatches(s, host)) ? 'on' : 'auto';
}

export async function loadSiteRules(): Promise<SiteRules> {
  const got = await browser.storage.local.get(SITE_RULES_KEY);
  return sanitizeSiteRules(got[SITE_RULES_KEY]);
}

export async function saveSiteRules(rules: SiteRules): Promise<void> {
  await browser.storage.local.set({ [SITE_RULES_KEY]: sanitizeSiteRules(rules) });
}
