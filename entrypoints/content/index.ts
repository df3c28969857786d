// Content script: one guarded entry. Nothing here may throw into the page; the first error is
// logged once with a [Lede] prefix, <html data-lede-status> says "error", and so does the tab's state.
import { onMessages, sendToBackground, type ContentMessages, type TabState } from '../../utils/messaging';
import { onPageChange } from '../../utils/page/observe';
import { currentMode, watchMode, type SiteMode } from './rules';
import { personHistory } from './history';
import type { PersonHistory as CardHistory } from '../../components/hovercard/types';
import { PagePipeline, type RunReason } from './pipeline';
// The marks' ::highlight rules, injected by the manifest before the page is styled: adopting
// them later would restyle every element of the page.
import '../../utils/page/highlight.css';

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
  // position (about 5 ms). The custom event WXT also sends is enough to retire an older copy.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const lifetime = new AbortController();
    let allowed = false; // until the site rules are read

    const report = (state: TabState) => {
      sendToBackground('lede:tab-state', { url: location.href, state }).catch(() => {
        // The background may be restarting; the popup can still ask this tab directly.
      });
    };
    const pipeline: PagePipeline = new PagePipeline(document, report, {
      // The store keys articles by canonical URL, which the page's address may not be.
      getHistory: (person): Promise<CardHistory | null> =>
        personHistory(person, (pipeline.state.status === 'ready' && pipeline.state.article.url) || location.href).catch(
          () => null,
        ),
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
    // 'off': the reader turned Lede off here (or paused it); 'on': always analyse, article-like or not.
    const applyMode = (mode: SiteMode, first: boolean) => {
      const was = allowed;
      allowed = mode !== 'off';
      if (!allowed) {
        if (was || first) pipeline.turnOff();
      } else if (first || !was) {
        run(mode === 'on' ? 'forced' : first ? 'initial' : 'navigation');
      } else if (mode === 'on') {
        run('forced');
      }
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
        'lede:show-person': ({ name }) => pipeline.showPerson(name),
      });
      report(pipeline.state); // tells the background which tab this is, before the work starts
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
