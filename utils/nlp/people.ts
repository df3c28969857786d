// People named in an article: mentions (the name alone), merged per person, with descriptors.
// A learned tagger (names-tagger.ts, weights built by scripts/build-lexicons.ts) proposes name spans;
// news conventions then fix them up: organizations named after people, nicknames in brackets, the
// surname alone after the full name, titles, party tags and appositions as descriptors.
import type { Person, Span } from './types';
import { TokKind } from './tokens';
import {
  Cap,
  STRONG_TITLES,
  DOC_ALONE,
  DOC_ORG,
  DOC_SAID,
  DOC_TITLED,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_NONPER,
  LEX_SURNAME,
  PARTICLES,
  TITLES,
  adjacent,
  docEvidence,
  nameTokens,
  type Lexicon,
  type NameTok,
} from './names-features';
import { tagTokens, weightScorer, type Weights } from './names-tagger';
import { getLexicon, getWeights } from './lexicon';
import { DEMONYMS } from './names-demonyms';
import { OPENERS } from './sentences';
import { PLACE_PHRASES, PLACES } from './names-places';
import {
  EPONYMOUS,
  KIN_WORDS,
  ORG_AFTER,
  ORG_AFTER_LOWER,
  ORG_FIRST,
  ORG_OF,
  PERSON_OBJECT_VERBS,
  PERSON_SUBJECT_VERBS,
  PERSON_VERBS,
  PLACE_PREP,
  ROLE_WORDS,
  EA_FAMILY,
  NAME_SUFFIXES as SUFFIXES,
  ORG_KINDS,
  SURNAME_PARTICLES,
  WEEKDAYS,
} from './wordlists';

export interface PeopleOptions {
  lexicon?: Lexicon;
  weights?: Weights;
  /** Added to the tagger's "begins a name" score: higher finds more names, less precisely. */
  biasBegin?: number;
}

/** News text names people more often than the training mix (Wikipedia, social media): lean toward names. */
const BIAS_BEGIN = 3;

interface Mention {
  a: number; // first name token index
  b: number; // last name token index (inclusive)
}

/** Find every person named in `text`. Never throws: on unexpected input it returns what it found or []. */
export function findPeople(text: string, sentences: Span[], opts: PeopleOptions = {}): Person[] {
  try {
    if (!text) return [];
    const lex = opts.lexicon ?? getLexicon();
    const weights = opts.weights ?? getWeights();
    const toks = nameTokens(text, sentences, lex);
    const ev = docEvidence(text, toks, lex);
    const tags = tagTokens(
      text,
      toks,
      lex,
      weightScorer(weights, opts.biasBegin ?? BIAS_BEGIN),
      undefined,
      undefined,
      ev,
    );
    let mentions = spansFromTags(text, toks, tags);
    mentions = mergeNicknames(text, toks, mentions);
    mentions = mentions.map((m) => trimTitles(toks, m, lex)).filter((m): m is Mention => m !== null);
    mentions = splitCapsMentions(toks, mentions, lex);
    for (let pass = 0; pass < 3; pass++) {
      const n = mentions.length;
      mentions = addReusedNames(text, toks, mentions, ev, lex); // a second pass sees names listed next to new ones
      if (mentions.length === n) break;
    }
    mentions = addListedSurnames(toks, mentions, lex);
    mentions = mentions.filter((m) => !orgContext(text, toks, m, lex));
    mentions = dropDocOrgs(toks, mentions, ev, lex);
    mentions = propagate(text, toks, mentions, lex, ev);
    mentions = extendParticles(text, toks, mentions, lex);
    return cluster(text, toks, dropWeakSingles(toks, mentions, ev, lex));
  } catch {
    return [];
  }
}

function spansFromTags(text: string, toks: NameTok[], tags: Int8Array): Mention[] {
  const out: Mention[] = [];
  let cur: Mention | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = tags[i];
    if (t === 2 && cur && cur.b === i - 1) cur.b = i;
    // "Donald J. Trump": a name does not end on a middle initial
    else if (
      t === 1 &&
      cur &&
      cur.b === i - 1 &&
      toks[cur.b].cap === Cap.Initial &&
      adjacent(text, toks[cur.b], toks[i])
    )
      cur.b = i;
    else if (t === 1 || t === 2) out.push((cur = { a: i, b: i }));
    else cur = null;
  }
  // a trailing particle is not part of a name
  return out
    .map((m) => {
      while (m.b > m.a && toks[m.b].cap === Cap.None) m.b--;
      return m;
    })
    .filter((m) => toks[m.a].cap !== Cap.None);
}

/** "Bernard (Bernie) Sanders" is one mention. */
function mergeNicknames(text: string, toks: NameTok[], ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const b = m.b;
    const open = toks[b + 1];
    // the nickname: one to three capitalized words ("Bernie", "El Chapo")
    let e = b + 2;
    while (e < b + 5 && toks[e] && toks[e].cap === Cap.Title && !(toks[e + 1] && /^[)"”]$/.test(toks[e + 1].norm))) e++;
    const nick = toks[b + 2];
    const close = toks[e + 1];
    const last = toks[e + 2];
    let nickOk = !!nick;
    for (let i = b + 2; i <= e && nickOk; i++) nickOk = !!toks[i] && toks[i].cap === Cap.Title;
    if (
      open &&
      nickOk &&
      close &&
      last &&
      (open.norm === '(' || open.norm === '"' || open.norm === '“') &&
      (close.norm === ')' || close.norm === '"' || close.norm === '”') &&
      last.cap === Cap.Title &&
      !last.sent0 &&
      open.start - toks[b].end <= 1 &&
      last.start - close.end <= 1
    ) {
      // the nickname follows the given name: "…Sanders Bernard (Bernie) Sanders" starts at "Bernard"
      if (m.b > m.a) out.push({ a: m.a, b: m.b - 1 });
      const merged: Mention = { a: m.b, b: e + 2 };
      while (ms[k + 1] && ms[k + 1].a <= merged.b) {
        merged.b = Math.max(merged.b, ms[k + 1].b);
        k++;
      }
      while (
        merged.b + 1 < toks.length &&
        toks[merged.b + 1].cap === Cap.Title &&
        adjacent(text, toks[merged.b], toks[merged.b + 1]) &&
        ms[k + 1]?.a === merged.b + 1
      ) {
        merged.b = ms[k + 1].b;
        k++;
      }
      out.push(merged);
    } else out.push(m);
  }
  return out;
}

/** "sen." → "sen", "president-elect" → "president", "vice-president" → "president". */
const bare = (s: string) => {
  let w = s.endsWith('.') ? s.slice(0, -1) : s;
  if (w.endsWith('-elect')) w = w.slice(0, -6);
  const h = w.lastIndexOf('-');
  if (h > 0 && (w.startsWith('vice-') || w.startsWith('ex-') || w.startsWith('co-'))) w = w.slice(h + 1);
  return w;
};

/** Capitalized contractions of "I" ("I’m Batman") open no name. */
const I_CONTRACTION = /^i['’](?:m|ll|ve|d)$/;

function onlySuffixes(toks: NameTok[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (!SUFFIXES.has(toks[i].norm)) return false;
  return true;
}

/** First word of a sentence or of a quotation ('observed, "My Santorum was sweet"'). */
function opensClause(toks: NameTok[], i: number): boolean {
  const p = toks[i - 1];
  return toks[i].sent0 || (!!p && (p.norm === '"' || p.norm === '“' || p.norm === "'" || p.norm === '‘'));
}

function trimTitles(toks: NameTok[], m: Mention, lex: Lexicon): Mention | null {
  let b = m.b;
  while (b > m.a && WEEKDAYS.has(toks[b].norm)) b--;
  if (WEEKDAYS.has(toks[b].norm)) return null;
  // "Virginia Governor", "Apple CEO": a title ends no name (unless it is also a surname: "Stephen King")
  if (b > m.a && TITLES.has(bare(toks[b].norm)) && !((lex.get(bare(toks[b].norm)) ?? 0) & (LEX_FIRST | LEX_NAME))) {
    if (b - 1 === m.a && !((lex.get(toks[m.a].norm) ?? 0) & (LEX_FIRST | LEX_NAME))) return null;
    b--;
  }
  if (b !== m.b) m = { a: m.a, b };
  let a = m.a;
  // "Meanwhile Volodymyr Zelensky thanked…": a sentence's opening adverb is not part of the name after it
  if (a < m.b && opensClause(toks, a) && OPENERS.has(toks[a].norm)) a++;
  while (a < m.b && (TITLES.has(bare(toks[a].norm)) || I_CONTRACTION.test(toks[a].norm))) a++;
  if (a === m.b && I_CONTRACTION.test(toks[a].norm)) return null;
  // "Home Secretary Suella Braverman": the name starts after the last title word
  for (let i = m.b - 1; i > a; i--) {
    // …but "Martin Luther King Jr." does not become "Jr."
    if (TITLES.has(bare(toks[i].norm)) && toks[i + 1].cap !== Cap.None && !onlySuffixes(toks, i + 1, m.b)) {
      a = i + 1;
      break;
    }
  }
  if (a === m.b && TITLES.has(bare(toks[a].norm))) return null;
  return { a, b: m.b };
}

/** Is this name part of an organization or place ("Friends of Bernie Sanders", "Ford Motor", "Goldman Sachs")? */

function orgContext(text: string, toks: NameTok[], m: Mention, lex: Lexicon, docNames?: Set<string>): boolean {
  // a party-state tag ("(R-AZ)", "(D-Calif.)") describes the name before it
  if (m.a === m.b && PARTY_STATE.test(toks[m.a].norm)) return true;
  // "German magazine Der Spiegel", "the band Radiohead", "broadcaster Al Jazeera": named right after its kind
  const kind = toks[m.a - 1];
  if (kind && kind.cap === Cap.None && ORG_KINDS.has(kind.norm)) return true;
  if (m.b > m.a && ORG_FIRST.has(toks[m.a].norm)) return true;
  const before = toks[m.a - 1];
  if (before && before.cap !== Cap.None && ORG_FIRST.has(before.norm) && adjacent(text, before, toks[m.a])) return true;
  // "Dutch East Indies", "Roman Catholic": a nationality or creed opens no person's name
  if (DEMONYMS.has(toks[m.a].norm)) return true;
  const next = toks[m.b + 1];
  if (next && next.kind === TokKind.Word && adjacent(text, toks[m.b], next)) {
    if (next.cap !== Cap.None && ORG_AFTER.has(next.norm)) return true;
    if (next.cap === Cap.None && ORG_AFTER_LOWER.has(next.norm)) return true;
  }
  if (next && next.norm === '&' && toks[m.b + 2]?.cap) return true;
  // "Mortimer B. Zuckerman Mind Brain Behavior Institute": the name opens a longer organization name
  let r = m.b;
  while (r < m.b + 4 && toks[r + 1]?.cap === Cap.Title && !toks[r + 1].allCaps && adjacent(text, toks[r], toks[r + 1]))
    r++;
  if (r > m.b + 1 && ORG_AFTER.has(toks[r].norm)) return true;
  // "Sam's Club", "Macy's Store": a possessive name before an organization's word is the organization's name
  const after = toks[m.b + 2];
  if (
    next &&
    (next.norm === "'s" || next.norm === '’s') &&
    after &&
    after.cap === Cap.Title &&
    (ORG_AFTER.has(after.norm) || after.norm === 'club')
  )
    return true;
  const prev = toks[m.a - 1];
  if (prev && prev.norm === '&') return true;
  if (prev && prev.norm === 'of' && m.a >= 2) {
    const before = toks[m.a - 2];
    if (before.cap !== Cap.None && ORG_OF.has(before.norm)) return true;
  }
  // headlines in capitals: only words the lexicon knows as names, no common words ("SENATE PASSES")
  // ("MUSK SAYS TWITTER DEAL ON HOLD" once the body names Elon Musk: `docNames`)
  if (toks[m.a].allCaps && !(docNames && m.a === m.b && docNames.has(toks[m.a].norm))) {
    let named = false;
    for (let i = m.a; i <= m.b; i++) {
      const bits = lex.get(bare(toks[i].norm)) ?? 0;
      if (bits & LEX_COMMON) return true;
      if (bits & (LEX_FIRST | LEX_NAME)) named = true;
    }
    if (!named) return true;
  }
  // a lone word known only as a non-person name ("Washington" said nothing else about itself)
  if (m.a === m.b) {
    const bits = lex.get(bare(toks[m.a].norm)) ?? 0;
    if (toks[m.a].cap === Cap.Upper && (bits & (LEX_FIRST | LEX_NAME)) === 0) return true;
  }
  return false;
}

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
      if (ORG_AFTER.has(w) || ORG_OF.has(w) || TITLES.has(w) || place) {
        a0 = k + 1;
        break;
      }
    }
    if (a0 < j && opensClause(toks, a0) && OPENERS.has(toks[a0].norm)) a0++; // "Meanwhile Volodymyr Zelensky"
    const len = j - a0 + 1;
    const seq = { a: a0, b: j };
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
      a0 > i &&
      ORG_AFTER.has(bare(toks[a0 - 1].norm)) &&
      !!((lex.get(bare(toks[a0].norm)) ?? 0) & LEX_FIRST);
    const cue =
      len >= 2 && (roleBeside(text, toks, seq) || personVerbBeside(toks, seq) || eastAsianName(toks, seq) || afterOrg);
    if (last || middleInitial || knownSurname || titled || irish || besidePerson(seq.a, seq.b) || cue) {
      added.push(seq);
    }
  }
  if (!added.length) return ms;
  const replaced = new Set(added.map((m) => m.b));
  return [...ms.filter((m) => !(m.a === m.b && replaced.has(m.a))), ...added].sort((x, y) => x.a - y.a);
}

/** Right after a family noun or an age ("his wife Grace", "his first wife, Sally", "the 52-year-old Grace")? */
function afterKin(toks: NameTok[], i: number): boolean {
  const p = toks[i - 1];
  const q = p && p.norm === ',' ? toks[i - 2] : p;
  return !!q && q.cap === Cap.None && (KIN_WORDS.has(q.norm) || /-year-old$/.test(q.norm));
}

/**
 * "Erdogan said on Tuesday", "…, said Ozawa.": a lone word from the published surname lists right before a
 * person's verb or after "said" is a person even when the text never gives the full name (headlines, ledes);
 * so is a known name right after a family noun ("his wife Grace").
 */
function addListedSurnames(toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const taken = new Set<number>();
  for (const m of ms) for (let i = m.a; i <= m.b; i++) taken.add(i);
  const added: Mention[] = [];
  const capWord = (t: NameTok | undefined) => !!t && t.kind === TokKind.Word && t.cap !== Cap.None;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.cap !== Cap.Title || taken.has(i) || t.allCaps) continue;
    const w = t.norm;
    if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || TITLES.has(bare(w))) continue;
    const p = toks[i - 1];
    const n = toks[i + 1];
    if (capWord(p) || capWord(n)) continue;
    const bits = lex.get(bare(w)) ?? 0;
    if (bits & LEX_NONPER) continue;
    // "his wife Grace", "his first wife, Sally", "the 52-year-old Grace": any known given name or surname
    if (afterKin(toks, i) && bits & (LEX_FIRST | LEX_SURNAME | LEX_NAME)) {
      added.push({ a: i, b: i });
      continue;
    }
    if (!(bits & LEX_SURNAME) || bits & LEX_COMMON) continue;
    const before = !!n && n.cap === Cap.None && (PERSON_VERBS.has(n.norm) || PERSON_SUBJECT_VERBS.has(n.norm));
    const after =
      !!p && p.cap === Cap.None && (p.norm === 'said' || p.norm === 'says' || PERSON_OBJECT_VERBS.has(p.norm));
    if (before || after) added.push({ a: i, b: i });
  }
  return added.length ? [...ms, ...added].sort((x, y) => x.a - y.a) : ms;
}

const PARTY_STATE = /^[dri]-[a-z]{2}\.?$|^[dri]-[a-z]{3,6}\.$/;

const IS_ROLE = /^\s+(?:is|was)\s+(?:a|an)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

const ROLE_AFTER = /^,\s+(?:(?:a|an|the|\p{Lu}[\p{L}.]*['’]s)\s+)?((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s*[,.;)]/u;

/** "goalkeeper Mouez Hassen", "Hernan Dario Gomez, Panama coach, said": a role word beside the name. */
function roleBeside(text: string, toks: NameTok[], m: Mention): boolean {
  const p = toks[m.a - 1];
  if (p && p.cap === Cap.None && ROLE_WORDS.has(p.norm)) return true;
  if (p && p.norm === ',' && toks[m.a - 2]?.cap === Cap.None && ROLE_WORDS.has(toks[m.a - 2].norm)) return true;
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

/**
 * In a headline in capitals every word is capitalized, so the tagger may run names into the words between
 * them ("CLINTON MEETS YELTSIN"): keep only the runs of words the lexicon knows as name words.
 */
function splitCapsMentions(toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  const known = (i: number) =>
    toks[i].cap === Cap.Initial || ((lex.get(bare(toks[i].norm)) ?? 0) & (LEX_FIRST | LEX_NAME | LEX_SURNAME)) !== 0;
  for (const m of ms) {
    let all = true;
    for (let i = m.a; i <= m.b; i++) if (!known(i)) all = false;
    if (m.a === m.b || !toks[m.a].allCaps || all) {
      out.push(m);
      continue;
    }
    let run: Mention | null = null;
    for (let i = m.a; i <= m.b; i++) {
      if (!known(i)) run = null;
      else if (run) run.b = i;
      else out.push((run = { a: i, b: i }));
    }
  }
  return out;
}

/** "Park Joo-Ho", "Tsai Ing-wen": a short family name and a hyphenated given name (East Asian order). */
function eastAsianName(toks: NameTok[], m: Mention): boolean {
  if (m.b !== m.a + 1) return false;
  const fam = toks[m.a].norm;
  const given = toks[m.b].norm;
  return fam.length <= 5 && /^[a-z]{1,4}-[a-z]{1,4}$/.test(given);
}

/**
 * A single word used elsewhere in the document as the head of an organization ("Ford Motor", "Chrysler
 * LLC") is that organization when it stands alone, unless the document also names a person with it.
 */
function dropDocOrgs(toks: NameTok[], ms: Mention[], ev: Map<string, number>, lex: Lexicon): Mention[] {
  const orgish = (w: string) => EPONYMOUS.has(w) || ((ev.get(w) ?? 0) & DOC_ORG) !== 0;
  // "Ford Taurus", "Opel Astra": the word after a company's name is its product ("the Taurus")
  const products = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].cap === Cap.Title && toks[i - 1].cap !== Cap.None && EPONYMOUS.has(toks[i - 1].norm))
      products.add(toks[i].norm);
  }
  const inFullNames = new Set<string>();
  const kept = ms.filter((m) => {
    if (m.a === m.b) return true;
    const w = words(toks, m);
    if (w.every((x) => ORG_AFTER.has(x))) return false;
    if (PLACE_PHRASES.has(w.join(' '))) return false;
    if (ORG_AFTER.has(w[w.length - 1])) return false; // "Everett Factory", "Douglas Aircraft"
    // "Ford Taurus", "Ford Motors" are not people; "Henry Ford" is
    if (w.some(orgish) && (orgish(w[0]) || !((lex.get(w[0]) ?? 0) & LEX_FIRST))) return false;
    for (let i = m.a; i <= m.b; i++) inFullNames.add(toks[i].norm);
    return true;
  });
  return kept.filter((m) => {
    if (m.a !== m.b) return true;
    const w = toks[m.a].norm;
    if (ORG_AFTER.has(w) || DEMONYMS.has(w)) return false;
    // a country or city alone ("Panama faced Belgium"), unless the text names a person with the word
    if (PLACES.has(w) && !inFullNames.has(w)) return false;
    // a common word alone ("News", "Tiger") unless known as a surname or part of a full name here
    const bits = lex.get(bare(w)) ?? 0;
    if (bits & LEX_COMMON && !(bits & LEX_NAME) && !inFullNames.has(w)) return false;
    // "officials in Jordan": a lone word after a place preposition is a place unless named in full
    const p = toks[m.a - 1];
    // "the Bill was passed", "a Mario game": a lone given name after an article is a thing, not a person
    if (p && (p.norm === 'the' || p.norm === 'a') && bits & LEX_FIRST && !inFullNames.has(w)) return false;
    if (p && PLACE_PREP.has(p.norm) && !inFullNames.has(w)) return false;
    // "Ford said…" in a story about Ford Motor is the company, even when William Clay Ford Jr. is named too;
    // "Mr. Ford" is the person
    if (products.has(w) && !inFullNames.has(w)) return false;
    if (!orgish(w)) return true;
    return !!p && TITLES.has(bare(p.norm)) && p.cap !== Cap.None;
  });
}

/** A word that can open a full name: a known given name or surname that is not mostly a common word, an
 * organization's or a place's, or a hyphenated given name ("Jean-Claude", "Hans-Peter"). */
function givenNameBefore(g: NameTok, lex: Lexicon): boolean {
  const w = g.norm;
  if (TITLES.has(bare(w)) || DEMONYMS.has(w) || PLACES.has(w) || ORG_AFTER.has(w) || WEEKDAYS.has(w)) return false;
  const bits = lex.get(w) ?? 0;
  if (bits & LEX_COMMON) return false;
  if (g.shape === 'Xx-Xx') return (bits & LEX_NONPER) === 0;
  if (!(bits & (LEX_FIRST | LEX_NAME))) return false;
  // "Jose Ignacio Lopez" ("San Jose" made "jose" an organization's or place's word too)
  return !(bits & LEX_NONPER) || (bits & LEX_FIRST) !== 0;
}

/** "Mr. de Blasio": when the document writes "Bill de Blasio", the surname alone keeps its particle. */
function extendParticles(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const withParticle = new Set<string>();
  for (const m of ms) {
    for (let i = m.a + 1; i < m.b; i++) {
      if (toks[i].cap === Cap.None) withParticle.add(toks[i].norm + ' ' + toks[m.b].norm);
    }
  }
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const m of ms) {
    starts.add(m.a);
    ends.add(m.b);
  }
  return ms.map((m) => {
    // "L. Ron Hubbard": a leading initial belongs to the name
    while (m.a > 0 && toks[m.a - 1].cap === Cap.Initial && adjacent(text, toks[m.a - 1], toks[m.a]))
      m = { a: m.a - 1, b: m.b };
    // "Lee Hsien Loong", "Jean-Claude Van Damme": a given name the tagger left out before a full name
    const g = toks[m.a - 1];
    if (g && g.cap === Cap.Title && !g.allCaps && !ends.has(m.a - 1) && adjacent(text, g, toks[m.a])) {
      if (m.b > m.a && givenNameBefore(g, lex) && !(OPENERS.has(g.norm) && opensClause(toks, m.a - 1)))
        m = { a: m.a - 1, b: m.b };
      // "Dean Holdsworth", "Earl Thomas": a weak title that is also a given name, before a surname alone
      else if (
        m.a === m.b &&
        TITLES.has(g.norm) &&
        !STRONG_TITLES.has(g.norm) &&
        (lex.get(g.norm) ?? 0) === LEX_FIRST &&
        toks[m.a].cap === Cap.Title
      )
        m = { a: m.a - 1, b: m.b };
    }
    // "Kim Jong Un", "Kim Il Sung": a family name then a two-syllable given name written as two words
    const u = toks[m.b + 1];
    const after = toks[m.b + 2];
    if (
      m.b === m.a + 1 &&
      EA_FAMILY.has(toks[m.a].norm) &&
      u &&
      u.cap === Cap.Title &&
      u.shape === 'Xx' &&
      u.norm.length <= 6 &&
      !u.allCaps &&
      !starts.has(m.b + 1) &&
      adjacent(text, toks[m.b], u) &&
      !(after && after.cap !== Cap.None && adjacent(text, u, after))
    )
      m = { a: m.a, b: m.b + 1 };
    // "Mr. von der Leyen", and at a sentence's start "Von der Leyen said"
    const last = toks[m.b].norm;
    let a = m.a;
    for (let k = 0; k < 3; k++) {
      const p = toks[a - 1];
      if (!p || !PARTICLES.has(p.norm) || !adjacent(text, p, toks[a]) || !withParticle.has(p.norm + ' ' + last)) break;
      if (p.cap !== Cap.None && !opensClause(toks, a - 1)) break;
      a--;
    }
    if (a < m.a && (m.a === m.b || toks[m.a].cap === Cap.None)) return { a, b: m.b };
    // "Ana de la Vega", "Charles de Gaulle": lower-case particles between a given name and the surname
    let q = m.a;
    while (
      q > m.a - 3 &&
      toks[q - 1]?.cap === Cap.None &&
      PARTICLES.has(toks[q - 1].norm) &&
      adjacent(text, toks[q - 1], toks[q])
    )
      q--;
    const given = toks[q - 1];
    if (
      q < m.a &&
      given &&
      given.cap === Cap.Title &&
      !given.allCaps &&
      !ends.has(q - 1) &&
      adjacent(text, given, toks[q]) &&
      givenNameBefore(given, lex) &&
      (lex.get(given.norm) ?? 0) & LEX_FIRST
    )
      return { a: q - 1, b: m.b };
    return m;
  });
}

/**
 * A lone capitalized word seen once, never part of a full name, not known as a surname, never before
 * "said" nor after a title, is more often a place, a holiday or a brand than a person ("Pacific").
 */
function dropWeakSingles(toks: NameTok[], ms: Mention[], ev: Map<string, number>, lex: Lexicon): Mention[] {
  const count = new Map<string, number>();
  const inFull = new Set<string>();
  for (const m of ms) {
    if (m.a === m.b) count.set(toks[m.a].norm, (count.get(toks[m.a].norm) ?? 0) + 1);
    else for (let i = m.a; i <= m.b; i++) inFull.add(toks[i].norm);
  }
  return ms.filter((m) => {
    if (m.a !== m.b) return true;
    const w = toks[m.a].norm;
    if (inFull.has(w) || (count.get(w) ?? 0) > 1) return true;
    if ((lex.get(w) ?? 0) & (LEX_NAME | LEX_SURNAME)) return true;
    if ((ev.get(w) ?? 0) & (DOC_SAID | DOC_TITLED)) return true;
    if (afterKin(toks, m.a)) return true;
    const p = toks[m.a - 1];
    return !!p && TITLES.has(bare(p.norm));
  });
}

/** Name words of a mention, lower case, without particles or brackets. */
function words(toks: NameTok[], m: Mention): string[] {
  const out: string[] = [];
  for (let i = m.a; i <= m.b; i++) {
    const t = toks[i];
    if (t.kind !== TokKind.Word || t.cap === Cap.None) continue;
    if (t.cap === Cap.Initial) continue;
    // "Von der Leyen", "De Blasio": a surname particle capitalized at a sentence's start is still a particle
    if (i < m.b && SURNAME_PARTICLES.has(t.norm)) continue;
    out.push(t.norm);
  }
  return out;
}

/**
 * News convention: after "Bernie Sanders", "Sanders" (or "Bernie") alone is the same person, even
 * where the tagger missed it. Only words of multi-word names spread, and never into an organization.
 */
function propagate(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon, ev: Map<string, number>): Mention[] {
  const known = new Set<string>();
  const tagged = new Set<number>();
  for (const m of ms) {
    for (let i = m.a; i <= m.b; i++) tagged.add(i);
    const w = words(toks, m);
    if (w.length >= 2 || (w.length === 1 && m.b > m.a)) {
      known.add(w[w.length - 1]);
      if ((lex.get(w[0]) ?? 0) & LEX_FIRST || w.length === 2) known.add(w[0]);
    }
  }
  if (!known.size) return ms;
  const added: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.cap !== Cap.Title || tagged.has(i) || !known.has(t.norm)) continue;
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
      !(OPENERS.has(p.norm) && opensClause(toks, i - 1)) // "However Santorum left"
    )
      continue;
    if (!t.allCaps && n && n.cap !== Cap.None && n.cap !== Cap.Initial && adjacent(text, t, n)) continue;
    // "FORD RECALLS 1 MILLION TRUCKS" in a story about Ford Motor, even when Henry Ford is named too
    if (t.allCaps && (EPONYMOUS.has(t.norm) || (ev.get(t.norm) ?? 0) & DOC_ORG)) continue;
    const m = { a: i, b: i };
    if (orgContext(text, toks, m, lex, known)) continue;
    added.push(m);
  }
  if (!added.length) return ms;
  // "XI JINPING HOLD TALKS": adjacent name words of a headline are one mention
  const joined: Mention[] = [];
  for (const m of added) {
    const last = joined[joined.length - 1];
    if (last && last.b === m.a - 1 && toks[m.a].allCaps && adjacent(text, toks[last.b], toks[m.a])) last.b = m.b;
    else joined.push(m);
  }
  return [...ms, ...joined].sort((x, y) => x.a - y.a);
}

interface Entity {
  idx: number; // creation order: "the latest matching entity" is the one with the highest idx
  words: Set<string>;
  first: string;
  last: string;
  forms: Map<string, { count: number; order: number; paren: boolean; n: number; caps: boolean }>;
  mentions: Span[];
  descriptors: string[];
  seenDesc: Set<string>;
  lastSeen: number;
  /** Named so far only in capitals (a headline). */
  allCaps: boolean;
  /** Middle initials of its full name ("h.w."), '' if none seen. */
  initials: string;
}

/** Entities per key, each list kept in creation order, so the latest match is found from the end. */
class EntityIndex {
  private m = new Map<string, Entity[]>();
  add(key: string, e: Entity): void {
    const xs = this.m.get(key);
    if (!xs) {
      this.m.set(key, [e]);
      return;
    }
    // an older entity may gain a key late: insert by creation order (binary search); a repeat is harmless
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid].idx < e.idx) lo = mid + 1;
      else hi = mid;
    }
    xs.splice(lo, 0, e);
  }
  /** The latest entity under `key` that satisfies `pred`. */
  findLast(key: string, pred: (x: Entity) => boolean): Entity | undefined {
    const xs = this.m.get(key);
    if (!xs) return undefined;
    for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i])) return xs[i];
    return undefined;
  }
}

/**
 * Groups mentions into people. Entities are looked up through indexes by word and by last word (not by
 * scanning every entity), which keeps a long page with thousands of people linear.
 */
function cluster(text: string, toks: NameTok[], ms: Mention[]): Person[] {
  const ents: Entity[] = [];
  const byWord = new EntityIndex(); // every word an entity has been named with (only grows)
  const byLast = new EntityIndex(); // current last word; stale entries are skipped by re-checking x.last
  let order = 0;
  for (const m of ms) {
    const w = words(toks, m);
    if (!w.length) continue;
    const first = w[0];
    const last = w[w.length - 1];
    let e: Entity | undefined;
    // middle initials tell two people apart: "George H. W. Bush" and "George W. Bush"
    let ini = '';
    for (let i = m.a + 1; i < m.b; i++) if (toks[i].cap === Cap.Initial) ini += toks[i].norm;
    const sameInitials = (x: Entity) => !ini || !x.initials || x.initials === ini;
    if (w.length >= 2) {
      const given = w.slice(0, -1);
      e =
        byLast.findLast(
          last,
          (x) => x.last === last && (x.words.size === 1 || given.some((z) => x.words.has(z))) && sameInitials(x),
        ) ??
        // "BIDEN, XI MEET" in the headline, "Xi Jinping" in the text: the earlier lone given name joins the full name
        byLast.findLast(first, (x) => x.words.size === 1 && x.last === first && x.allCaps);
    } else {
      // an entity's first word is always among its words
      e = byLast.findLast(last, (x) => x.last === last) ?? byWord.findLast(first, (x) => x.words.has(first));
    }
    if (!e) {
      e = {
        idx: ents.length,
        words: new Set(),
        first,
        last,
        forms: new Map(),
        mentions: [],
        descriptors: [],
        seenDesc: new Set(),
        lastSeen: 0,
        allCaps: true,
        initials: '',
      };
      ents.push(e);
      byLast.add(last, e);
    } else if (w.length > e.words.size && w.length >= 2) {
      e.first = first;
      e.last = last;
      byLast.add(last, e);
    }
    for (const x of w) {
      if (!e.words.has(x)) {
        e.words.add(x);
        byWord.add(x, e);
      }
    }
    const start = toks[m.a].start;
    const end = toks[m.b].end;
    const form = text.slice(start, end).replace(/\s+/g, ' ');
    const f = e.forms.get(form);
    if (f) f.count++;
    else
      e.forms.set(form, {
        count: 1,
        order: order++,
        paren: form.includes('('),
        n: w.length,
        caps: toks[m.a].allCaps,
      });
    e.mentions.push({ start, end });
    e.allCaps &&= toks[m.a].allCaps;
    if (ini && !e.initials) e.initials = ini;
    e.lastSeen = start;
    for (const d of descriptorsOf(text, toks, m)) {
      if (!e.seenDesc.has(d)) {
        e.seenDesc.add(d);
        e.descriptors.push(d);
      }
    }
  }
  // first mention order, ids p1, p2…
  ents.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  return ents.map((e, k) => {
    const forms = [...e.forms.entries()].sort(
      (x, y) =>
        Number(x[1].paren) - Number(y[1].paren) ||
        Number(x[1].caps) - Number(y[1].caps) || // "Joe Biden", not the headline's "JOE BIDEN"
        y[1].n - x[1].n ||
        y[1].count - x[1].count ||
        x[1].order - y[1].order,
    );
    const name = forms[0][0];
    return {
      id: 'p' + (k + 1),
      name,
      aliases: forms.slice(1).map((f) => f[0]),
      descriptors: e.descriptors.slice(0, 8),
      mentions: e.mentions,
    };
  });
}

const PARTY_TAG = /^\s*\(([DRI]-[A-Z][A-Za-z.]{0,6}(?: [A-Z][A-Za-z.]{0,6})?)\)/;
const PARTY_TAG_COMMA = /^,\s*([DRI]-[A-Z][A-Za-z.]{0,6}(?: ?[A-Z][A-Za-z.]{0,6})?),/;
const APPOS_AFTER =
  /^,\s+(?:a|an|the|\p{Lu}[\p{L}.]*['’]s)\s+((?:[\p{L}\d'’-]+\s+){0,6}?[\p{L}'’-]+)(?=\s*[,.;:)]|\s+(?:who|which|said|says|told|and)\b)/u;
const APPOS_BEFORE = /(?:^|[\s(])(?:the|a|an|[\p{L}.]+['’]s)\s+((?:[a-z][\p{Ll}-]*\s+){0,4}[a-z][\p{Ll}-]*),\s*$/u;

/** Verbs and auxiliaries: "…said the deal was fair, Xi said" has no apposition. */
const NOT_ROLE =
  /\b(?:was|is|are|were|be|been|being|has|have|had|said|says|will|would|could|can|did|does|do|not|that|this|it)\b/;

/** An apposition describes a person when its head noun is a role ("Texas congressman", "chief executive"). */
function isRole(phrase: string): boolean {
  const ws = phrase.toLowerCase().split(/\s+/);
  const head = ws[ws.length - 1];
  return (
    ws.some((w) => ROLE_WORDS.has(w)) ||
    (/(?:er|or|ist|ian|man|woman|person)$/.test(head) && !/(?:ter|ber|der)$/.test(head))
  );
}

function descriptorsOf(text: string, toks: NameTok[], m: Mention): string[] {
  const out: string[] = [];
  // titles right before the name: "Sen.", "President", "Vice President", "Prime Minister"
  let a = m.a;
  while (
    a > 0 &&
    toks[a - 1].cap !== Cap.None &&
    TITLES.has(bare(toks[a - 1].norm)) &&
    adjacent(text, toks[a - 1], toks[a])
  )
    a--;
  if (a < m.a) out.push(text.slice(toks[a].start, toks[m.a - 1].end));
  const after = text.slice(toks[m.b].end, toks[m.b].end + 120);
  const party = PARTY_TAG.exec(after) ?? PARTY_TAG_COMMA.exec(after);
  if (party) out.push(party[1]);
  const ap = APPOS_AFTER.exec(after);
  if (ap && /\p{Ll}/u.test(ap[1]) && !/^\d/.test(ap[1]) && isRole(ap[1])) out.push(ap[1]);
  const before = text.slice(Math.max(0, toks[a].start - 80), toks[a].start);
  const bp = APPOS_BEFORE.exec(before);
  if (bp && !NOT_ROLE.test(bp[1]) && isRole(bp[1])) out.push(bp[1]);
  return out;
}
