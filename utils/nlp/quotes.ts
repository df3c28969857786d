import type { Person, Quote, Span } from './types';

// PLACEHOLDER (owner: quotes/dates helper).
export function findQuotes(_text: string, _sentences: Span[], _people: Person[]): Quote[] {
  return [];
}
