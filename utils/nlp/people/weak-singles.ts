// Step: lone capitalized words with no sign of being a person go.
import { Cap, DOC_SAID, DOC_TITLED, LEX_NAME, LEX_SURNAME, type Lexicon, type NameTok } from '../names-features';
import { TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { afterKin, bare, titleOfOrg } from './context';
import { prefixedAt } from './hyphen-affixes';

/**
 * A lone capitalized word seen once, never part of a full name, not known as a surname, never before
 * "said" nor after a title nor given a title at an organization, is more often a place, a holiday or a brand than a person ("Pacific").
 */
function dropWeakSingles(
  text: string,
  toks: NameTok[],
  ms: Mention[],
  ev: Map<string, number>,
  lex: Lexicon,
): Mention[] {
  const count = new Map<string, number>();
  const inFull = new Set<string>();
  for (const m of ms) {
    if (m.a === m.b) count.set(toks[m.a].norm, (count.get(toks[m.a].norm) ?? 0) + 1);
    else for (let i = m.a; i <= m.b; i++) inFull.add(toks[i].norm);
  }
  return ms.filter((m) => {
    if (m.a !== m.b || m.listed) return true;
    const w = toks[m.a].norm;
    if (inFull.has(w) || (count.get(w) ?? 0) > 1) return true;
    if ((lex.get(w) ?? 0) & (LEX_NAME | LEX_SURNAME)) return true;
    if ((ev.get(w) ?? 0) & (DOC_SAID | DOC_TITLED)) return true;
    if (afterKin(toks, m.a) || titleOfOrg(text, toks[m.a], lex)) return true;
    // "anti-Trump": only a name known here in full is taken after a prefix (propagate.ts)
    if (toks[m.a].cap === Cap.None && prefixedAt(text, toks[m.a]) >= 0) return true;
    // a title on the line above is the end of a headline ("…the same dying star ⏎ Astronomers using…")
    const p = toks[m.a - 1];
    return !!p && !toks[m.a].nl && TITLES.has(bare(p.norm));
  });
}

export const dropLoneWords: Step = (doc, ms) => dropWeakSingles(doc.text, doc.toks, ms, doc.ev, doc.lex);
