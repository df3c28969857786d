// The attribution before a quotation's opening mark in the same sentence: `X said: "…"`, `X told reporters
// that "…"`, `…, saying "…"`, `according to X, "…"`, `"…," said Obama, "…"`.
import { antecedentOf } from './antecedent';
import type { Attribution } from './attribution';
import { invertedSubjectEnd } from './inverted';
import { lastClauseSubject, subjectOf } from './subject';
import {
  BOUNDARY,
  CUES,
  DOC,
  PASSIVE,
  PREP,
  PRONOUN,
  RELEASE,
  SUBORD,
  adjectival,
  auxOrAdverb,
  dayBefore,
  isParticiple,
} from './word-classes';
import { breakBetween, gapHas, wordsIn, type W } from './words';

/** Words that open a noun phrase in lower case (a determiner, a possessive, a number word). */
const OPENS_NOUN_PHRASE =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|one|some|every|each|no|two|three|several|many|most|all|both)$/;

/**
 * Cue before the opening mark in the same sentence: `X said: "…"`, `X told reporters that "…"`,
 * `…, saying "…"`. `from` bounds the search (sentence start or the previous quotation), `sentStart` is where
 * the sentence's subject starts.
 */
export function attributionBefore(text: string, open: number, from: number, sentStart: number): Attribution | null {
  const ws = wordsIn(text, from, open);
  // words inside a parenthesis that closes before the quotation are an aside, not the attribution
  const aside = new Uint8Array(ws.length);
  let depth = 0;
  for (let k = ws.length - 1, pos = open; k >= 0; k--) {
    const gap = text.slice(ws[k].e, pos);
    for (let c = gap.length - 1; c >= 0; c--) {
      if (gap[c] === ')') depth++;
      else if (gap[c] === '(' && depth > 0) depth--;
    }
    if (depth > 0) aside[k] = 1;
    pos = ws[k].s;
  }
  for (let k = ws.length - 1; k >= 0 && ws.length - k <= 24; k--) {
    const l = ws[k].l;
    if (aside[k]) continue;
    if (l === 'according' && ws[k + 1]?.l === 'to') {
      const a = k + 2;
      let b = a;
      // the phrase ends with its clause or its sentence ("according to a transcript. They take time")
      while (b < ws.length && b - a < 8 && !(b > a && gapHas(text, ws[b - 1], ws[b], /[,:;]|[.!?]\s/))) b++;
      if (b > a) return { start: ws[a].s, end: ws[b - 1].e, cue: 'according to', clauseEnd: open };
      continue;
    }
    if (!CUES.has(l) || adjectival(ws, k)) continue;
    // passive ("a stranding that was described as"): the subject is what is described, not who speaks
    if (k > 0 && PASSIVE.test(ws[k - 1].w) && /(?:ed|told|written|said)$/.test(l)) return null;
    // "called" and "described" take an object: `called the discussion "…"`, but not `a group called "…"`
    if (
      (l === 'called' || l === 'quoted') &&
      k > 0 &&
      /^(?:a|an|the|group|company|program|site|website|book|film|is|was|be|been)$/i.test(ws[k - 1].w) &&
      l === 'called'
    )
      continue;
    let b = k;
    while (b > 0 && auxOrAdverb(ws, b - 1) && !gapHas(text, ws[b - 1], ws[k], /[,;:]/)) b--;
    const day = dayBefore(ws, b - 1);
    if (day && b - day > 0 && !gapHas(text, ws[b - 1 - day], ws[k], /[,;:]/)) b -= day;
    const prevW = b > 0 ? ws[b - 1] : null;
    if (prevW && PRONOUN.test(prevW.l) && !gapHas(text, prevW, ws[k], /[,;:]/)) {
      return { start: prevW.s, end: prevW.e, cue: ws[k].w, clauseEnd: open };
    }
    if (isParticiple(l)) {
      // "a message stating" / "one poster writing": the noun phrase right before; "X released a statement saying":
      // the sentence's subject; ", saying": the sentence's subject
      if (prevW && !PREP.test(prevW.w) && !gapHas(text, prevW, ws[k], /[,;:()]/)) {
        let a = b - 1;
        while (
          a > 0 &&
          !BOUNDARY.test(ws[a - 1].w) &&
          !RELEASE.test(ws[a - 1].w) &&
          !/(?:ing|ed)$/.test(ws[a - 1].l) &&
          !gapHas(text, ws[a - 1], ws[a], /[,;:()]/) &&
          b - a < 8
        )
          a--;
        const np = ws.slice(a, b);
        const isDoc = np.some((w) => DOC.test(w.w));
        const releasedBy = a > 0 && RELEASE.test(ws[a - 1].w);
        // "posted to Twitter asking", "a letter to the board stating": the complement of a preposition is not
        // who speaks; the sentence's subject is
        // ("with one poster writing", "with Boswell stating": the noun phrase after "with" does the speaking)
        const complement =
          a > 0 && PREP.test(ws[a - 1].w) && ws[a - 1].l !== 'with' && !gapHas(text, ws[a - 1], ws[a], /[,;:()]/);
        if (!(isDoc && releasedBy) && !complement && !BOUNDARY.test(np[0].w)) {
          return { start: np[0].s, end: np[np.length - 1].e, cue: ws[k].w, clauseEnd: open };
        }
      }
      // `Netanyahu's party, which tried to rally support by saying "…"`: a participle inside a relative clause
      // still open (no comma since its pronoun) speaks for what the pronoun stands for
      const rel = relativeBefore(text, ws, k);
      const ante = rel >= 0 ? antecedentOf(text, ws, rel) : null;
      if (ante) return { ...ante, cue: ws[k].w, clauseEnd: open };
      // `"…," she said, adding: "…"`: in a sentence that opens with a quotation, the subject of its attribution
      const opensWithQuote = from > sentStart && /^\s*["“]/.test(text.slice(sentStart, from));
      const subj = (opensWithQuote ? subjectOf(text, from, ws[k].e) : null) ?? subjectOf(text, sentStart, ws[k].e);
      if (subj) return { ...subj, cue: ws[k].w, clauseEnd: open };
      continue;
    }
    let a = b;
    while (a > 0 && b - a < 12) {
      if (gapHas(text, ws[a - 1], ws[a], /[,;:—–()]/)) break;
      if (BOUNDARY.test(ws[a - 1].w) && !/^(?:of|with|for|at|in|on|from|to)$/i.test(ws[a - 1].w)) break;
      a--;
    }
    while (a < b && SUBORD.test(ws[a].w)) a++;
    if (a === b) {
      // `"…," said Obama, "…"`: the cue opens the words after the first part; its subject follows it
      const inverted =
        k === 0 && from > sentStart ? invertedSubject(text, ws, open) : k > 0 ? asideSubject(text, ws, k, open) : null;
      // "Charles Roe, an expert at Stanford, who stated": the one the relative pronoun stands for
      const rel = b > 0 && /^(?:who|which)$/.test(ws[b - 1].l) ? antecedentOf(text, ws, b - 1) : null;
      const found = inverted ?? rel;
      if (found) return { ...found, cue: ws[k].w, clauseEnd: open };
    }
    const coordinated =
      a > 0 && /^(?:and|but|or)$/i.test(ws[a - 1].w) && ws.slice(a, b).every((w) => w.w[0] === w.l[0]);
    // "in a reaction to the news European Commissioner Neelie Kroes said": the capitalized run before the verb
    if (a < b && PREP.test(ws[a].w) && !coordinated) {
      let c = b;
      while (c > a + 1 && /^[\p{Lu}]/u.test(ws[c - 1].w) && !gapHas(text, ws[c - 1], ws[b - 1], /[,;:()]/)) c--;
      if (c < b && b - c >= 2) return { start: ws[c].s, end: ws[b - 1].e, cue: ws[k].w, clauseEnd: open };
    }
    if (a === b || PREP.test(ws[a].w) || coordinated) {
      // coordinated verb or fronted phrase: the sentence's subject, or a later clause's ("… and Baker, its chair, said")
      const subj = subjectOf(text, sentStart, ws[k].e);
      // `Walsh added that Swanson surfaced after several seconds, yelled "…"`: a verb joined by a bare comma
      // goes on the clause after "that"
      const listed = a === b && k > 0 && /^\s*,\s*$/.test(text.slice(ws[k - 1].e, ws[k].s));
      const inner = subj && listed ? thatClauseSubject(text, subj.end, ws[k].s) : null;
      if (subj)
        return { ...(inner ?? lastClauseSubject(text, subj.end, ws[k].e) ?? subj), cue: ws[k].w, clauseEnd: open };
      continue;
    }
    // the whole subject when no verb intervenes ("Ralph Crosby, EADS's CEO and ex Northrop executive commented")
    const subj = subjectOf(text, sentStart, ws[k].e);
    if (subj && subj.end === ws[b - 1].e && subj.start < ws[a].s) return { ...subj, cue: ws[k].w, clauseEnd: open };
    // "Rui Paiva, learned to read her notes": a verb and "to" are no subject ("the Court goes on to say" has one)
    if (ws[b - 1].l === 'to' && ws[a].w === ws[a].l && !OPENS_NOUN_PHRASE.test(ws[a].l)) continue;
    return { start: ws[a].s, end: ws[b - 1].e, cue: ws[k].w, clauseEnd: open };
  }
  return null;
}

/** The relative pronoun ("who", "which" after a comma) whose clause word `k` is in, or -1. */
function relativeBefore(text: string, ws: W[], k: number): number {
  for (let j = k - 1; j > 0 && k - j <= 12; j--) {
    if (gapHas(text, ws[j], ws[j + 1], /[,;:()]|[.!?]\s/)) return -1;
    if (/^(?:who|which)$/.test(ws[j].l)) return gapHas(text, ws[j - 1], ws[j], /,/) ? j : -1;
  }
  return -1;
}

/** The subject after a cue that opens `ws`, up to the quotation: `said American president Obama,`. */
function invertedSubject(text: string, ws: W[], open: number): { start: number; end: number } | null {
  if (ws.length < 2 || ws.length > 9 || !/^[\s,;:—–-]*$/.test(text.slice(ws[ws.length - 1].e, open))) return null;
  if (breakBetween(text, ws, 0, ws.length - 1, /[.!?;:]\s/) || PREP.test(ws[1].w)) return null;
  const b = invertedSubjectEnd(text, ws, 1, true);
  return b > 1 ? { start: ws[1].s, end: ws[b - 1].e } : null;
}

/**
 * An inverted cue set off by commas inside the sentence (`The biggest reason, writes Beyer, is "…"`, `The
 * answer, said the mayor, was "…"`): its subject, between the cue and the closing comma.
 */
function asideSubject(text: string, ws: W[], k: number, open: number): { start: number; end: number } | null {
  if (!gapHas(text, ws[k - 1], ws[k], /,/) || isParticiple(ws[k].l)) return null;
  const b = invertedSubjectEnd(text, ws, k + 1);
  if (b === k + 1) return null;
  // the aside closes with a comma, after the subject or a few words of time or place (`said Reed on Monday,`)
  const closed = (j: number) =>
    j >= ws.length ? /^[\s,]*,[\s]*$/.test(text.slice(ws[j - 1].e, open)) : gapHas(text, ws[j - 1], ws[j], /,/);
  for (let j = b; j <= Math.min(ws.length, b + 4); j++) if (closed(j)) return { start: ws[k + 1].s, end: ws[b - 1].e };
  return null;
}

/** The subject (a capitalized name) of the last clause opened by "that" in text[from, to) that has its own verb. */
function thatClauseSubject(text: string, from: number, to: number): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  for (const m of text.slice(from, to).matchAll(/\bthat\s+(?=\p{Lu})/gu)) {
    const at = from + m.index + m[0].length;
    const subj = subjectOf(text, at, to);
    if (subj && subj.start === at && subj.end < to - 2 && /^\p{Lu}/u.test(text.slice(subj.start, subj.end)))
      found = subj;
  }
  return found;
}
