// Content script: one guarded entry. Nothing here may throw into the page; the first error is
// logged once with a [Lede] prefix, <html data-lede-status> says "error", and so does the tab's state.
import { onMessages, sendToBackground, type ContentMessages, type TabState } from '../../utils/messaging';
import { onPageChange } from '../../utils/page/observe';
import { loadSiteRules, siteAllowed, watchSiteRules, type SiteRules } from '../../utils/sites';
import { personHistory } from './history';
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
    let allowed = true;

    const report = (state: TabState) => {
      sendToBackground('lede:tab-state', state).catch(() => {
        // The background may be restarting; the popup can still ask this tab directly.
      });
    };
    const pipeline = new PagePipeline(document, report, {
      getHistory: (person) => personHistory(person, location.href).catch(() => null),
    });
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
      if (lifetime.signal.aborted || (!allowed && reason !== 'forced')) return;
      pipeline.run(reason).catch(fail);
    };
    const applyRules = (rules: SiteRules, first: boolean) => {
      const was = allowed;
      allowed = siteAllowed(rules, location.hostname);
      if (first) {
        if (allowed) run('initial');
        else pipeline.turnOff();
      } else if (was && !allowed) pipeline.turnOff();
      else if (!was && allowed) run('navigation');
    };

    try {
      ctx.onInvalidated(() => {
        lifetime.abort();
        pipeline.clear();
      });
      onMessages<ContentMessages>({
        'lede:get-state': () => pipeline.state,
        'lede:analyze-anyway': async () => {
          await pipeline.run('forced').catch(fail);
          return pipeline.state;
        },
      });
      report(pipeline.state); // tells the background which tab this is, before the work starts
      loadSiteRules()
        .catch(() => undefined)
        .then((rules) => applyRules(rules ?? { paused: false, off: [], on: [] }, true))
        .catch(fail);
      watchSiteRules((rules) => {
        try {
          applyRules(rules, false);
        } catch (error) {
          fail(error);
        }
      }, lifetime.signal);
      // Single-page-app navigations and text added later (lazy loading, "read more").
      onPageChange((change) => run(change.kind), lifetime.signal);
    } catch (error) {
      fail(error);
    }
  },
});
