// The hand-over between the two content scripts. The first one (the tripwire, tripwire.ts, on
// every page) only gates; on an article, or when the reader asks, the background injects the second
// (entrypoints/lede-page.ts: the page sent to be read, marks, hover cards) into the same frame. Both run in
// the extension's isolated world, so the second leaves its factory on that world's global, where
// the page's own scripts cannot see it.
import type { TabState } from '../../utils/messaging';
import type { PagePipeline } from './pipeline';

/** A change on a page the page layer serves: a single-page-app navigation, or text added later. */
export type PageChangeKind = 'navigation' | 'content';

export interface PageLayer {
  createPipeline(doc: Document, report: (state: TabState) => void): PagePipeline;
  /** Follows the page's changes (utils/page/observe.ts) until `signal` aborts. */
  watch(doc: Document, cb: (kind: PageChangeKind) => void, signal: AbortSignal): void;
  /** False once the extension that injected this copy was reloaded or removed. */
  alive(): boolean;
}

const KEY = '__ledePageLayer';

export function registeredLayer(): PageLayer | undefined {
  const layer = (globalThis as Record<string, unknown>)[KEY] as PageLayer | undefined;
  return layer?.alive() ? layer : undefined;
}

export function registerLayer(layer: PageLayer): void {
  (globalThis as Record<string, unknown>)[KEY] = layer;
}
