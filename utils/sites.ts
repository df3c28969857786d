// The reader's site rules: pause everywhere, sites where Lede is off, sites where it is always on.
// Kept in storage.local (shared by the options page, popup and content scripts), read with one
// cheap call before the content script does any work.
import { browser } from 'wxt/browser';

export interface SiteRules {
  /** Lede does nothing anywhere, except on `on` sites. */
  paused: boolean;
  /** Host names where Lede is off (a rule for "example.com" covers "www.example.com"). */
  off: string[];
  /** Host names where Lede always runs, even when paused. */
  on: string[];
}

export const SITE_RULES_KEY = 'lede:sites';
export const NO_RULES: SiteRules = { paused: false, off: [], on: [] };

function cleanHosts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((h): h is string => typeof h === 'string' && h.length > 0).map((h) => h.toLowerCase());
}

export function sanitizeRules(value: unknown): SiteRules {
  if (typeof value !== 'object' || value === null) return { ...NO_RULES };
  const v = value as Partial<Record<keyof SiteRules, unknown>>;
  return { paused: v.paused === true, off: cleanHosts(v.off), on: cleanHosts(v.on) };
}

function covers(rule: string, host: string): boolean {
  const r = rule.replace(/^www\./, '');
  const h = host.toLowerCase().replace(/^www\./, '');
  return h === r || h.endsWith(`.${r}`);
}

/** Whether Lede may run on `host` under `rules`. */
export function siteAllowed(rules: SiteRules, host: string): boolean {
  if (rules.on.some((r) => covers(r, host))) return true;
  if (rules.paused) return false;
  return !rules.off.some((r) => covers(r, host));
}

export async function loadSiteRules(): Promise<SiteRules> {
  const stored = await browser.storage.local.get(SITE_RULES_KEY);
  return sanitizeRules(stored[SITE_RULES_KEY]);
}

export async function saveSiteRules(rules: SiteRules): Promise<void> {
  await browser.storage.local.set({ [SITE_RULES_KEY]: sanitizeRules(rules) });
}

/** Calls `cb` whenever the rules change (in any page of the extension). */
export function watchSiteRules(cb: (rules: SiteRules) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SITE_RULES_KEY in changes) cb(sanitizeRules(changes[SITE_RULES_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
