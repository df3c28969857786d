// Step: names in headlines written in capitals are split where the words stop being name words.
import { Cap, LEX_FIRST, LEX_NAME, LEX_SURNAME, type Lexicon, type NameTok } from '../names-features';
import type { Mention, Step } from './doc';
import { bare } from './context';

/**
 * In a headline in capitals every word is capitalized, so the tagger may run names into the words between
 * them ("CLINTON MEETS YELTSIN"): keep only the runs of words the lexicon knows as name words.
 */
function splitCapsMentions(toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  const known = (i: number) =>
    toks[i].cap === Cap.Initial || ((lex.get(bare(toks[i].norm)) ?? 0) & (LEX_FIRST | LEX_NAME | LEX_SURNAME)) !== 0;
  for (const m of ms) {
    let all = true;
    for (let i = m.a; i <= m.b; i++) if (!known(i)) all = false;
    if (m.a === m.b || !toks[m.a].allCaps || all) {
      out.push(m);
      continue;
    }
    let run: Mention | null = null;
    for (let i = m.a; i <= m.b; i++) {
      if (!known(i)) run = null;
      else if (run) run.b = i;
      else out.push((run = { a: i, b: i, listed: false }));
    }
  }
  return out;
}

export const splitCapsHeadlines: Step = (doc, ms) => splitCapsMentions(doc.toks, ms, doc.lex);
