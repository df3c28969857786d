// What the background accepts from a content script for analysis, whatever the sender sends: the
// text cut to MAX_ANALYZE_CHARS (at a space near the end, so no word is split) and the metadata
// reduced to short strings. The analysis's offsets index the cut text, which is a prefix of the
// page's, so the page marks what was analysed and leaves the rest unmarked.
import { MAX_ANALYZE_CHARS } from '../../utils/messaging';
import type { ArticleMeta } from '../../utils/nlp/types';

/** Longest metadata string kept (a title, a byline, an address). */
export const MAX_META_CHARS = 2_048;

export interface AnalyzeInput {
  text: string;
  meta: ArticleMeta;
}

function short(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return value.length <= MAX_META_CHARS ? value : value.slice(0, MAX_META_CHARS);
}

export function cutText(text: string, max = MAX_ANALYZE_CHARS): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return text.slice(0, space > max - 1_000 ? space : max);
}

export function boundedInput(request: { text?: unknown; meta?: unknown }): AnalyzeInput {
  const m = (typeof request.meta === 'object' && request.meta !== null ? request.meta : {}) as Record<string, unknown>;
  return {
    text: typeof request.text === 'string' ? cutText(request.text) : '',
    meta: {
      title: short(m.title),
      byline: short(m.byline),
      publisher: short(m.publisher),
      publishedAt: short(m.publishedAt),
      url: short(m.url),
      language: short(m.language),
    },
  };
}
