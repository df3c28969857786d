// Step: mentions that are part of an organization's or a place's name go.
import { TokKind } from '../tokens';
import { adjacent, Cap, LEX_COMMON, LEX_FIRST, LEX_NAME, type Lexicon, type NameTok } from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import {
  ORG_AFTER,
  ORG_AFTER_LOWER,
  ORG_FIRST,
  ORG_FULL_NAMES,
  ORG_KINDS,
  ORG_OF,
  ROLE_WORDS,
  TITLES,
} from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, givenNotCreed } from './context';

const PARTY_STATE = /^[dri]-[a-z]{2}\.?$|^[dri]-[a-z]{3,6}\.$/;

/** Is this name part of an organization or place ("Friends of Bernie Sanders", "Ford Motor", "Goldman Sachs")? */

export function orgContext(text: string, toks: NameTok[], m: Mention, lex: Lexicon, docNames?: Set<string>): boolean {
  if (companyNamedInFull(toks, m)) return true;
  // "Warner Bros Discovery": a company suffix inside the span
  for (let i = m.a + 1; i <= m.b; i++) if (ORG_AFTER_LOWER.has(toks[i].norm)) return true;
  // a party-state tag ("(R-AZ)", "(D-Calif.)") describes the name before it
  if (m.a === m.b && PARTY_STATE.test(toks[m.a].norm)) return true;
  // "German magazine Der Spiegel", "the band Radiohead", "broadcaster Al Jazeera": named right after its kind
  const kind = toks[m.a - 1];
  if (kind && kind.cap === Cap.None && ORG_KINDS.has(kind.norm)) return true;
  if (m.b > m.a && ORG_FIRST.has(toks[m.a].norm)) return true;
  const before = toks[m.a - 1];
  if (before && before.cap !== Cap.None && ORG_FIRST.has(before.norm) && adjacent(text, before, toks[m.a])) return true;
  // "Dutch East Indies", "Roman Catholic": a nationality or creed opens no person's name
  if (DEMONYMS.has(toks[m.a].norm) && !givenNotCreed(toks, m, lex)) return true;
  const next = toks[m.b + 1];
  if (next && next.kind === TokKind.Word && adjacent(text, toks[m.b], next)) {
    if (next.cap !== Cap.None && ORG_AFTER.has(next.norm)) return true;
    if (next.cap === Cap.None && ORG_AFTER_LOWER.has(next.norm)) return true;
  }
  if (next && next.norm === '&' && toks[m.b + 2]?.cap) return true;
  // "Mortimer B. Zuckerman Mind Brain Behavior Institute": the name opens a longer organization name
  let r = m.b;
  while (r < m.b + 4 && toks[r + 1]?.cap === Cap.Title && !toks[r + 1].allCaps && adjacent(text, toks[r], toks[r + 1]))
    r++;
  if (r > m.b + 1 && ORG_AFTER.has(toks[r].norm)) return true;
  // "Sam's Club", "Macy's Store": a possessive name before an organization's word is the organization's name
  const after = toks[m.b + 2];
  if (
    next &&
    (next.norm === "'s" || next.norm === '’s') &&
    after &&
    after.cap === Cap.Title &&
    (ORG_AFTER.has(after.norm) || after.norm === 'club')
  )
    return true;
  const prev = toks[m.a - 1];
  if (prev && prev.norm === '&') return true;
  if (prev && prev.norm === 'of' && m.a >= 2) {
    const before = toks[m.a - 2];
    if (before.cap !== Cap.None && ORG_OF.has(before.norm)) return true;
  }
  // headlines in capitals: only words the lexicon knows as names, no common words ("SENATE PASSES")
  // ("MUSK SAYS TWITTER DEAL ON HOLD" once the body names Elon Musk: `docNames`)
  if (toks[m.a].allCaps && !(docNames && m.a === m.b && docNames.has(toks[m.a].norm))) {
    let named = false;
    for (let i = m.a; i <= m.b; i++) {
      const bits = lex.get(bare(toks[i].norm)) ?? 0;
      if (bits & LEX_COMMON) return true;
      if (bits & (LEX_FIRST | LEX_NAME)) named = true;
    }
    if (!named) return true;
  }
  // a lone word known only as a non-person name ("Washington" said nothing else about itself)
  if (m.a === m.b) {
    const bits = lex.get(bare(toks[m.a].norm)) ?? 0;
    if (toks[m.a].cap === Cap.Upper && (bits & (LEX_FIRST | LEX_NAME)) === 0) return true;
  }
  return false;
}

/**
 * "Shares of Eli Lilly", "Trader Joe's", "Booz Allen Hamilton": a company whose name reads as a person's
 * full name covers the mention; "designer Calvin Klein", "Mr. Klein" stay people.
 */
function companyNamedInFull(toks: NameTok[], m: Mention): boolean {
  for (let s = Math.max(0, m.a - 2); s <= m.a; s++) {
    for (const ws of ORG_FULL_NAMES.get(toks[s].norm) ?? []) {
      const e = s + ws.length - 1;
      if (e < m.b || ws.some((w, k) => toks[s + k]?.norm !== w)) continue;
      const before = toks[s - 1];
      return !before || !(TITLES.has(bare(before.norm)) || ROLE_WORDS.has(before.norm));
    }
  }
  return false;
}

export const dropOrgContext: Step = (doc, ms) => ms.filter((m) => !orgContext(doc.text, doc.toks, m, doc.lex));
