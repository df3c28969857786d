// Letters-and-digits normalisation of short texts, as /[^\p{L}\p{N}]+/gu would do it, with a fast
// path. A content script runs once per page, so each Unicode property class is compiled (and run)
// cold: 2–3 ms each on a news page. Most news text is ASCII plus typographic punctuation, whose
// letters and digits are exactly [A-Za-z0-9]; such text takes a plain class instead. The Unicode
// classes are compiled only for a text that needs them.

/** ASCII, no-break space, dashes, quotation marks, ellipsis: no letter or digit outside ASCII. */
const ASCII_PROSE = /^[\u0000-\u007f\u00a0\u2010-\u2015\u2018-\u201f\u2026]*$/;

/** `s` lower-cased, each run of characters other than letters and digits replaced by `sep`. */
export function lowerWordChars(s: string, sep: string): string {
  const lower = s.toLowerCase();
  return ASCII_PROSE.test(lower) ? lower.replace(/[^a-z0-9]+/g, sep) : lower.replace(/[^\p{L}\p{N}]+/gu, sep);
}

/** The letters of `s` only (any case). */
export function lettersOnly(s: string): string {
  return ASCII_PROSE.test(s) ? s.replace(/[^A-Za-z]+/g, '') : s.replace(/[^\p{L}]+/gu, '');
}

/** Whether `s` holds a letter or a digit. */
export function hasWordChar(s: string): boolean {
  return /[A-Za-z0-9]/.test(s) || /[\p{L}\p{N}]/u.test(s);
}
