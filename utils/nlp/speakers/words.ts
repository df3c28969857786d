// The words of a short window of text around a quotation, and the punctuation between them: a period
// belongs to its word in initials, titles and company suffixes ("Maj. Gen.", "Inc."), not at a sentence end.
import { TITLE_ABBREVS } from '../wordlists';

export interface W {
  w: string;
  l: string;
  s: number;
  e: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

export function wordsIn(text: string, from: number, to: number): W[] {
  const seg = text.slice(from, to);
  const out: W[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(seg))) {
    let w = m[0];
    // a trailing period belongs to the sentence, except in initials and abbreviations
    if (w.endsWith('.') && !keepsPeriod(w.slice(0, -1))) w = w.slice(0, -1);
    out.push({ w, l: w.toLowerCase(), s: from + m.index, e: from + m.index + w.length });
  }
  return out;
}

export const gapHas = (text: string, a: W, b: W, re: RegExp) => re.test(text.slice(a.e, b.s));
/** Does a gap between two consecutive words of ws[i..j] match `re` (an abbreviation's period is in its word)? */
export function breakBetween(text: string, ws: W[], i: number, j: number, re: RegExp): boolean {
  for (let k = i; k < j; k++) if (gapHas(text, ws[k], ws[k + 1], re)) return true;
  return false;
}

/** Non-titles among the abbreviations of the title list ("No. 3", "Fig. 2"): their period may end a sentence. */
const NOT_TITLES = new Set('no nos vol pp fig art ch ex vs v cf approx est dept univ assn ave blvd rd'.split(' '));
const KEEPS_PERIOD: ReadonlySet<string> = new Set([
  ...[...TITLE_ABBREVS].filter((w) => !NOT_TITLES.has(w)),
  ...'jr sr inc co corp ltd'.split(' '),
]);

const COMPANY_SUFFIX = /^(?:INC|CO|CORP|LTD|JR|SR)$/;

/**
 * Titles, initials and company suffixes whose period does not end a sentence ("said Maj. Gen. Pat Ryder",
 * "Apple Inc. CEO", "the U.N. envoy"): `stem` is the word without its period.
 */
// module constants: esbuild (tsx) turns a literal with \p{Lu} into a new RegExp on every call
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

function keepsPeriod(stem: string): boolean {
  if (/^(?:[A-Z]\.)*[A-Z]$/.test(stem)) return true;
  // an acronym ending a sentence ("a spokesperson for the SEC.") is not the title it spells ("Sec.")
  if (ALL_CAPITALS.test(stem) && !COMPANY_SUFFIX.test(stem)) return false;
  return OPENS_CAPITAL.test(stem) && KEEPS_PERIOD.has(stem.toLowerCase());
}

/** Does `before` (the text up to a period) end with such an abbreviation? */
export function endsWithAbbreviation(before: string): boolean {
  const m = /(?:^|[\s(])([\p{L}.]+)$/u.exec(before.slice(-16));
  return !!m && keepsPeriod(m[1]);
}

/** Where the attribution clause of `seg` ends: a sentence end, a quotation mark or a line break. */
export function clauseStop(seg: string): number {
  const re = /[.!?;](?=\s|$)|["“”]|\n/g;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    if (m[0] === '.' && endsWithAbbreviation(seg.slice(0, m.index))) continue;
    return m.index;
  }
  return seg.length;
}

/** The words right after `pos` and right before it, lower case, up to `n`. */
export function wordsAfter(text: string, pos: number, n: number): string[] {
  return (text.slice(pos, pos + 40).match(/[\p{L}]+/gu) ?? []).slice(0, n).map((w) => w.toLowerCase());
}
export function wordsBefore(text: string, pos: number, n: number): string[] {
  return (text.slice(Math.max(0, pos - 40), pos).match(/[\p{L}]+/gu) ?? []).slice(-n).map((w) => w.toLowerCase());
}
