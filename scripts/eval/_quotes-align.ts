// Finds the gold's quoted strings in a document's text. A gold quote is the text inside the marks, whole
// when short, else "first words … last words"; matching ignores differences of white space (page text and
// the labeller's plain text may break lines differently) and invisible characters, nothing else.
import type { Span } from '../../utils/nlp/types';

/** The separator between a long quotation's first and last words. */
export const ELLIPSIS = ' … ';
/** Longest span a "first … last" pair may cover (a multi-paragraph quotation fits; a stray match does not). */
const MAX_SPAN = 8000;
const OPENING = /[“"‘'«„]/;

export interface NormalText {
  /** The text with white-space runs as one space and invisible characters dropped. */
  norm: string;
  /** Offset in the original text of each character of `norm` (and of its end). */
  map: number[];
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

export function normalize(text: string): NormalText {
  let norm = '';
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (INVISIBLE.test(c)) continue;
    if (/\s/.test(c)) {
      if (!space) {
        norm += ' ';
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    norm += c;
    map.push(i);
  }
  map.push(text.length);
  return { norm, map };
}

const squash = (s: string) => normalize(s).norm.trim();

/** Occurrences of `needle` from `from`, those right after an opening mark first. */
function occurrences(hay: string, needle: string, from: number): number[] {
  const marked: number[] = [];
  const other: number[] = [];
  for (let i = hay.indexOf(needle, from); i >= 0; i = hay.indexOf(needle, i + 1)) {
    (i > 0 && OPENING.test(hay[i - 1]) ? marked : other).push(i);
  }
  return [...marked.sort((a, b) => a - b), ...other];
}

/** Where the quoted string `quote` is in the normalized text, searching from `from` (normalized offset). */
function findNorm(t: NormalText, quote: string, from: number): { start: number; end: number } | null {
  const parts = quote.split(ELLIPSIS).map(squash);
  const head = parts[0];
  const tail = parts.length > 1 ? parts[parts.length - 1] : null;
  for (const i of occurrences(t.norm, head, from)) {
    if (tail === null) return { start: i, end: i + head.length };
    const j = t.norm.indexOf(tail, i + head.length);
    if (j >= 0 && j + tail.length - i <= MAX_SPAN) return { start: i, end: j + tail.length };
  }
  return null;
}

/**
 * Spans (original offsets) of the gold strings, in order: each is searched after the previous one found
 * (the same words quoted twice are listed twice, in text order), then anywhere. Null where not found.
 */
export function alignAll(text: string, quotes: string[]): (Span | null)[] {
  const t = normalize(text);
  let from = 0;
  return quotes.map((q) => {
    const hit = findNorm(t, q, from) ?? findNorm(t, q, 0);
    if (!hit) return null;
    from = hit.start + 1;
    return { start: t.map[hit.start], end: t.map[hit.end - 1] + 1 };
  });
}
