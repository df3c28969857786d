// Is a piece of text a statement (a clause with a verb) or page residue: headlines, captions, credits, runs of
// title-case words from a hover card or a related-links box? Shared by the timeline and the summary.

import { isJsSpaceCode } from './tokens';

// common finite verbs and auxiliaries that carry no -ed/-s ending
const FINITE =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|shall|may|might|must|did|does|do|said|says|told|tells|went|goes|came|comes|made|makes|took|takes|gave|gives|got|gets|found|won|lost|led|left|met|ran|saw|sees|began|begins|became|becomes|held|holds|brought|bought|sold|paid|kept|set|put|hit|cut|let|fell|rose|grew|knew|thought|felt|spent|sent|built|wrote|spoke|chose|drew|fled|fought|struck|stood|sat|won't|can't|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't)\b/i;
// a lower-case word ending like a past tense or third-person verb (after a few letters, to skip "bed", "gas")
const INFLECTED = /(?:^|\s)[a-z][a-z]{2,}(?:ed|es|s)\b/;
const CAPTION =
  /\b(?:Image|Photo|Picture|Credit|Caption|File photo|Photograph|Illustration|Video)\s*:|\((?:left|right|center|centre|pictured|file|top|bottom|above|below)\)|^(?:Photo|Image|File)\b/i;

const isSpace = isJsSpaceCode;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words (whitespace-separated pieces holding a letter or digit) and how many of them after the first start with a
 * letter, and with a capital. One pass over the characters, no regular expression per ASCII character: this runs on
 * many sentences. */
function profile(s: string): { words: number; letterWords: number; capWords: number } {
  let words = 0;
  let letterWords = 0;
  let capWords = 0;
  // seen: the current piece has had its first letter or digit
  let seen = false;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isSpace(code)) {
      seen = false;
      continue;
    }
    if (seen) continue;
    // skip leading punctuation ("(Bernie)", "“We")
    if (code < 0x80) {
      const upper = code >= 65 && code <= 90;
      if (!upper && !(code >= 97 && code <= 122) && !(code >= 48 && code <= 57)) continue;
      seen = true;
      words++;
      if (words === 1 || code <= 57) continue;
      letterWords++;
      if (upper) capWords++;
      continue;
    }
    const c = s[i];
    if (!LETTER_OR_DIGIT.test(c)) continue;
    seen = true;
    words++;
    if (words === 1) continue;
    const lo = c.toLowerCase();
    const up = c.toUpperCase();
    if (lo === up) continue;
    letterWords++;
    if (c === up) capWords++;
  }
  return { words, letterWords, capWords };
}

/** Share of words that start with a capital letter (a headline or a list of names), ignoring the first. */
export function titleCaseShare(s: string): number {
  const p = profile(s);
  return p.letterWords ? p.capWords / p.letterWords : 0;
}

/** A caption, picture credit or similar residue. */
export function isCaption(s: string): boolean {
  return CAPTION.test(s);
}

/** Something like a finite verb (a crude test: common verbs, or a lower-case word ending -ed/-s). */
export function hasVerb(s: string): boolean {
  return FINITE.test(s) || INFLECTED.test(s);
}

/**
 * True when the text reads as a statement, not a caption or a headline: prose is mostly lower-case words, so a text
 * dominated by capitalised words counts only with a verb, and never when nearly every word is capitalised.
 */
export function isStatement(s: string): boolean {
  if (isCaption(s)) return false;
  const p = profile(s);
  if (p.words < 3) return false;
  const caps = p.words >= 4 && p.letterWords ? p.capWords / p.letterWords : 0;
  if (caps > 0.85) return false;
  return caps <= 0.6 || hasVerb(s);
}

// Signs of page residue glued into the text (hover cards, related links, metadata labels)
const GLUED = /\p{Ll}\p{Ll}\p{Lu}\p{Ll}/u;
const GLUED_OK = /(?:^|[^\p{L}])(?:Mac|Van|Von|Des|Del|Della)\p{Lu}\p{Ll}/u;
const ISO_LITERAL = /\b\d{4}-\d\d-\d\d\b/;
const MINOR = new Set(['of', 'and', 'the', 'de', 'for']);

/** A word glued from two link texts ("SandersO'Rourke"), not a name like "MacDonald". */
function hasGluedWord(t: string): boolean {
  const m = GLUED.exec(t);
  if (!m) return false;
  let wordStart = m.index;
  while (wordStart > 0 && t[wordStart - 1].toLowerCase() !== t[wordStart - 1].toUpperCase()) wordStart--;
  // two names run together start with a capital ("SandersO'Rourke"); "wikiHow", "eBay" are brands
  const first = t[wordStart];
  if (first === first.toLowerCase()) return false;
  return !GLUED_OK.test(t.slice(Math.max(0, wordStart - 1), m.index + 4));
}

/** Five or more capitalised words in a row (a single of/and/the/de/for allowed between them). */
function hasTitleRun(t: string): boolean {
  let run = 0;
  let minor = false;
  // one pass over the words (pieces between spaces), without splitting the text
  for (let i = 0; i < t.length;) {
    while (i < t.length && isSpace(t.charCodeAt(i))) i++;
    if (i === t.length) break;
    const start = i;
    while (i < t.length && !isSpace(t.charCodeAt(i))) i++;
    const c = t.charCodeAt(start);
    if (c >= 65 && c <= 90) {
      run++;
      minor = false;
      if (run >= 5) return true;
    } else if (run > 0 && !minor && i - start <= 3 && MINOR.has(t.slice(start, i))) minor = true;
    else {
      run = 0;
      minor = false;
    }
  }
  return false;
}

// a sentence written as prose: a capital (or a quotation mark) first, closing punctuation last, no word in capitals
// among its first two (a heading glued on: "INTERNET DRAFT Michiel B. de Jong …"), and at most half of its words
// after the first capitalised, among at least eight
const PROSE_CAPS = 0.5;
const PROSE_MIN_WORDS = 8;
const PROSE_CLOSED = /[.!?。！？]["”’)」』]*$/;
const CAPITALS_FIRST = /^\S*\p{Lu}{4}|^\S+\s+\p{Lu}{4}/u;

// module constants: esbuild (tsx) turns a literal with \p{Lu} or \p{Ll} into a new RegExp on every call
const OPENS_CAPITAL = /^["“‘]?\p{Lu}/u;
const WORD_LETTER = /^["“‘(]?\p{L}/u;
const WORD_CAPITAL = /^["“‘(]?\p{Lu}/u;
const OPENS_LOWER = /^\p{Ll}/u;

/** Written as prose: mostly lower case, opened by a capital and closed, no bare date, no heading in capitals. */
export function proseShaped(t: string): boolean {
  if (!OPENS_CAPITAL.test(t) || !PROSE_CLOSED.test(t) || ISO_LITERAL.test(t) || CAPITALS_FIRST.test(t)) return false;
  let words = 0;
  let caps = 0;
  for (const w of t.split(/\s+/).slice(1)) {
    if (!WORD_LETTER.test(w)) continue;
    words++;
    if (WORD_CAPITAL.test(w)) caps++;
  }
  return words >= PROSE_MIN_WORDS && caps <= PROSE_CAPS * words;
}

/**
 * Page residue rather than prose: two or more of a word glued from two link texts ("SandersO'Rourke"), a bare ISO
 * date (a metadata field), a run of five or more capitalised words, a lower-case start, no closing punctuation.
 */
export function looksLikeResidue(s: string): boolean {
  const t = s.trim();
  let signs = 0;
  if (OPENS_LOWER.test(t)) signs++;
  if (!/[.!?]["”’)]*$/.test(t)) signs++;
  if (ISO_LITERAL.test(t) && ++signs >= 2) return true;
  if (signs === 0) {
    // both remaining signs are needed (check the cheaper one first), and a lede that names a title and a brand
    // has both ("British Prime Minister Boris Johnson said … WhatsApp messages …"): prose is no residue
    if (!hasTitleRun(t) || !hasGluedWord(t)) return false;
    return !proseShaped(t);
  }
  if (hasTitleRun(t) && ++signs >= 2) return true;
  return signs + (hasGluedWord(t) ? 1 : 0) >= 2;
}
