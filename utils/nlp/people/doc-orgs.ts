// Step: words the document uses as organizations or places go when they stand alone.
import {
  adjacent,
  Cap,
  DOC_ORG,
  DOC_SAID,
  DOC_TITLED,
  LEX_COMMON,
  LEX_NONPER,
  LEX_FIRST,
  LEX_NAME,
  LEX_SURNAME,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACE_PHRASES, PLACES } from '../names-places';
import { CLUB_ROLES, EPONYMOUS, ORG_AFTER, ORG_WORDS, PLACE_PREP, STORM_WORDS, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { afterKin, bare, beforeAttributive, eastAsianName, nameWords } from './context';
import { personBeside } from './reused-names';

/** "Simon Park said …", "Jane Hall, 40,": a given name, then an organization's word that is also a surname, beside a sign of a person. */
function surnameWithSign(text: string, toks: NameTok[], m: Mention, w: string[], lex: Lexicon): boolean {
  if (w.length !== 2) return false;
  const first = lex.get(w[0]) ?? 0;
  const last = lex.get(w[1]) ?? 0;
  if (!(first & LEX_FIRST) || first & LEX_COMMON || PLACES.has(w[0]) || !(last & (LEX_NAME | LEX_SURNAME)))
    return false;
  // the name opens its run of capitals, and no "the" comes before it ("the Royal Albert Hall")
  const p = toks[m.a - 1];
  if (p && (p.norm === 'the' || (p.cap !== Cap.None && adjacent(text, p, toks[m.a])))) return false;
  return m.b === m.a + 1 && personBeside(text, toks, m);
}

/** "pacers", "bulls": a plural that is not a known surname ("Collins", "Evans"). */
const pluralNoName = (w: string, lex: Lexicon) =>
  w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !((lex.get(w) ?? 0) & (LEX_NAME | LEX_SURNAME));

/**
 * "Jordan Weems returned … Weems, who": the mention opens with a given name and its last word stands alone
 * elsewhere before "said", after a title, or before "who" (a team takes "which" and "the").
 */
function surnameLater(toks: NameTok[], m: Mention, ev: Map<string, number>, lex: Lexicon): boolean {
  if (!((lex.get(toks[m.a].norm) ?? 0) & LEX_FIRST)) return false;
  const last = toks[m.b].norm;
  if ((ev.get(last) ?? 0) & (DOC_SAID | DOC_TITLED)) return true;
  for (let i = 0; i < toks.length; i++) {
    if (i === m.b || toks[i].norm !== last || toks[i - 1]?.cap === Cap.Title) continue;
    const n = toks[i + 1]?.norm === ',' ? toks[i + 2] : toks[i + 1];
    if (n?.norm === 'who' && toks[i - 1]?.norm !== 'the') return true;
  }
  return false;
}

/**
 * Words whose only sign of an organization is a headline in capitals, where every word is capitalized
 * ("NORMAN SHARES LEAD" is no company called Norman Shares). Empty when the text has no such headline.
 */
function capsOnlyOrgs(text: string, toks: NameTok[]): Set<string> {
  const inCaps = new Set<string>();
  const inText = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const n = toks[i + 1];
    if (t.cap !== Cap.Title || n.kind !== t.kind || n.cap === Cap.None || !adjacent(text, t, n)) continue;
    if (!ORG_WORDS.has(bare(n.norm))) continue;
    (t.allCaps && n.allCaps ? inCaps : inText).add(t.norm);
  }
  for (const w of inText) inCaps.delete(w);
  return inCaps;
}

/**
 * A single word used elsewhere in the document as the head of an organization ("Ford Motor", "Chrysler
 * LLC") is that organization when it stands alone, unless the document also names a person with it.
 */
function dropDocOrgs(text: string, toks: NameTok[], ms: Mention[], ev: Map<string, number>, lex: Lexicon): Mention[] {
  const caps = capsOnlyOrgs(text, toks);
  const orgish = (w: string) => EPONYMOUS.has(w) || (((ev.get(w) ?? 0) & DOC_ORG) !== 0 && !caps.has(w));
  // "Ford Taurus", "Opel Astra": the word after a company's name is its product ("the Taurus")
  const products = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].cap !== Cap.Title || toks[i - 1].cap === Cap.None) continue;
    // "Storm Dennis … Dennis caused chaos": a named storm, too
    if (EPONYMOUS.has(toks[i - 1].norm) || STORM_WORDS.has(toks[i - 1].norm)) products.add(toks[i].norm);
  }
  addPossessedProducts(toks, ms, lex, products);
  addCollectiveSubjects(toks, products);
  const clubs = clubsBeforeRoles(text, toks, products);
  const which = namesBeforeWhich(toks, ms, lex);
  const inFullNames = new Set<string>();
  const kept = ms.filter((m) => {
    if (m.a === m.b) return true;
    const w = nameWords(toks, m);
    if (which.has(w.join(' '))) return false;
    // "Judge Ann Park", "Mayor Bill Street": a title before the name says it is a person's
    const p = toks[m.a - 1];
    if (p && p.cap !== Cap.None && TITLES.has(bare(p.norm)) && adjacent(text, p, toks[m.a])) {
      for (let i = m.a; i <= m.b; i++) inFullNames.add(toks[i].norm);
      return true;
    }
    if (w.every((x) => ORG_AFTER.has(x))) return false;
    // "Aston Villa" when "Villa manager Unai Emery" names the club
    if (clubs.has(w.join(' ')) || (clubs.has(w[w.length - 1]) && !((lex.get(w[0]) ?? 0) & LEX_FIRST))) return false;
    if (PLACE_PHRASES.has(w.join(' '))) return false;
    // "Everett Factory", "Douglas Aircraft"; but "Simon Park said": a given name, a word that is a surname too, and
    // a person's sign beside them ("Stanley Park", "Albert Hall" have none)
    if (ORG_AFTER.has(w[w.length - 1]) && !surnameWithSign(text, toks, m, w, lex)) return false;
    // "Olympique Lyon", "Bayern Munich", "Rapid Vienna": a club named by its city, unless a given name opens it
    if (PLACES.has(w[w.length - 1]) && !((lex.get(w[0]) ?? 0) & LEX_FIRST) && !PLACES.has(w[0])) return false;
    // "Indiana Pacers", "Chicago Bulls": a place, then a plural that is no surname, names a team
    // ("Jordan Weems … Weems, who": a given name, and the plural alone later as a person, is a person's name)
    if (w.length === 2 && PLACES.has(w[0]) && pluralNoName(w[1], lex) && !surnameLater(toks, m, ev, lex)) return false;
    // "Ford Taurus", "Ford Motors" are not people; "Henry Ford" is
    // ("Kim Yong-hyun": a family name and a hyphenated given name is a person's whatever else "Kim" names)
    if (w.some(orgish) && (orgish(w[0]) || !((lex.get(w[0]) ?? 0) & LEX_FIRST)) && !eastAsianName(toks, m))
      return false;
    for (let i = m.a; i <= m.b; i++) inFullNames.add(toks[i].norm);
    return true;
  });
  return kept.filter((m) => {
    if (m.a !== m.b) return true;
    const w = toks[m.a].norm;
    if (ORG_AFTER.has(w) || DEMONYMS.has(w)) return false;
    if ((clubs.has(w) || which.has(w)) && !inFullNames.has(w)) return false;
    // "his wife Grace", "the Carter administration": the words around say it is a person
    if (afterKin(toks, m.a) || beforeAttributive(toks, m.a)) return true;
    // a country or city alone ("Panama faced Belgium"), unless the text names a person with the word
    if (PLACES.has(w) && !inFullNames.has(w)) return false;
    // a common word alone ("News", "Tiger") unless known as a surname or part of a full name here, or found
    // by a table's structure ("( Speed 45 )" among the scorers)
    const bits = lex.get(bare(w)) ?? 0;
    if (bits & LEX_COMMON && !(bits & LEX_NAME) && !inFullNames.has(w) && !m.listed) return false;
    // "officials in Jordan": a lone word after a place preposition is a place unless named in full
    const p = toks[m.a - 1];
    // "the Bill was passed", "a Mario game": a lone given name after an article is a thing, not a person
    if (p && (p.norm === 'the' || p.norm === 'a') && bits & LEX_FIRST && !inFullNames.has(w)) return false;
    // …but "in Trump's mouth": a known person's name (no place's) before a possessive
    if (p && PLACE_PREP.has(p.norm) && !inFullNames.has(w) && !possessedName(toks, m.a, bits)) return false;
    // "Ford said…" in a story about Ford Motor is the company, even when William Clay Ford Jr. is named too;
    // "Mr. Ford" is the person
    if (products.has(w) && !inFullNames.has(w)) return false;
    if (!orgish(w)) return true;
    return !!p && TITLES.has(bare(p.norm)) && p.cap !== Cap.None;
  });
}

/** "in Trump's mouth": a word known as a person's name only (no place's or organization's), then a possessive. */
function possessedName(toks: NameTok[], i: number, bits: number): boolean {
  const n = toks[i + 1]?.norm;
  return (n === "'s" || n === '’s') && (bits & (LEX_NAME | LEX_SURNAME)) !== 0 && !(bits & LEX_NONPER);
}

/**
 * "funded by Novo Nordisk, which makes the drug": a name that ", which" describes is a thing, never a person
 * (people take "who"). Returns those names' words joined, each one counting for the whole document.
 * Not a name opened by a given name, nor a lone known name.
 */
function namesBeforeWhich(toks: NameTok[], ms: Mention[], lex: Lexicon): Set<string> {
  const names = new Set<string>();
  for (const m of ms) {
    if (toks[m.b + 1]?.norm !== ',' || toks[m.b + 2]?.norm !== 'which') continue;
    // "the story "12:01 PM" by Richard A. Lupoff, which was published": after a given name or a known name, the
    // clause may describe the thing before the name
    const w = nameWords(toks, m);
    if ((lex.get(w[0]) ?? 0) & (w.length > 1 ? LEX_FIRST : LEX_FIRST | LEX_NAME | LEX_SURNAME)) continue;
    names.add(w.join(' '));
  }
  return names;
}

/**
 * "Amazon's Alexa", "Apple's Siri": a lone given name owned by a company is its product.
 * Not after a person ("Trump's Melania"), a place or a nationality ("Britain's Charles"), nor before another
 * capitalized word ("Google's Sundar Pichai").
 */
function addPossessedProducts(toks: NameTok[], ms: Mention[], lex: Lexicon, products: Set<string>): void {
  const person = new Uint8Array(toks.length);
  for (const m of ms) for (let i = m.a; i <= m.b; i++) person[i] = 1;
  for (let i = 2; i < toks.length; i++) {
    const s = toks[i - 1].norm;
    if (s !== "'s" && s !== '’s') continue;
    const owner = toks[i - 2];
    const t = toks[i];
    if (owner.cap === Cap.None || person[i - 2] || PLACES.has(owner.norm) || DEMONYMS.has(owner.norm)) continue;
    // the owner is known as a company: a word of the lexicon's non-person names only, or an eponymous one
    const ob = lex.get(owner.norm) ?? 0;
    const company = EPONYMOUS.has(owner.norm) || (ob & LEX_NONPER && !(ob & (LEX_COMMON | LEX_FIRST | LEX_NAME)));
    if (!company) continue;
    if (t.cap !== Cap.Title || !((lex.get(t.norm) ?? 0) & LEX_FIRST)) continue;
    const n = toks[i + 1];
    if (n && n.cap !== Cap.None && n.kind === t.kind && !n.nl) continue;
    products.add(t.norm);
  }
}

/**
 * "Villa manager Unai Emery", "Chelsea owner Todd Boehly": one to three capitalized words right before a club's
 * or company's role, itself right before a capitalized name, are the organization. Returns the spans' words
 * joined; a one-word span also joins `orgs`, so the word alone elsewhere is the club.
 */
function clubsBeforeRoles(text: string, toks: NameTok[], orgs: Set<string>): Set<string> {
  const clubs = new Set<string>();
  for (let i = 1; i + 1 < toks.length; i++) {
    const r = toks[i];
    // a role after a capitalized word (the club) only: most lower-case words are not after one
    if (r.cap !== Cap.None || r.nl || toks[i - 1].cap !== Cap.Title || toks[i - 1].allCaps) continue;
    // the role: one word, or two ("head coach")
    const two = i + 2 < toks.length && CLUB_ROLES.has(r.norm + ' ' + toks[i + 1].norm) ? 2 : 0;
    const len = two || (CLUB_ROLES.has(r.norm) ? 1 : 0);
    const name = toks[i + len];
    if (!len || !name || name.cap !== Cap.Title || name.nl) continue;
    let a = i;
    while (a > i - 3 && a > 0 && !toks[a].nl && toks[a - 1].cap === Cap.Title && !toks[a - 1].allCaps) {
      if (!adjacent(text, toks[a - 1], toks[a])) break;
      a--;
    }
    if (a === i) continue;
    const words = toks.slice(a, i).map((t) => t.norm);
    clubs.add(words.join(' '));
    orgs.add(words[words.length - 1]);
  }
  return clubs;
}

/** Plural verbs a singular name takes only when it names a team or a company, in British usage. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);

/**
 * "Chelsea have completed the signing", "Chelsea are top": one capitalized word as the subject of a plural
 * verb names a club or company, not a person ("Bill and Chelsea have" is two people).
 */
function addCollectiveSubjects(toks: NameTok[], teams: Set<string>): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.cap !== Cap.Title || t.allCaps || !PLURAL_VERBS.has(toks[i + 1].norm) || toks[i + 1].nl) continue;
    // the sentence's first word: "against Trump are overstated" and "Bill and Chelsea have" are no such subject
    if (!t.sent0 && !t.nl && i > 0) continue;
    teams.add(t.norm);
  }
}

export const dropOrgWords: Step = (doc, ms) => dropDocOrgs(doc.text, doc.toks, ms, doc.ev, doc.lex);
