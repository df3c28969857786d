// The first content script, on every page: site rules, the article gate and the tab's state. It
// stays small, because most pages are not articles; on an article (or when the reader asks) it
// has the background inject the rest (layer.ts) and hands every run to that pipeline. Nothing here
// may throw into the page; the first error is logged once with a [Lede] prefix, <html
// data-lede-status> says "error", and so does the tab's state.
import { browser } from 'wxt/browser';
import { onMessages, sendToBackground, type ContentMessages, type TabState } from '../../utils/messaging';
import { onPageChange } from '../../utils/page/observe';
import { currentMode, watchMode, type SiteMode } from './rules';
import { isArticlePage } from './gate';
import { registeredLayer } from './layer';
import type { PagePipeline, RunReason } from './pipeline';
import { MAX_CONTENT_RUNS } from './run-policy';
// The marks' ::highlight rules, injected by the manifest before the page is styled: adopting
// them later would restyle every element of the page.
import '../../utils/page/highlight.css';

/** Where the running copy of this script leaves its handle, on the isolated world's global. */
const COPY_KEY = '__ledeContentScript';

/** False once the extension that started this copy was reloaded or removed. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

let logged = false;
function logOnce(error: unknown): void {
  if (logged) return;
  logged = true;
  console.error('[Lede]', error);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's old "script started" window.postMessage reaches the page's own message listeners, and
  // Chromium records where it was posted from, re-parsing this whole script for the source
  // position. (WXT's custom event is not trusted either: see main.)
  noScriptStartedPostMessage: true,
  main() {
    const lifetime = new AbortController();
    const root = document.documentElement;
    const perf = window.performance;
    let allowed = false; // until the site rules are read
    let state: TabState = { status: 'working' };
    let forced = false;
    let contentRuns = 0;
    // Set once the rest is asked for; every later run goes through it, in order.
    let layer: Promise<PagePipeline> | null = null;
    let pipeline: PagePipeline | null = null; // once the layer has loaded

    // This copy's lifetime is Lede's own, not WXT's ctx: any page can dispatch the DOM event that
    // invalidates a WXT content-script context (its name is the public extension id plus a fixed
    // suffix), which switched Lede off in that page (docs/security.md). It ends when a newer copy
    // of this script starts in the same isolated world (a handle on that world's global, which
    // page scripts cannot reach) or when the extension is gone (checked on every run).
    const retire = () => {
      if (lifetime.signal.aborted) return;
      lifetime.abort();
      layer?.then((pipeline) => pipeline.clear()).catch(() => undefined);
    };
    const world = globalThis as Record<string, unknown>;
    (world[COPY_KEY] as { retire(): void } | undefined)?.retire();
    world[COPY_KEY] = { retire };

    const report = (next: TabState) => {
      state = next;
      sendToBackground('lede:tab-state', { url: location.href, state: next }).catch(() => {
        // The background may be restarting; the popup can still ask this tab directly.
      });
    };
    const fail = (error: unknown) => {
      logOnce(error);
      try {
        root.dataset.ledeStatus = 'error';
        const failed: TabState = { status: 'error', message: error instanceof Error ? error.message : String(error) };
        if (pipeline) pipeline.state = failed; // the popup asks the pipeline once there is one
        report(failed);
      } catch {
        // Nothing more to do without risking the page.
      }
    };
    const loadLayer = (): Promise<PagePipeline> =>
      (layer ??= (async () => {
        // Already here when this script was injected again into a frame that had it.
        if (!registeredLayer()) await sendToBackground('lede:load-page-layer', undefined);
        const found = registeredLayer();
        if (!found) throw new Error('the page layer did not load');
        pipeline = found.createPipeline(document, report);
        return pipeline;
      })());

    /** Resolves when this run is done (an error is reported, never thrown). */
    const run = (reason: RunReason): Promise<void> => {
      if (!extensionAlive()) retire();
      if (lifetime.signal.aborted || (!allowed && reason !== 'forced')) return Promise.resolve();
      if (layer) return layer.then((pipeline) => pipeline.run(reason)).catch(fail);
      if (reason === 'navigation') {
        forced = false;
        contentRuns = 0;
      }
      if (reason === 'content' && ++contentRuns > MAX_CONTENT_RUNS) return Promise.resolve();
      if (reason === 'forced') forced = true;
      if (reason === 'initial') perf.mark('lede:start');
      perf.mark('lede:gate:start');
      const article = forced || isArticlePage(document);
      perf.measure('lede:gate', 'lede:gate:start');
      if (!article) {
        root.dataset.ledeStatus = 'skipped';
        if (reason === 'initial') perf.mark('lede:skipped');
        if (state.status !== 'skipped') report({ status: 'skipped' });
        return Promise.resolve();
      }
      // As the pipeline does: a page that already had a status shows it is being looked at again.
      if (reason !== 'initial' && reason !== 'content' && root.dataset.ledeStatus !== undefined) {
        root.dataset.ledeStatus = 'working';
      }
      return loadLayer()
        .then((pipeline) => pipeline.run(forced ? 'forced' : reason))
        .catch(fail);
    };
    const turnOff = () => {
      if (layer) {
        void layer.then((pipeline) => pipeline.turnOff()).catch(fail);
        return;
      }
      delete root.dataset.ledeStatus;
      report({ status: 'off' });
    };
    // 'off': the reader turned Lede off here (or paused it); 'on': always analyse, article-like or not.
    const applyMode = (mode: SiteMode, first: boolean) => {
      const was = allowed;
      allowed = mode !== 'off';
      if (!allowed) {
        if (was || first) turnOff();
      } else if (first || !was) {
        run(mode === 'on' ? 'forced' : first ? 'initial' : 'navigation');
      } else if (mode === 'on') {
        run('forced');
      }
    };
    // The tab's state: the pipeline's once it exists (a failed load leaves this script's own).
    const current = (): Promise<TabState> | TabState =>
      layer ? layer.then((pipeline) => pipeline.state).catch(() => state) : state;

    try {
      onMessages<ContentMessages>({
        'lede:get-state': current,
        'lede:analyze-anyway': async () => {
          await run('forced');
          return current();
        },
        'lede:show-person': async ({ name }) => (layer ? (await layer).showPerson(name) : false),
      });
      report(state); // tells the background which tab this is, before the work starts
      const host = location.hostname;
      currentMode(host)
        .then((mode) => applyMode(mode, true))
        .catch(fail);
      watchMode(
        host,
        (mode) => {
          try {
            applyMode(mode, false);
          } catch (error) {
            fail(error);
          }
        },
        lifetime.signal,
      );
      // Single-page-app navigations and text added later (lazy loading, "read more").
      onPageChange((change) => run(change.kind), lifetime.signal);
    } catch (error) {
      fail(error);
    }
  },
});
