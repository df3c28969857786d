import type { Person, Span } from './types';

export interface SummaryContext {
  people: Person[];
  title: string | null;
}

// PLACEHOLDER (owner: quotes/dates helper): lead-3 until the real one lands.
export function summarize(text: string, sentences: Span[], _ctx: SummaryContext): string[] {
  return sentences.slice(0, 3).map((s) => text.slice(s.start, s.end));
}
