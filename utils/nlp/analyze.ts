// Composes the pure analysis. No DOM, no browser API: runs in the background, Node and the CLI.
import type { Analysis, Span } from './types';
import { splitSentences } from './sentences';
import { findPeople } from './people';
import { findQuotes } from './quotes';
import { findDates } from './dates';
import { buildTimeline } from './timeline';
import { summarize } from './summary';

export interface AnalyzeOptions {
  /** Reference date for relative dates (YYYY-MM-DD); null: relative dates get value null. */
  publishedAt?: string | null;
  title?: string | null;
  /** Spans of the text that sat in a <blockquote> on the page (utils/article/extracted.ts quotedSpans). */
  blockquotes?: readonly Span[];
}

export type TextAnalysis = Omit<Analysis, 'article' | 'stats'>;

export function analyzeText(text: string, opts: AnalyzeOptions = {}): TextAnalysis {
  const sentences = splitSentences(text);
  const people = findPeople(text, sentences);
  const quotes = findQuotes(text, sentences, people, { blockquotes: opts.blockquotes });
  const dates = findDates(text, sentences, opts.publishedAt ?? null);
  const timeline = buildTimeline(text, sentences, dates);
  const summary = summarize(text, sentences, { people, title: opts.title ?? null });
  return { people, quotes, dates, timeline, summary };
}
