// Document → Analysis: extraction then the pure text analysis. Shared by the CLI and usable by
// the page side (kept out of index.ts so that importing the gate does not pull in utils/nlp).
import type { Analysis, ArticleOut } from '../nlp/types';
import { analyzeText } from '../nlp/analyze';
import { extractArticle, type ExtractedArticle } from './extract';
import { quotedSpans } from './extracted';

export interface AnalyzeDocumentOptions {
  url?: string | null;
  /** Reference date (YYYY-MM-DD) overriding the page's own published date. */
  published?: string | null;
  /** Called when Readability finds no article; may supply a fallback (the CLI uses the body text). */
  fallback?: (doc: Document) => ExtractedArticle | null;
  /** The document is the caller's to give away (see ExtractOptions.consume). */
  consume?: boolean;
  /** A DOM written in JavaScript (see ExtractOptions.scriptDom). */
  scriptDom?: boolean;
}

const now = () => performance.now();
const round = (ms: number) => Math.round(ms * 100) / 100;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words of `text` (as `text.match(WORD).length`), counted without making an array of them. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(text)) n++;
  return n;
}

/** Analysis of plain text as the article body (no extraction). */
export function analyzePlainText(
  text: string,
  opts: { url?: string | null; published?: string | null } = {},
): Analysis {
  const article: ArticleOut = {
    title: null,
    byline: null,
    publisher: null,
    publishedAt: opts.published ?? null,
    url: opts.url ?? null,
    language: null,
    text,
  };
  const t0 = now();
  const rest = analyzeText(text, { publishedAt: article.publishedAt, title: null });
  return { article, ...rest, stats: { extractMs: 0, analyzeMs: round(now() - t0), words: countWords(text) } };
}

/** Null when the document holds no article text (and the fallback found none either). */
export function analyzeDocument(doc: Document, opts: AnalyzeDocumentOptions = {}): Analysis | null {
  const t0 = now();
  const extracted =
    extractArticle(doc, { url: opts.url ?? null, consume: opts.consume, scriptDom: opts.scriptDom }) ??
    opts.fallback?.(doc) ??
    null;
  const t1 = now();
  if (!extracted || !extracted.text) return null;
  const article: ArticleOut = { ...extracted.meta, text: extracted.text };
  if (opts.published) article.publishedAt = opts.published;
  const rest = analyzeText(article.text, {
    publishedAt: article.publishedAt,
    title: article.title,
    blockquotes: quotedSpans(extracted),
  });
  const t2 = now();
  return {
    article,
    ...rest,
    stats: { extractMs: round(t1 - t0), analyzeMs: round(t2 - t1), words: countWords(article.text) },
  };
}
