// Article gate, extraction and metadata. Works on any DOM Document: the live page (through a
// clone) in the content script, linkedom in the CLI and Node tests.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleMeta } from '../nlp/types';

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** Body paragraphs joined by "\n\n". */
  text: string;
  paragraphs: string[];
}

// PLACEHOLDER (owner: extraction helper): cheap gate.
export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc);
}

// PLACEHOLDER (owner: extraction helper): plain Readability.
export function extractArticle(doc: Document, opts: { url?: string } = {}): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
  if (!parsed?.textContent) return null;
  const paragraphs = parsed.textContent
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return {
    meta: {
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      publisher: parsed.siteName ?? null,
      publishedAt: parsed.publishedTime ?? null,
      url: opts.url ?? null,
      language: parsed.lang ?? null,
    },
    text: paragraphs.join('\n\n'),
    paragraphs,
  };
}
