// Step: a run of capitalized words is a thing's name ("Standalone Wasm", "Acme Bucket") when none of its
// words is known as a person's name, none is ever seen before "said" or after a title, none is an initial
// or written in capitals ("AS Heagle"), and one of them is written in lower case elsewhere in the same text
// ("standalone", "bucket"): the tagger proposed it from its shape alone. A rare foreign name ("Emmerson
// Mnangagwa") has no word in lower case. Lists and tables keep theirs.
// A word joined from two common words, each capitalized ("NextWork", "YouTube", "Content-Length"), is a
// product's, a program's or a header's name, never a person's ("LeBron", "McKay", "DeShawn",
// "Ocasio-Cortez" have no two common halves); none of the 97 such words in the training corpora is.
import {
  Cap,
  DOC_SAID,
  DOC_TITLED,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_SURNAME,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { PARTICLES, SURNAME_PARTICLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare } from './context';

const PERSON_BITS = LEX_FIRST | LEX_NAME | LEX_SURNAME;
const CUE_BITS = DOC_SAID | DOC_TITLED;

/**
 * Where "NextWork" starts its second word (4), or -1: one capital inside, each half three letters or more;
 * "Content-Length" (an HTTP header, "All-Time") joined by a hyphen: the same, the hyphen left out.
 */
function innerCapital(text: string, t: NameTok): number {
  if (t.shape === 'Xx-Xx') return t.norm.indexOf('-');
  if (t.shape !== 'XxXx') return -1;
  for (let i = t.start + 3; i < t.end - 2; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return i - t.start;
  }
  return -1;
}

/** A token written as two common words joined, each capitalized, that is no known name itself. */
export function joinedCommonWords(text: string, t: NameTok, lex: Lexicon): boolean {
  const k = innerCapital(text, t);
  if (k < 0 || (lex.get(t.norm) ?? 0) & PERSON_BITS) return false;
  const common = (w: string) => ((lex.get(w) ?? 0) & (LEX_COMMON | PERSON_BITS)) === LEX_COMMON;
  return common(t.norm.slice(0, k)) && common(t.norm.slice(t.norm[k] === '-' ? k + 1 : k));
}

export const dropThingRuns: Step = (doc, ms) => {
  const { toks, lex, ev } = doc;
  const person = (t: NameTok) =>
    t.cap !== Cap.Title ||
    ((lex.get(bare(t.norm)) ?? 0) & PERSON_BITS) !== 0 ||
    ((ev.get(t.norm) ?? 0) & CUE_BITS) !== 0;
  const joined = (m: Mention) => {
    for (let i = m.a; i <= m.b; i++) if (joinedCommonWords(doc.text, toks[i], lex)) return true;
    return false;
  };
  const suspect = (m: Mention) => {
    if (m.a === m.b || m.listed) return false;
    for (let i = m.a; i <= m.b; i++) if (person(toks[i])) return false;
    return true;
  };
  const lower = doc.lower;
  // "Ingrid Goes West": inside a run of three words or more, a word known to no name list that the text writes in
  // lower case ("goes") makes the run a title (none of the 213 such names in the training corpora has one)
  const commonInside = (m: Mention) => {
    for (let i = m.a + 1; i < m.b; i++) {
      const t = toks[i];
      if (!person(t) && !PARTICLES.has(t.norm) && !SURNAME_PARTICLES.has(t.norm) && lower.has(t.norm)) return true;
    }
    return false;
  };
  return ms.filter((m) => {
    if (!m.listed && (joined(m) || (m.b - m.a >= 2 && commonInside(m)))) return false;
    if (!suspect(m)) return true;
    for (let i = m.a; i <= m.b; i++) if (lower.has(toks[i].norm)) return false;
    return true;
  });
};
