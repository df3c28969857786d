// Tokens with exact UTF-16 offsets. A hand-written scanner (no per-token regex) because it runs
// over every article and must stay far above the 200,000 words/s budget.
import { SOFT_ABBREVS, TITLE_ABBREVS } from './wordlists';

export { SOFT_ABBREVS, TITLE_ABBREVS };

/** Word: letters (with internal ' - . as in O'Rourke, Jean-Pierre, U.S.); Number: 3.5, 1,000; Punct: the rest. */
export const TokKind = { Word: 1, Number: 2, Punct: 3 } as const;
export type TokKind = (typeof TokKind)[keyof typeof TokKind];

export interface Token {
  start: number;
  end: number;
  kind: TokKind;
  /** Whitespace before this token contains a newline (1) or a blank line (2). */
  nl: 0 | 1 | 2;
}

const LOWER_A = 97;
const LOWER_Z = 122;

export function isUpperCode(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 192) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCode(c: number): boolean {
  if (c >= LOWER_A && c <= LOWER_Z) return true;
  if (c < 192) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters of any script (cheap ASCII path; above Latin-1 anything case-bearing or in a letter block). */
export function isLetterCode(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= LOWER_A && c <= LOWER_Z)) return true;
  if (c < 170) return false;
  if (c === 215 || c === 247) return false; // × ÷
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xd800 && c <= 0xdfff) return true; // surrogates: treat astral chars as letters
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c === 0xfeff) return false;
  if (c === 171 || c === 187 || c === 180 || c === 183 || c === 191 || c === 161) return false; // « » ´ · ¿ ¡
  return true;
}

export function isSpaceCode(c: number): boolean {
  if (c > 32 && c < 160) return false; // most characters of a text: one test
  return (
    c === 32 ||
    c === 10 ||
    c === 13 ||
    c === 9 ||
    c === 160 ||
    c === 12 ||
    c === 11 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x3000
  );
}

function isApos(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Split text into word, number and punctuation tokens. Never throws. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let nl: 0 | 1 | 2 = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 10 || c === 0x2029) nl = nl === 0 ? 1 : 2;
      i++;
      continue;
    }
    const start = i;
    if (isLetterCode(c)) {
      i = scanWord(text, i + 1, n);
      // "U.S." / "N.Y.": single letters joined by periods keep their final period.
      out.push({ start, end: i, kind: TokKind.Word, nl });
    } else if (isDigitCode(c)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigitCode(d) || isLetterCode(d)) i++;
        else if ((d === 46 || d === 44 || d === 58) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      out.push({ start, end: i, kind: TokKind.Number, nl });
    } else if (c === 46 || c === 45 || c === 0x2014) {
      // keep runs of the same mark together: "...", "--". The one increment runs for every mark, so
      // the first run, often pages into a text, finds it with type feedback (a loop of its own that
      // ran only on runs threw this function's optimized code away there)
      do i++;
      while (i < n && text.charCodeAt(i) === c);
      out.push({ start, end: i, kind: TokKind.Punct, nl });
    } else {
      i++;
      if (c >= 0xd800 && c <= 0xdbff) {
        if (i < n) i++; // astral symbol (emoji): one token
      }
      // possessive 's right after a word is one token
      else if (
        isApos(c) &&
        i < n &&
        (text.charCodeAt(i) === 115 || text.charCodeAt(i) === 83) &&
        start > 0 &&
        isLetterCode(text.charCodeAt(start - 1)) &&
        !(i + 1 < n && isLetterCode(text.charCodeAt(i + 1)))
      )
        i++;
      out.push({ start, end: i, kind: TokKind.Punct, nl });
    }
    nl = 0;
  }
  return out;
}

/** End of a word starting before `i`: letters, digits, combining marks, internal ' - and initialism dots. */
function scanWord(text: string, i: number, n: number): number {
  while (i < n) {
    const d = text.charCodeAt(i);
    if (isLetterCode(d) || isDigitCode(d) || (d >= 0x300 && d <= 0x36f)) {
      i++;
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (isApos(d) && isLetterCode(next)) {
      // possessive 's / 'S stays a separate token; O'Rourke, don't stay whole
      const after = i + 2 < n ? text.charCodeAt(i + 2) : 0;
      if ((next === 115 || next === 83) && !isLetterCode(after)) break;
      i += 2;
      continue;
    }
    if (isHyphen(d) && (isLetterCode(next) || isDigitCode(next))) {
      i += 2;
      continue;
    }
    if (d === 46 && !isLetterCode(next) && i >= 2 && text.charCodeAt(i - 2) === 46) {
      i++; // the final period of "U.S.A."
      break;
    }
    if (d === 46 && isLetterCode(next)) {
      // initialism: U.S., N.Y., a.m. — only when each part is one letter
      const prev = text.charCodeAt(i - 1);
      const prev2 = i >= 2 ? text.charCodeAt(i - 2) : 32;
      const after = i + 2 < n ? text.charCodeAt(i + 2) : 0;
      if (isLetterCode(prev) && !isLetterCode(prev2) && after === 46) {
        i += 3; // ".S." consumed (letter + period)
        continue;
      }
      break;
    }
    break;
  }
  return i;
}

let lastText = '';
let lastLower = '';

/**
 * text.toLowerCase(), kept for the last text asked about: the name tokens and the dates of one analysis both
 * read the whole text in lower case.
 */
export function lowerText(text: string): string {
  if (text !== lastText) {
    lastLower = text.toLowerCase();
    lastText = text;
  }
  return lastLower;
}

/** What JavaScript's `\s` matches (the fine tokens below skip exactly this; timeline-statement.ts counts words by it). */
export function isJsSpaceCode(c: number): boolean {
  if (c > 32 && c < 160) return false; // most characters of a text: one test
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isAsciiLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The same text at a finer grain, for grammars that count the pieces of "1,500" or "7/8/07" (the dates):
 * a run of ASCII letters (Word), a run of ASCII digits (Number), "Q1"–"Q4" as one Word, or any other single
 * UTF-16 unit (Punct). Tokens starting in [from, to); the last one may end after `to`.
 */
export function fineTokens(text: string, from = 0, to = text.length): Token[] {
  return fineScan(text, from, to, '', asToken);
}

function asToken(_text: string, _lower: string, start: number, end: number, kind: TokKind, nl: 0 | 1 | 2): Token {
  return { start, end, kind, nl };
}

/**
 * fineTokens, each token made by `make` (given the text, `lower` as passed, its span, kind and line break):
 * a caller that wants its own token objects builds one per token, not two.
 */
export function fineScan<T>(
  text: string,
  from: number,
  to: number,
  lower: string,
  make: (text: string, lower: string, start: number, end: number, kind: TokKind, nl: 0 | 1 | 2) => T,
): T[] {
  const out: T[] = [];
  const n = text.length;
  let i = from;
  let nl: 0 | 1 | 2 = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isJsSpaceCode(c)) {
      if (c === 10 || c === 0x2029) nl = nl === 0 ? 1 : 2;
      i++;
      continue;
    }
    if (i >= to) break;
    const start = i;
    let kind: TokKind = TokKind.Punct;
    i++;
    if ((c === 81 || c === 113) && i < n) {
      // "Q3" (a quarter) is one token unless a letter or digit follows: "Q3x" is "Q", "3", "x"
      const d = text.charCodeAt(i);
      const after = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (d >= 49 && d <= 52 && !isAsciiLetterCode(after) && !isDigitCode(after)) {
        out.push(make(text, lower, start, i + 1, TokKind.Word, nl));
        i++;
        nl = 0;
        continue;
      }
    }
    if (isAsciiLetterCode(c)) {
      kind = TokKind.Word;
      while (i < n && isAsciiLetterCode(text.charCodeAt(i))) i++;
    } else if (isDigitCode(c)) {
      kind = TokKind.Number;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    }
    out.push(make(text, lower, start, i, kind, nl));
    nl = 0;
  }
  return out;
}

// Type feedback for the rare branches, gathered once at load (see sentences.ts): a branch first taken
// after V8 optimized the scanner (an initialism, an apostrophe, an emoji) would make it compile again.
const PRIMER =
  "O'Rourke's Jean-Pierre and the U.S.A. in N.Y. at 9 a.m. on 7/8/07, 3.5 or 1,000 at 10:30... -- — " +
  'Müller’s ÉCOLE straße Ж 中文 e\u0301 «x» ¿sí? ¡no! 2×3 \u00a0\u2009a\u200bb 😀 x\u00adx rock’n’roll Q3 q4x ' +
  "A.B. S. 3rd the US’ Smiths' F-16 x-\n\ny\nz \u2028 ！\ufeff end.";
for (let k = 0; k < 3; k++) {
  tokenize(PRIMER);
  fineTokens(PRIMER);
}
