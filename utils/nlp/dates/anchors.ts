// Where date expressions can be: every one contains a digit or one of ANCHOR_WORDS, and only the text around
// those is tokenized and parsed (index.ts). A hand-written scan: it runs over every character of every article,
// and the regular expression it replaces (ANCHOR_RE in the test) tried an alternation of 60 words at each one.

/** Words every date expression without a digit contains (matched as whole ASCII words of the lower-cased text). */
export const ANCHOR_WORDS: readonly string[] = [
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...['november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['yesterday', 'today', 'tomorrow', 'tonight', 'now', 'currently', 'nowadays', 'recently', 'recent', 'soon'],
  ...['week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'quarter', 'day', 'days'],
  ...['spring', 'summer', 'fall', 'autumn', 'winter', 'future', 'past', 'term', 'being', 'q1', 'q2', 'q3', 'q4'],
];

const WORDS = new Set(ANCHOR_WORDS);

/** Per first two letters (a–z, a–z: 26 × 26), a bit per word length (< 31) some anchor word of that start has. */
const LENGTHS = new Int32Array(26 * 27);
for (const w of ANCHOR_WORDS) LENGTHS[slot(w.charCodeAt(0), w.charCodeAt(1))] |= 1 << w.length;

/** The slot of a word's first two code units; the last row (26 × 26 …) holds 'q' + a digit 1–4. */
function slot(c0: number, c1: number): number {
  if (c0 === 113 && c1 >= 49 && c1 <= 52) return 26 * 26;
  if (c0 < 97 || c0 > 122 || c1 < 97 || c1 > 122) return -1;
  return (c0 - 97) * 26 + (c1 - 97);
}

/** What `\w` matches: ASCII letters, digits and '_' (1), digits (2); nothing above ASCII. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = c >= 48 && c <= 57 ? 2 : /\w/.test(String.fromCharCode(c)) ? 1 : 0;

const wordCode = (c: number) => (c < 128 ? WORD[c] : 0);

function isAnchorWord(s: string, a: number, b: number): boolean {
  const len = b - a;
  if (len < 2 || len > 30) return false;
  const k = slot(s.charCodeAt(a), s.charCodeAt(a + 1));
  return k >= 0 && (LENGTHS[k] & (1 << len)) !== 0 && WORDS.has(s.slice(a, b));
}

/** Where the anchor found by the last nextAnchor() call ends. */
export let anchorEnd = 0;

/**
 * The first anchor at or after `from` in `lower` (lower-cased text): a digit, or a whole word (a run of `\w`
 * with no `\w` on either side) of ANCHOR_WORDS; -1 if none. The same match as
 * `/\d|\b(?:january|…|q[1-4])\b/g` with lastIndex `from`, and anchorEnd is then its lastIndex.
 */
export function nextAnchor(lower: string, from: number): number {
  const n = lower.length;
  let i = from;
  while (i < n) {
    const w = wordCode(lower.charCodeAt(i));
    if (w === 0) {
      i++;
      continue;
    }
    // a run of \w from i: the whole word is an anchor (only if it starts at a boundary), or its first digit is
    const start = i;
    let digit = w === 2 ? i : -1;
    for (i++; i < n; i++) {
      const d = wordCode(lower.charCodeAt(i));
      if (d === 0) break;
      if (d === 2 && digit < 0) digit = i;
    }
    if (
      digit !== start &&
      (start === 0 || wordCode(lower.charCodeAt(start - 1)) === 0) &&
      isAnchorWord(lower, start, i)
    ) {
      anchorEnd = i;
      return start;
    }
    if (digit >= 0) {
      anchorEnd = digit + 1;
      return digit;
    }
  }
  return -1;
}
