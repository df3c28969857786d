// Step: the players of a cricket scoreboard and names opened by an initial at a line's start:
// "R. Mahanama c Parore b Doull 22", "S. Jayasuriya lbw b Cairns 51".
import { TokKind } from '../tokens';
import {
  adjacent,
  Cap,
  LEX_NONPER,
  LEX_FIRST,
  LEX_NAME,
  LEX_SURNAME,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { EPONYMOUS, ORG_AFTER, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare } from './context';

const capWord = (t: NameTok | undefined) => !!t && t.kind === TokKind.Word && t.cap === Cap.Title && !t.allCaps;

/** A capitalized word that can be a surname: no place, nationality, organization word or title. */
function surnameLike(t: NameTok, lex: Lexicon): boolean {
  const w = t.norm;
  if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || TITLES.has(bare(w))) return false;
  const bits = lex.get(w) ?? 0;
  return !(bits & LEX_NONPER) || (bits & (LEX_FIRST | LEX_NAME | LEX_SURNAME)) !== 0;
}

/** "R.": one letter and its period. */
const isInitial = (t: NameTok | undefined) => !!t && t.cap === Cap.Initial && t.end - t.start === 2;

/** The end of a row: a number or the line's end follows. */
const rowEnd = (t: NameTok | undefined) => !t || t.nl > 0 || t.kind === TokKind.Number;

/**
 * Cricket's dismissal notation names the fielder after "c" or "st" and the bowler after "b" ("c Parore b
 * Doull 22", "lbw b Cairns 51", "c & b Vettori"); the batsman opens the row, often by initials and surname.
 */
function addScoreboardNames(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const taken = new Uint8Array(toks.length);
  for (const m of ms) for (let i = m.a; i <= m.b; i++) taken[i] = 1;
  const added: Mention[] = [];
  addDismissals(toks, lex, taken, added);
  addInitialRows(text, toks, lex, taken, added);
  return added.length ? [...ms, ...added].sort((x, y) => x.a - y.a) : ms;
}

/** Adds toks[a..b] as a listed name unless a token of it is taken; takes its tokens. */
function addFree(a: number, b: number, taken: Uint8Array, added: Mention[]): void {
  for (let k = a; k <= b; k++) if (taken[k]) return;
  for (let k = a; k <= b; k++) taken[k] = 1;
  added.push({ a, b, listed: true });
}

/** "c Parore b Doull 22", "lbw b Cairns 51", "c Saeed Anwar b Wasim Akram 12": the fielder and the bowler. */
function addDismissals(toks: NameTok[], lex: Lexicon, taken: Uint8Array, added: Mention[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.norm !== 'b' && t.norm !== 'c' && t.norm !== 'st') continue;
    // the name: up to three capitalized words that can each be a surname
    let e = i;
    while (e - i < 3 && capWord(toks[e + 1]) && !toks[e + 1].nl && surnameLike(toks[e + 1], lex)) e++;
    if (e === i) continue;
    // "b Doull 22": the bowler ends the row; "c Parore b": the fielder comes before the bowler
    const p = toks[i - 1];
    const bowler = t.norm === 'b' && rowEnd(toks[e + 1]) && (p?.norm === 'lbw' || p?.norm === '&' || capWord(p));
    const fielder = (t.norm === 'c' || t.norm === 'st') && toks[e + 1]?.norm === 'b' && capWord(toks[e + 2]);
    if (!bowler && !fielder) continue;
    addFree(i + 1, e, taken, added);
  }
}

/** "R. Mahanama c Parore …", "A. Ranatunga run out 12": a row opened by initials and a surname. */
function addInitialRows(text: string, toks: NameTok[], lex: Lexicon, taken: Uint8Array, added: Mention[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (!isInitial(toks[i]) || (i > 0 && !toks[i].nl)) continue;
    let j = i;
    while (isInitial(toks[j + 1]) && adjacent(text, toks[j], toks[j + 1])) j++;
    const s = j + 1;
    if (!capWord(toks[s]) || !adjacent(text, toks[j], toks[s]) || !surnameLike(toks[s], lex)) continue;
    const n = toks[s + 1];
    if (n && !n.nl && n.kind === TokKind.Word && n.cap !== Cap.None) continue;
    addFree(i, s, taken, added);
  }
}

export const addScoreboards: Step = (doc, ms) => addScoreboardNames(doc.text, doc.toks, ms, doc.lex);
