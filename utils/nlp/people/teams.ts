// Step: teams named by a results table's structure are not people: "Bayern Munich 2 Hamburg 0" (a match
// result on its own line) and the label of a line-up ("Bastia - Martini ; Jurietti , Mendy , …").
import { TokKind } from '../tokens';
import { Cap, LEX_FIRST, type Lexicon, type NameTok } from '../names-features';
import type { Mention, Step } from './doc';
import { nameWords } from './context';

const capWord = (t: NameTok | undefined) => !!t && t.kind === TokKind.Word && t.cap !== Cap.None;

/** The end of the capitalized words from i on the same line, or i - 1. */
function capRun(toks: NameTok[], i: number): number {
  let j = i - 1;
  while (capWord(toks[j + 1]) && (j < i || !toks[j + 1].nl)) j++;
  return j;
}

/** The words of the teams the document's results lines and line-up labels name. */
function teamWords(toks: NameTok[]): Set<string> {
  const words = new Set<string>();
  const add = (a: number, b: number) => {
    for (let k = a; k <= b; k++) words.add(toks[k].norm);
  };
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && !toks[i].nl) continue;
    const e1 = capRun(toks, i);
    if (e1 < i) continue;
    const n1 = toks[e1 + 1];
    // "Bayern Munich 2 Hamburg 0": a line that is a score between two names
    if (n1?.kind === TokKind.Number && !n1.nl && capWord(toks[e1 + 2]) && !toks[e1 + 2].nl) {
      const e2 = capRun(toks, e1 + 2);
      const n2 = toks[e2 + 1];
      if (n2?.kind === TokKind.Number && !n2.nl && (!toks[e2 + 2] || toks[e2 + 2].nl)) {
        add(i, e1);
        add(e1 + 2, e2);
      }
      continue;
    }
    // "Lyon - Coupet ; Deplace , Roche , …": a label, then a list of five or more on the same line
    if (n1 && !n1.nl && (n1.norm === '-' || n1.norm === ':' || n1.norm === '–')) {
      let seps = 0;
      let semi = false;
      for (let k = e1 + 2; k < toks.length && !toks[k].nl; k++) {
        if (toks[k].norm === ',') seps++;
        if (toks[k].norm === ';') {
          seps++;
          semi = true;
        }
      }
      if (seps >= 4 && semi) add(i, e1);
    }
  }
  return words;
}

function dropTeamMentions(toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  const teams = teamWords(toks);
  if (!teams.size) return ms;
  return ms.filter((m) => {
    const w = nameWords(toks, m);
    if (!w.length || !w.every((x) => teams.has(x))) return true;
    // "Jordan 31" in a box score is still Michael Jordan when the text names him in full: a known given name
    // opening a full name keeps it
    return w.length > 1 && ((lex.get(w[0]) ?? 0) & LEX_FIRST) !== 0;
  });
}

export const dropTeams: Step = (doc, ms) => dropTeamMentions(doc.toks, ms, doc.lex);
