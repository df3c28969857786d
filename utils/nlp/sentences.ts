// Sentence spans with exact UTF-16 offsets. Rules for news prose: abbreviations and initials
// ("Sen.", "U.S.", "Dec. 3", "J. K. Rowling") do not end a sentence unless a typical sentence
// opener follows; closing quotes and brackets stay with their sentence; a blank line always ends one.
import type { Span } from './types';
import {
  SOFT_ABBREVS,
  TITLE_ABBREVS,
  isDigitCode,
  isLetterCode,
  isLowerCode,
  isSpaceCode,
  isUpperCode,
} from './tokens';
import { OPENERS } from './wordlists';

export { OPENERS };

// " ' ” ’ » › ) ] } and the full-width 」 』 ）
const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 0x00bb, 0x203a, 41, 93, 125, 0x300d, 0x300f, 0xff09]);

/** 。！？: Chinese and Japanese write no space after a sentence, so these end one whatever follows. */
function isFullWidthTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

function isTerminal(c: number): boolean {
  return (
    c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x203c || c === 0x3002 || c === 0xff01 || c === 0xff1f
  );
}

/** Split text into sentences. Spans are trimmed of surrounding whitespace; never throws. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = skipSpace(text, 0, n);
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    // letters, digits and most marks (64…0x2025) neither break a line nor end a sentence
    if (c > 63 && c < 0x2026) {
      i++;
      continue;
    }
    if (c === 10 || c === 0x2029) {
      // A blank line always ends a sentence; a single line break ends one before a new capitalized line.
      let j = i + 1;
      let blank = c === 0x2029;
      while (j < n && isSpaceCode(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 10) blank = true;
        j++;
      }
      if (blank || j >= n || !isLowerCode(text.charCodeAt(j))) {
        push(out, text, start, i);
        start = i = j;
        continue;
      }
      i = j;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    // Run of terminal marks ("?!", "...") then closing quotes/brackets.
    let end = i;
    do end++;
    while (end < n && isTerminal(text.charCodeAt(end)));
    const fullWidth = isFullWidthTerminal(text.charCodeAt(end - 1));
    while (end < n && CLOSERS.has(text.charCodeAt(end))) end++;
    if (fullWidth && fullWidthEnds(text, end, n)) {
      push(out, text, start, end);
      start = i = skipSpace(text, end, n);
      continue;
    }
    if (end < n && !isSpaceCode(text.charCodeAt(end))) {
      i = end; // "3.5", "U.S.-led", "Yahoo!Inc" — no space, no break
      continue;
    }
    const next = skipSpace(text, end, n);
    if (next >= n) {
      push(out, text, start, end);
      start = i = next;
      break;
    }
    if (breaksHere(text, i, end, next, n)) {
      push(out, text, start, end);
      start = i = next;
    } else {
      i = end; // the main loop still sees line breaks in the following whitespace
    }
  }
  push(out, text, start, n); // pushes nothing when start >= n
  return out;
}

/** 「…。」と言った: a Japanese quotation closed before the quotative と goes on with its sentence. */
function fullWidthEnds(text: string, end: number, n: number): boolean {
  return !(end < n && text.charCodeAt(end) === 0x3068 && CLOSERS.has(text.charCodeAt(end - 1)));
}

function skipSpace(text: string, i: number, n: number): number {
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** Does the terminal mark at `i` (its run ending at `end`) end the sentence, given the next text at `next`? */
function breaksHere(text: string, i: number, end: number, next: number, n: number): boolean {
  const nc = text.charCodeAt(next);
  // A lowercase continuation never starts a new sentence ("Why?" he asked. / approx. five), except
  // brand names written with a lowercase initial ("iPhone 4 will…", "eBay said").
  if (isLowerCode(nc) && !camelWordAt(text, next, n)) return false;
  const c = text.charCodeAt(i);
  const closedQuote = end > i + 1 && CLOSERS.has(text.charCodeAt(end - 1));
  // "Sen. Bernie Sanders (I-Vt.) 2016 presidential campaign": an abbreviation closing a one-word bracket
  // (a party-state tag) ends no sentence unless an obvious opener follows
  if (c === 46 && end === i + 2 && text.charCodeAt(i + 1) === 41) {
    let k = i - 1;
    while (k > 0 && i - k < 14 && !isSpaceCode(text.charCodeAt(k)) && text.charCodeAt(k) !== 40) k--;
    if (text.charCodeAt(k) === 40 && i - k > 2) return OPENERS.has(readWord(text, next, n).toLowerCase());
  }
  if (c !== 46 || end - i > 1) {
    // ! ? … and "..." end a sentence before a non-lowercase word.
    if (nc === 44 || nc === 59 || nc === 58) return false;
    return true;
  }
  if (closedQuote) return true;
  // A single period: look at the word before it.
  let ws = i;
  while (ws > 0) {
    const p = text.charCodeAt(ws - 1);
    if (isLetterCode(p) || p === 46 || p === 39 || p === 0x2019 || p === 45) ws--;
    else break;
  }
  if (ws === i) {
    return true; // period after a digit or mark: "in 2016." ends the sentence
  }
  const word = text.slice(ws, i);
  const lower = word.toLowerCase();
  const nextWordOpens = () => OPENERS.has(readWord(text, next, n).toLowerCase());
  if (TITLE_ABBREVS.has(lower)) {
    // "No. 3", "no. 3": a number's sign before a figure; "voted no. Sen. Imhof …" is the word no ending a sentence
    if (word === 'no') return !isDigitCode(nc);
    // "Sen. Sanders": never a break; only before an obvious opener ("… vs. The …" stays joined too)
    return false;
  }
  // Initial: one capital letter ("J. K. Rowling", "George W. Bush") — a break only before an opener.
  if (word.length === 1 && isUpperCode(word.charCodeAt(0))) return nextWordOpens();
  // Initialisms and soft abbreviations ("U.S.", "Inc.", "Dec.") — break before an opener, not before digits/names.
  if (lower.indexOf('.') >= 0 || SOFT_ABBREVS.has(lower)) {
    if (isDigitCode(nc)) return false;
    if (nextWordOpens()) return true;
    // "… Chrysler Holding LLC. DaimlerChrysler has sold …": after a company suffix, a capitalized word
    // followed by a lower-case one starts a sentence ("Apple Inc. Chief Executive Tim Cook" does not).
    return CORP_SUFFIX.has(lower) && isUpperCode(nc) && secondWordLower(text, next, n);
  }
  return true;
}

const CORP_SUFFIX = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc']);

/** A word starting lower-case with a capital inside ("iPhone", "eBay"). */
function camelWordAt(text: string, i: number, n: number): boolean {
  for (let j = i + 1; j < n && j < i + 12; j++) {
    const c = text.charCodeAt(j);
    if (isUpperCode(c)) return true;
    if (!isLetterCode(c)) return false;
  }
  return false;
}

/** Is the word after the one at `i` written in lower case? */
function secondWordLower(text: string, i: number, n: number): boolean {
  let j = i;
  while (j < n && !isSpaceCode(text.charCodeAt(j))) j++;
  while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
  return j < n && isLowerCode(text.charCodeAt(j));
}

function readWord(text: string, i: number, n: number): string {
  // skip opening quotes/brackets
  while (i < n && !isLetterCode(text.charCodeAt(i)) && !isDigitCode(text.charCodeAt(i))) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91) i++;
    else break;
  }
  let j = i;
  while (j < n && isLetterCode(text.charCodeAt(j))) j++;
  return text.slice(i, j);
}

// Type feedback for the rare branches, gathered once at load: V8 optimizes splitSentences after a few
// texts, and a branch first taken later (an initial, "?!", a full-width stop) would throw that code away
// and compile it again. Three passes: V8 keeps feedback for a function only once it has run a while.
const PRIMER =
  'Sen. Bernie Sanders (I-Vt.) 2016 was there. "Stop!" he said... Why?! J. K. Rowling wrote. Apple Inc. ' +
  'Chief Tim Cook. Holding LLC. DaimlerChrysler has sold it. U.S. aid on Dec. 3. No. 3 in the U.K. Then ' +
  'iPhone 4 sales, eBay said, approx. five. In 2016. It is 3.5 or Yahoo!Inc.\n\nNew line\nnext line\nLower ' +
  '「行く。」と言った。你好。 ' +
  'Ends without a mark';
for (let k = 0; k < 3; k++) splitSentences(PRIMER);

/** Index of the first sentence that ends after `pos` (binary search; sentences are sorted, disjoint). */
export function sentenceIndexAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
