// Step: the other names in a list of names ("Smith, Jones, Kane and Saka"): line-ups, casts, signatories.
import { TokKind } from '../tokens';
import { Cap, LEX_SURNAME, type Lexicon, type NameTok } from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { EPONYMOUS, ORG_AFTER, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare } from './context';

/** Longest item of a list that can be a name: "Marcus Rashford", "Jean-Pierre Adams Smith". */
const MAX_ITEM = 3;

const isCap = (t: NameTok | undefined) => !!t && t.kind === TokKind.Word && t.cap === Cap.Title;
const isSep = (t: NameTok | undefined) => !!t && (t.norm === ',' || t.norm === ';' || t.norm === 'and');

/** A list item that reads like a name: no place, nationality, organization word or title in it; a lone word
 * is in the published surname lists. */
function nameLike(toks: NameTok[], a: number, b: number, lex: Lexicon): boolean {
  if (b - a + 1 > MAX_ITEM) return false;
  for (let i = a; i <= b; i++) {
    const w = toks[i].norm;
    if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || TITLES.has(bare(w))) return false;
  }
  if (a < b) return true;
  const bits = lex.get(toks[a].norm) ?? 0;
  return (bits & LEX_SURNAME) !== 0;
}

/**
 * In a run of three or more capitalized items joined by commas or "and", where at least two items are
 * already people (and at least half of them), the other items that read like names are people too: lists name one kind of thing.
 */
function addListedNames(toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const owner = new Int32Array(toks.length).fill(-1);
  ms.forEach((m, k) => {
    for (let i = m.a; i <= m.b; i++) owner[i] = k;
  });
  const added: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i])) {
      i++;
      continue;
    }
    // read items [a, b] separated by one or two separators (", and")
    const items: [number, number][] = [];
    let j = i;
    for (;;) {
      let b = j;
      while (isCap(toks[b + 1]) && toks[b + 1].nl === 0) b++;
      items.push([j, b]);
      let s = b + 1;
      if (!isSep(toks[s])) break;
      if (isSep(toks[s + 1])) s++;
      if (!isCap(toks[s + 1]) || toks[s + 1].sent0) break;
      j = s + 1;
    }
    const people = items.filter(([a, b]) => owner[a] >= 0 && owner[a] === owner[b]).length;
    if (items.length >= 3 && people >= 2 && people * 2 >= items.length) {
      for (const [a, b] of items) {
        let free = true;
        for (let k = a; k <= b; k++) if (owner[k] >= 0) free = false;
        if (free && nameLike(toks, a, b, lex)) added.push({ a, b });
      }
    }
    i = items[items.length - 1][1] + 1;
  }
  return added.length ? [...ms, ...added].sort((x, y) => x.a - y.a) : ms;
}

export const addNameLists: Step = (doc, ms) => addListedNames(doc.toks, ms, doc.lex);
