// Extraction: metadata from the page as it is, body text from Readability run on ONE clone that
// we pre-clean, then paragraph-level cleanup. The passed document is never mutated.
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from '../nlp/types';
import { extractMetadata } from './metadata';
import { FURNITURE_CLASS, cleanBlocks, dropMarked, markFurniture } from './clean';
import { blockParagraphs } from './paragraphs';
import { toIsoDate } from './date';

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** Body paragraphs joined by "\n\n". */
  text: string;
  paragraphs: string[];
}

export interface ExtractOptions {
  url?: string | null;
  /** Skip Lede's furniture removal (plain Readability text), for comparison in eval/bench. */
  plain?: boolean;
  /**
   * The caller hands the document over (a freshly parsed one in the CLI): extraction may mutate
   * it and skips the clone, which costs as much as parsing on big pages. Never for a live page.
   */
  consume?: boolean;
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle | null {
  const prepared = prepare(doc, opts);
  if (!prepared) return null;
  return finish(prepared, parse(prepared), opts);
}

/**
 * The same extraction, with `pause()` awaited between its three stages (metadata and clone,
 * Readability, cleanup), so a live page gets its main thread back between them: no single task
 * holds all of it. Same result as extractArticle on the same document.
 */
export async function extractArticleInSteps(
  doc: Document,
  opts: ExtractOptions,
  pause: () => Promise<void>,
): Promise<ExtractedArticle | null> {
  const prepared = prepare(doc, opts);
  if (!prepared) return null;
  await pause();
  const parsed = parse(prepared);
  await pause();
  return finish(prepared, parsed, opts);
}

interface Prepared {
  meta: ArticleMeta;
  headlines: string[];
  clone: Document;
}
type Parsed = ReturnType<Readability<Node>['parse']>;

function prepare(doc: Document, opts: ExtractOptions): Prepared | null {
  if (!doc?.documentElement) return null;
  const meta = extractMetadata(doc, { url: opts.url ?? null });
  // Headline candidates, read before Readability (which renames the body's <h1> to <h2>).
  const headlines = [doc.querySelector('h1')?.textContent ?? '', doc.querySelector('title')?.textContent ?? ''];
  const clone = opts.consume ? doc : (doc.cloneNode(true) as Document);
  if (!opts.plain) markFurniture(clone);
  return { meta, headlines, clone };
}

function parse({ clone }: Prepared): Parsed {
  return new Readability<Node>(clone, {
    serializer: (n) => n,
    classesToPreserve: [FURNITURE_CLASS],
  }).parse();
}

function finish({ meta, headlines }: Prepared, parsed: Parsed, opts: ExtractOptions): ExtractedArticle | null {
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
  const paragraphs = opts.plain ? blocks.map((b) => b.text) : cleanBlocks(blocks, meta, headlines);
  if (paragraphs.length === 0) return null;
  return { meta, text: paragraphs.join('\n\n'), paragraphs };
}
