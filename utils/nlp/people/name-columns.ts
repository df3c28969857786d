// Step: a column of names in a table that reaches the text a cell per line, as a page's tables do once extracted:
// a name alone on its line and the row's figures on the lines around it ("Miklos Vajna", "1449", "6.5%"). When
// most of the column's names are people already or known name words, the rest are people too, and a name the
// tagger cut short ("Armin Le" of "Armin Le Grand") is the whole cell.
import { TokKind } from '../tokens';
import { adjacent, Cap, isCandidate, type NameTok } from '../names-features';
import type { Mention, Step } from './doc';
import { ownersOf } from './context';
import { columnOfPeople, nameLike } from './results-rows';

/** A line holding only a figure ("4307", "19.5%", "$1,200"): most texts have none, and skip the step. */
const FIGURE_LINE = /\n[ \t]*[$€£]?\d[\d.,]*%?[ \t]*(?:\n|$)/;

const FIGURE_PUNCT = new Set(['%', '.', ',', '-', '+', '$', '€', '£', '(', ')']);

/** Most figure lines allowed between two cells of one column (a row's other cells). */
const MAX_GAP = 6;

interface Cell {
  a: number;
  b: number;
}

/** The tokens of each line: [first, last] pairs. */
function lines(toks: NameTok[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 1; i <= toks.length; i++) {
    if (i === toks.length || toks[i].nl) {
      out.push([first, i - 1]);
      first = i;
    }
  }
  return out;
}

function figureLine(toks: NameTok[], a: number, b: number): boolean {
  let number = false;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    if (t.kind === TokKind.Number) number = true;
    else if (t.kind !== TokKind.Punct || !FIGURE_PUNCT.has(t.norm)) return false;
  }
  return number;
}

/** A line that is a name's shape alone: two to four capitalized words and initials, particles between them. */
function cellLine(text: string, toks: NameTok[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > 3) return false;
  for (let i = a; i <= b; i++) {
    const t = toks[i];
    const cap = t.kind === TokKind.Word && (t.cap === Cap.Title || t.cap === Cap.Initial) && !t.allCaps;
    if (!cap && !(i > a && i < b && t.cap === Cap.None && isCandidate(toks, i))) return false;
    if (i > a && !adjacent(text, toks[i - 1], t)) return false;
  }
  return toks[b].cap === Cap.Title;
}

/** The columns: runs of three or more name cells with only figure lines (one to MAX_GAP) between them. */
function columns(text: string, toks: NameTok[]): Cell[][] {
  const out: Cell[][] = [];
  let run: Cell[] = [];
  let gap = -1; // figure lines since the last cell; -1 before any cell
  const close = () => {
    if (run.length >= 3) out.push(run);
    run = [];
    gap = -1;
  };
  for (const [a, b] of lines(toks)) {
    if (figureLine(toks, a, b)) {
      if (gap >= 0 && ++gap > MAX_GAP) close();
    } else if (cellLine(text, toks, a, b)) {
      if (gap === 0) close(); // two name lines in a row: prose or a list, not a table's column
      run.push({ a, b });
      gap = 0;
    } else close();
  }
  close();
  return out;
}

function addColumnNames(text: string, toks: NameTok[], ms: Mention[], lex: Map<string, number>): Mention[] {
  if (!FIGURE_LINE.test(text)) return ms;
  const cols = columns(text, toks);
  if (!cols.length) return ms;
  const owner = ownersOf(toks, ms);
  const out = ms.slice();
  let changed = false;
  for (const col of cols) {
    if (!columnOfPeople(toks, col, owner, lex)) continue;
    for (const c of col) {
      const k = owner[c.a];
      let free = true;
      for (let i = k >= 0 ? out[k].b + 1 : c.a; i <= c.b; i++) if (owner[i] >= 0) free = false;
      if (!free) continue;
      if (k < 0 && nameLike(toks, c.a, c.b, lex)) out.push({ a: c.a, b: c.b, listed: true });
      // the tagger's mention opens the cell and stops short of its end: the cell is the name
      else if (k >= 0 && out[k].a === c.a && out[k].b < c.b) out[k] = { a: c.a, b: c.b, listed: true };
      else continue;
      changed = true;
    }
  }
  return changed ? out.sort((x, y) => x.a - y.a) : ms;
}

export const addNameColumns: Step = (doc, ms) => addColumnNames(doc.text, doc.toks, ms, doc.lex);
