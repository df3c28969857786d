// Starting the reading memory in the background: one database per browser profile, the memory
// messages answered (to Lede's own pages only: utils/messaging.ts), and a `remember` to call with
// each analysed article. What a page may write is decided here: a record is keyed by the tab's
// own address (a canonical URL counts only on the same site), and new records are rate-limited
// per site and per tab, so a page that keeps changing cannot flood or displace the memory.
import type { ArticleMeta } from '../nlp/types';
import type { TextAnalysis } from '../nlp/analyze';
import { browser } from 'wxt/browser';
import { onMessages } from '../messaging';
import { LocalMemoryService } from './api';
import { memoryHandlers, type MemoryMessages } from './messages';
import { siteOf } from './normalize';
import { recordUrl } from '../page/memory';

/** Where an analysed text came from, as the browser (not the page) reports it. */
export interface PageSource {
  /** The tab's current address (the sender's tab URL: follows the page's pushState). */
  url: string | null;
  tabId: number | null;
}

export interface SaveLimits {
  /** New records per site in any hour. */
  perSitePerHour: number;
  /** New records per tab in any hour (a page that hops across subdomains). */
  perTabPerHour: number;
}

/**
 * A reader rarely reads 30 articles of one site in an hour; a page that changes its address and
 * text every 450 ms made 134 new records a minute before these limits. At 30 an hour per tab,
 * displacing a 50,000-article memory would take one tab more than two months without pause.
 */
export const SAVE_LIMITS: SaveLimits = { perSitePerHour: 30, perTabPerHour: 30 };
const HOUR = 3_600_000;

export type RememberOutcome =
  { ok: true; url: string; updated: boolean; evicted: number } | { ok: false; reason: string; message: string };

export interface Memory {
  service: LocalMemoryService;
  /** Save an analysed article; never throws (a failure is logged once per kind and returned). */
  remember(text: string, meta: ArticleMeta, analysis: TextAnalysis, source: PageSource): Promise<RememberOutcome>;
  /** The tab closed: forget its counts. */
  forgetTab(tabId: number): void;
}

/** Sliding one-hour windows of new-record times, per key. */
class Windows {
  readonly times = new Map<string, number[]>();
  count(key: string, now: number): number {
    const list = this.times.get(key);
    if (!list) return 0;
    while (list.length > 0 && list[0] <= now - HOUR) list.shift();
    if (list.length === 0) this.times.delete(key);
    return list.length;
  }
  add(key: string, now: number): void {
    const list = this.times.get(key);
    if (list) list.push(now);
    else this.times.set(key, [now]);
  }
  delete(key: string): void {
    this.times.delete(key);
  }
  toJSON(now: number): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    for (const key of [...this.times.keys()]) if (this.count(key, now) > 0) out[key] = this.times.get(key)!;
    return out;
  }
  load(saved: unknown): void {
    if (typeof saved !== 'object' || saved === null) return;
    for (const [key, list] of Object.entries(saved as Record<string, unknown>))
      if (Array.isArray(list))
        this.times.set(key, list.filter((t): t is number => typeof t === 'number').slice(-1_000));
  }
}

/** Where the counts outlive the background (Chrome's service worker stops when idle). */
export interface CountStore {
  load(): Promise<unknown>;
  save(counts: { site: Record<string, number[]>; tab: Record<string, number[]> }): Promise<void>;
}

const COUNTS_KEY = 'lede:save-counts';

/**
 * storage.session: kept in memory while the browser runs, across service-worker restarts, so a
 * page cannot reset its limits by pausing until the worker stops. Null where there is none.
 */
function sessionCounts(): CountStore | null {
  let session: typeof browser.storage.local | undefined;
  try {
    session = (browser?.storage as { session?: typeof browser.storage.local } | undefined)?.session;
  } catch {
    session = undefined;
  }
  if (!session) return null;
  return {
    load: async () => (await session.get(COUNTS_KEY))[COUNTS_KEY],
    save: (counts) => session.set({ [COUNTS_KEY]: counts }),
  };
}

export interface MemoryOptions {
  limits?: SaveLimits;
  now?: () => number;
  /** Register the memory's message handlers (off in unit tests with a fake browser). */
  listen?: boolean;
  /** Where the counts are kept across restarts (default: storage.session where it exists). */
  counts?: CountStore | null;
}

export function startMemory(service: LocalMemoryService = LocalMemoryService.open(), opts: MemoryOptions = {}): Memory {
  if (opts.listen !== false) onMessages<MemoryMessages>(memoryHandlers(service));
  const limits = opts.limits ?? SAVE_LIMITS;
  const now = opts.now ?? Date.now;
  const logged = new Set<string>();
  const bySite = new Windows();
  const byTab = new Windows();
  const counts = opts.counts !== undefined ? opts.counts : sessionCounts();
  const loaded = (counts?.load() ?? Promise.resolve(null))
    .then((saved) => {
      const s = (saved ?? {}) as { site?: unknown; tab?: unknown };
      bySite.load(s.site);
      byTab.load(s.tab);
    })
    .catch(() => undefined);
  const persist = (at: number) =>
    counts?.save({ site: bySite.toJSON(at), tab: byTab.toJSON(at) }).catch(() => undefined);

  const refuse = (reason: string, message: string): RememberOutcome => {
    if (!logged.has(reason)) {
      logged.add(reason);
      console.warn(`Lede memory: ${message}`);
    }
    return { ok: false, reason, message };
  };

  return {
    service,
    forgetTab: (tabId) => {
      byTab.delete(String(tabId));
      void persist(now());
    },
    async remember(text, meta, analysis, source) {
      try {
        await loaded;
        const url = recordUrl(source.url, meta.url);
        if (!url) return refuse('invalid', 'This page has no web address Lede can remember.');
        const site = siteOf(url);
        const tab = source.tabId === null ? 'none' : String(source.tabId);
        const at = now();
        // Updating a record the page already has is always allowed; only new records count.
        const known = (await service.article(url)) !== null;
        if (!known) {
          if (bySite.count(site, at) >= limits.perSitePerHour)
            return refuse(
              'rate-site',
              `not remembering more than ${limits.perSitePerHour} new articles an hour from one site.`,
            );
          if (byTab.count(tab, at) >= limits.perTabPerHour)
            return refuse(
              'rate-tab',
              `not remembering more than ${limits.perTabPerHour} new articles an hour from one tab.`,
            );
          bySite.add(site, at);
          byTab.add(tab, at);
          void persist(at);
        }
        const r = await service.saveArticle({ ...analysis, article: { ...meta, url, text } }, { url });
        return r.ok ? r : refuse(r.reason, r.message);
      } catch (e) {
        return refuse('error', String(e));
      }
    },
  };
}
