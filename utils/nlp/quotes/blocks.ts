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

/** The clause that hands the next paragraph to a speaker: a speech verb, perhaps its object or its occasion, and
 *  the colon that ends the paragraph ("Asked what the season meant, he … then said:", "She told the committee:"),
 *  or the statement it was made in ("apologised in a post on LinkedIn late on Wednesday:"). */
const SAYS_COLON =
  /(?:^|[\s,])(?:said|says|told|tells|wrote|writes|added|adds|explained|continued|recalled|recalls|stated|declared|replied|answered|responded|testified|warned|tweeted|posted|apologi[sz]ed|admitted|insisted|argued|conceded|in\s+an?\s+(?:post|statement|tweet|letter|message|email|note|memo|video))\b[^.!?:;"“”‘’\n]{0,40}:\s*$/;
/** A list's bullet, a label or a credit opening the paragraph: not a quotation's words. */
const NOT_PROSE_OPEN = /^(?:[-–—•*·▪►]|\p{Lu}[\p{L}'’ ]{0,24}:\s)/u;

/**
 * Block quotations whose marks the page left out, told by their paragraph before ("Speaking at the time, she
 * said: ⏎ We were promised these defences would protect us. …"): a paragraph of prose without marks right after
 * a paragraph that ends with a speech verb's colon. `blocks`: the page's own <blockquote> spans (not read again).
 */
export function introducedBlocks(text: string, marked: readonly Span[], blocks: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  for (let nl = text.indexOf(':\n'); nl >= 0; nl = text.indexOf(':\n', nl + 2)) {
    if (!SAYS_COLON.test(paragraphBefore(text, nl + 1))) continue;
    let start = nl + 1;
    while (start < text.length && /\s/.test(text[start])) start++;
    const stop = text.indexOf('\n', start);
    let end = stop < 0 ? text.length : stop;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const body = text.slice(start, end);
    if (NOT_PROSE_OPEN.test(body) || /^["“”‘'«]/.test(body)) continue;
    if (!wordsAtLeast(body, MIN_WORDS) || !SENTENCE_END.test(body)) continue;
    if (marked.some((m) => m.start < end && start < m.end) || blocks.some((b) => b.start < end && start < b.end))
      continue;
    out.push({ start, end });
  }
  return out;
}
