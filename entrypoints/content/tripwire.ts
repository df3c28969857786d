// The tripwire: the first content script, on every page. It does the least that decides "maybe an
// article" (tripwire-gate.ts), tells the background in one message (which answers the site's mode),
// and on a page that is not an article leaves only data-lede-status="skipped", a listener for the
// popup and a cheap watch for a later article (tripwire-watch.ts). On an article, or when the
// reader asks, the background injects the page layer (layer.ts), which then gets every run and
// follows the page itself. Nothing here may throw into the page: the first error is logged once
// with a [Lede] prefix, <html data-lede-status> says "error", and so does the tab's state.
import type { BackgroundMessages, ContentMessages, SiteMode, TabState } from '../../utils/messaging';
import type { ExtensionApi, RawListener, RawSender } from './extension-api';
import { registeredLayer } from './layer';
import type { PagePipeline, RunReason } from './pipeline';
import { MAX_CONTENT_RUNS } from './run-policy';
import { maybeArticle } from './tripwire-gate';
import { watchSkippedPage } from './tripwire-watch';

/** Where the running copy of this script leaves its handle, on the isolated world's global. */
const COPY_KEY = '__ledeContentScript';

let logged = false;
function logOnce(error: unknown): void {
  if (logged) return;
  logged = true;
  console.error('[Lede]', error);
}

function isSiteMode(value: unknown): value is SiteMode {
  return value === 'off' || value === 'on' || value === 'auto';
}

export function startTripwire(doc: Document, api: ExtensionApi): void {
  const lifetime = new AbortController();
  const root = doc.documentElement;
  const perf = doc.defaultView?.performance;
  const resolved = Promise.resolve();
  let allowed = false; // until the background answered with the site's mode
  let state: TabState = { status: 'working' };
  /** The address the background holds this tab's state under. */
  let reportedUrl: string | null = null;
  let forced = false;
  let contentRuns = 0;
  // Set once the page layer is asked for; every later run goes through it, in order.
  let layer: Promise<PagePipeline> | null = null;
  let pipeline: PagePipeline | null = null; // once the layer has loaded
  let watch: AbortController | null = null; // the skipped page's watch, until the layer takes over

  const send = <K extends keyof BackgroundMessages>(
    type: K,
    data: BackgroundMessages[K]['request'],
  ): Promise<BackgroundMessages[K]['response']> =>
    api.runtime.sendMessage({ type, data }) as Promise<BackgroundMessages[K]['response']>;

  /** False once the extension that started this copy was reloaded or removed. */
  const alive = (): boolean => {
    try {
      return Boolean(api.runtime?.id);
    } catch {
      return false;
    }
  };

  // This copy's lifetime is Lede's own: it ends when a newer copy of this script starts in the same
  // isolated world (a handle on that world's global, which page scripts cannot reach) or when the
  // extension is gone (checked on every run). No DOM event can end it (docs/security.md).
  const retire = () => {
    if (lifetime.signal.aborted) return;
    lifetime.abort();
    layer?.then((p) => p.clear()).catch(() => undefined);
  };

  const report = (next: TabState) => {
    state = next;
    reportedUrl = doc.location?.href ?? null;
    send('lede:tab-state', { url: reportedUrl ?? '', state: next }).catch(() => {
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
      // Already here when this script started again in a frame that had the layer.
      if (!registeredLayer()) await send('lede:load-page-layer', undefined);
      const found = registeredLayer();
      if (!found) throw new Error('the page layer did not load');
      watch?.abort();
      pipeline = found.createPipeline(doc, report);
      found.watch(doc, (kind) => void run(kind), lifetime.signal);
      return pipeline;
    })());

  const skip = (reason: RunReason) => {
    root.dataset.ledeStatus = 'skipped';
    if (reason === 'initial') perf?.mark('lede:skipped');
    if (state.status !== 'skipped' || reportedUrl !== (doc.location?.href ?? null)) report({ status: 'skipped' });
    if (watch) return;
    watch = new AbortController();
    const stop = watch;
    lifetime.signal.addEventListener('abort', () => stop.abort(), { once: true });
    watchSkippedPage(doc, (kind) => void run(kind), stop.signal);
  };

  /** Resolves when this run is done (an error is reported, never thrown). `known`: the gate's answer. */
  const run = (reason: RunReason, known?: boolean): Promise<void> => {
    try {
      if (!alive()) retire();
      if (lifetime.signal.aborted || (!allowed && reason !== 'forced')) return resolved;
      if (layer) return layer.then((p) => p.run(reason)).catch(fail);
      if (reason === 'navigation') {
        forced = false;
        contentRuns = 0;
      }
      if (reason === 'content' && ++contentRuns > MAX_CONTENT_RUNS) return resolved;
      if (reason === 'forced') forced = true;
      if (!(forced || (known ?? maybeArticle(doc)))) {
        skip(reason);
        return resolved;
      }
      // As the pipeline does: a page that already had a status shows it is being looked at again.
      if (reason !== 'initial' && reason !== 'content' && root.dataset.ledeStatus !== undefined) {
        root.dataset.ledeStatus = 'working';
      }
      return loadLayer()
        .then((p) => p.run(forced ? 'forced' : reason))
        .catch(fail);
    } catch (error) {
      fail(error);
      return resolved;
    }
  };

  const turnOff = (first: boolean) => {
    if (layer) {
      void layer.then((p) => p.turnOff()).catch(fail);
      return;
    }
    delete root.dataset.ledeStatus;
    if (!first) report({ status: 'off' }); // the first time, the background decided it
  };
  // 'off': the reader turned Lede off here (or paused it); 'on': always analyse, article-like or not.
  const applyMode = (mode: SiteMode, first: boolean, known?: boolean) => {
    const was = allowed;
    allowed = mode !== 'off';
    if (!allowed) {
      if (was || first) turnOff(first);
    } else if (first || !was) {
      void run(mode === 'on' ? 'forced' : first ? 'initial' : 'navigation', first ? known : undefined);
    } else if (mode === 'on') {
      void run('forced');
    }
  };

  // The tab's state: the pipeline's once it exists (a failed load leaves this script's own).
  const current = (): Promise<TabState> =>
    layer ? layer.then((p) => p.state).catch(() => state) : Promise.resolve(state);

  const answer = (type: keyof ContentMessages, data: unknown): Promise<unknown> | null => {
    switch (type) {
      case 'lede:get-state':
        return current();
      case 'lede:analyze-anyway':
        return run('forced').then(current);
      case 'lede:show-person': {
        const name = (data as { name?: unknown } | null)?.name;
        if (!layer || typeof name !== 'string') return Promise.resolve(false);
        return layer.then((p) => p.showPerson(name)).catch(() => false);
      }
      case 'lede:site-mode': {
        const mode = (data as { mode?: unknown } | null)?.mode;
        if (isSiteMode(mode)) applyMode(mode, false);
        return resolved;
      }
      default:
        return null;
    }
  };
  /** Only Lede's own pages and background talk to this script: their address is the extension's. */
  const fromLede = (sender: RawSender): boolean =>
    sender.id === api.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL('/'));
  const listener: RawListener = (message, sender, sendResponse) => {
    try {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !type.startsWith('lede:') || !fromLede(sender)) return false;
      const reply = answer(type as keyof ContentMessages, (message as { data?: unknown }).data);
      if (!reply) return false;
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  try {
    const world = globalThis as Record<string, unknown>;
    (world[COPY_KEY] as { retire(): void } | undefined)?.retire();
    world[COPY_KEY] = { retire };
    api.runtime.onMessage.addListener(listener);
    lifetime.signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(listener), { once: true });

    perf?.mark('lede:start');
    const article = maybeArticle(doc);
    const url = doc.location?.href ?? '';
    send('lede:page-seen', { url, article })
      .then((seen) => {
        const mode = isSiteMode(seen?.mode) ? seen.mode : 'auto';
        // What the background now holds for this tab.
        state =
          mode === 'off' ? { status: 'off' } : article || mode === 'on' ? { status: 'working' } : { status: 'skipped' };
        reportedUrl = url;
        applyMode(mode, true, article);
      })
      .catch(fail);
  } catch (error) {
    fail(error);
  }
}
