// Step: a nickname in brackets or quotes joins the name around it.
import { adjacent, Cap, type NameTok } from '../names-features';
import type { Mention, Step } from './doc';
import { bracketedPlace } from './results-rows';

/** "Bernard (Bernie) Sanders" is one mention. */
function mergeNicknames(text: string, toks: NameTok[], ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const b = m.b;
    const open = toks[b + 1];
    // the nickname: one to three capitalized words ("Bernie", "El Chapo")
    let e = b + 2;
    while (e < b + 5 && toks[e] && toks[e].cap === Cap.Title && !(toks[e + 1] && /^[)"”]$/.test(toks[e + 1].norm))) e++;
    const nick = toks[b + 2];
    const close = toks[e + 1];
    const last = toks[e + 2];
    let nickOk = !!nick;
    for (let i = b + 2; i <= e && nickOk; i++) nickOk = !!toks[i] && toks[i].cap === Cap.Title;
    if (
      open &&
      nickOk &&
      close &&
      last &&
      (open.norm === '(' || open.norm === '"' || open.norm === '“') &&
      (close.norm === ')' || close.norm === '"' || close.norm === '”') &&
      last.cap === Cap.Title &&
      !last.sent0 &&
      open.start - toks[b].end <= 1 &&
      last.start - close.end <= 1 &&
      // "Erik Breukink ( Netherlands ) Rabobank": a country in brackets is the person's, not a nickname
      bracketedPlace(toks, b + 1) < 0
    ) {
      // the nickname follows the given name: "…Sanders Bernard (Bernie) Sanders" starts at "Bernard"
      if (m.b > m.a) out.push({ a: m.a, b: m.b - 1, listed: false });
      const merged: Mention = { a: m.b, b: e + 2, listed: false };
      while (ms[k + 1] && ms[k + 1].a <= merged.b) {
        merged.b = Math.max(merged.b, ms[k + 1].b);
        k++;
      }
      while (
        merged.b + 1 < toks.length &&
        toks[merged.b + 1].cap === Cap.Title &&
        adjacent(text, toks[merged.b], toks[merged.b + 1]) &&
        ms[k + 1]?.a === merged.b + 1
      ) {
        merged.b = ms[k + 1].b;
        k++;
      }
      out.push(merged);
    } else out.push(m);
  }
  return out;
}

export const joinNicknames: Step = (doc, ms) => mergeNicknames(doc.text, doc.toks, ms);
