// Step: Chinese names written in pinyin, family name first ("beat Ye Zhaoying", "Gong Zhichao won",
// "He Yafei said"). The tagger knows few such given names and many family names are English words
// ("He", "Ye", "Long", "Song"); a given name of two pinyin syllables written as one word after a common
// family name is a sure sign (English words that split so, "Human", "Women", are common words and left out).
import { adjacent, Cap, LEX_COMMON, LEX_NONPER, type Lexicon, type NameTok } from '../names-features';
import { family, syllables } from '../data/name-pinyin.json';
import { DEMONYMS } from '../names-demonyms';
import { TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, ownersOf, replaceMentions } from './context';

const FAMILY = new Set(family);
const SYLLABLES = new Set(syllables);

/** "zhaoying" → zhao + ying: exactly two syllables of two letters or more. */
export function twoSyllables(w: string): boolean {
  if (w.length < 4 || w.length > 12 || !/^[a-z]+$/.test(w)) return false;
  for (let k = 2; k <= w.length - 2; k++) if (SYLLABLES.has(w.slice(0, k)) && SYLLABLES.has(w.slice(k))) return true;
  return false;
}

function givenName(t: NameTok | undefined, lex: Lexicon): boolean {
  if (!t || t.cap !== Cap.Title || t.allCaps || t.shape !== 'Xx' || t.nl) return false;
  return !((lex.get(t.norm) ?? 0) & (LEX_COMMON | LEX_NONPER)) && twoSyllables(t.norm);
}

function addPinyin(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  let owner: Int32Array | null = null;
  let out: Mention[] | null = null;
  const drop = new Set<number>();
  for (let i = 0; i + 1 < toks.length; i++) {
    const f = toks[i];
    if (f.cap !== Cap.Title || f.allCaps || f.shape !== 'Xx' || !FAMILY.has(f.norm)) continue;
    const g = toks[i + 1];
    if (!givenName(g, lex) || g.nl || !adjacent(text, f, g)) continue;
    // the name is the whole capitalized run: "Le Jingyi Swimming Club" is no person's name
    const p = toks[i - 1];
    const n = toks[i + 2];
    if (n && n.cap !== Cap.None && n.cap !== Cap.Initial && adjacent(text, g, n)) continue;
    // …and opens it, unless a title or a nationality comes before: "Vice Premier Qian Qichen", "Chinese Le Jingyi"
    if (
      p &&
      p.cap !== Cap.None &&
      !p.sent0 &&
      adjacent(text, p, f) &&
      !TITLES.has(bare(p.norm)) &&
      !DEMONYMS.has(p.norm)
    )
      continue;
    owner ??= ownersOf(toks, ms);
    const of = owner[i];
    const og = owner[i + 1];
    if (of >= 0 && of === og) continue; // found already
    // the tagger's mention of one of the two words alone gives way to the full name
    if (of >= 0 && (ms[of].a !== i || ms[of].b !== i)) continue;
    if (og >= 0 && (ms[og].a !== i + 1 || ms[og].b !== i + 1)) continue;
    if (of >= 0) drop.add(of);
    if (og >= 0) drop.add(og);
    (out ??= []).push({ a: i, b: i + 1, listed: false });
  }
  if (!out) return ms;
  return replaceMentions(ms, drop, out);
}

export const addPinyinNames: Step = (doc, ms) => addPinyin(doc.text, doc.toks, ms, doc.lex);
