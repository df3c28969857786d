// The subject after an inverted cue (`"…," said Smith`, `said the mayor, "…"`, `according to X`): the words
// after the cue up to a clause word or eight words, so that what follows the subject is left out (`said Turkey
// on this occasion`, `said Turkey, with his blandest tone`); a pronoun is a subject of one word (`said he
// mildly`).
import { PRONOUN } from './word-classes';
import { gapHas, type W } from './words';

// after the quotation a comma and "of" end the subject too (`"…," said the chairman of X, Jim Press` is read
// by the rest of the clause); between two parts of a quotation the clause is all the subject has
const STOP = /^(?:in|on|at|during|who|which|to|after|before|when|while|because|adding|as|of|that)$/i;
const STOP_BETWEEN = /^(?:in|on|at|during|who|which|to|after|before|when|while|because|adding|as|that|with)$/i;

/**
 * The end (exclusive word index) of the inverted subject starting at word `a`; `a` when there is none.
 * `between`: the clause sits between two parts of a quotation (`"…," said X, "…"`).
 */
export function invertedSubjectEnd(text: string, ws: W[], a: number, between = false): number {
  if (a < ws.length && PRONOUN.test(ws[a].w) && ws[a].w[0] === ws[a].l[0]) return a + 1;
  let b = a;
  while (b < ws.length && b - a < 8 && !(between ? STOP_BETWEEN : STOP).test(ws[b].w)) {
    if (!between && b > a && gapHas(text, ws[b - 1], ws[b], /[,:;()]/)) break;
    b++;
  }
  return b;
}
