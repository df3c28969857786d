// Step: a run of capitalized words is a thing's name ("Standalone Wasm", "Acme Bucket") when none of its
// words is known as a person's name, none is ever seen before "said" or after a title, none is an initial
// or written in capitals ("AS Heagle"), and one of them is written in lower case elsewhere in the same text
// ("standalone", "bucket"): the tagger proposed it from its shape alone. A rare foreign name ("Emmerson
// Mnangagwa") has no word in lower case. Lists and tables keep theirs.
import { Cap, DOC_SAID, DOC_TITLED, LEX_FIRST, LEX_NAME, LEX_SURNAME, type NameTok } from '../names-features';
import { docLowerWords } from '../names-tagger';
import type { Mention, Step } from './doc';
import { bare } from './context';

const PERSON_BITS = LEX_FIRST | LEX_NAME | LEX_SURNAME;
const CUE_BITS = DOC_SAID | DOC_TITLED;

export const dropThingRuns: Step = (doc, ms) => {
  const { toks, lex, ev } = doc;
  const person = (t: NameTok) =>
    t.cap !== Cap.Title ||
    ((lex.get(bare(t.norm)) ?? 0) & PERSON_BITS) !== 0 ||
    ((ev.get(t.norm) ?? 0) & CUE_BITS) !== 0;
  const suspect = (m: Mention) => {
    if (m.a === m.b || m.listed) return false;
    for (let i = m.a; i <= m.b; i++) if (person(toks[i])) return false;
    return true;
  };
  // the lower-case words are gathered only when a run got this far (most texts have none)
  let lower: Set<string> | null = null;
  return ms.filter((m) => {
    if (!suspect(m)) return true;
    lower ??= docLowerWords(toks);
    for (let i = m.a; i <= m.b; i++) if (lower.has(toks[i].norm)) return false;
    return true;
  });
};
