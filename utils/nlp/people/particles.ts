// Step: initials, given names and particles the tagger left out join the name.
import {
  adjacent,
  Cap,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_NONPER,
  type Lexicon,
  type NameTok,
} from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { EA_FAMILY, OPENERS, ORG_AFTER, PARTICLES, STRONG_TITLES, TITLES, WEEKDAYS } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, opensClause } from './context';

/** A word that can open a full name: a known given name or surname that is not mostly a common word, an
 * organization's or a place's, or a hyphenated given name ("Jean-Claude", "Hans-Peter"). */
export function givenNameBefore(g: NameTok, lex: Lexicon): boolean {
  const w = g.norm;
  if (TITLES.has(bare(w)) || DEMONYMS.has(w) || PLACES.has(w) || ORG_AFTER.has(w) || WEEKDAYS.has(w)) return false;
  const bits = lex.get(w) ?? 0;
  if (bits & LEX_COMMON) return false;
  if (g.shape === 'Xx-Xx') return (bits & LEX_NONPER) === 0;
  if (!(bits & (LEX_FIRST | LEX_NAME))) return false;
  // "Jose Ignacio Lopez" ("San Jose" made "jose" an organization's or place's word too)
  return !(bits & LEX_NONPER) || (bits & LEX_FIRST) !== 0;
}

/** A given name right before a middle initial: "Emily" of "Emily V. Gordon", alone or taken alone before. */
function givenBeforeInitial(
  text: string,
  toks: NameTok[],
  i: number,
  lex: Lexicon,
  ends: Set<number>,
  singles: Set<number>,
): boolean {
  const g = toks[i];
  if (g.cap !== Cap.Title || g.allCaps || !adjacent(text, g, toks[i + 1])) return false;
  if (singles.has(i)) return !TITLES.has(bare(g.norm));
  if (ends.has(i) || !((lex.get(g.norm) ?? 0) & LEX_FIRST) || (OPENERS.has(g.norm) && opensClause(toks, i)))
    return false;
  const w = g.norm;
  return !TITLES.has(bare(w)) && !DEMONYMS.has(w) && !PLACES.has(w) && !ORG_AFTER.has(w) && !WEEKDAYS.has(w);
}

/** "Mr. de Blasio": when the document writes "Bill de Blasio", the surname alone keeps its particle. */
function extendParticles(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const withParticle = new Set<string>();
  for (const m of ms) {
    for (let i = m.a + 1; i < m.b; i++) {
      if (toks[i].cap === Cap.None) withParticle.add(toks[i].norm + ' ' + toks[m.b].norm);
    }
  }
  const starts = new Set<number>();
  const ends = new Set<number>();
  const singles = new Set<number>();
  for (const m of ms) {
    starts.add(m.a);
    ends.add(m.b);
    if (m.a === m.b) singles.add(m.a);
  }
  // given names alone that a full name after them took in ("Emily" of "Emily V. Gordon")
  const joined = new Set<number>();
  const out = ms.map((m) => {
    // "L. Ron Hubbard": a leading initial belongs to the name
    while (m.a > 0 && toks[m.a - 1].cap === Cap.Initial && adjacent(text, toks[m.a - 1], toks[m.a]))
      m = { a: m.a - 1, b: m.b, listed: false };
    // "Lee Hsien Loong", "Jean-Claude Van Damme": a given name the tagger left out before a full name
    const g = toks[m.a - 1];
    // "Emily V. Gordon": a given name before a middle initial opens the name even when it is also a common
    // word ("emily" is one in the lexicon), and when it was already taken alone for another Emily's reuse
    if (
      g &&
      m.b > m.a &&
      toks[m.a].cap === Cap.Initial &&
      givenBeforeInitial(text, toks, m.a - 1, lex, ends, singles)
    ) {
      if (singles.has(m.a - 1)) joined.add(m.a - 1);
      return { a: m.a - 1, b: m.b, listed: false };
    }
    if (g && g.cap === Cap.Title && !g.allCaps && !ends.has(m.a - 1) && adjacent(text, g, toks[m.a])) {
      if (m.b > m.a && givenNameBefore(g, lex) && !(OPENERS.has(g.norm) && opensClause(toks, m.a - 1)))
        m = { a: m.a - 1, b: m.b, listed: false };
      // "Dean Holdsworth", "Earl Thomas": a weak title that is also a given name, before a surname alone
      else if (
        m.a === m.b &&
        TITLES.has(g.norm) &&
        !STRONG_TITLES.has(g.norm) &&
        (lex.get(g.norm) ?? 0) === LEX_FIRST &&
        toks[m.a].cap === Cap.Title
      )
        m = { a: m.a - 1, b: m.b, listed: false };
    }
    // "Kim Jong Un", "Kim Il Sung": a family name then a two-syllable given name written as two words
    const u = toks[m.b + 1];
    const after = toks[m.b + 2];
    if (
      m.b === m.a + 1 &&
      EA_FAMILY.has(toks[m.a].norm) &&
      u &&
      u.cap === Cap.Title &&
      u.shape === 'Xx' &&
      u.norm.length <= 6 &&
      !u.allCaps &&
      !starts.has(m.b + 1) &&
      adjacent(text, toks[m.b], u) &&
      !(after && after.cap !== Cap.None && adjacent(text, u, after))
    )
      m = { a: m.a, b: m.b + 1, listed: false };
    // "Mr. von der Leyen", and at a sentence's start "Von der Leyen said"
    const last = toks[m.b].norm;
    let a = m.a;
    for (let k = 0; k < 3; k++) {
      const p = toks[a - 1];
      if (!p || !PARTICLES.has(p.norm) || !adjacent(text, p, toks[a]) || !withParticle.has(p.norm + ' ' + last)) break;
      if (p.cap !== Cap.None && !opensClause(toks, a - 1)) break;
      a--;
    }
    if (a < m.a && (m.a === m.b || toks[m.a].cap === Cap.None)) return { a, b: m.b, listed: false };
    // "Ana de la Vega", "Charles de Gaulle": lower-case particles between a given name and the surname
    let q = m.a;
    while (
      q > m.a - 3 &&
      toks[q - 1]?.cap === Cap.None &&
      PARTICLES.has(toks[q - 1].norm) &&
      adjacent(text, toks[q - 1], toks[q])
    )
      q--;
    const given = toks[q - 1];
    if (
      q < m.a &&
      given &&
      given.cap === Cap.Title &&
      !given.allCaps &&
      !ends.has(q - 1) &&
      adjacent(text, given, toks[q]) &&
      // a known given name, or a word the lexicon does not know at all ("Aravinda de Silva")
      (((lex.get(given.norm) ?? 0) & LEX_FIRST && givenNameBefore(given, lex)) ||
        (!lex.has(given.norm) && given.shape === 'Xx' && !given.sent0 && !TITLES.has(bare(given.norm))))
    )
      return { a: q - 1, b: m.b, listed: false };
    return m;
  });
  return joined.size ? out.filter((m) => !(m.a === m.b && joined.has(m.a))) : out;
}

export const extendNames: Step = (doc, ms) => extendParticles(doc.text, doc.toks, ms, doc.lex);
