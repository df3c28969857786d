// Content script: one guarded entry. Nothing here may throw into the page; the first error is
// logged once with a [Lede] prefix, <html data-lede-status> says "error", and so does the tab's state.
import { onMessages, sendToBackground, type ContentMessages, type TabState } from '../../utils/messaging';
import { runPipeline } from './pipeline';

let logged = false;
function logOnce(error: unknown): void {
  if (logged) return;
  logged = true;
  console.error('[Lede]', error);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let state: TabState = { status: 'working' };
    const controller = new AbortController();

    const report = (next: TabState) => {
      state = next;
      sendToBackground('lede:tab-state', next).catch(() => {
        // The background may be restarting; the popup can still ask this tab directly.
      });
    };
    const fail = (error: unknown) => {
      logOnce(error);
      try {
        document.documentElement.dataset.ledeStatus = 'error';
      } catch {
        // Nothing more to do without risking the page.
      }
      report({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    };

    try {
      ctx.onInvalidated(() => controller.abort());
      onMessages<ContentMessages>({ 'lede:get-state': () => state });
      runPipeline(document, location.href, controller.signal)
        .then((result) => {
          if (!controller.signal.aborted) report(result.state);
        })
        .catch(fail);
    } catch (error) {
      fail(error);
    }
  },
});
