// Keeps a page marked while it changes: on added paragraphs or a single-page-app navigation
// (observe.ts), re-extract; the same text is never analysed twice (fingerprint), and marks
// are only redone when the text changed or the page replaced the nodes we marked. Re-marking
// runs in slices (markPageInSteps); the old marks stay until the new ones are painted.
import type { Analysis, ArticleMeta } from '../nlp/types';
import { markPageInSteps, type MarkOptions, type MarkResult } from './mark';
import { onPageChange, textFingerprint, type PageChange, type PageChangeOptions } from './observe';

export interface LiveArticle {
  text: string;
  meta: ArticleMeta;
}

export interface KeepMarkedOptions {
  /** Re-extracts the article from the live page (null: no article any more). */
  extract(): LiveArticle | null;
  /** Analyses new text (the background's analyzeText). */
  analyze(article: LiveArticle): Promise<Analysis>;
  /** Passed to markPage on every re-mark. */
  mark?: MarkOptions;
  /** After each re-mark (null: the page has no article now; marks were removed). */
  onMarked?(result: MarkResult | null, analysis: Analysis | null, change: PageChange): void;
  onError?(error: unknown): void;
  observe?: PageChangeOptions;
}

export interface LiveState {
  text: string;
  analysis: Analysis;
  mark: MarkResult;
}

/**
 * Starts watching after the first marking (`first`). Returns a function giving the current
 * marks (so the caller's undo reaches the latest ones); aborting `signal` stops and unmarks.
 */
export function keepMarked(
  doc: Document,
  first: LiveState,
  opts: KeepMarkedOptions,
  signal: AbortSignal,
): () => MarkResult | null {
  let state: LiveState | null = first;
  let analysed = new Map<string, Analysis>([[textFingerprint(first.text), first.analysis]]);
  let busy: Promise<void> = Promise.resolve();

  const redo = async (change: PageChange) => {
    const article = opts.extract();
    if (signal.aborted) return;
    if (!article || !article.text) {
      state?.mark.undo();
      state = null;
      opts.onMarked?.(null, null, change);
      return;
    }
    const fp = textFingerprint(article.text);
    if (state && state.text === article.text && !state.mark.isStale()) return; // nothing new
    if (change.kind === 'navigation') analysed = new Map(); // another story: forget the old one
    let analysis = analysed.get(fp);
    if (!analysis) {
      analysis = await opts.analyze(article);
      if (signal.aborted) return;
      analysed.set(fp, analysis);
      // A page that keeps growing yields a new text each time: remember only the last few.
      if (analysed.size > 4) analysed.delete(analysed.keys().next().value!);
    }
    const mark = await markPageInSteps(doc, { ...analysis, article: { ...article.meta, text: article.text } }, signal, {
      ...opts.mark,
      replaces: state?.mark,
    });
    if (signal.aborted) return;
    state = { text: article.text, analysis, mark };
    opts.onMarked?.(mark, analysis, change);
  };

  onPageChange(
    (change) => {
      // One re-run at a time, in order.
      busy = busy.then(() => redo(change)).catch((e) => opts.onError?.(e));
    },
    signal,
    { doc, ...opts.observe },
  );
  return () => state?.mark ?? null;
}
