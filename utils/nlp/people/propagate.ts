// Step: the words of a full name, alone elsewhere in the text, are the same person.
import {
  adjacent,
  Cap,
  DOC_ORG,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_NONPER,
  LEX_SURNAME,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { EPONYMOUS, MONONYMS, NAME_SUFFIXES, OPENERS, PARTICLES, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, opensClause } from './context';
import { cutName, prefixedAt } from './hyphen-affixes';
import { TokKind } from '../tokens';
import { orgContext } from './org-context';
import { givenNameBefore } from './particles';

const ARTICLES = new Set(['the', 'a', 'an']);
/** Regnal numerals name suffixes.json does not list: "I" is also the pronoun, "V" and "X" letters. */
const NUMERALS = new Set(['i', 'v', 'vi', 'vii', 'viii', 'ix', 'x']);
const AUX = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'did']);

/**
 * News convention: after "Bernie Sanders", "Sanders" (or "Bernie") alone is the same person, even
 * where the tagger missed it. Only words of multi-word names (or of a table's names) spread, and never into an
 * organization.
 */
function propagate(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon, ev: Map<string, number>): Mention[] {
  const { known, tagged } = knownWords(text, toks, ms, lex);
  if (!known.size) return ms;
  const added: Mention[] = [];
  // a small loop, each word judged apart: a rare branch taken late recompiles only sameName
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // "anti-Trump", "post-Mugabe": a known person's name after a listed prefix in one lower-case token
    if (t.cap === Cap.None && t.norm.length > 5 && prefixedName(text, t, known)) {
      added.push({ a: i, b: i, listed: false });
      continue;
    }
    if (t.cap !== Cap.Title || tagged.has(i) || !known.has(t.norm)) continue;
    if (!sameName(text, toks, i, lex, ev, known)) continue;
    const p = toks[i - 1];
    const given =
      !!p && p.cap !== Cap.None && !tagged.has(i - 1) && adjacent(text, p, t) && givenOpens(text, toks, i - 1, lex);
    const full = { a: i - 1, b: i, listed: false };
    // "Friends of Bernie Sanders": the full name inside an organization's is none
    if (given && orgContext(text, toks, full, lex, known)) continue;
    added.push(given ? full : { a: i, b: i, listed: false });
  }
  return added.length ? [...ms, ...joinHeadlineRuns(text, toks, added)].sort((x, y) => x.a - y.a) : ms;
}

/** "anti-Trump" when "Trump" is a known name word here. */
function prefixedName(text: string, t: NameTok, known: Set<string>): boolean {
  const at = prefixedAt(text, t);
  return at >= 0 && known.has(t.norm.slice(at - t.start));
}

/** The words that spread (of multi-word names, or a table's lone names) and the tokens inside a mention. */
function knownWords(
  text: string,
  toks: NameTok[],
  ms: Mention[],
  lex: Lexicon,
): { known: Set<string>; tagged: Set<number> } {
  const known = new Set<string>();
  const tagged = new Set<number>();
  for (const m of ms) {
    for (let i = m.a; i <= m.b; i++) tagged.add(i);
    const w = cutName(text, toks, m).words; // "Jeff Bezos-owned": "Bezos" spreads
    // "Bad Bunny", "The Weeknd": a stage name's words are not names alone
    if (w.length >= 2 && MONONYMS.get(w[0])?.some((ws) => ws.length === w.length && ws.every((x, k) => x === w[k])))
      continue;
    if (w.length >= 2 || (w.length === 1 && (m.b > m.a || afterInitials(text, toks, m.a)))) {
      // "Charles I", "Nippers I": a numeral or suffix is no name alone (the pronoun "I" would spread everywhere)
      if (!NAME_SUFFIXES.has(w[w.length - 1]) && !NUMERALS.has(w[w.length - 1])) known.add(w[w.length - 1]);
      // …and its first word, unless it is a common word and no name's ("In" of "In Chhokar, Jagdeep" in a citation)
      const b0 = lex.get(w[0]) ?? 0;
      if (b0 & LEX_FIRST || (w.length === 2 && !(b0 & LEX_COMMON && !(b0 & (LEX_NAME | LEX_SURNAME))))) known.add(w[0]);
    }
    // "Erik ten Hag": "ten hag" is known, so "Ten Hag" opening a sentence is the same person (particles.ts joins it)
    for (let i = m.a + 1; i <= m.b; i++) {
      const p = toks[i - 1];
      if (p.cap === Cap.None && PARTICLES.has(p.norm)) known.add(p.norm + ' ' + toks[i].norm);
    }
    // a surname a line-up or a results table gave ("Kasparov ( Russia ) 1") is that player in the standings too
    if (m.listed && w.length === 1) known.add(w[0]);
  }
  return { known, tagged };
}

/**
 * "J.C. Chandor": the tagger took the surname, and extendNames joins the initials only later; the surname of
 * a name written with initials is a full name's, so it spreads ("Chandor attributed…" further down).
 */
function afterInitials(text: string, toks: NameTok[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.cap === Cap.Initial && !p.allCaps && /^(?:[a-z]\.)+$/.test(p.norm) && adjacent(text, p, toks[i]);
}

/**
 * A known given name opening a run of capitals at toks[g] ("Declan" in "praise for Declan Rice"), before a word
 * that can be a surname ("Solomon Islands", "Palm Springs" name places).
 */
function givenOpens(text: string, toks: NameTok[], g: number, lex: Lexicon): boolean {
  const q = toks[g - 1];
  if (q && q.cap !== Cap.None && adjacent(text, q, toks[g])) return false;
  const bits = lex.get(toks[g + 1].norm) ?? 0;
  const surname = (bits & (LEX_FIRST | LEX_NAME | LEX_SURNAME)) !== 0 || (bits & (LEX_NONPER | LEX_COMMON)) === 0;
  return surname && ((lex.get(toks[g].norm) ?? 0) & LEX_FIRST) !== 0 && givenNameBefore(toks[g], lex);
}

/** Whether the known name word toks[i], alone, is that person here (not part of a longer name or a thing's). */
function sameName(
  text: string,
  toks: NameTok[],
  i: number,
  lex: Lexicon,
  ev: Map<string, number>,
  known: Set<string>,
): boolean {
  const t = toks[i];
  // not inside a longer capitalized sequence ("Sanders Institute" is caught by orgContext; "Ford Foundation")
  const p = toks[i - 1];
  const n = toks[i + 1];
  // in a headline in capitals every neighbour is capitalized: "MUSK SAYS TWITTER DEAL ON HOLD"
  if (
    !t.allCaps &&
    p &&
    p.cap !== Cap.None &&
    adjacent(text, p, t) &&
    !TITLES.has(bare(p.norm)) &&
    !known.has(p.norm + ' ' + t.norm) && // "Ten Hag" after "Erik ten Hag"
    !(OPENERS.has(p.norm) && opensClause(toks, i - 1)) && // "However Santorum left"
    !givenOpens(text, toks, i - 1, lex) // "praise for Declan Rice" after a line-up's "Rice": the full name
  )
    return false;
  if (!t.allCaps && n && n.cap !== Cap.None && n.cap !== Cap.Initial && adjacent(text, t, n)) return false;
  // "FORD RECALLS 1 MILLION TRUCKS" in a story about Ford Motor, even when Henry Ford is named too
  if (t.allCaps && (EPONYMOUS.has(t.norm) || (ev.get(t.norm) ?? 0) & DOC_ORG)) return false;
  // "the Falcons won", "the Laboratory's director": after an article the word names a thing or a team; "the
  // Cruise video" is still the person (a noun follows that the name modifies)
  if (p && ARTICLES.has(p.norm) && !(n && n.kind === TokKind.Word && n.cap === Cap.None && !AUX.has(n.norm)))
    return false;
  return !orgContext(text, toks, { a: i, b: i, listed: false }, lex, known);
}

/** "XI JINPING HOLD TALKS": adjacent name words of a headline are one mention. */
function joinHeadlineRuns(text: string, toks: NameTok[], added: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (const m of added) {
    const last = joined[joined.length - 1];
    if (last && last.b === m.a - 1 && toks[m.a].allCaps && adjacent(text, toks[last.b], toks[m.a])) last.b = m.b;
    else joined.push(m);
  }
  return joined;
}

export const addNameReuses: Step = (doc, ms) => propagate(doc.text, doc.toks, ms, doc.lex, doc.ev);
