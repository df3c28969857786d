// The summary's word lists (data/summary-words.json) as sets and pattern pieces, and the word pattern its steps count
// with.
import words from '../data/summary-words.json';

export { words };

/** A list written as words between spaces. */
export const list = (s: string) => s.split(/\s+/).filter(Boolean);
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const STOP: ReadonlySet<string> = new Set(list(words.stop));

export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

// a copy of its own for countWords: no other caller's lastIndex reaches it
const COUNT_RE = new RegExp(WORD_RE.source, WORD_RE.flags);

/** How many words WORD_RE finds in `s` (as `s.match(WORD_RE)?.length ?? 0`), counted without building them. */
export function countWords(s: string): number {
  // WORD_RE cannot match the empty string, so each test moves on; the last (failed) test sets lastIndex back to 0
  COUNT_RE.lastIndex = 0;
  let n = 0;
  while (COUNT_RE.test(s)) n++;
  return n;
}
