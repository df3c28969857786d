// Step: the other names in a list of names ("Smith, Jones, Kane and Saka"): line-ups, casts, signatories.
import { TokKind } from '../tokens';
import {
  Cap,
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
import { EPONYMOUS, ORG_AFTER, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { addNameReuses } from './propagate';
import { bare, ownersOf } from './context';

/** Longest item of a list that can be a name: "Marcus Rashford", "Jean-Pierre Adams Smith". */
const MAX_ITEM = 3;

const isCap = (t: NameTok | undefined) => !!t && t.kind === TokKind.Word && t.cap === Cap.Title;
const isSep = (t: NameTok | undefined) => !!t && (t.norm === ',' || t.norm === ';' || t.norm === 'and');

const NAME_BITS = LEX_FIRST | LEX_NAME | LEX_SURNAME;

/** A list item that reads like a name: no place, nationality, organization word or title in it; a lone word
 * is in the published surname lists, or (in a line-up) is no common word or organization word. */
function nameLike(toks: NameTok[], a: number, b: number, lex: Lexicon, lineUp = false): boolean {
  if (b - a + 1 > MAX_ITEM) return false;
  for (let i = a; i <= b; i++) {
    const w = toks[i].norm;
    if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || TITLES.has(bare(w))) return false;
    if (i < b && PLACE_PHRASES.has(w + ' ' + toks[i + 1].norm)) return false; // "United States"
  }
  if (a < b) return true;
  const bits = lex.get(toks[a].norm) ?? 0;
  if (bits & LEX_SURNAME) return true;
  return lineUp && ((bits & NAME_BITS) !== 0 || !(bits & (LEX_COMMON | LEX_NONPER)));
}

/** A lone item that is a known given name or surname and not a common word ("Saliba", "Havertz"). */
function knownName(toks: NameTok[], a: number, b: number, lex: Lexicon): boolean {
  const bits = lex.get(toks[a].norm) ?? 0;
  return a === b && (bits & NAME_BITS) !== 0 && !(bits & LEX_COMMON);
}

/** "Arsenal: Raya; …", "Lyon - Coupet ; …": the list follows a label (a team) that opens its line. */
function afterLabel(toks: NameTok[], a: number): boolean {
  const p = toks[a - 1];
  if (!p || (p.norm !== ':' && p.norm !== '-' && p.norm !== '–')) return false;
  let i = a - 2;
  while (i >= 0 && toks[i].cap !== Cap.None && !toks[i].nl && a - i <= 5) i--;
  return i < a - 2 && (i < 0 || toks[i + 1].nl > 0 || toks[i].norm === '.' || toks[i].norm === ';');
}

/** Numbers after a list item ("Saka 23, Havertz 51", "Doull 19-5-51-1"): skipped, they are the item's figures. */
function skipFigures(toks: NameTok[], s: number): number {
  let k = s;
  while (
    toks[k] &&
    !toks[k].nl &&
    (toks[k].kind === TokKind.Number ||
      ((toks[k].norm === '-' || toks[k].norm === '/') && toks[k + 1]?.kind === TokKind.Number))
  )
    k++;
  return k;
}

/**
 * In a run of three or more capitalized items joined by commas or "and", where at least two items are
 * already people (and at least half of them), the other items that read like names are people too: lists name one kind of thing.
 * A line-up ("Arsenal: Raya; White, Saliba, …"): five or more items after a label that opens the line, or
 * joined by both semicolons and commas, two of them people or known names and hardly any a place or an
 * organization, is a list of people whose lone words need not be in the surname lists.
 */
function addListedNames(toks: NameTok[], ms: Mention[], lex: Lexicon, tablesOnly = false): Mention[] {
  const owner = ownersOf(toks, ms);
  const added: Mention[] = [];
  const sureOwn: number[] = [];
  let i = 0;
  // a small loop, lists read and judged apart: a rare branch taken late recompiles only its own function
  while (i < toks.length) {
    if (!isCap(toks[i])) {
      i++;
      continue;
    }
    // most capitalized runs are no list: their end is read without making one
    const b = itemEnd(toks, i);
    if (nextItem(toks, b) < 0) {
      i = b + 1;
      continue;
    }
    const list = readList(toks, i);
    if (list.items.length >= 3) addFromList(toks, list, owner, lex, tablesOnly, added, sureOwn);
    i = list.items[list.items.length - 1][1] + 1;
  }
  if (!added.length && !sureOwn.length) return ms;
  let out = ms;
  if (sureOwn.length) {
    // the tagger's own items of a line-up are as sure as the ones the list adds: no lone-word doubt drops them
    out = ms.slice();
    for (const k of sureOwn) if (!out[k].listed) out[k] = { a: out[k].a, b: out[k].b, listed: true };
  }
  return added.length ? [...out, ...added].sort((x, y) => x.a - y.a) : out;
}

interface List {
  /** Items [a, b], token indices, both inclusive. */
  items: [number, number][];
  /** Separated by semicolons somewhere, by commas somewhere. */
  semi: boolean;
  comma: boolean;
  /** Items followed by figures. */
  figures: number;
}

/** The last token of the item that starts at token j: the capitalized words after it on its line. */
function itemEnd(toks: NameTok[], j: number): number {
  let b = j;
  while (isCap(toks[b + 1]) && toks[b + 1].nl === 0) b++;
  return b;
}

/** Where the next item starts after the item that ends at token b (its figures and one or two separators
 * between), or -1: the list ends there. */
function nextItem(toks: NameTok[], b: number): number {
  let s = skipFigures(toks, b + 1);
  if (!isSep(toks[s])) return -1;
  if (isSep(toks[s + 1])) s++;
  return !isCap(toks[s + 1]) || toks[s + 1].sent0 ? -1 : s + 1;
}

/** The items from token i on, separated by one or two separators (", and"). */
function readList(toks: NameTok[], i: number): List {
  const list: List = { items: [], semi: false, comma: false, figures: 0 };
  let j = i;
  for (;;) {
    const b = itemEnd(toks, j);
    list.items.push([j, b]);
    const s = skipFigures(toks, b + 1);
    if (s > b + 1) list.figures++;
    if (!isSep(toks[s])) break;
    if (toks[s].norm === ';') list.semi = true;
    if (toks[s].norm === ',') list.comma = true;
    const next = nextItem(toks, b);
    if (next < 0) break;
    j = next;
  }
  return list;
}

/** The items of a list of three or more that are people by the company they keep, pushed to `added`. */
function addFromList(
  toks: NameTok[],
  { items, semi, comma, figures }: List,
  owner: Int32Array,
  lex: Lexicon,
  tablesOnly: boolean,
  added: Mention[],
  sureOwn: number[],
): void {
  const people = items.filter(([a, b]) => owner[a] >= 0 && owner[a] === owner[b]).length;
  // a line-up: five or more items, two of them people or known names, hardly any a place or organization
  let lineUp = false;
  if (items.length >= 5 && (afterLabel(toks, items[0][0]) || (semi && comma))) {
    let known = 0;
    let bad = 0;
    for (const [a, b] of items) {
      if (!(owner[a] >= 0 && owner[a] === owner[b]) && knownName(toks, a, b, lex)) known++;
      if (!nameLike(toks, a, b, lex, true)) bad++;
    }
    lineUp = people + known >= 2 && bad * 5 <= items.length;
  }
  // a list of players' figures ("Jordan 31 , Pippen 22 , Kukoc 14") is as sure as a line-up
  const sure = lineUp || figures >= 2;
  if ((sure || !tablesOnly) && (lineUp || (people >= 2 && people * 2 >= items.length))) {
    for (const [a, b] of items) {
      let free = true;
      for (let k = a; k <= b; k++) if (owner[k] >= 0) free = false;
      if (free && nameLike(toks, a, b, lex, sure)) added.push({ a, b, listed: sure });
      else if (sure && owner[a] >= 0 && owner[a] === owner[b] && nameLike(toks, a, b, lex, true))
        sureOwn.push(owner[a]);
    }
  }
}

export const addNameLists: Step = (doc, ms) => addListedNames(doc.toks, ms, doc.lex);

/**
 * Again once surnames alone are people ("Jordan 31 , Pippen 22 , Kukoc 14"): line-ups and figures lists only;
 * the names they add spread to their other mentions.
 */
export const addTableLists: Step = (doc, ms) => {
  const out = addListedNames(doc.toks, ms, doc.lex, true);
  return out === ms ? ms : addNameReuses(doc, out);
};
