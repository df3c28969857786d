// Extraction: metadata from the page as it is; body text first by the fast path (fast.ts: the
// container found and pruned on the page itself, read-only, no clone), else from Readability run
// on ONE clone that we pre-clean; then paragraph-level cleanup. The passed document is never mutated.
// A page nested too deeply to read in reasonable time throws PageLimitError (limits.ts) before any of it.
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '../nlp/types';
import { extractMetadata } from './metadata';
import { FURNITURE_CLASS, ImageCaptions, cleanBlocks, dropMarked, markFurniture } from './clean';
import { blockParagraphs } from './paragraphs';
import { toIsoDate } from './date';
import { extractFast, tryFast, type FastAttempt } from './fast';
import { checkPageShape } from './limits';
import type { ExtractedArticle } from './extracted';

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
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle | null {
  const start = begin(doc, opts);
  if (!start) return null;
  if ('text' in start) return start;
  const prepared = prepare(doc, start, opts);
  return finish(prepared, parse(prepared), opts);
}

/**
 * The same extraction, in steps: the metadata and the fast path in one (usually the only one);
 * when the fast path declines, `pause()` is awaited before the clone, Readability and the
 * cleanup, so a live page gets its main thread back between them: no single task holds all of
 * it. Same result as extractArticle on the same document.
 */
export async function extractArticleInSteps(
  doc: Document,
  opts: ExtractOptions,
  pause: () => Promise<void>,
): Promise<ExtractedArticle | null> {
  const start = begin(doc, opts);
  if (!start) return null;
  if ('text' in start) return start;
  await pause();
  const prepared = prepare(doc, start, opts);
  await pause();
  const parsed = parse(prepared);
  await pause();
  return finish(prepared, parsed, opts);
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

/** Metadata, then the fast path's article when it is confident, else what the Readability path needs. */
function begin(doc: Document, opts: ExtractOptions): Page | ExtractedArticle | null {
  if (!doc?.documentElement) return null;
  checkPageShape(doc);
  const meta = extractMetadata(doc, { url: opts.url ?? null });
  const headlines = headlinesOf(doc);
  if (!opts.plain && opts.fast !== false) {
    let fast: ExtractedArticle | null = null;
    try {
      fast = extractFast(doc, meta, headlines);
    } catch {
      // an odd page the fast path did not foresee: Readability, which has seen many, takes it
    }
    if (fast) return fast;
  }
  return { meta, headlines };
}

/** Headline candidates, read before Readability (which renames the body's <h1> to <h2>). */
function headlinesOf(doc: Document): string[] {
  return [doc.querySelector('h1')?.textContent ?? '', doc.querySelector('title')?.textContent ?? ''];
}

/** The fast path alone, as extractArticle would try it (for the eval, benches and tests). */
export function fastAttempt(doc: Document, opts: Pick<ExtractOptions, 'url'> = {}): FastAttempt {
  return tryFast(doc, extractMetadata(doc, { url: opts.url ?? null }), headlinesOf(doc));
}

function prepare(doc: Document, page: Page, opts: ExtractOptions): Prepared {
  const clone = opts.consume ? doc : (doc.cloneNode(true) as Document);
  if (!opts.plain) markFurniture(clone);
  return { ...page, clone, captions: opts.plain || !clone.body ? null : ImageCaptions.readNow(clone.body) };
}

function parse({ clone }: Prepared): Parsed {
  return new Readability<Node>(clone, {
    serializer: (n) => n,
    classesToPreserve: [FURNITURE_CLASS],
  }).parse();
}

function finish(
  { meta, headlines, captions }: Prepared,
  parsed: Parsed,
  opts: ExtractOptions,
): ExtractedArticle | null {
  const root = parsed?.content as Element | null | undefined;
  if (!parsed || !root) return null;
  if (!opts.plain) dropMarked(root);

  // Readability finds bylines in the body (and removes them); use its metadata where ours is empty.
  meta.title ??= parsed.title?.trim() || null;
  meta.byline ??=
    parsed.byline
      ?.replace(/\s+/g, ' ')
      .replace(/^by\s+/i, '')
      .trim() || null;
  meta.publisher ??= parsed.siteName?.trim() || null;
  meta.publishedAt ??= toIsoDate(parsed.publishedTime);
  meta.language ??= parsed.lang?.trim() || null;

  const blocks = blockParagraphs(root);
  const paragraphs = opts.plain
    ? blocks.map((b) => b.text)
    : cleanBlocks(blocks, meta, { headlines, captions: captions ?? undefined });
  if (paragraphs.length === 0) return null;
  return { meta, text: paragraphs.join('\n\n'), paragraphs };
}
