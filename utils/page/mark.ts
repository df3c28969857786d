// The in-page reading layer's entry (owner: page-layer helper).
import type { Analysis } from '../nlp/types';

export interface MarkResult {
  people: number;
  quotes: number;
  /** Removes every mark, card and listener this call added. */
  undo(): void;
}

// PLACEHOLDER: marks nothing yet.
export function markPage(_doc: Document, _analysis: Analysis, _signal: AbortSignal): MarkResult {
  return { people: 0, quotes: 0, undo() {} };
}
