// Step: titles and weekdays at a mention's edges are not part of the name.
import { Cap, LEX_FIRST, LEX_NAME, type Lexicon, type NameTok } from '../names-features';
import { NAME_SUFFIXES, OPENERS, TITLES, WEEKDAYS } from '../wordlists';
import { DEMONYMS } from '../names-demonyms';
import type { Mention, Step } from './doc';
import { bare, givenNotCreed, KIN_TITLES, opensClause } from './context';

/** Capitalized contractions of "I" ("I’m Batman") open no name. */
const I_CONTRACTION = /^i['’](?:m|ll|ve|d)$/;

function onlySuffixes(toks: NameTok[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (!NAME_SUFFIXES.has(toks[i].norm)) return false;
  return true;
}

function trimTitles(toks: NameTok[], m: Mention, lex: Lexicon): Mention | null {
  let b = m.b;
  while (b > m.a && WEEKDAYS.has(toks[b].norm)) b--;
  if (WEEKDAYS.has(toks[b].norm)) return null;
  // "Virginia Governor", "Apple CEO": a title ends no name (unless it is also a surname: "Stephen King")
  if (b > m.a && TITLES.has(bare(toks[b].norm)) && !((lex.get(bare(toks[b].norm)) ?? 0) & (LEX_FIRST | LEX_NAME))) {
    if (b - 1 === m.a && !((lex.get(toks[m.a].norm) ?? 0) & (LEX_FIRST | LEX_NAME))) return null;
    b--;
  }
  if (b !== m.b) m = { a: m.a, b, listed: false };
  let a = m.a;
  // "Meanwhile Volodymyr Zelensky thanked…": a sentence's opening adverb is not part of the name after it
  if (a < m.b && opensClause(toks, a) && OPENERS.has(toks[a].norm)) a++;
  // "Dutchman Erik Breukink", "Swiss Alex Zülle": nor is a nationality before it
  // ("Christian Cullen" keeps a nationality or creed word that is also a given name, right before the surname)
  // "Aunt Miranda": nor a family word used as a title
  while (
    a < m.b &&
    (TITLES.has(bare(toks[a].norm)) ||
      (KIN_TITLES.has(toks[a].norm) && toks[a].cap === Cap.Title) ||
      I_CONTRACTION.test(toks[a].norm) ||
      (DEMONYMS.has(toks[a].norm) && !givenNotCreed(toks, { a, b: m.b, listed: false }, lex)))
  )
    a++;
  if (a === m.b && I_CONTRACTION.test(toks[a].norm)) return null;
  // "Home Secretary Suella Braverman": the name starts after the last title word
  for (let i = m.b - 1; i > a; i--) {
    // …but "Martin Luther King Jr." does not become "Jr."
    if (TITLES.has(bare(toks[i].norm)) && toks[i + 1].cap !== Cap.None && !onlySuffixes(toks, i + 1, m.b)) {
      a = i + 1;
      break;
    }
  }
  if (a === m.b && TITLES.has(bare(toks[a].norm))) return null;
  return { a, b: m.b, listed: false };
}

export const trimTitleWords: Step = (doc, ms) =>
  ms.map((m) => trimTitles(doc.toks, m, doc.lex)).filter((m): m is Mention => m !== null);
