// Step: "Ng Eng Hen said", "Health Minister Ong Ye Kung", "Leong Mun Wai, an MP,": a family name written
// first (Chinese in its Cantonese, Hokkien or Teochew spelling, as Singapore, Malaysia and Hong Kong print
// it; Korean; Vietnamese), then a given name of two syllables written as two words. The syllables are often
// English words ("Ye", "Kung", "Wai") or words no list knows, so the tagger misses the name or keeps a part
// of it ("Chee Meng" without "Ng"). With a person's sign beside them, the three words are one name.
import { adjacent, Cap, type NameTok } from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { EA_FAMILY, ORG_AFTER, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, mentionsInside, ownersOf, replaceMentions } from './context';
import { personBeside } from './reused-names';
import { alternatives, GAP, lazyHint } from './hints';

/** The longest syllable of such a given name ("Khiang", "Loong"). */
const MAX_SYLLABLE = 6;

const plainWord = (t: NameTok | undefined): t is NameTok =>
  !!t && t.cap === Cap.Title && !t.allCaps && t.shape === 'Xx' && !t.nl;

/** A capitalized short word that can be a syllable of a given name (not "Road", "Tin" of a place, "Sen."). */
function syllable(t: NameTok | undefined): boolean {
  if (!plainWord(t) || t.norm.length > MAX_SYLLABLE) return false;
  const w = t.norm;
  return !ORG_AFTER.has(w) && !PLACES.has(w) && !TITLES.has(w) && !DEMONYMS.has(w);
}

/** Whether toks[i..i+2] is a family name and two syllables standing alone, not inside a longer run of names. */
function familyFirst(text: string, toks: NameTok[], i: number): boolean {
  const f = toks[i];
  if (!plainWord(f) || !EA_FAMILY.has(f.norm)) return false;
  const s1 = toks[i + 1];
  const s2 = toks[i + 2];
  if (!syllable(s1) || !syllable(s2) || !adjacent(text, f, s1) || !adjacent(text, s1, s2)) return false;
  const n = toks[i + 3];
  if (n && n.cap !== Cap.None && adjacent(text, s2, n)) return false;
  // "Hong Kong Ng …" is a longer run; a title or a sentence's start before it is not
  const p = toks[i - 1];
  return !(p && p.cap !== Cap.None && !f.sent0 && adjacent(text, p, f) && !TITLES.has(bare(p.norm)));
}

/** A listed family name, capitalized, then two capitalized words: the text may hold such a name. */
const mayHold = lazyHint(
  () => `(?:${alternatives(EA_FAMILY, true)})${GAP}\\p{Lu}\\p{Ll}{0,${MAX_SYLLABLE - 1}}${GAP}\\p{Lu}`,
);

export const addFamilyFirstNames: Step = (doc, ms) => {
  const { text, toks } = doc;
  if (!mayHold(text)) return ms;
  let owner: Int32Array | null = null;
  const drop = new Set<number>();
  const added: Mention[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!familyFirst(text, toks, i)) continue;
    const m = { a: i, b: i + 2, listed: false };
    owner ??= ownersOf(toks, ms);
    // a mention inside the three words gives way to the full name; one reaching outside them stays
    const inside = mentionsInside(ms, owner, i, i + 2);
    if (!inside || !personBeside(text, toks, m)) continue;
    for (const o of inside) drop.add(o);
    added.push(m);
    i += 2;
  }
  return added.length ? replaceMentions(ms, drop, added) : ms;
};
