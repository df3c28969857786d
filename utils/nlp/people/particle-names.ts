// Step: "Ana de la Cruz, a spokeswoman, said": a known given name, lower-case particles, then a capitalized
// surname, when the tagger tagged none of it. The particles cut the run of capitalized words that the other
// steps read, so without this step only a surname said alone elsewhere ("Cruz said") finds such a name.
// Places are written the same way ("Santiago de Compostela", "Marina del Rey", "Costa del Sol"), so a
// person's sign must stand beside the name or its surname elsewhere.
import {
  adjacent,
  Cap,
  DOC_SAID,
  DOC_TITLED,
  LEX_COMMON,
  LEX_NONPER,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { PLACE_PHRASES, PLACES } from '../names-places';
import { OPENERS, ORG_AFTER, PARTICLES, TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, opensClause } from './context';
import { givenNameBefore } from './particles';
import { personBeside } from './reused-names';
import { alternatives, lazyHint, SEP } from './hints';

/** The most particles a name has between its given name and its surname ("de la", "van der", "de los"). */
const MAX_PARTICLES = 2;

/** The surname token after the particles that follow token i, or -1. */
function surnameAfter(text: string, toks: NameTok[], i: number): number {
  let q = i + 1;
  while (
    q < toks.length &&
    q - i <= MAX_PARTICLES &&
    toks[q].cap === Cap.None &&
    PARTICLES.has(toks[q].norm) &&
    adjacent(text, toks[q - 1], toks[q])
  )
    q++;
  const s = toks[q];
  if (q === i + 1 || !s || s.cap !== Cap.Title || s.allCaps || !adjacent(text, toks[q - 1], s)) return -1;
  return q;
}

/** Whether toks[i..q] ("Ana de la Cruz") reads as a person's name and not a place's ("Rio de Janeiro"). */
function isParticleName(text: string, toks: NameTok[], i: number, q: number, lex: Lexicon): boolean {
  const g = toks[i];
  if (g.cap !== Cap.Title || g.allCaps || !givenNameBefore(g, lex)) return false;
  if (OPENERS.has(g.norm) && opensClause(toks, i)) return false;
  const w = bare(toks[q].norm);
  if ((lex.get(w) ?? 0) & (LEX_COMMON | LEX_NONPER) || PLACES.has(w) || TITLES.has(w) || ORG_AFTER.has(w)) return false;
  // "Sierra de Guadarrama Mountains": another capitalized word right after makes it a longer proper name
  const n = toks[q + 1];
  if (n && n.cap !== Cap.None && adjacent(text, toks[q], n)) return false;
  const words: string[] = [];
  for (let k = i; k <= q; k++) words.push(toks[k].norm);
  return !PLACE_PHRASES.has(words.join(' '));
}

/**
 * A sign that toks[m] is a person: one beside it, or its surname before a speech verb or after a title somewhere
 * in the document. Not its surname "alone": this very mention counts as alone, the particle before the surname
 * being lower case.
 */
function personSign(text: string, toks: NameTok[], m: Mention, ev: Map<string, number>): boolean {
  return !!((ev.get(toks[m.b].norm) ?? 0) & (DOC_SAID | DOC_TITLED)) || personBeside(text, toks, m);
}

/** One or two listed particles as words of their own, then a capitalized word: the text may hold such a name. */
const mayHold = lazyHint(() => {
  const particle = `(?:${alternatives(PARTICLES)})${SEP}{1,2}`;
  return `${SEP}${particle}(?:${particle})?\\p{Lu}`;
});

export const addParticleNames: Step = (doc, ms) => {
  const { text, toks, lex, ev } = doc;
  if (!mayHold(text)) return ms;
  const taken = new Set<number>();
  for (const m of ms) for (let k = m.a; k <= m.b; k++) taken.add(k);
  const added: Mention[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].cap !== Cap.Title || taken.has(i)) continue;
    const q = surnameAfter(text, toks, i);
    if (q < 0 || taken.has(q) || !isParticleName(text, toks, i, q, lex)) continue;
    const m = { a: i, b: q, listed: false };
    if (personSign(text, toks, m, ev)) added.push(m);
    i = q;
  }
  return added.length ? [...ms, ...added].sort((x, y) => x.a - y.a) : ms;
};
