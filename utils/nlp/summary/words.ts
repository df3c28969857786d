// The summary's word lists (data/summary-words.json) as sets and pattern pieces, and the word pattern its steps count
// with.
import words from '../data/summary-words.json';

export { words };

/** A list written as words between spaces. */
export const list = (s: string) => s.split(/\s+/).filter(Boolean);
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const STOP: ReadonlySet<string> = new Set(list(words.stop));

export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
