// The summary's sentences said in fewer words, as a one-sentence human summary says them: a phrase at the start that
// only points the reader ("In fact, …", "Moreover, …") and a person's age after the name ("Smith, 45, said") are
// left out. Nothing that says who claimed what, or that turns a statement around (a contrast, a cause, a time), is
// touched: the sentence shown stays true to the article. Two regular expressions over the sentence: linear.
import words from '../data/summary-words.json';

// "In fact, he…": the opening phrase and its comma (the phrase alone, not "In fact the…")
const OPENER = new RegExp(`^(?:${words.discourseOpeners}),\\s+(?=\\S)`, 'iu');
// "Jane Smith, 45, said": an age of one or two figures (not a year, not "0") between commas after a capitalised
// word that is not a month ("in May, 12, …"), before a word in lower case (not a list of results: "Leeds, 3, Hull, 1")
const AGE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’.-]*), (?:[1-9]\d?|1[01]\d),(?= (\p{Ll}+))/gu;
// what AGE needs first: a comma, a space and a figure 1-9 (a quick test; the replace tries its look-behind at
// every position)
const AGE_FIGURE = /, [1-9]/;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
// the age's second comma stays where it opens something: a second appositive or a place ("Smith, 45, a teacher,
// said"; "Smith, 45, of Leeds")
const COMMA_NEXT = /^(?:a|an|the|of|from|who|whose)$/i;
// a name of up to four capitalised words after a comma: an appositive ("The driver, Tom Reyes, 19, was…") whose
// closing comma is the age's, or a name after an opening phrase ("On Monday, Tom Reyes, 19, was…"); the two cannot be
// told apart here, and the age stays
const AFTER_COMMA = /,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;
const LOOK_BACK = 80;

/** The sentence as shown in the summary: an opening phrase that only points the reader and ages after names left out. */
export function compress(s: string): string {
  let t = s;
  const m = OPENER.exec(t);
  if (m) {
    const rest = t.slice(m[0].length);
    // the rest opens with a capital, a figure or a quotation mark as it is, or with a word in lower case that takes
    // a capital ("he" → "He"); a word like "iPhone" would not, and the phrase stays
    if (/^[\p{Lu}\p{N}"“‘']/u.test(rest)) t = rest;
    else if (/^\p{Ll}+[\s,]/u.test(rest)) t = rest[0].toUpperCase() + rest.slice(1);
  }
  if (AGE_FIGURE.test(t)) t = t.replace(AGE, ageOut);
  return t;
}

function ageOut(m: string, word: string, next: string, at: number, all: string): string {
  if (MONTH.test(word)) return m;
  // a bounded look back: the whole pass stays linear in the sentence
  if (AFTER_COMMA.test(all.slice(Math.max(0, at - LOOK_BACK), at))) return m;
  return word + (COMMA_NEXT.test(next) ? ',' : '');
}
