// The agent of a passive speech verb as the attributing phrase: `was described as "…" by the department`,
// `was praised by Jobs as "…"`. The other cue parsers read active clauses.
import type { Attribution } from './attribution';
import { endsWithAbbreviation } from './words';

// a module constant: esbuild (tsx) turns a literal with \p{L} outside brackets into a new RegExp on every call
const PASSIVE_BEFORE =
  /\b(?:was|were|is|are|be|been|being)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|told|written|said)(?:\s+as)?\s*$/iu;

/** The agent of a passive cue: `was described as "heartbreaking" by the conservation department`. */
export function passiveAgent(text: string, open: number, close: number, from: number): Attribution | null {
  if (!PASSIVE_BEFORE.test(text.slice(Math.max(from, open - 60), open))) return null;
  const m =
    /^[\s,]*by[^\S\n]+((?:the|a|an|its|his|her|their)[^\S\n]+)?[\p{L}][\p{L}'’.-]*(?:[^\S\n]+(?:of[^\S\n]+)?[\p{L}][\p{L}'’.-]*){0,5}/u.exec(
      text.slice(close + 1, close + 100),
    );
  if (!m) return null;
  const start = close + 1 + m[0].indexOf('by') + 3;
  let end = close + 1 + m[0].length;
  // the agent ends with its sentence ("by the conservation department. But for Parata, …")
  const stop = /[.!?](?=\s)/.exec(text.slice(start, end));
  if (stop && !endsWithAbbreviation(text.slice(start, start + stop.index))) end = start + stop.index;
  // the phrase ends before a clause word ("by the department on Monday", "by Smith, who")
  const cut = /\s(?:on|in|at|during|after|before|when|while|who|which|that|and|but|last|this)\s/.exec(
    text.slice(start, end) + ' ',
  );
  if (cut) end = start + cut.index;
  while (end > start && /[.,]/.test(text[end - 1])) end--;
  return end > start ? { start, end, cue: 'by', clauseEnd: end } : null;
}

// `was praised by Jobs as "…"`, `is described by the ministry as a "…"`: a passive verb that says what
// someone calls it, its agent, then "as"
const PASSIVE_BY_AS =
  /\b(?:was|were|is|are|been|being)[^\S\n]+(?:\p{L}+ly[^\S\n]+)?(?:praised|described|called|hailed|dubbed|branded|labell?ed|termed|characteri[sz]ed|critici[sz]ed|denounced|condemned|slammed|lauded|touted|welcomed|dismissed)[^\S\n]+by[^\S\n]+((?:(?:the|a|an|its|his|her|their)[^\S\n]+)?[\p{L}][\p{L}'’.-]*(?:[^\S\n]+(?:of[^\S\n]+)?[\p{L}][\p{L}'’.-]*){0,5}?)[^\S\n]+as(?:[^\S\n]+(?:a|an|the|being))?[^\S\n]*$/u;

/** The agent of a passive verb before the quotation: `The phone was praised by Jobs as "…"`. */
export function passiveAgentBefore(text: string, open: number, from: number): Attribution | null {
  const at = Math.max(from, open - 160);
  const m = PASSIVE_BY_AS.exec(text.slice(at, open));
  if (!m) return null;
  const start = at + m.index + m[0].lastIndexOf(m[1], m[0].length - 3);
  return { start, end: start + m[1].length, cue: 'by', clauseEnd: open };
}

/**
 * `'…', exactly one link SHOULD be added`, `it must be noted`: the cue of an attribution after the marks is a verb in
 * the passive after 'be' (no one speaks in it). The speaker ranker weighs such a cue as it is; the quotation finder
 * may take it as no attribution (a dev quotation lost its only cue when the parser itself dropped these).
 */
export function bePassiveCue(text: string, a: Attribution): boolean {
  if (!a.cue) return false;
  const words = text
    .slice(a.start, a.clauseEnd)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  const k = words.indexOf(a.cue.toLowerCase());
  return k > 0 && /^(?:be|been|being)$/.test(words[k - 1]);
}
