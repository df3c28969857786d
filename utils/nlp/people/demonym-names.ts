// Step: a two-word name right after a nationality ("beat Czech Jiri Novak", "Slovak Dusan Kovac and …",
// "Kenyan Wanjiru Kamau won"): newswire's way to introduce a foreign athlete or official. The tagger reads
// the nationality and the words after it as one capitalized run, like "Czech Airlines", and keeps at most
// the last word; here the two words after the nationality are a name when both read like name words.
import {
  adjacent,
  Cap,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_SURNAME,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { EPONYMOUS, ORG_AFTER, TITLES, WEEKDAYS } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, ownersOf, replaceMentions } from './context';

/** Directions are in DEMONYMS ("Western"), but "Southern Baptist …" names no person. */
const NOT_NATIONALITY = new Set(['western', 'eastern', 'northern', 'southern']);

const NAME_BITS = LEX_FIRST | LEX_NAME | LEX_SURNAME;

/** A word that can be part of a person's name: capitalized, no common word, no place, title or org word. */
function nameWord(t: NameTok | undefined, lex: Lexicon): boolean {
  if (!t || t.cap !== Cap.Title || t.allCaps || t.nl || (t.shape !== 'Xx' && t.shape !== 'Xx-Xx')) return false;
  const w = t.norm;
  if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || WEEKDAYS.has(w)) return false;
  if (TITLES.has(bare(w))) return false;
  const bits = lex.get(w) ?? 0;
  return !(bits & LEX_COMMON) && (bits === 0 || (bits & NAME_BITS) !== 0);
}

function addAfterNationality(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  let owner: Int32Array | null = null;
  let out: Mention[] | null = null;
  const drop = new Set<number>();
  for (let i = 0; i + 2 < toks.length; i++) {
    const d = toks[i];
    if (d.cap !== Cap.Title || d.allCaps || !DEMONYMS.has(d.norm) || NOT_NATIONALITY.has(d.norm)) continue;
    const x = toks[i + 1];
    const y = toks[i + 2];
    const next = toks[i + 3];
    const prev = toks[i - 1];
    // the nationality opens the run ("Royal Dutch Shell" is no nationality) and the name ends it
    // (a sentence's capitalized "The" before it is no part of a name: "The Czech Jiri Novak beat …")
    const opener = prev?.sent0 && ((lex.get(prev.norm) ?? 0) & LEX_COMMON) !== 0;
    if (prev && prev.cap !== Cap.None && !d.sent0 && !opener && adjacent(text, prev, d)) continue;
    if (next && next.cap !== Cap.None && adjacent(text, y, next)) continue;
    if (!adjacent(text, d, x) || !adjacent(text, x, y) || !nameWord(x, lex) || !nameWord(y, lex)) continue;
    // one of the two is a known name word ("Jiri Novak"): two unknown words are as often a band or a shop
    if (!((lex.get(x.norm) ?? 0) & LEX_FIRST) && !((lex.get(y.norm) ?? 0) & NAME_BITS)) continue;
    owner ??= ownersOf(toks, ms);
    // free words, or the tagger's mention of the surname alone or of both words
    const oy = owner[i + 2];
    const ox = owner[i + 1];
    if (owner[i] >= 0 || (ox >= 0 && ox !== oy)) continue;
    if (oy >= 0 && (ms[oy].a < i + 1 || ms[oy].b !== i + 2)) continue;
    if (ox >= 0) continue; // already "Jiri Novak"
    if (oy >= 0) drop.add(oy);
    (out ??= []).push({ a: i + 1, b: i + 2, listed: false });
  }
  if (!out) return ms;
  return replaceMentions(ms, drop, out);
}

export const addAfterDemonyms: Step = (doc, ms) => addAfterNationality(doc.text, doc.toks, ms, doc.lex);
