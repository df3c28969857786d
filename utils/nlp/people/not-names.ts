// Step: lone words that only look like a person's name go: holidays, deities and planets ("Easter", "God",
// "Mars"), a given name used as a common noun ("the Bill would…", "the Data Retention Bill"), and pieces
// of @handles and #hashtags ("@Mary_Smith" is an account, not a person named Smith), and whatever holds the
// plural of an acronym ("APIs", "RIM CEOs", "NGOs"). An interjection or "I'm" at a name's edge is cut off ("Ah Bartleby", "I'm Joe
// Biden").
import { Cap, LEX_FIRST, LEX_SURNAME, type Lexicon, type NameTok } from '../names-features';
import { TokKind } from '../tokens';
import { TITLES } from '../wordlists';
import { words as notPersonWords } from '../data/not-person-words.json';
import { words as interjections } from '../data/interjections.json';
import type { Mention, Step } from './doc';
import { bare } from './context';

const NOT_PERSON = new Set(notPersonWords);
const INTERJECTIONS = new Set(interjections);
// the first person with its verb, written together: "I'm", "I’ve", "I'll", "I'd"
const FIRST_PERSON = /^I['’](?:m|ve|ll|d)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'every', 'each']);
// capitals, then a plural's "s": names things ("WASI APIs", "the CEOs of…"); no name is written so
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/**
 * A lone given name right after a determiner ("the Bill", "a Grace") or right after a capitalized word that
 * is not a title nor part of a name ("Data Retention Bill", "British Bill") names a thing, not a person:
 * people are named by a full name, a surname, or a title and a name.
 */
function commonNounUse(toks: NameTok[], i: number, lex: Lexicon, taken: Set<number>): boolean {
  const bits = lex.get(toks[i].norm) ?? 0;
  if (!(bits & LEX_FIRST) || bits & LEX_SURNAME) return false;
  const p = toks[i - 1];
  if (!p || toks[i].sent0 || p.kind !== TokKind.Word) return false;
  if (DETERMINERS.has(p.norm)) return true;
  return p.cap === Cap.Title && !p.sent0 && !taken.has(i - 1) && !TITLES.has(bare(p.norm));
}

/** Inside a handle, hashtag or underscore-joined word: "@JoeBiden", "#MeToo", "Mary_Smith". */
function inHandle(text: string, toks: NameTok[], m: Mention): boolean {
  const before = text.slice(Math.max(0, toks[m.a].start - 40), toks[m.a].start).match(/[@#][\w]*$/);
  return !!before || text[toks[m.a].start - 1] === '_' || text[toks[m.b].end] === '_' || text[toks[m.b].end] === '@';
}

function dropNotNamesIn(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const inFull = new Set<string>();
  const taken = new Set<number>();
  for (const m of ms) {
    for (let i = m.a; i <= m.b; i++) taken.add(i);
    if (m.a !== m.b) for (let i = m.a; i <= m.b; i++) inFull.add(toks[i].norm);
  }
  const edge = (i: number) =>
    INTERJECTIONS.has(toks[i].norm) || FIRST_PERSON.test(text.slice(toks[i].start, toks[i].end));
  return ms.flatMap((m0): Mention[] => {
    let m = m0;
    while (m.a <= m.b && edge(m.a)) m = { ...m, a: m.a + 1 };
    while (m.b >= m.a && edge(m.b)) m = { ...m, b: m.b - 1 };
    if (m.a > m.b) return [];
    return keep(m) ? [m] : [];
  });

  function keep(m: Mention): boolean {
    if (inHandle(text, toks, m)) return false;
    // "RIM CEOs", "NextWork RPCs": no name holds an acronym's plural
    for (let i = m.a; i <= m.b; i++) if (ACRONYM_PLURAL.test(text.slice(toks[i].start, toks[i].end))) return false;
    if (m.a !== m.b) return true;
    const w = toks[m.a].norm;
    if (NOT_PERSON.has(w) && !inFull.has(w)) return false;
    return !commonNounUse(toks, m.a, lex, taken);
  }
}

export const dropNotNames: Step = (doc, ms) => dropNotNamesIn(doc.text, doc.toks, ms, doc.lex);
