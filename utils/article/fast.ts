// The fast path: the article read straight off the page, without cloning it and without
// Readability's several mutating passes. locate.ts finds the container as Readability would,
// prune.ts says what inside it to leave out, and the usual paragraph building and news cleanup
// run on what is left. When the result is not clearly an article (too short, or most of the
// page's paragraph text lies outside the container), it answers null and the caller falls back
// to Readability on a clone.
import type { ArticleMeta } from '../nlp/types';
import { keptBlocks } from './clean';
import { ImageCaptions } from './image-captions';
import { locateArticle } from './locate';
import { blockParagraphs, type Block } from './paragraphs';
import { pruneArticle } from './prune';
import { fromBlocks, type ExtractedArticle } from './extracted';
import { runSteps, type Steps } from './steps';
import type { ElementIndex } from './element-index';

/** Readability retries with looser rules below this many characters; we hand such pages to it. */
const MIN_CHARS = 500;

export interface FastAttempt {
  article: ExtractedArticle | null;
  /** Why the fast path declined, or null when it is confident. */
  declined: string | null;
}

/** The fast path's article and whether it trusts it (for tests and the comparison script). */
export function tryFast(doc: Document, meta: ArticleMeta, headlines: string[]): FastAttempt {
  return runSteps(tryFastSteps(doc, meta, headlines));
}

/**
 * tryFast in steps: locating the container, pruning it into blocks, and the cleanup each take a
 * fair share of it (10–20 ms each on a news page, run cold), so a content script can hand the
 * page its turn between them.
 */
export function* tryFastSteps(
  doc: Document,
  meta: ArticleMeta,
  headlines: string[],
  index: ElementIndex | null = null,
): Steps<FastAttempt> {
  const body = doc.body;
  const located = body ? locateArticle(doc, index) : null;
  if (!body || !located) return { article: null, declined: 'no container' };
  if (located.fragile) return { article: null, declined: 'near tie' };
  yield;
  const { skip, byline } = pruneArticle(located.nodes, located.blocked, located.text, {
    body,
    title: meta.title,
    bylineEl: located.byline,
  });
  const blocks: Block[] = [];
  for (const n of located.nodes) {
    if (skip.has(n)) continue;
    // Readability shows the headline apart and renames body <h1>s to <h2>.
    for (const b of blockParagraphs(n, skip)) blocks.push(b.tag === 'h1' ? { ...b, tag: 'h2' } : b);
  }
  const out: ArticleMeta = {
    ...meta,
    byline:
      meta.byline ??
      (byline
        ?.replace(/\s+/g, ' ')
        .replace(/^by\s+/i, '')
        .trim() ||
        null),
  };
  yield;
  const article = fromBlocks(
    out,
    keptBlocks(blocks, out, { headlines, captions: new ImageCaptions(located.nodes, index) }),
  );
  if ((article?.text.length ?? 0) < MIN_CHARS) return { article, declined: 'short' };
  return { article, declined: null };
}
