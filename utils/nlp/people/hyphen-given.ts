// Step: a hyphenated given name opens a full name even where the tagger doubts it (at a sentence's start,
// in a list): "Marie-Claire Dupont won", "Karl-Heinz Rummenigge , the …".
import { adjacent, Cap, LEX_COMMON, LEX_FIRST, LEX_NONPER, type Lexicon, type NameTok } from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { ORG_AFTER, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, ownersOf } from './context';

/** "jean-marc", "karl-heinz", "anne-sophie": two given names joined by a hyphen. */
function hyphenatedGiven(w: string, lex: Lexicon): boolean {
  const h = w.indexOf('-');
  if (h < 2 || h > w.length - 3 || w.indexOf('-', h + 1) >= 0) return false;
  const first = (p: string) => ((lex.get(p) ?? 0) & LEX_FIRST) !== 0;
  return first(w.slice(0, h)) && first(w.slice(h + 1));
}

/** A capitalized word that can end a person's name: no place, nationality, organization word or title. */
function surnameLike(t: NameTok | undefined, lex: Lexicon): boolean {
  if (!t || t.cap !== Cap.Title || t.allCaps) return false;
  const w = t.norm;
  if (PLACES.has(w) || DEMONYMS.has(w) || ORG_AFTER.has(w) || TITLES.has(bare(w))) return false;
  const bits = lex.get(w) ?? 0;
  return !(bits & LEX_NONPER) && !(bits & LEX_COMMON && !(bits & LEX_FIRST));
}

function addHyphenGiven(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  let owner: Int32Array | null = null; // built on the first candidate: most texts have none
  const out = ms.slice();
  let changed = false;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.cap !== Cap.Title || t.allCaps || !hyphenatedGiven(t.norm, lex)) continue;
    owner ??= ownersOf(toks, ms);
    if (owner[i] >= 0) continue;
    const n = toks[i + 1];
    if (!adjacent(text, t, n) || !surnameLike(n, lex)) continue;
    const k = owner[i + 1];
    // the tagger kept the surname only: the name starts one word earlier
    if (k >= 0 && out[k].a === i + 1) out[k] = { ...out[k], a: i };
    else if (k < 0) out.push({ a: i, b: i + 1, listed: false });
    else continue;
    changed = true;
  }
  return changed ? out.sort((x, y) => x.a - y.a) : ms;
}

export const addHyphenatedGiven: Step = (doc, ms) => addHyphenGiven(doc.text, doc.toks, ms, doc.lex);
