// The subject of a sentence, read up to its first verb after any fronted phrase ("After the match,",
// "Speaking to reporters,"), and the subject of a later coordinated clause ("… and Baker, its chair, said").
import { CUES, FRONTED, PREP, PRONOUN, VERBISH, adjectival, auxOrAdverb, dayBefore, isLower } from './word-classes';
import { gapHas, wordsIn, type W } from './words';
import judging from '../data/quote-judging-verbs.json';

/** Verbs of judging aloud ('hails', 'slams', 'praised'): a headline's or a lede's verb as much as 'says' is
 *  (finite forms only: not 'tribute(s)', a noun, nor an -ing form, a gerund as often). */
const JUDGING: ReadonlySet<string> = new Set(judging.words.filter((w) => /(?:ed|s)$/.test(w) && !/^tribute/.test(w)));

/** "Ferris hails 'heroes'", "Minister slams …": a judging verb in -s right after a capitalized word. */
const CAPITAL = /^\p{Lu}/u;
const judgingAfterName = (ws: W[], k: number) =>
  JUDGING.has(ws[k].l) && (!ws[k].l.endsWith('s') || CAPITAL.test(ws[k - 1].w));

// "Asked whether she would run, Smith said …", "Pressed on the point, she smiled.": a fronted participle in -ed
const ASKED = /^(?:Asked|Pressed|Questioned)$/;

// "Due to the storm, …", "Thanks to the grant, …": a fronted phrase
const FRONTED_TO = /^(?:due|thanks|owing|prior|next|close) to$/;

const WEEKDAY_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * A capitalized -ing word opening a sentence is a fronted participle ("Speaking to reporters, …", "Writing in
 * the Times, …") unless it is a name that is the subject: followed by its verb, a comma or another capitalized
 * word ("Boeing said", "Manning rejected", "Beijing, which …", "Boeing Co. said"; not "Speaking Monday, …").
 */
function frontedParticiple(text: string, ws: W[]): boolean {
  const [w, next] = ws;
  if (!w.l.endsWith('ing') || isLower(w)) return false;
  if (!next) return true;
  if (CUES.has(next.l) || VERBISH.test(next.l) || /..ed$/.test(next.l) || gapHas(text, w, next, /,/)) return false;
  return isLower(next) || WEEKDAY_MONTH.test(next.l);
}

/**
 * "The World Bank estimates that …", "Goldman Sachs expects that …": a word in -s after a capitalized name and
 * before "that" is the name's verb in the present, not a plural noun of the subject.
 */
function presentBeforeThat(ws: W[], k: number): boolean {
  const w = ws[k];
  return (
    k > 0 &&
    ws[k + 1]?.l === 'that' &&
    /^\p{Ll}{3,}s$/u.test(w.w) &&
    !/(?:ss|us|is)$/.test(w.l) &&
    /^\p{Lu}/u.test(ws[k - 1].w) &&
    !/^(?:the|a|an)$/.test(ws[k - 1].l)
  );
}

/**
 * "The 24-year-old hurt her wrist", "The striker broke his leg": a lower-case word (no preposition) followed by a
 * possessive is a verb, irregular in the past as many are (no -ed), and ends the subject before it.
 */
function verbBeforePossessive(ws: W[], k: number): boolean {
  const next = ws[k + 1];
  return (
    !!next && /^(?:his|her|their)$/.test(next.w) && ws[k].l.length > 2 && !PREP.test(ws[k].l) && !/ly$/.test(ws[k].l)
  );
}

/**
 * Subject of the sentence starting at `from`: skip a fronted phrase ("After the match,", "In a statement,"),
 * then take words up to the first verb-like word. Appositions stay inside ("Todd Tiahrt, a Kansas
 * representative,"). Null when no verb is found within 24 words (appositions can be long).
 */
export function subjectOf(text: string, from: number, to: number): { start: number; end: number } | null {
  const ws = wordsIn(text, Math.max(from, to - 600), to);
  let i = 0;
  // "But Gonzalez, 54, said": a conjunction opening the sentence is not a fronted phrase up to the comma
  if (ws.length > 1 && /^(?:and|but|or|yet|so)$/.test(ws[0].l)) i = 1;
  // "Earlier Saturday, Yoon apologized", "Meanwhile, the ministry said": the subject starts after the comma
  else if (ws.length > 1 && FRONTED.has(ws[0].l)) {
    const comma = ws.findIndex((w, k) => k + 1 < ws.length && k < 4 && gapHas(text, w, ws[k + 1], /,/));
    if (comma >= 0) i = comma + 1;
  }
  const f = i;
  if (
    ws.length &&
    ((i === 0 &&
      (PREP.test(ws[0].w) ||
        frontedParticiple(text, ws) ||
        FRONTED_TO.test(ws[0].l + ' ' + (ws[1]?.l ?? '')) ||
        ASKED.test(ws[0].w))) ||
      // "But in a separate session with sailors …, the Pentagon chief said": a fronted phrase after the conjunction
      (i === 1 && ws.length > 2 && PREP.test(ws[1].w)))
  ) {
    // fronted phrase: up to the first comma; without a comma, a pronoun subject right after it
    while (i + 1 < ws.length && i - f < 10 && !gapHas(text, ws[i], ws[i + 1], /,/)) i++;
    if (i - f >= 10 || i + 1 >= ws.length) {
      for (let k = f + 1; k < Math.min(ws.length - 1, f + 12); k++) {
        if (
          /^(?:he|she|they|we|i)$/.test(ws[k].w) &&
          (CUES.has(ws[k + 1].l) || VERBISH.test(ws[k + 1].l) || ws[k + 1].l.endsWith('ed'))
        ) {
          return { start: ws[k].s, end: ws[k].e };
        }
      }
      return null;
    }
    i++;
  }
  const start = i;
  for (let k = i; k < ws.length && k - start < 24; k++) {
    const l = ws[k].l;
    const lower = ws[k].w[0] === l[0];
    if (
      lower &&
      k > start &&
      !adjectival(ws, k) &&
      (CUES.has(l) ||
        VERBISH.test(l) ||
        (l.endsWith('ed') && l.length > 4) ||
        presentBeforeThat(ws, k) ||
        verbBeforePossessive(ws, k) ||
        judgingAfterName(ws, k))
    ) {
      if (k === start) return null;
      let end = k - 1;
      while (end > start && auxOrAdverb(ws, end)) end--;
      // "Nasdaq, meanwhile, says": a sentence adverb set off by commas is not part of the subject
      while (end > start && FRONTED.has(ws[end].l) && gapHas(text, ws[end - 1], ws[end], /,/)) end--;
      const day = dayBefore(ws, end);
      if (end - day >= start) end -= day;
      return { start: ws[start].s, end: ws[end].e };
    }
    if (lower && k === start && PRONOUN.test(l)) return { start: ws[k].s, end: ws[k].e };
    // "Patty Murray, who hails from …, said": the subject ends before the relative clause
    if (
      k > start &&
      /^(?:who|which|in|on|at|during|after|before|while)$/.test(l) &&
      gapHas(text, ws[k - 1], ws[k], /,/)
    )
      return { start: ws[start].s, end: ws[k - 1].e };
  }
  return null;
}

/**
 * A sentence told in the present ("Gonzalez laughs at the praise.", "She shrugs."), which subjectOf does not read
 * (a verb in -s looks like a plural): a capitalized name of up to four words, or he/she, then such a verb.
 */
export function presentSubject(text: string, from: number, to: number): { start: number; end: number } | null {
  const ws = wordsIn(text, from, Math.min(to, from + 200));
  let k = 0;
  while (k < ws.length && k < 4 && !isLower(ws[k])) k++;
  const v = ws[k];
  if (k === 0 || !v || !/^\p{Ll}{2,}s$/u.test(v.w) || /(?:ss|us|is)$/.test(v.l)) return null;
  if (ws.slice(0, k).some((w, i) => i > 0 && gapHas(text, ws[i - 1], w, /[,;:.]/))) return null;
  return { start: ws[0].s, end: ws[k - 1].e };
}

/**
 * `Eich stepped down and Mitchell Baker, its chairwoman, posted a statement: "…"`: after the sentence's subject
 * and its verb (from `from`, the subject's end), a conjunction opening a clause of its own, a subject and a verb
 * before `to`, gives the words to that clause's subject. Null when there is none.
 */
export function lastClauseSubject(text: string, from: number, to: number): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(from, to).matchAll(CLAUSE_OPEN)) {
    const at = from + m.index + m[0].length;
    // "by the attorneys general of Colorado, New Jersey and Vermont, says": the last item of a list of names
    // opens no clause (the text before "and" is bounded, so the test costs the same per match)
    if (LIST_BEFORE.test(text.slice(Math.max(from, from + m.index - 60), from + m.index))) continue;
    const subj = subjectOf(text, at, to);
    if (subj && subj.start === at && subj.end < to - 2) found = subj;
  }
  return found;
}
const CLAUSE_OPEN = /[,;]?\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an)\s+\p{Ll}|\p{Lu})/gu;
const LIST_BEFORE =
  /\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2},\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/**
 * `She pauses, then smiles. "…"`: a sentence opening with "He" or "She" and a lower-case word (its verb, whatever
 * its form) has that pronoun as its subject. Null otherwise.
 */
export function pronounOpening(text: string, from: number, to: number): { start: number; end: number } | null {
  const ws = wordsIn(text, from, Math.min(to, from + 40));
  if (ws.length < 2 || !/^(?:He|She)$/.test(ws[0].w) || !isLower(ws[1]) || gapHas(text, ws[0], ws[1], /[^\s]/))
    return null;
  return { start: ws[0].s, end: ws[0].e };
}
