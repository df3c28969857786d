// The tripwire: the first content script, on every page. It does the least that decides "maybe an
// article" (tripwire-gate.ts), tells the background in one message (which answers the site's mode),
// and on a page that is not an article leaves only data-lede-status="skipped", a listener for the
// popup and a cheap watch for a later article (tripwire-watch.ts). That path is all most pages
// run, so it is kept apart: the run logic for everything else (tripwire-run.ts: an article, the
// page layer, site rules, the popup's requests, errors) is built only when one of them happens. On
// an article, or when the reader asks, the background injects the page layer (layer.ts), which
// then gets every run and follows the page itself. Nothing here may throw into the page.
import type { BackgroundMessages, ContentMessages } from '../../utils/messaging';
import type { ExtensionApi, RawListener, RawSender } from './extension-api';
import { alive, createRun, isSiteMode, STATUS, type TripwireRun } from './tripwire-run';
import { maybeArticle } from './tripwire-gate';
import { watchSkippedPage } from './tripwire-watch';

/** Where the running copy of this script leaves its handle, on the isolated world's global. */
const COPY_KEY = '__ledeContentScript';

/** Only Lede's own pages and background talk to this script: their address is the extension's. */
function fromLede(api: ExtensionApi, sender: RawSender): boolean {
  return (
    sender.id === api.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL('/'))
  );
}

export function startTripwire(doc: Document, api: ExtensionApi): void {
  const perf = doc.defaultView?.performance;
  const url = doc.location?.href ?? '';
  let live = true;
  let skipped = false; // the quiet skip happened
  let stopWatch: (() => void) | null = null; // its watch, until the run logic takes it over
  let runner: TripwireRun | null = null;

  // This copy's lifetime is Lede's own: it ends when a newer copy of this script starts in the same
  // isolated world (a handle on that world's global, which page scripts cannot reach) or when the
  // extension is gone (checked on every run). No DOM event can end it (docs/security.md).
  const retire = () => {
    if (!live) return;
    live = false;
    api.runtime.onMessage.removeListener(listener);
    stopWatch?.();
    runner?.stop();
  };
  const take = (): TripwireRun => {
    if (!runner) {
      runner = createRun(doc, api, { url, skipped, stopWatch, live: () => live, retire });
      stopWatch = null; // the run logic owns it now
    }
    return runner;
  };

  const listener: RawListener = (message, sender, sendResponse) => {
    try {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || !type.startsWith('lede:') || !fromLede(api, sender)) return false;
      const reply = take().answer(type as keyof ContentMessages, (message as { data?: unknown }).data);
      if (!reply) return false;
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    } catch (error) {
      take().fail(error);
      return false;
    }
  };

  try {
    const world = globalThis as Record<string, unknown>;
    (world[COPY_KEY] as { retire(): void } | undefined)?.retire();
    world[COPY_KEY] = { retire };
    api.runtime.onMessage.addListener(listener);

    perf?.mark('lede:start');
    const article = maybeArticle(doc);
    const data: BackgroundMessages['lede:page-seen']['request'] = { url, article };
    api.runtime
      .sendMessage({ type: 'lede:page-seen', data })
      .then((seen) => {
        const found = (seen as { mode?: unknown } | null)?.mode;
        const mode = isSiteMode(found) ? found : 'auto';
        if (runner || article || mode !== 'auto' || (doc.location?.href ?? '') !== url || !alive(api)) {
          take().applyMode(mode, true, article);
          return;
        }
        if (!live) return;
        // The quiet skip: what most pages get, without building the run logic.
        doc.documentElement.setAttribute(STATUS, 'skipped');
        perf?.mark('lede:skipped');
        skipped = true;
        stopWatch = watchSkippedPage(doc, (kind) => void take().run(kind));
      })
      .catch((error) => take().fail(error));
  } catch (error) {
    take().fail(error);
  }
}
