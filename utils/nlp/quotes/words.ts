// Words of a quotation's text, as the judging rules count them (judge.ts) and quotes.ts counts a candidate's.

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
// Chinese and Japanese are written without spaces: two of their characters count as a word (about the length
// of a Chinese word), so a sentence in marks is not a "short" phrase of one or two words
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const CJK_WORD_RE = new RegExp(
  String.raw`[${CJK}]{1,2}|(?![${CJK}])[\p{L}\p{N}](?:(?![${CJK}])[\p{L}\p{N}'’.-])*`,
  'gu',
);

export function words(s: string): string[] {
  return s.match(HAS_CJK.test(s) ? CJK_WORD_RE : WORD_RE) ?? [];
}

// copies of the two, for exec loops that stop early (match() above resets their lastIndex; these are only ours)
const WORD_STEP = new RegExp(WORD_RE.source, 'gu');
const CJK_WORD_STEP = new RegExp(CJK_WORD_RE.source, 'gu');

/** words(s) if there are at most `max`, else null: it stops at word max + 1 (a long quotation's words are not all built). */
export function wordsUpTo(s: string, max: number): string[] | null {
  const re = HAS_CJK.test(s) ? CJK_WORD_STEP : WORD_STEP;
  re.lastIndex = 0;
  const out: string[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (out.length === max) {
      re.lastIndex = 0;
      return null;
    }
    out.push(m[0]);
  }
  return out;
}

/** words(s).length without the array. */
export function wordCount(s: string): number {
  const re = HAS_CJK.test(s) ? CJK_WORD_STEP : WORD_STEP;
  re.lastIndex = 0;
  let n = 0;
  while (re.test(s)) n++;
  return n;
}
