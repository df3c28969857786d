import type { DateMention, Span, TimelineEntry } from './types';

// PLACEHOLDER (owner: quotes/dates helper).
export function buildTimeline(_text: string, _sentences: Span[], _dates: DateMention[]): TimelineEntry[] {
  return [];
}
