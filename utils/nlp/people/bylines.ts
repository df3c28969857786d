// Step: a wire story's byline, the reporter's name alone on the line above the dateline: "Nadim Ladki" over
// "AL-AIN , United Arab Emirates 1996-12-06".
import { TokKind } from '../tokens';
import { Cap, LEX_COMMON, LEX_FIRST, LEX_NAME, LEX_NONPER, LEX_SURNAME, type NameTok } from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { EPONYMOUS, ORG_AFTER, ORG_WORDS, TITLES } from '../wordlists';
import type { Mention, PeopleDoc, Step } from './doc';
import { datelineEnd } from './datelines';
import { bare } from './context';

/** A byline's name word: capitalized, no place, nationality, organization word or title. */
function bylineWord(d: PeopleDoc, t: NameTok): boolean {
  if (t.kind !== TokKind.Word || t.cap !== Cap.Title || t.allCaps) return false;
  const w = bare(t.norm);
  if (PLACES.has(w) || DEMONYMS.has(w) || EPONYMOUS.has(w) || ORG_AFTER.has(w) || ORG_WORDS.has(w)) return false;
  if (TITLES.has(w)) return false;
  const bits = d.lex.get(w) ?? 0;
  return !(bits & (LEX_COMMON | LEX_NONPER)) || (bits & (LEX_FIRST | LEX_NAME | LEX_SURNAME)) !== 0;
}

/**
 * A line of two or three capitalized name words and nothing else ("By" may open it), right above a
 * dateline ("JERUSALEM 1996-09-02", "SAN FRANCISCO, June 10 (Reuters) -"), is the reporter's name.
 */
function addBylineNames(d: PeopleDoc, ms: Mention[]): Mention[] {
  const { toks } = d;
  const added: Mention[] = [];
  // a small loop over the lines' first tokens; the line is judged in a function of its own
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && !toks[i].nl) continue;
    const m = bylineAt(d, i, ms);
    if (m) added.push(m);
  }
  if (!added.length) return ms;
  const inside = (m: Mention) => added.some((x) => m.a >= x.a && m.b <= x.b);
  return [...ms.filter((m) => !inside(m)), ...added].sort((x, y) => x.a - y.a);
}

/** The byline on the line that starts at token i, or null. */
function bylineAt(d: PeopleDoc, i: number, ms: Mention[]): Mention | null {
  const { toks } = d;
  let a = i;
  if (toks[a].norm === 'by' && toks[a].cap === Cap.Title) a++;
  let b = a;
  while (toks[b + 1] && !toks[b + 1].nl && b - a < 3) b++;
  const next = toks[b + 1];
  if (!next || b - a < 1 || b - a > 2) return null;
  let ok = true;
  for (let k = a; k <= b && ok; k++) ok = bylineWord(d, toks[k]);
  if (!ok || datelineEnd(toks, b + 1) < 0) return null;
  if (ms.some((m) => m.a <= b && m.b >= a && (m.a < a || m.b > b))) return null;
  return { a, b, listed: false };
}

export const addBylines: Step = (doc, ms) => addBylineNames(doc, ms);
