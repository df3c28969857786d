// Step: capitalized names the tagger missed, found by news conventions (surname reused, role or verb beside).
import {
  adjacent,
  Cap,
  DOC_ALONE,
  DOC_SAID,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_NONPER,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACE_PHRASES, PLACES } from '../names-places';
import {
  OPENERS,
  ORG_AFTER,
  ORG_OF,
  PERSON_OBJECT_VERBS,
  PERSON_SUBJECT_VERBS,
  PERSON_VERBS,
  ROLE_WORDS,
  STRONG_TITLES,
  TITLES,
} from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, eastAsianName, NOT_ROLE, opensClause } from './context';

/**
 * News convention: a person is named in full once, then by surname. A two- or three-word capitalized name
 * the tagger missed ("Romelu Lukaku") whose last word recurs alone elsewhere ("Lukaku scored") is a person.
 */
function addReusedNames(
  text: string,
  toks: NameTok[],
  ms: Mention[],
  ev: Map<string, number>,
  lex: Lexicon,
): Mention[] {
  const taken = new Set<number>();
  const endsAt = new Set<number>();
  const startsAt = new Set<number>();
  for (const m of ms) {
    for (let i = m.a; i <= m.b; i++) taken.add(i);
    if (m.b > m.a) {
      endsAt.add(m.b);
      startsAt.add(m.a);
    }
  }
  const singleAt = new Set<number>();
  for (const m of ms) if (m.a === m.b) singleAt.add(m.a);
  const knownLast = new Set<string>();
  for (const m of ms) knownLast.add(toks[m.b].norm);
  const isSep = (t: NameTok | undefined) => !!t && (t.norm === ',' || t.norm === 'and' || t.norm === '&');
  // "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": a name listed next to a full name is a name
  const besidePerson = (a: number, b: number) => {
    let i = a - 1;
    while (i >= 0 && isSep(toks[i]) && a - i <= 2) i--;
    if (i < a - 1 && endsAt.has(i)) return true;
    let j = b + 1;
    while (j < toks.length && isSep(toks[j]) && j - b <= 2) j++;
    return j > b + 1 && startsAt.has(j);
  };
  const added: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].cap !== Cap.Title || taken.has(i)) continue;
    if (TITLES.has(bare(toks[i].norm))) continue; // "Rep. Alexandria Ocasio-Cortez" starts after the title
    let j = i;
    while (
      j + 1 < toks.length &&
      (toks[j + 1].cap === Cap.Title || toks[j + 1].cap === Cap.Initial) &&
      adjacent(text, toks[j], toks[j + 1])
    )
      j++;
    // "Refugee Council Enver Solomon": a name may follow an organization's or a title's last word
    let a0 = i;
    // "Park Joo-Ho": a family name that is also an organization word ("Park") still opens the name
    const ea = j === i + 1 && eastAsianName(toks, { a: i, b: j });
    for (let k = j - 1; k >= i && !ea; k--) {
      const w = bare(toks[k].norm);
      // "Ambassador to the United States Hamdullah Mohib": or a place's name (not as the first word: "Georgia Smith")
      const place = k > i && (PLACES.has(w) || PLACE_PHRASES.has(toks[k - 1].norm + ' ' + w));
      // "beat Czech Jiri Novak", "behind Dutchman Erik Breukink": a nationality before a given name is not in
      // the name ("American Boy Scouts" is no name: a common word follows)
      const nationality =
        DEMONYMS.has(w) && ((lex.get(bare(toks[k + 1].norm)) ?? 0) & (LEX_FIRST | LEX_COMMON)) === LEX_FIRST;
      if (ORG_AFTER.has(w) || ORG_OF.has(w) || TITLES.has(w) || place || nationality) {
        a0 = k + 1;
        break;
      }
    }
    if (a0 < j && opensClause(toks, a0) && OPENERS.has(toks[a0].norm)) a0++; // "Meanwhile Volodymyr Zelensky"
    const len = j - a0 + 1;
    const seq = { a: a0, b: j };
    const i0 = i;
    i = j;
    const prevTok = toks[seq.a - 1];
    const titled = !!prevTok && STRONG_TITLES.has(bare(prevTok.norm)) && prevTok.cap !== Cap.None;
    // "O'Rourke", "O'Brien": the Irish O' prefix marks a surname even alone
    const irish = len === 1 && /^o['’]\p{L}{2,}$/u.test(toks[seq.a].norm);
    if ((len < 2 && !titled && !irish) || len > 3 || toks[seq.b].cap !== Cap.Title) continue;
    let bad = false;
    for (let k = seq.a; k <= seq.b; k++) {
      // the tagger may have kept only the surname ("Enver [Solomon]"): the full name replaces it
      if (taken.has(k) && !(k === seq.b && singleAt.has(k))) bad = true;
      const w = bare(toks[k].norm);
      const bits = lex.get(w) ?? 0;
      // "Alexandria Ocasio-Cortez", "Moon Jae-in" (a family name that is also a common noun)
      const nonper = bits & LEX_NONPER && !(k === seq.a && (bits & LEX_FIRST || ea));
      // a given name that is also a common word ("Drew Cass", "Chick Corea") may open a full name
      // …and a surname that is also a common word ("Jim Press", "Tim Cook") may end one after a plain given name
      const firstBits = lex.get(bare(toks[seq.a].norm)) ?? 0;
      const common =
        bits & LEX_COMMON &&
        !(k === seq.a && seq.b > seq.a && (bits & (LEX_FIRST | LEX_NAME)) === (LEX_FIRST | LEX_NAME)) &&
        !(k === seq.b && k === seq.a + 1 && (firstBits === LEX_FIRST || firstBits === (LEX_FIRST | LEX_NAME)));
      if (common || nonper || (ORG_AFTER.has(w) && !ea) || DEMONYMS.has(w) || TITLES.has(w) || toks[k].allCaps)
        bad = true;
    }
    const prev = toks[seq.a - 1];
    if (bad || (prev && (prev.norm === 'the' || prev.norm === 'of'))) continue;
    const last = (ev.get(toks[seq.b].norm) ?? 0) & (DOC_ALONE | DOC_SAID);
    // a middle initial ("Mario J. Lucero") marks a person's name
    const middleInitial = len === 3 && toks[seq.a + 1].cap === Cap.Initial && toks[seq.a].cap === Cap.Title;
    const knownSurname = len >= 2 && knownLast.has(toks[seq.b].norm);
    // "chairman of Chrysler LLC Jim Press": a known given name right after an organization's last word
    const afterOrg =
      len >= 2 &&
      a0 > i0 &&
      ORG_AFTER.has(bare(toks[a0 - 1].norm)) &&
      !!((lex.get(bare(toks[a0].norm)) ?? 0) & LEX_FIRST);
    // "Dutchman Erik Breukink", "Swiss Alex Zuelle": a nationality, then a known given name
    const afterNationality =
      len >= 2 &&
      a0 > i0 &&
      DEMONYMS.has(bare(toks[a0 - 1].norm)) &&
      !!((lex.get(bare(toks[a0].norm)) ?? 0) & LEX_FIRST);
    const cue =
      len >= 2 &&
      (roleBeside(text, toks, seq) ||
        personVerbBeside(toks, seq) ||
        eastAsianName(toks, seq) ||
        afterOrg ||
        afterNationality);
    if (last || middleInitial || knownSurname || titled || irish || besidePerson(seq.a, seq.b) || cue) {
      added.push(seq);
    }
  }
  if (!added.length) return ms;
  const replaced = new Set(added.map((m) => m.b));
  return [...ms.filter((m) => !(m.a === m.b && replaced.has(m.a))), ...added].sort((x, y) => x.a - y.a);
}

const IS_ROLE = /^\s+(?:is|was)\s+(?:a|an)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

const ROLE_AFTER = /^,\s+(?:(?:a|an|the|\p{Lu}[\p{L}.]*['’]s)\s+)?((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s*[,.;)]/u;

/** A role word, or its plural before a list of names ("fast bowlers Wasim Akram and Waqar Younis"). */
const isRole = (w: string) => ROLE_WORDS.has(w) || (w.length > 4 && w.endsWith('s') && ROLE_WORDS.has(w.slice(0, -1)));

/** "goalkeeper Mouez Hassen", "Hernan Dario Gomez, Panama coach, said": a role word beside the name. */
function roleBeside(text: string, toks: NameTok[], m: Mention): boolean {
  const p = toks[m.a - 1];
  if (p && p.cap === Cap.None && isRole(p.norm)) return true;
  if (p && p.norm === ',' && toks[m.a - 2]?.cap === Cap.None && isRole(toks[m.a - 2].norm)) return true;
  const rest = text.slice(toks[m.b].end, toks[m.b].end + 80);
  // "Oleg Gazmanov is a Russian singer", "Emil Touma was a Palestinian historian"
  const is = IS_ROLE.exec(rest);
  if (
    is &&
    is[1]
      .toLowerCase()
      .split(/\s+/)
      .some((w) => ROLE_WORDS.has(w))
  )
    return true;
  const after = ROLE_AFTER.exec(rest);
  if (!after || !/\p{Ll}/u.test(after[1]) || NOT_ROLE.test(after[1])) return false;
  return after[1]
    .toLowerCase()
    .split(/\s+/)
    .some((w) => ROLE_WORDS.has(w));
}

/**
 * "Dries Mertens scored", "…, said Ferjani Sassi", "thanked Olaf Scholz", "Russia's Sergey Lavrov": a person's
 * verb right after, "said" or a verb that takes a person right before, or another name's possessive before.
 */
function personVerbBeside(toks: NameTok[], m: Mention): boolean {
  let n: NameTok | undefined = toks[m.b + 1];
  if (n && (n.norm === ',' || n.norm === '"' || n.norm === '”')) n = undefined;
  if (n && n.cap === Cap.None && PERSON_VERBS.has(n.norm)) return true;
  const p = toks[m.a - 1];
  // these two cues are weaker ("welcomed Bayern Munich", "Apple's Vision Pro"): never with a place name inside,
  // and the possessive only after a country or city
  let place = false;
  for (let k = m.a; k <= m.b; k++) if (PLACES.has(toks[k].norm)) place = true;
  if (!place && p && p.cap === Cap.None && PERSON_OBJECT_VERBS.has(p.norm)) return true;
  if (!place && n && n.cap === Cap.None && PERSON_SUBJECT_VERBS.has(n.norm)) return true;
  if (!place && p && (p.norm === "'s" || p.norm === '’s') && PLACES.has(toks[m.a - 2]?.norm ?? '')) return true;
  return !!p && p.cap === Cap.None && (p.norm === 'said' || p.norm === 'says' || p.norm === 'by');
}

/** A second pass sees names listed next to the ones the first pass added; at most three passes. */
export const addMissedNames: Step = (doc, ms) => {
  for (let pass = 0; pass < 3; pass++) {
    const n = ms.length;
    ms = addReusedNames(doc.text, doc.toks, ms, doc.ev, doc.lex);
    if (ms.length === n) break;
  }
  return ms;
};
