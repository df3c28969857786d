// Step: the tagger's tags (1 begins a name, 2 continues one) as mention spans.
import { adjacent, Cap, type NameTok } from '../names-features';
import type { Mention, Step } from './doc';

function spansFromTags(text: string, toks: NameTok[], tags: Int8Array): Mention[] {
  const out: Mention[] = [];
  let cur: Mention | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = tags[i];
    if (t === 2 && cur && cur.b === i - 1) cur.b = i;
    // "Donald J. Trump": a name does not end on a middle initial
    else if (
      t === 1 &&
      cur &&
      cur.b === i - 1 &&
      toks[cur.b].cap === Cap.Initial &&
      adjacent(text, toks[cur.b], toks[i])
    )
      cur.b = i;
    else if (t === 1 || t === 2) out.push((cur = { a: i, b: i, listed: false }));
    else cur = null;
  }
  // a trailing particle is not part of a name. A plain loop: map().filter() on an array that is empty on
  // some texts and not on others deoptimized this step once per flip (a new array map each time)
  const kept: Mention[] = [];
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    while (m.b > m.a && toks[m.b].cap === Cap.None) m.b--;
    if (toks[m.a].cap !== Cap.None) kept.push(m);
  }
  return kept;
}

export const taggedSpans: Step = (doc) => spansFromTags(doc.text, doc.toks, doc.tags);
