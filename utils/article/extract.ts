// Extraction: metadata from the page as it is; body text first by the fast path (fast.ts: the
// container found and pruned on the page itself, read-only, no clone), else from Readability run
// on ONE clone that we pre-clean; then paragraph-level cleanup. The passed document is never mutated.
// A page nested too deeply to read in reasonable time throws PageLimitError (limits.ts) before any of it.
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '../nlp/types';
import { extractMetadata } from './metadata';
import { FURNITURE_CLASS, dropMarked, keptBlocks, markFurniture } from './clean';
import { ImageCaptions } from './image-captions';
import { blockParagraphs, type Block } from './paragraphs';
import { toIsoDate } from './date';
import { tryFast, tryFastSteps, type FastAttempt } from './fast';
import { checkPageShape } from './limits';
import { ElementIndex } from './element-index';
import { fromBlocks, type ExtractedArticle } from './extracted';
import { runSteps, runStepsPaused, type Steps } from './steps';

export type { ExtractedArticle };

export interface ExtractOptions {
  url?: string | null;
  /** Skip Lede's furniture removal (plain Readability text), for comparison in eval/bench. */
  plain?: boolean;
  /**
   * The caller hands the document over (a freshly parsed one in the CLI): extraction may mutate
   * it and skips the clone, which costs as much as parsing on big pages. Never for a live page.
   */
  consume?: boolean;
  /** false: always take the Readability path (for comparison in eval/bench). */
  fast?: boolean;
  /** The document is a DOM written in JavaScript (linkedom, the CLI's): see ShapeOptions. */
  scriptDom?: boolean;
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle | null {
  return runSteps(extractArticleSteps(doc, opts));
}

/**
 * The same extraction, in steps, `pause()` awaited between them: the metadata, the fast path's
 * locate, prune and cleanup, and when the fast path declines, the clone, the furniture marks,
 * Readability, its blocks and the cleanup. A live page gets its main thread back between them, so no single task holds all of
 * it. Same result as extractArticle on the same document.
 */
export function extractArticleInSteps(
  doc: Document,
  opts: ExtractOptions,
  pause: () => Promise<void>,
): Promise<ExtractedArticle | null> {
  return runStepsPaused(extractArticleSteps(doc, opts), pause);
}

/** Extraction as steps (see extractArticleInSteps); runSteps runs it at once. */
export function* extractArticleSteps(doc: Document, opts: ExtractOptions = {}): Steps<ExtractedArticle | null> {
  if (!doc?.documentElement) return null;
  // A DOM written in JavaScript answers the page-wide questions below from one walk (element-index.ts),
  // valid until the Readability path moves nodes.
  const index = opts.scriptDom ? ElementIndex.of(doc) : null;
  checkPageShape(doc, { scriptDom: opts.scriptDom, index });
  const meta = extractMetadata(doc, { url: opts.url ?? null, index });
  const headlines = headlinesOf(doc, index);
  if (!opts.plain && opts.fast !== false) {
    yield;
    let fast: FastAttempt | null = null;
    try {
      fast = yield* tryFastSteps(doc, meta, headlines, index);
    } catch {
      // an odd page the fast path did not foresee: Readability, which has seen many, takes it
    }
    if (fast?.article && !fast.declined) return fast.article;
  }
  yield;
  const clone = opts.consume ? doc : (doc.cloneNode(true) as Document);
  yield;
  // The index still holds: nothing has moved in the page so far.
  const prepared = prepare(clone, { meta, headlines }, opts, clone === doc ? index : null);
  yield;
  const parsed = parse(prepared);
  yield;
  const read = paragraphsOf(prepared, parsed, opts);
  if (!read) return null;
  yield;
  return finish(read, opts);
}

interface Page {
  meta: ArticleMeta;
  headlines: string[];
}
interface Prepared extends Page {
  clone: Document;
  /**
   * The page's image alt texts, read before Readability takes the clone apart (it may drop a
   * figure and keep its caption paragraph).
   */
  captions: ImageCaptions | null;
}
type Parsed = ReturnType<Readability<Node>['parse']>;

/** Headline candidates, read before Readability (which renames the body's <h1> to <h2>). */
function headlinesOf(doc: Document, index: ElementIndex | null = null): string[] {
  const first = (tag: string) => (index ? index.first(tag) : doc.querySelector(tag));
  return [first('h1')?.textContent ?? '', first('title')?.textContent ?? ''];
}

/** The fast path alone, as extractArticle would try it (for the eval, benches and tests). */
export function fastAttempt(doc: Document, opts: Pick<ExtractOptions, 'url'> = {}): FastAttempt {
  return tryFast(doc, extractMetadata(doc, { url: opts.url ?? null }), headlinesOf(doc));
}

/** Marks the furniture in our own copy (the clone, or the consumed page) and reads its captions. */
function prepare(clone: Document, page: Page, opts: ExtractOptions, index: ElementIndex | null): Prepared {
  if (!opts.plain) markFurniture(clone, index);
  return { ...page, clone, captions: opts.plain || !clone.body ? null : ImageCaptions.readNow(clone.body, index) };
}

function parse({ clone }: Prepared): Parsed {
  return new Readability<Node>(clone, {
    serializer: (n) => n,
    classesToPreserve: [FURNITURE_CLASS],
  }).parse();
}

interface Read extends Prepared {
  blocks: Block[];
}

/** Readability's article as blocks, its metadata filling ours where ours is empty (null: no article). */
function paragraphsOf(prepared: Prepared, parsed: Parsed, opts: ExtractOptions): Read | null {
  const root = parsed?.content as Element | null | undefined;
  if (!parsed || !root) return null;
  if (!opts.plain) dropMarked(root);

  // Readability finds bylines in the body (and removes them); use its metadata where ours is empty.
  const { meta } = prepared;
  meta.title ??= parsed.title?.trim() || null;
  meta.byline ??=
    parsed.byline
      ?.replace(/\s+/g, ' ')
      .replace(/^by\s+/i, '')
      .trim() || null;
  meta.publisher ??= parsed.siteName?.trim() || null;
  meta.publishedAt ??= toIsoDate(parsed.publishedTime);
  meta.language ??= parsed.lang?.trim() || null;
  return { ...prepared, blocks: blockParagraphs(root) };
}

/** The news cleanup of the blocks (cleanBlocks), or their plain text. */
function finish({ meta, headlines, captions, blocks }: Read, opts: ExtractOptions): ExtractedArticle | null {
  return fromBlocks(
    meta,
    opts.plain ? blocks : keptBlocks(blocks, meta, { headlines, captions: captions ?? undefined }),
  );
}
