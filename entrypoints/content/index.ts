// Content script: one guarded entry. Nothing here may throw into the page; the first error is
// logged once with a [Lede] prefix, <html data-lede-status> says "error", and so does the tab's state.
import { onMessages, sendToBackground, type ContentMessages, type TabState } from '../../utils/messaging';
import { onPageChange } from '../../utils/page/observe';
import { PagePipeline, type RunReason } from './pipeline';

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
    const lifetime = new AbortController();

    const report = (state: TabState) => {
      sendToBackground('lede:tab-state', state).catch(() => {
        // The background may be restarting; the popup can still ask this tab directly.
      });
    };
    const pipeline = new PagePipeline(document, report);
    const fail = (error: unknown) => {
      logOnce(error);
      try {
        document.documentElement.dataset.ledeStatus = 'error';
        pipeline.state = { status: 'error', message: error instanceof Error ? error.message : String(error) };
        report(pipeline.state);
      } catch {
        // Nothing more to do without risking the page.
      }
    };
    const run = (reason: RunReason) => {
      if (lifetime.signal.aborted) return;
      pipeline.run(reason).catch(fail);
    };

    try {
      ctx.onInvalidated(() => {
        lifetime.abort();
        pipeline.clear();
      });
      onMessages<ContentMessages>({ 'lede:get-state': () => pipeline.state });
      report(pipeline.state); // tells the background which tab this is, before the work starts
      run('initial');
      // Single-page-app navigations and text added later (lazy loading, "read more").
      onPageChange((change) => run(change.kind), lifetime.signal);
    } catch (error) {
      fail(error);
    }
  },
});
