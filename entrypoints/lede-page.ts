// The second content script: extraction, marking, hover cards. Not in the manifest; the
// background injects it (utils/page-layer: 'lede:load-page-layer') only into a frame whose first
// content script found an article or was asked to analyse anyway.
import { browser } from 'wxt/browser';
import type { PersonHistory as CardHistory } from '../components/hovercard/types';
import { personHistory } from './content/history';
import { registerLayer, registeredLayer } from './content/layer';
import { PagePipeline } from './content/pipeline';

export default defineUnlistedScript(() => {
  // One mark per injection: tests and the bench read from the page how often this layer came.
  performance.mark('lede:page-layer');
  if (registeredLayer()) return; // injected twice into one frame: the first copy serves
  registerLayer({
    alive: () => {
      try {
        return Boolean(browser.runtime?.id);
      } catch {
        return false;
      }
    },
    createPipeline(doc, report) {
      const pipeline: PagePipeline = new PagePipeline(doc, report, {
        // The store keys articles by canonical URL, which the page's address may not be.
        getHistory: (person): Promise<CardHistory | null> =>
          personHistory(
            person,
            (pipeline.state.status === 'ready' && pipeline.state.article.url) || doc.location.href,
          ).catch(() => null),
      });
      return pipeline;
    },
  });
});
