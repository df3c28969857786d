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
  LEX_SURNAME,
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
  KIN_WORDS,
  PERSON_VERBS,
  ROLE_WORDS,
  STRONG_TITLES,
  SURNAME_PARTICLES,
  TITLES,
} from '../wordlists';
import { TokKind } from '../tokens';
import type { Mention, Step } from './doc';
import { bare, eastAsianName, KIN_TITLES, NOT_ROLE, opensClause, titleOfOrg } from './context';

// "O'Rourke", "O'Brien". A module constant: esbuild (tsx) turns a literal with \p{L} alone into a new RegExp on
// every call
const IRISH_O = /^o['’]\p{L}{2,}$/u;

/** The mentions so far, indexed for addReusedNames. */
interface Known {
  /** Tokens inside a mention. */
  taken: Set<number>;
  /** Last and first tokens of the mentions of two or more words. */
  endsAt: Set<number>;
  startsAt: Set<number>;
  /** Tokens that are a mention alone. */
  singleAt: Set<number>;
  /** Last words of the mentions. */
  knownLast: Set<string>;
  /** The words the text writes in lower case somewhere. */
  lower: Set<string>;
}

function known(toks: NameTok[], ms: Mention[], lower: Set<string>): Known {
  const k: Known = {
    taken: new Set(),
    endsAt: new Set(),
    startsAt: new Set(),
    singleAt: new Set(),
    knownLast: new Set(),
    lower,
  };
  for (const m of ms) {
    for (let i = m.a; i <= m.b; i++) k.taken.add(i);
    if (m.b > m.a) {
      k.endsAt.add(m.b);
      k.startsAt.add(m.a);
    }
  }
  for (const m of ms) if (m.a === m.b) k.singleAt.add(m.a);
  for (const m of ms) k.knownLast.add(toks[m.b].norm);
  return k;
}

/**
 * News convention: a person is named in full once, then by surname. A two- or three-word capitalized name
 * the tagger missed ("Romelu Lukaku") whose last word recurs alone elsewhere ("Lukaku scored") is a person.
 * The loop stays small and each question is a function of its own: a short run optimizes the loop once,
 * and a rare branch taken late recompiles only the function that holds it.
 */
function addReusedNames(
  text: string,
  toks: NameTok[],
  ms: Mention[],
  ev: Map<string, number>,
  lex: Lexicon,
  lower: Set<string>,
): Mention[] {
  const k = known(toks, ms, lower);
  const added: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].cap !== Cap.Title || k.taken.has(i)) continue;
    if (TITLES.has(bare(toks[i].norm))) continue; // "Rep. Alexandria Ocasio-Cortez" starts after the title
    const j = runEnd(text, toks, i);
    const seq = reusedName(text, toks, i, j, k, ev, lex);
    if (seq) added.push(seq);
    i = j;
  }
  return added.length ? withAdded(ms, added) : ms;
}

/** The last token of the run of capitalized words and initials from token i, written together. */
function runEnd(text: string, toks: NameTok[], i: number): number {
  let j = i;
  while (
    j + 1 < toks.length &&
    (toks[j + 1].cap === Cap.Title || toks[j + 1].cap === Cap.Initial) &&
    adjacent(text, toks[j], toks[j + 1])
  )
    j++;
  return j;
}

/** The name of the run toks[i..j] that news convention says is a person's, or null. */
function reusedName(
  text: string,
  toks: NameTok[],
  i: number,
  j: number,
  k: Known,
  ev: Map<string, number>,
  lex: Lexicon,
): Mention | null {
  // "Park Joo-Ho": a family name that is also an organization word ("Park") still opens the name
  const ea = j === i + 1 && eastAsianName(toks, { a: i, b: j, listed: false });
  const a0 = nameStart(toks, i, j, ea, lex);
  // "Dick Van Dyke": a capitalized particle inside the name does not count toward its length
  let len = j - a0 + 1;
  for (let k = a0 + 1; k < j; k++) if (SURNAME_PARTICLES.has(toks[k].norm)) len--;
  const seq = { a: a0, b: j, listed: false };
  const prevTok = toks[seq.a - 1];
  // "her Aunt Miranda": a family title before a given name works like a strong title
  const kinTitled =
    !!prevTok &&
    KIN_TITLES.has(prevTok.norm) &&
    prevTok.cap === Cap.Title &&
    ((lex.get(toks[j].norm) ?? 0) & LEX_FIRST) !== 0;
  const titled = !!prevTok && ((STRONG_TITLES.has(bare(prevTok.norm)) && prevTok.cap !== Cap.None) || kinTitled);
  // "O'Rourke", "O'Brien": the Irish O' prefix marks a surname even alone
  const irish = len === 1 && IRISH_O.test(toks[seq.a].norm);
  const apposed = len === 1 && titleOfOrg(text, toks[seq.b], lex);
  if ((len < 2 && !titled && !irish && !apposed) || len > 3 || toks[seq.b].cap !== Cap.Title) return null;
  if (badWords(toks, seq, ea, k, lex) || lowerWord(toks, seq, lex, k.lower)) return null;
  const prev = toks[seq.a - 1];
  if (prev && (prev.norm === 'the' || (prev.norm === 'of' && !ofPerson(toks, seq, lex)))) return null;
  return titled || irish || apposed || reuseCue(text, toks, seq, a0 > i, k, ev, lex) ? seq : null;
}

/**
 * "courtesy of Ian Lyngen", "the wife of Tom Brady": after a lower-case word and "of", a run opened by a
 * known given name is a person's; after a capitalized one it is an organization's ("Bank of England").
 */
function ofPerson(toks: NameTok[], seq: Mention, lex: Lexicon): boolean {
  const before = toks[seq.a - 2];
  return !!before && before.cap === Cap.None && ((lex.get(bare(toks[seq.a].norm)) ?? 0) & LEX_FIRST) !== 0;
}

/**
 * Where the name in the run toks[i..j] starts: "Refugee Council Enver Solomon", a name may follow an
 * organization's or a title's last word; "Meanwhile Volodymyr Zelensky", not the opener.
 */
function nameStart(toks: NameTok[], i: number, j: number, ea: boolean, lex: Lexicon): number {
  let a0 = i;
  for (let k = j - 1; k >= i && !ea; k--) {
    const w = bare(toks[k].norm);
    // "Ambassador to the United States Hamdullah Mohib": or a place's name (not as the first word: "Georgia Smith")
    const place = k > i && (PLACES.has(w) || PLACE_PHRASES.has(toks[k - 1].norm + ' ' + w));
    // "beat Czech Jiri Novak", "behind Dutchman Erik Breukink": a nationality before a given name is not in
    // the name ("American Boy Scouts" is no name: a common word follows)
    const nationality =
      DEMONYMS.has(w) && ((lex.get(bare(toks[k + 1].norm)) ?? 0) & (LEX_FIRST | LEX_COMMON)) === LEX_FIRST;
    if (ORG_AFTER.has(w) || ORG_OF.has(w) || TITLES.has(w) || KIN_TITLES.has(w) || place || nationality) {
      a0 = k + 1;
      break;
    }
  }
  if (a0 < j && opensClause(toks, a0) && OPENERS.has(toks[a0].norm)) a0++;
  return a0;
}

/** Whether a word of the name rules it out (already a mention, a common or organization word, a title…). */
function badWords(toks: NameTok[], seq: Mention, ea: boolean, k: Known, lex: Lexicon): boolean {
  let bad = false;
  for (let i = seq.a; i <= seq.b; i++) {
    // the tagger may have kept only the surname ("Enver [Solomon]"): the full name replaces it
    if (k.taken.has(i) && !(i === seq.b && k.singleAt.has(i))) bad = true;
    const w = bare(toks[i].norm);
    if (i > seq.a && i < seq.b && SURNAME_PARTICLES.has(w)) continue; // "Van" of "Dick Van Dyke"
    const bits = lex.get(w) ?? 0;
    // "Alexandria Ocasio-Cortez", "Moon Jae-in" (a family name that is also a common noun)
    const nonper = bits & LEX_NONPER && !(i === seq.a && (bits & LEX_FIRST || ea));
    // a given name that is also a common word ("Drew Cass", "Chick Corea") may open a full name
    // …and a surname that is also a common word ("Jim Press", "Tim Cook") may end one after a plain given name
    const firstBits = lex.get(bare(toks[seq.a].norm)) ?? 0;
    const common =
      bits & LEX_COMMON &&
      !(i === seq.a && seq.b > seq.a && (bits & (LEX_FIRST | LEX_NAME)) === (LEX_FIRST | LEX_NAME)) &&
      !(i === seq.b && i === seq.a + 1 && (firstBits === LEX_FIRST || firstBits === (LEX_FIRST | LEX_NAME)));
    if (common || nonper || (ORG_AFTER.has(w) && !ea) || DEMONYMS.has(w) || TITLES.has(w) || toks[i].allCaps)
      bad = true;
  }
  return bad;
}

/**
 * "Mac Apps", "Mossy Cobblestone": a word no name list knows that the text also writes in lower case ("apps")
 * is a common word; the tagger did not propose the run, so its capitals are no sign of a name.
 */
function lowerWord(toks: NameTok[], seq: Mention, lex: Lexicon, lower: Set<string>): boolean {
  for (let i = seq.a; i <= seq.b; i++) {
    const w = toks[i].norm;
    if (toks[i].cap === Cap.Title && !((lex.get(bare(w)) ?? 0) & (LEX_FIRST | LEX_NAME | LEX_SURNAME)) && lower.has(w))
      return true;
  }
  return false;
}

/**
 * A sign that the name toks[seq] is a person's: its surname alone or before "said" elsewhere, a middle
 * initial, a surname already known, another name listed beside it, a role or a person's verb beside it.
 * `moved`: the name starts after the run's first word (an organization or nationality word before it).
 */
function reuseCue(
  text: string,
  toks: NameTok[],
  seq: Mention,
  moved: boolean,
  k: Known,
  ev: Map<string, number>,
  lex: Lexicon,
): boolean {
  const len = seq.b - seq.a + 1;
  const last = (ev.get(toks[seq.b].norm) ?? 0) & (DOC_ALONE | DOC_SAID);
  // a middle initial ("Mario J. Lucero") marks a person's name
  const middleInitial = len === 3 && toks[seq.a + 1].cap === Cap.Initial && toks[seq.a].cap === Cap.Title;
  const knownSurname = len >= 2 && k.knownLast.has(toks[seq.b].norm);
  if (last || middleInitial || knownSurname || besidePerson(toks, seq.a, seq.b, k)) return true;
  return (
    len >= 2 &&
    (roleBeside(text, toks, seq) ||
      personVerbBeside(toks, seq) ||
      hisOrHerAfter(toks, seq) ||
      ageAfter(toks, seq) ||
      eastAsianName(toks, seq) ||
      (moved && afterCueWord(toks, seq.a, lex)))
  );
}

/**
 * "chairman of Chrysler LLC Jim Press": a known given name right after an organization's last word;
 * "Dutchman Erik Breukink", "Swiss Alex Zuelle": a nationality, then a known given name.
 */
function afterCueWord(toks: NameTok[], a0: number, lex: Lexicon): boolean {
  const w = bare(toks[a0 - 1].norm);
  return (ORG_AFTER.has(w) || DEMONYMS.has(w)) && !!((lex.get(bare(toks[a0].norm)) ?? 0) & LEX_FIRST);
}

const isSep = (t: NameTok | undefined) => !!t && (t.norm === ',' || t.norm === 'and' || t.norm === '&');

/** "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": a name listed next to a full name is a name. */
function besidePerson(toks: NameTok[], a: number, b: number, k: Known): boolean {
  let i = a - 1;
  while (i >= 0 && isSep(toks[i]) && a - i <= 2) i--;
  if (i < a - 1 && k.endsAt.has(i)) return true;
  let j = b + 1;
  while (j < toks.length && isSep(toks[j]) && j - b <= 2) j++;
  return j > b + 1 && k.startsAt.has(j);
}

/** The mentions with the added names, a lone surname an added full name ends on replaced by it. */
function withAdded(ms: Mention[], added: Mention[]): Mention[] {
  const replaced = new Set(added.map((m) => m.b));
  return [...ms.filter((m) => !(m.a === m.b && replaced.has(m.a))), ...added].sort((x, y) => x.a - y.a);
}

const IS_ROLE = /^\s+(?:is|was)\s+(?:a|an)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

const ROLE_AFTER = /^,\s+(?:(?:a|an|the|\p{Lu}[\p{L}.]*['’]s)\s+)?((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s*[,.;)]/u;
/** ", senior Treasury strategist at CRT Capital": the role ends where its employer begins, however long. */
const ROLE_AT =
  /^,\s+(?:(?:a|an|the|\p{Lu}[\p{L}.]*['’]s)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:at|of|for|with)\s/u;

/** A role word, or its plural before a list of names ("fast bowlers Wasim Akram and Waqar Younis"). */
const isRole = (w: string) => ROLE_WORDS.has(w) || (w.length > 4 && w.endsWith('s') && ROLE_WORDS.has(w.slice(0, -1)));

/** "goalkeeper Mouez Hassen", "Hernan Dario Gomez, Panama coach, said": a role word beside the name. */
export function roleBeside(text: string, toks: NameTok[], m: Mention): boolean {
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
  return roleAfter(ROLE_AFTER.exec(rest)) || roleAfter(ROLE_AT.exec(rest));
}

/** The words after the name's comma hold a role word (and some lower case: no list of names). */
function roleAfter(after: RegExpExecArray | null): boolean {
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
export function personVerbBeside(toks: NameTok[], m: Mention): boolean {
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

/**
 * A person's sign beside the name toks[m]: a title right before it ("Mayor", "Ms"), a role or a person's verb
 * beside it, an age, or "his"/"her" right after it.
 */
export function personBeside(text: string, toks: NameTok[], m: Mention): boolean {
  const p = toks[m.a - 1];
  if (p && p.cap !== Cap.None && TITLES.has(bare(p.norm))) return true;
  return roleBeside(text, toks, m) || personVerbBeside(toks, m) || ageAfter(toks, m) || hisOrHerAfter(toks, m);
}

/** "Lee Barlow, 24, is …", "Tomasz Nowak (45) of Slough": an age right after the name, as news gives people's. */
function ageAfter(toks: NameTok[], m: Mention): boolean {
  const open = toks[m.b + 1]?.norm;
  const age = toks[m.b + 2]?.norm ?? '';
  const close = toks[m.b + 3]?.norm;
  if (!/^\d{1,3}$/.test(age) || +age > 115) return false;
  return (open === ',' && close === ',') || (open === '(' && close === ')');
}

const HIS_HER = new Set(['his', 'her', 'himself', 'herself']);

/**
 * "Ana Lopez lost her home", "Lisa Park and her husband, Dan": a verb, then his or her, or 'and his/her' and a
 * family noun, right after the name (an organization says "its").
 */
function hisOrHerAfter(toks: NameTok[], m: Mention): boolean {
  const v = toks[m.b + 1];
  const h = toks[m.b + 2];
  if (!v || !h || v.cap !== Cap.None || v.kind !== TokKind.Word || !HIS_HER.has(h.norm)) return false;
  if (v.norm !== 'and') return !AUX_OR_LINK.has(v.norm);
  const kin = toks[m.b + 3];
  return !!kin && KIN_WORDS.has(kin.norm);
}

/** "Apple and her …" is no sign: a conjunction or preposition before the pronoun starts another phrase. */
const AUX_OR_LINK = new Set(['or', 'of', 'for', 'to', 'with', 'by', 'from', 'than', 'as', 'in', 'on', 'at', 'about']);

/** A second pass sees names listed next to the ones the first pass added; at most three passes. */
export const addMissedNames: Step = (doc, ms) => {
  for (let pass = 0; pass < 3; pass++) {
    const n = ms.length;
    ms = addReusedNames(doc.text, doc.toks, ms, doc.ev, doc.lex, doc.lower);
    if (ms.length === n) break;
  }
  return ms;
};
