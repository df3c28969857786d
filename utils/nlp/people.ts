import type { Person, Span } from './types';

// PLACEHOLDER (owner: people helper).
export function findPeople(_text: string, _sentences: Span[]): Person[] {
  return [];
}
