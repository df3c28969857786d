// Step: names in results tables and scoreboards, found by the rows' shared structure rather than by the
// words around them: "1. Chidi Okonkwo ( Nigeria ) 10.04", "136 Darren Clarke 70 66 , Ian Woosnam 68 69".
import { TokKind } from '../tokens';
import {
  adjacent,
  Cap,
  isCandidate,
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
import { EPONYMOUS, ORG_AFTER, ORG_WORDS, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, ownersOf } from './context';

/** Longest name in a row: "Per-Ulrik Johansson", "José María Olazábal Jr". */
const MAX_SPAN = 4;

const capWord = (t: NameTok | undefined) =>
  !!t && t.kind === TokKind.Word && (t.cap === Cap.Title || t.cap === Cap.Initial) && !t.allCaps;

/** "Russia", "South Africa", "U.S.", "GER": what stands in brackets after a competitor's name. */
function placeAt(toks: NameTok[], a: number, b: number): boolean {
  if (a === b) {
    const t = toks[a];
    if (t.kind !== TokKind.Word) return false;
    if (PLACES.has(t.norm) || DEMONYMS.has(t.norm)) return true;
    // country codes: "GER", "USA", "U.S."
    return (t.cap === Cap.Upper && t.end - t.start <= 3) || (t.cap === Cap.Initial && t.end - t.start >= 4);
  }
  if (b === a + 1) return PLACE_PHRASES.has(toks[a].norm + ' ' + toks[b].norm);
  return false;
}

/** The end of "( Place )" starting at i, or -1. */
export function bracketedPlace(toks: NameTok[], i: number): number {
  if (toks[i]?.norm !== '(') return -1;
  for (let j = i + 2; j <= i + 3 && j < toks.length; j++) {
    if (toks[j].norm === ')') return placeAt(toks, i + 1, j - 1) ? j : -1;
  }
  return -1;
}

/**
 * The end of "( Leverkusen )", "( Rapid Vienna )" starting at i: one to three capitalized words in brackets
 * that are not a known place (a club, a team, a region), or -1.
 */
function bracketedWords(toks: NameTok[], i: number): number {
  if (toks[i]?.norm !== '(') return -1;
  for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
    const t = toks[j];
    if (t.norm === ')') return j > i + 1 ? j : -1;
    if (t.kind !== TokKind.Word || t.cap !== Cap.Title || t.nl) return -1;
  }
  return -1;
}

/** "( 18-7 )", "( 22 )": a record or a tally in brackets after a player's name. */
function bracketedFigures(toks: NameTok[], i: number): boolean {
  if (toks[i]?.norm !== '(' || toks[i + 1]?.kind !== TokKind.Number) return false;
  for (let j = i + 2; j <= i + 6 && j < toks.length; j++) {
    const t = toks[j];
    if (t.norm === ')') return true;
    if (t.kind !== TokKind.Number && t.norm !== '-' && t.norm !== '/') return false;
  }
  return false;
}

/** A number, or the dash or period right after one ("15 - Neil Jenkins", "1. Chidi Okonkwo"). */
function numberish(toks: NameTok[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  if (t.kind === TokKind.Number) return true;
  return (t.norm === '-' || t.norm === '.') && toks[i - 1]?.kind === TokKind.Number && !t.nl;
}

/** What stands before a span in a row: the line's start, a number, a separator or a colon; '' for prose. */
function before(toks: NameTok[], a: number): string {
  const p = toks[a - 1];
  if (!p || toks[a].nl) return 'line';
  if (numberish(toks, a - 1)) return 'num';
  if (p.norm === ',' || p.norm === ';') return 'sep';
  return p.norm === ':' ? 'colon' : '';
}

/**
 * Where a span sits in its row, or '' when that is not a row's structure: a country in brackets after it
 * ('place', whatever comes before), figures in brackets after it, a number on both sides, or a number
 * before and the item's end after.
 */
function slotOf(toks: NameTok[], a: number, b: number): string {
  if (bracketedPlace(toks, b + 1) >= 0) return 'place';
  if (bracketedWords(toks, b + 1) >= 0) return 'words';
  if (bracketedFigures(toks, b + 1)) return 'figures';
  const pre = before(toks, a);
  const n = toks[b + 1];
  if (pre && n && !n.nl && n.kind === TokKind.Number) return pre + '|num';
  return pre === 'num' && (!n || n.nl || n.norm === ',' || n.norm === ';') ? 'num|end' : '';
}

/** A span that can be a person's name: no place, nationality, organization word or title; not a common word. */
export function nameLike(toks: NameTok[], a: number, b: number, lex: Lexicon): boolean {
  let named = false;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (t.cap === Cap.Initial || t.cap === Cap.None) continue;
    const w = bare(t.norm);
    if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || ORG_WORDS.has(w)) return false;
    if (TITLES.has(w)) return false;
    const bits = lex.get(w) ?? 0;
    if (bits & (LEX_FIRST | LEX_NAME | LEX_SURNAME)) named = true;
    else if (bits & (LEX_COMMON | LEX_NONPER)) return false;
  }
  if (b > a && PLACE_PHRASES.has(toks[a].norm + ' ' + toks[a + 1].norm)) return false;
  return named || toks[a].cap !== Cap.Initial;
}

/** Some word of the span is a known name word (a given name or surname, not a common word). */
function namey(toks: NameTok[], a: number, b: number, lex: Lexicon): boolean {
  for (let i = a; i <= b; i++) {
    const bits = lex.get(bare(toks[i].norm)) ?? 0;
    if (bits & (LEX_FIRST | LEX_NAME | LEX_SURNAME) && !(bits & LEX_COMMON)) return true;
  }
  return false;
}

interface Cell {
  a: number;
  b: number;
  slot: string;
  /** The group's key: the block for figures, the run of consecutive lines for a bracket after the name. */
  group: string;
  /** For a number before the name and nothing after it, also the run of consecutive lines (a ranked list printed
   * a row per paragraph: "65 Ian Woosnam"); not for scores on both sides, the shape of teams' results. */
  lines?: string;
}

/** A bracket after the name: a country ("( Spain )") or a club, team or region ("( Leverkusen )"). */
const bracketSlot = (slot: string) => slot === 'place' || slot === 'words';

/**
 * Rows of a table name one kind of thing in one place: the capitalized spans of a block (lines up to a blank
 * line) that sit in the same slot (a number on both sides) are all people when most of them are already
 * people or known name words, none is a place or an organization, and there are at least three of them.
 * Rows with a bracket after the name ("Hicham Arazi ( Morocco ) 6-2") group by consecutive lines instead, blank
 * lines between them or not (results are often printed a row per paragraph): a country in most brackets is
 * evidence enough, other words in brackets ("( Leverkusen )") need people among the rows. A ranked list with
 * a number before each name and nothing after it ("65 Ian Woosnam") also groups by consecutive lines.
 */
function addRowNames(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const groups = new Map<string, Cell[]>();
  const add = (key: string, c: Cell) => {
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  };
  for (const c of rowCells(text, toks)) {
    add(c.group, c);
    if (c.lines) add(c.lines, c);
  }
  let owner: Int32Array | null = null;
  const added: Mention[] = [];
  for (const g of groups.values()) {
    if (g.length < 3) continue;
    owner ??= ownersOf(toks, ms);
    addFromRows(toks, g, owner, lex, added);
  }
  return added.length ? [...ms, ...added].sort((x, y) => x.a - y.a) : ms;
}

/** The capitalized spans of the text with a slot (a number on both sides, a bracket after), and their group. */
function rowCells(text: string, toks: NameTok[]): Cell[] {
  const cells: Cell[] = [];
  let block = 0;
  let line = 0;
  let run = 0;
  let runLine = -2;
  // per slot, the run of consecutive lines its cells sit on, and the last such line
  const numRuns = new Map<string, { run: number; line: number }>();
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].nl) line++;
    if (toks[i].nl === 2) block++;
    if (!capWord(toks[i])) continue;
    const b = spanEnd(text, toks, i);
    const slot = slotOf(toks, i, b);
    if (slot && toks[b].cap !== Cap.Initial) {
      let group = block + ' ' + slot;
      if (bracketSlot(slot)) {
        if (line > runLine + 1) run++;
        runLine = line;
        group = 'run ' + run;
      }
      let lines: string | undefined;
      if (slot === 'num|end') {
        const r = numRuns.get(slot) ?? { run: 0, line: -2 };
        if (line > r.line + 1) r.run++;
        r.line = line;
        numRuns.set(slot, r);
        lines = `lines ${r.run} ${slot}`;
      }
      cells.push({ a: i, b, slot, group, lines });
    }
    i = b;
  }
  return cells;
}

/** The last token of the name that opens at token i ("Jeroen van Dijk": a particle between two capitalized words stays inside). */
function spanEnd(text: string, toks: NameTok[], i: number): number {
  let b = i;
  while (
    b + 1 < toks.length &&
    b - i + 1 < MAX_SPAN &&
    (capWord(toks[b + 1]) || (toks[b + 1].cap === Cap.None && isCandidate(toks, b + 1))) &&
    adjacent(text, toks[b], toks[b + 1])
  )
    b++;
  while (toks[b].cap === Cap.None) b--;
  return b;
}

/**
 * Whether the cells of a group (a table's rows, a column) read as people: a person already or a known name word in
 * at least half of them and at least one person, and three in four at least shaped like a name; with `places`
 * (a country in brackets after most of them) the people are not needed.
 */
export function columnOfPeople(
  toks: NameTok[],
  g: ReadonlyArray<{ a: number; b: number }>,
  owner: Int32Array,
  lex: Lexicon,
  places = false,
): boolean {
  let people = 0;
  let names = 0;
  let bad = 0;
  for (const c of g) {
    const person = owner[c.a] >= 0 && owner[c.a] === owner[c.b];
    if (person) people++;
    if (person || namey(toks, c.a, c.b, lex)) names++;
    if (!nameLike(toks, c.a, c.b, lex) && !person) bad++;
  }
  return bad * 4 <= g.length && (places || (people >= 1 && names * 2 >= g.length));
}

/** The cells of a group of three or more that are people, pushed to `added` when most of the group reads as people. */
function addFromRows(toks: NameTok[], g: Cell[], owner: Int32Array, lex: Lexicon, added: Mention[]): void {
  let places = 0;
  for (const c of g) if (c.slot === 'place') places++;
  // a country in brackets after most spans is evidence enough; a number or a club beside it needs people
  if (!columnOfPeople(toks, g, owner, lex, places * 2 > g.length)) return;
  for (const c of g) {
    let free = true;
    for (let k = c.a; k <= c.b; k++) if (owner[k] >= 0) free = false;
    if (!free || !nameLike(toks, c.a, c.b, lex)) continue;
    added.push({ a: c.a, b: c.b, listed: true });
    // now a person of its own, so a second group holding the cell neither adds it again nor counts it as free
    const id = owner.length + added.length;
    for (let k = c.a; k <= c.b; k++) owner[k] = id;
  }
}

export const addResultsRows: Step = (doc, ms) => addRowNames(doc.text, doc.toks, ms, doc.lex);
