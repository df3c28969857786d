// The subject after an inverted cue (`"…," said Smith`, `said the mayor, "…"`, `according to X`): the words
// after the cue up to a clause word or eight words, so that what follows the subject is left out (`said Turkey
// on this occasion`, `said Turkey, with his blandest tone`); a pronoun is a subject of one word (`said he
// mildly`).
import { PREP, PRONOUN } from './word-classes';
import { gapHas, type W } from './words';

// after the quotation a comma and "of" end the subject too (`"…," said the chairman of X, Jim Press` is read
// by the rest of the clause); between two parts of a quotation the clause is all the subject has
const STOP = /^(?:in|on|at|during|who|which|to|after|before|when|while|because|adding|as|of|that)$/i;
const STOP_BETWEEN = /^(?:in|on|at|during|who|which|to|after|before|when|while|because|adding|as|that|with)$/i;

const CLAUSE_OPENER = /^(?:whether|if|why|how|what|where|about)$/i;

// what may follow an inverted pronoun in its clause: an adverb (`said he mildly`) or a preposition (`said she to me`)
const AFTER_PRONOUN = /^(?:again|then|too|now|later|once|finally|at|in|to|with|as)$/i;

/**
 * A pronoun followed by its own verb (`said it would appeal`, `said they were not selling`) is the subject of
 * what was said, not an inverted subject.
 */
function verbAfter(text: string, ws: W[], a: number): boolean {
  const n = ws[a + 1];
  if (!n || gapHas(text, ws[a], n, /[^\s]/) || n.w[0] !== n.l[0]) return false;
  return !(n.l.endsWith('ly') || PREP.test(n.w) || AFTER_PRONOUN.test(n.w));
}

/**
 * The end (exclusive word index) of the inverted subject starting at word `a`; `a` when there is none.
 * `between`: the clause sits between two parts of a quotation (`"…," said X, "…"`).
 */
export function invertedSubjectEnd(text: string, ws: W[], a: number, between = false): number {
  // `Asked whether it was enough, …`, `asked about the delay`: a clause or a topic, no one who speaks
  if (a < ws.length && CLAUSE_OPENER.test(ws[a].w)) return a;
  if (a < ws.length && PRONOUN.test(ws[a].w) && ws[a].w[0] === ws[a].l[0]) return verbAfter(text, ws, a) ? a : a + 1;
  let b = a;
  while (b < ws.length && b - a < 8 && !(between ? STOP_BETWEEN : STOP).test(ws[b].w)) {
    if (!between && b > a && gapHas(text, ws[b - 1], ws[b], /[,:;()]/)) break;
    b++;
  }
  return b;
}
