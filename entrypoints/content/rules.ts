// The reader's site rules for this page (utils/store/site-rules.ts): read once before any work,
// then followed live, so turning Lede off from the popup or options takes effect at once.
import { browser } from 'wxt/browser';
import type { SiteRules } from '../../components/options/OptionsContainer';
import { loadSiteRules, ruleFor, sanitizeSiteRules, SITE_RULES_KEY } from '../../utils/store/site-rules';

export type SiteMode = ReturnType<typeof ruleFor>;

export async function currentMode(host: string): Promise<SiteMode> {
  try {
    return ruleFor(await loadSiteRules(), host);
  } catch {
    return 'auto'; // storage unavailable: behave as with no rules
  }
}

/** Calls `cb` with this host's mode whenever the rules change. */
export function watchMode(host: string, cb: (mode: SiteMode) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SITE_RULES_KEY in changes)) return;
    const rules: SiteRules = sanitizeSiteRules(changes[SITE_RULES_KEY].newValue);
    cb(ruleFor(rules, host));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
