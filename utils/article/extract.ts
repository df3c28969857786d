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
  if (!doc?.documentElement) return null;
  const meta = extractMetadata(doc, { url: opts.url ?? null });
  // Headline candidates, read before Readability (which renames the body's <h1> to <h2>).
  const headlines = [doc.querySelector('h1')?.textContent ?? '', doc.querySelector('title')?.textContent ?? ''];
  const clone = opts.consume ? doc : (doc.cloneNode(true) as Document);
  if (!opts.plain) markFurniture(clone);
  const parsed = new Readability<Node>(clone, {
    serializer: (n) => n,
    classesToPreserve: [FURNITURE_CLASS],
  }).parse();
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
