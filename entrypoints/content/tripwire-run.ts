// The tripwire's run logic beyond the quiet skip (tripwire.ts): an article or a later look at a
// skipped page (the page layer asked for once, every run handed to it in order), the reader's site
// rules, what the popup asks, errors. tripwire.ts builds it only when one of these happens, so a page
// that is not an article never compiles or runs it. Nothing here may throw into the page: the first
// error is logged once with a [Lede] prefix, <html data-lede-status> says "error", and so does the
// tab's state.
import type { BackgroundMessages, ContentMessages, SiteMode, TabState } from '../../utils/messaging';
import type { ExtensionApi } from './extension-api';
import { registeredLayer } from './layer';
import type { PagePipeline, RunReason } from './pipeline';
import { MAX_CONTENT_RUNS } from './run-policy';
import { maybeArticle } from './tripwire-gate';
import { watchSkippedPage } from './tripwire-watch';

/** The attribute on <html> that tells the page and the tests what Lede made of it. */
export const STATUS = 'data-lede-status';

export function isSiteMode(value: unknown): value is SiteMode {
  return value === 'off' || value === 'on' || value === 'auto';
}

/** False once the extension that started this copy was reloaded or removed. */
export function alive(api: ExtensionApi): boolean {
  try {
    return Boolean(api.runtime?.id);
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

/** Where the tripwire stands when the run logic takes over. */
export interface RunStart {
  /** The address the tripwire sent with `lede:page-seen`. */
  url: string;
  /** The quiet skip happened: the site's mode is 'auto', the page not an article, the background knows. */
  skipped: boolean;
  /** The watch the quiet skip started (stopped once the page layer takes over). */
  stopWatch: (() => void) | null;
  /** Whether this copy of the script still runs (false once retired). */
  live(): boolean;
  /** Ends this copy of the script (the extension is gone). */
  retire(): void;
}

export interface TripwireRun {
  run(reason: RunReason, known?: boolean): Promise<void>;
  /** The background's answer to `lede:page-seen`, or a rule change it pushed (`first` false). */
  applyMode(mode: SiteMode, first: boolean, known?: boolean): void;
  /** A message from Lede's popup or background: the answer, or null when it is not for this script. */
  answer(type: keyof ContentMessages, data: unknown): Promise<unknown> | null;
  fail(error: unknown): void;
  /** A newer copy took over or the extension is gone: the layer clears its marks, the watches stop. */
  stop(): void;
}

export function createRun(doc: Document, api: ExtensionApi, start: RunStart): TripwireRun {
  const root = doc.documentElement;
  const resolved = Promise.resolve();
  let allowed = start.skipped; // until the background answered with the site's mode
  let state: TabState = start.skipped ? { status: 'skipped' } : { status: 'working' };
  /** The address the background holds this tab's state under. */
  let reportedUrl = start.skipped ? start.url : null;
  let forced = false;
  let contentRuns = 0;
  // Set once the page layer is asked for; every later run goes through it, in order.
  let layer: Promise<PagePipeline> | null = null;
  let pipeline: PagePipeline | null = null; // once the layer has loaded
  let layerLife: AbortController | null = null; // the layer's watch, until this copy retires
  let stopWatch = start.stopWatch; // the skipped page's watch, until the layer takes over

  const send = <K extends keyof BackgroundMessages>(
    type: K,
    data: BackgroundMessages[K]['request'],
  ): Promise<BackgroundMessages[K]['response']> =>
    api.runtime.sendMessage({ type, data }) as Promise<BackgroundMessages[K]['response']>;

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
      root.setAttribute(STATUS, 'error');
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
      stopWatch?.();
      stopWatch = null;
      layerLife = new AbortController();
      pipeline = found.createPipeline(doc, report);
      found.watch(doc, (kind) => void run(kind), layerLife.signal);
      return pipeline;
    })());

  const skip = (reason: RunReason) => {
    root.setAttribute(STATUS, 'skipped');
    if (reason === 'initial') doc.defaultView?.performance?.mark('lede:skipped');
    if (state.status !== 'skipped' || reportedUrl !== (doc.location?.href ?? null)) report({ status: 'skipped' });
    stopWatch ??= watchSkippedPage(doc, (kind) => void run(kind));
  };

  /** Resolves when this run is done (an error is reported, never thrown). `known`: the gate's answer. */
  const run = (reason: RunReason, known?: boolean): Promise<void> => {
    try {
      if (!alive(api)) start.retire();
      if (!start.live() || (!allowed && reason !== 'forced')) return resolved;
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
      if (reason !== 'initial' && reason !== 'content' && root.hasAttribute(STATUS)) {
        root.setAttribute(STATUS, 'working');
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
    root.removeAttribute(STATUS);
    if (!first) report({ status: 'off' }); // the first time, the background decided it
  };
  // 'off': the reader turned Lede off here (or paused it); 'on': always analyse, article-like or not.
  const applyMode = (mode: SiteMode, first: boolean, known?: boolean) => {
    const was = allowed;
    allowed = mode !== 'off';
    if (first) {
      // What the background now holds for this tab.
      state =
        mode === 'off' ? { status: 'off' } : known || mode === 'on' ? { status: 'working' } : { status: 'skipped' };
      reportedUrl = start.url;
    }
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

  const stop = () => {
    stopWatch?.();
    stopWatch = null;
    layerLife?.abort();
    layer?.then((p) => p.clear()).catch(() => undefined);
  };

  return { run, applyMode, answer, fail, stop };
}
