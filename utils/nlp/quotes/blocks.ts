// Step: block quotations. A page sets a long quotation apart in a <blockquote>, often without quotation marks
// ("Zuckerberg said at the trial. ⏎ I've been building relationships … for years."). Extraction tells which
// paragraphs sat in one; a block is a quotation when it is prose (a sentence of words, not a table or a
// list of figures) and the paragraph before introduces it: it ends with a colon, or a speech word is in it.
// Block quotations already in quotation marks are left to the marks, and a pull quote (words the article prints
// elsewhere too) to its other place. An embedded post ends with its author and date, not a sentence: left out.
import type { Span } from '../types';
import { speaks } from './context';

/** Letter words a quotation has at least: a caption or a one-line label is not one. */
const MIN_WORDS = 8;
const WORD = /\p{L}+/gu;
/** How much of a block's opening must recur elsewhere in the text for the block to be a pull quote. */
const PULL_QUOTE_CHARS = 60;
/** Prose ends its last sentence, perhaps inside a closing mark or bracket. */
const SENTENCE_END = /[.!?…]["”’')\]]*$/;

function wordsAtLeast(s: string, n: number): boolean {
  let k = 0;
  for (const _ of s.matchAll(WORD)) if (++k >= n) return true;
  return false;
}

/** The paragraph that ends right before `at` (the text's paragraphs are separated by blank lines). */
function paragraphBefore(text: string, at: number): string {
  let e = at;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  const s = text.lastIndexOf('\n', e - 1) + 1;
  return text.slice(s, e);
}

/**
 * Quotations among `blocks` (the spans of `text` that sat in a <blockquote>, one per element, in order);
 * `marked` are the spans in quotation marks (in order).
 */
export function blockQuotations(text: string, blocks: readonly Span[], marked: readonly Span[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  for (const r of blocks) {
    if (r.start < 0 || r.end > text.length || r.start >= r.end) continue;
    const body = text.slice(r.start, r.end);
    if (!wordsAtLeast(body, MIN_WORDS) || !SENTENCE_END.test(body)) continue;
    // in marks already, for the most part
    let inMarks = 0;
    while (k < marked.length && marked[k].end <= r.start) k++;
    for (let j = k; j < marked.length && marked[j].start < r.end; j++) {
      inMarks += Math.min(r.end, marked[j].end) - Math.max(r.start, marked[j].start);
    }
    if (inMarks * 2 >= r.end - r.start) continue;
    const before = paragraphBefore(text, r.start);
    if (!/:\s*$/.test(before) && !speaks(before)) continue;
    // a mark left at either end (an opening mark lost to the page's markup) is not part of the words
    const lead = /^["“”‘’'\s]+/.exec(body)?.[0].length ?? 0;
    const trail = /["“”‘’'\s]+$/.exec(body)?.[0].length ?? 0;
    if (lead + trail >= body.length) continue;
    const start = r.start + lead;
    // a pull quote repeats words the article prints elsewhere: they are found there
    const head = text.slice(start, Math.min(r.end - trail, start + PULL_QUOTE_CHARS));
    const at = text.indexOf(head);
    if (at !== start || text.indexOf(head, start + 1) >= 0) continue;
    out.push({ start, end: r.end - trail });
  }
  return out;
}
