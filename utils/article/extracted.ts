// What extraction gives: the article's metadata and its body text (shared by the fast path and the
// Readability path, so neither imports the other's module for it).
import type { ArticleMeta, Span } from '../nlp/types';

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** Body paragraphs joined by "\n\n". */
  text: string;
  paragraphs: string[];
  /** The paragraphs of each <blockquote>: [first, last] indices (absent: none). */
  quoted?: [number, number][];
}

/** The article's paragraphs from its kept blocks, with the paragraphs of each <blockquote>. */
export function fromBlocks(meta: ArticleMeta, blocks: { text: string; quote?: number }[]): ExtractedArticle | null {
  if (blocks.length === 0) return null;
  const paragraphs = blocks.map((b) => b.text);
  const article: ExtractedArticle = { meta, text: paragraphs.join('\n\n'), paragraphs };
  const quoted: [number, number][] = [];
  blocks.forEach((b, i) => {
    if (b.quote === undefined) return;
    const last = quoted.at(-1);
    if (last && last[1] === i - 1 && blocks[i - 1].quote === b.quote) last[1] = i;
    else quoted.push([i, i]);
  });
  if (quoted.length) article.quoted = quoted;
  return article;
}

/** The spans in `text` (the paragraphs joined by "\n\n") of each <blockquote>'s paragraphs. */
export function quotedSpans(article: Pick<ExtractedArticle, 'paragraphs' | 'quoted'>): Span[] {
  const { paragraphs, quoted } = article;
  if (!quoted?.length) return [];
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  return quoted
    .filter(([a, b]) => a <= b && b < paragraphs.length)
    .map(([a, b]) => ({ start: starts[a], end: starts[b] + paragraphs[b].length }));
}
