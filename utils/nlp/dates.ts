import type { DateMention, Span } from './types';

// PLACEHOLDER (owner: quotes/dates helper).
export function findDates(_text: string, _sentences: Span[], _publishedAt: string | null): DateMention[] {
  return [];
}
