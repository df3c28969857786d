// Questions about the tokens around a mention, shared by several steps.
import { TokKind } from '../tokens';
import { Cap, LEX_COMMON, LEX_FIRST, LEX_NONPER, type Lexicon, type NameTok } from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { KIN_WORDS, SURNAME_PARTICLES, TITLES } from '../wordlists';
import { words as attributiveNouns } from '../data/person-attributive-nouns.json';
import { words as kinTitles } from '../data/person-kin-titles.json';
import type { Mention } from './doc';

/** "Aunt Miranda", "Uncle Joe": a family word written as a title before a name, not part of it. */
export const KIN_TITLES: ReadonlySet<string> = new Set(kinTitles);

/** "sen." → "sen", "president-elect" → "president", "vice-president" → "president". */
export const bare = (s: string) => {
  let w = s.endsWith('.') ? s.slice(0, -1) : s;
  if (w.endsWith('-elect')) w = w.slice(0, -6);
  if (w.startsWith('vice-') || w.startsWith('ex-') || w.startsWith('co-')) w = w.slice(w.lastIndexOf('-') + 1);
  return w;
};

/** First word of a sentence or of a quotation ('observed, "My Santorum was sweet"'). */
export function opensClause(toks: NameTok[], i: number): boolean {
  const p = toks[i - 1];
  return toks[i].sent0 || (!!p && (p.norm === '"' || p.norm === '“' || p.norm === "'" || p.norm === '‘'));
}

/** Right after a family noun or an age ("his wife Grace", "his first wife, Sally", "the 52-year-old Grace", its
 * number split off by the tokenizer: "52", "-", "year-old")? */
export function afterKin(toks: NameTok[], i: number): boolean {
  const p = toks[i - 1];
  const q = p && p.norm === ',' ? toks[i - 2] : p;
  return !!q && q.cap === Cap.None && (KIN_WORDS.has(q.norm) || /(^|-)year-old$/.test(q.norm));
}

const ATTRIBUTIVE = new Set(attributiveNouns);

/** Right before a noun a person's name modifies ("the Obama administration", "Trump supporters")? */
export function beforeAttributive(toks: NameTok[], i: number): boolean {
  const n = toks[i + 1];
  return !!n && n.cap === Cap.None && ATTRIBUTIVE.has(n.norm);
}

/** "Park Joo-Ho", "Tsai Ing-wen": a short family name and a hyphenated given name (East Asian order). */
export function eastAsianName(toks: NameTok[], m: Mention): boolean {
  if (m.b !== m.a + 1) return false;
  const fam = toks[m.a].norm;
  const given = toks[m.b].norm;
  return fam.length <= 5 && /^[a-z]{1,4}-[a-z]{1,4}$/.test(given);
}

/**
 * "Christian Cullen": a nationality or creed word that is also a given name opens a two-word name when the
 * second word is no nationality, creed or common word ("Roman Catholic" is no name).
 */
export function givenNotCreed(toks: NameTok[], m: Mention, lex: Lexicon): boolean {
  if (m.b !== m.a + 1 || !((lex.get(toks[m.a].norm) ?? 0) & LEX_FIRST)) return false;
  const w = toks[m.b].norm;
  return !DEMONYMS.has(w) && !((lex.get(w) ?? 0) & (LEX_COMMON | LEX_NONPER));
}

/** Name words of a mention, lower case, without particles or brackets. */
export function nameWords(toks: NameTok[], m: Mention): string[] {
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

/** Verbs and auxiliaries: "…said the deal was fair, Xi said" has no apposition. */
export const NOT_ROLE =
  /\b(?:was|is|are|were|be|been|being|has|have|had|said|says|will|would|could|can|did|does|do|not|that|this|it)\b/;

/** Per token, the index of the mention that holds it, or -1. */
export function ownersOf(toks: NameTok[], ms: Mention[]): Int32Array {
  const owner = new Int32Array(toks.length).fill(-1);
  ms.forEach((m, k) => {
    for (let i = m.a; i <= m.b; i++) owner[i] = k;
  });
  return owner;
}

/**
 * The indexes of the mentions inside toks[a..b], which a name found over those tokens replaces; null when one of
 * them reaches outside (the longer name stays) or already is that name.
 */
export function mentionsInside(ms: Mention[], owner: Int32Array, a: number, b: number): Set<number> | null {
  const inside = new Set<number>();
  for (let k = a; k <= b; k++) {
    const o = owner[k];
    if (o < 0) continue;
    if (ms[o].a < a || ms[o].b > b || (ms[o].a === a && ms[o].b === b)) return null;
    inside.add(o);
  }
  return inside;
}

/** The mentions without those at the indexes in `drop`, plus `added`, in text order. */
export function replaceMentions(ms: Mention[], drop: ReadonlySet<number>, added: Mention[]): Mention[] {
  return [...ms.filter((_, k) => !drop.has(k)), ...added].sort((x, y) => x.a - y.a);
}

/** ", Google's chief executive,": an organization's possessive, then a title (not "Apple's rival"). */
const TITLE_OF_ORG = /^,\s+\p{Lu}[\p{L}.&-]*['’]s\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*[,.;]/u;

/** "Pichai, Google's chief executive, took the stage": a word no lexicon list claims, given a title at an organization. */
export function titleOfOrg(text: string, t: NameTok, lex: Lexicon): boolean {
  if ((lex.get(t.norm) ?? 0) & (LEX_COMMON | LEX_NONPER | LEX_FIRST)) return false;
  const m = TITLE_OF_ORG.exec(text.slice(t.end, t.end + 80));
  return (
    !!m &&
    m[1]
      .toLowerCase()
      .split(/\s+/)
      .some((w) => TITLES.has(w))
  );
}
