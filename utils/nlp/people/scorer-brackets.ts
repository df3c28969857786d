// Step: scorers in brackets after a team's score: "Chelsea 2 ( Vialli 12 , Di Matteo 60 ) Everton 1
// ( Speed 45 )", "Feyenoord 3 (Larsson 12, 55 pen, Van Gastel 80)", "Sri Lanka 171 ( de Silva 68 ; Wasim 4-36 )".
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
import { PLACES } from '../names-places';
import { EPONYMOUS, ORG_AFTER, ORG_WORDS, PARTICLES, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare } from './context';

/** What may follow a scoring minute: a penalty, an own goal. */
const MARKS = new Set(['pen', 'penalty', 'og', 'o.g.', 'pen.']);

const NAME_BITS = LEX_FIRST | LEX_NAME | LEX_SURNAME;

/** Longest scorer's name: "Juan Pablo Angel". */
const MAX_NAME = 3;

const capWord = (t: NameTok | undefined) => !!t && t.kind === TokKind.Word && t.cap === Cap.Title && !t.allCaps;

/** A minute of a match, a count of runs or goals: a whole number of one to three digits. */
function minute(text: string, t: NameTok | undefined): boolean {
  return !!t && t.kind === TokKind.Number && t.end - t.start <= 3 && /^\d+$/.test(text.slice(t.start, t.end));
}

/** A scorer's name: no place, nationality, organization word or title in it. */
function scorerLike(toks: NameTok[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const w = bare(toks[i].norm);
    if (toks[i].cap === Cap.None) continue;
    if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || ORG_WORDS.has(w)) return false;
    if (TITLES.has(w)) return false;
  }
  return true;
}

/** The scorers' spans of the bracket opening at i ("( Fowler 8 , 55 , Collymore 71 )"), or null. */
function readBracket(text: string, toks: NameTok[], i: number): [number, number][] | null {
  const items: [number, number][] = [];
  let j = i + 1;
  for (;;) {
    // "de Silva 68": a particle may open the name
    const particle = toks[j]?.cap === Cap.None && PARTICLES.has(toks[j].norm) && capWord(toks[j + 1]);
    if ((!capWord(toks[j]) && !particle) || toks[j].nl) return null;
    let b = particle ? j + 1 : j;
    while (
      b - j + 1 < MAX_NAME &&
      (capWord(toks[b + 1]) || (toks[b + 1]?.cap === Cap.None && isCandidate(toks, b + 1))) &&
      adjacent(text, toks[b], toks[b + 1])
    )
      b++;
    if (!scorerLike(toks, j, b)) return null;
    items.push([j, b]);
    // minutes "8 , 55 , 71 pen", runs "27 not out", bowling figures "4-36"
    let k = b + 1;
    if (!minute(text, toks[k])) return null;
    for (;;) {
      k++;
      if (toks[k]?.norm === '-' && minute(text, toks[k + 1])) k += 2;
      if (toks[k] && MARKS.has(toks[k].norm)) k++;
      if (toks[k]?.norm === 'not' && toks[k + 1]?.norm === 'out') k += 2;
      if (toks[k]?.norm === ',' && minute(text, toks[k + 1])) k++;
      else break;
    }
    const t = toks[k];
    if (!t || t.nl) return null;
    if (t.norm === ')') return items;
    if (t.norm !== ',' && t.norm !== ';') return null;
    j = k + 1;
  }
}

/**
 * After a team's name and its score, a bracket of capitalized names each followed by the minutes of their
 * goals lists the scorers: people, whatever their words (a scorer may be called "Speed" or "Booth"). One
 * such bracket with a single scorer could be something else ("Windows 10 ( Build 19 )"), so a lone scorer
 * counts only when the text has two such brackets or more.
 */
function addScorerNames(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const found: [number, number][][] = [];
  for (let i = 2; i < toks.length; i++) {
    if (toks[i].norm !== '(' || toks[i - 1].kind !== TokKind.Number || toks[i - 2].kind !== TokKind.Word) continue;
    if (toks[i - 2].cap === Cap.None || toks[i - 1].end - toks[i - 1].start > 3) continue;
    const items = readBracket(text, toks, i);
    if (items) found.push(items);
  }
  if (!found.length) return ms;
  const owner = new Int32Array(toks.length).fill(-1);
  ms.forEach((m, k) => {
    for (let i = m.a; i <= m.b; i++) owner[i] = k;
  });
  // "Node 20 ( React 18 , Vite 5 , Flask 2 )" lists versions, not scorers: most items must not be words the
  // lexicon knows only as common words or as parts of organizations' or places' names
  let plain = 0;
  let items = 0;
  for (const f of found) {
    for (const [a, b] of f) {
      items++;
      let name = owner[a] >= 0;
      for (let k = a; k <= b && !name; k++) {
        const bits = lex.get(toks[k].norm) ?? 0;
        name = toks[k].cap !== Cap.None && (!(bits & (LEX_COMMON | LEX_NONPER)) || (bits & NAME_BITS) !== 0);
      }
      if (!name) plain++;
    }
  }
  if (plain * 2 >= items) return ms;
  const replaced = new Set<number>();
  const added: Mention[] = [];
  for (const items of found) {
    if (found.length < 2 && items.length < 2) continue;
    for (const [a, b] of items) {
      // a mention inside the scorer's name ("Le [Tissier]") gives way to the whole; one reaching out stays
      let inside = true;
      for (let k = a; k <= b; k++) {
        const o = owner[k];
        if (o >= 0 && (ms[o].a < a || ms[o].b > b)) inside = false;
      }
      if (!inside) continue;
      for (let k = a; k <= b; k++) if (owner[k] >= 0) replaced.add(owner[k]);
      added.push({ a, b, listed: true });
    }
  }
  if (!added.length) return ms;
  return [...ms.filter((_, k) => !replaced.has(k)), ...added].sort((x, y) => x.a - y.a);
}

export const addScorerBrackets: Step = (doc, ms) => addScorerNames(doc.text, doc.toks, ms, doc.lex);
