// The second content script: sends the page to the background to be read, marks the article,
// opens hover cards, and follows the page's changes.
// Not in the manifest; the background injects it ('lede:load-page-layer') only into a frame whose
// tripwire (the first content script) found a maybe-article or was asked to analyse anyway. It never asks for the reader's
// memory: a person card embeds the memory frame (entrypoints/memory-card), a page of the
// extension's origin that asks the background itself, out of the page's reach.
import { setMemoryFrame } from '../utils/page/cards';
import { onPageChange } from '../utils/page/observe';
import { extensionApi } from './content/extension-api';
import { registerLayer, registeredLayer } from './content/layer';
import { PagePipeline } from './content/pipeline';
import { memoryFrameUrl } from './memory-card/address';

export default defineUnlistedScript(() => {
  // One mark per injection: tests and the bench read from the page how often this layer came.
  performance.mark('lede:page-layer');
  if (registeredLayer()) return; // injected twice into one frame: the first copy serves
  // The browser's own API, not the webextension polyfill (a few milliseconds of every article's start).
  const api = extensionApi();
  if (!api) return;
  registerLayer({
    alive: () => {
      try {
        return Boolean(api.runtime?.id);
      } catch {
        return false;
      }
    },
    // Single-page-app navigations and text added later (lazy loading, "read more").
    watch(doc, cb, signal) {
      onPageChange((change) => cb(change.kind), signal, { doc });
    },
    createPipeline(doc, report) {
      const pipeline: PagePipeline = new PagePipeline(doc, report, {}, api);
      // Chrome: runtime.getURL gives the per-session dynamic address (use_dynamic_url in the
      // manifest), so a page cannot probe for the frame; Firefox: the per-install UUID.
      setMemoryFrame((name) =>
        memoryFrameUrl(api.runtime.getURL('/memory-card.html'), {
          name,
          page: doc.location.href,
          canonical: pipeline.state.status === 'ready' ? pipeline.state.article.url : null,
        }),
      );
      return pipeline;
    },
  });
});
