// Step: a nickname in brackets or quotes joins the name around it.
import { adjacent, Cap, LEX_FIRST, type Lexicon, type NameTok } from '../names-features';
import type { Mention, Step } from './doc';
import { bracketedPlace } from './results-rows';

const CLOSES = new Map([
  ['(', ')'],
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['‘', '’'],
]);
const OPENS = new Set(CLOSES.keys());

/** "Bernard (Bernie) Sanders", "Earvin "Magic" Johnson", "Margaret 'Peggy' O'Neill" are one mention each. */
function mergeNicknames(text: string, toks: NameTok[], ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const b = m.b;
    const open = toks[b + 1];
    // the nickname: one to three capitalized words ("Bernie", "El Chapo")
    let e = b + 2;
    while (e < b + 5 && toks[e] && toks[e].cap === Cap.Title && !(toks[e + 1] && /^[)"”'’]$/.test(toks[e + 1].norm)))
      e++;
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
      // British style quotes the nickname in single marks: "Margaret 'Peggy' O'Neill"
      OPENS.has(open.norm) &&
      CLOSES.get(open.norm) === close.norm &&
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

/** The first mention that starts at token a (a function of its own: a closure in the token loop that read the
 * loop's i made V8 allocate a context for every token). */
function mentionAt(ms: Mention[], a: number): Mention | undefined {
  return ms.find((m) => m.a === a);
}

/**
 * "Margaret 'Peggy' O'Neill" where the tagger, put off by the marks, took none of it: a known given name, a
 * quoted or bracketed capitalized word and a capitalized word after it, close together, are one person's name.
 */
function addUntaggedNicknames(text: string, toks: NameTok[], ms: Mention[], lex: Lexicon): Mention[] {
  let taken: Set<number> | undefined;
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (let i = 0; i + 4 < toks.length; i++) {
    // the first test before reading the other four (no array per token)
    const g = toks[i];
    if (g.cap !== Cap.Title) continue;
    const open = toks[i + 1];
    const nick = toks[i + 2];
    const close = toks[i + 3];
    const last = toks[i + 4];
    if (!OPENS.has(open.norm) || CLOSES.get(open.norm) !== close.norm) continue;
    if (nick.cap !== Cap.Title || last.cap !== Cap.Title || last.sent0) continue;
    if (open.start - g.end > 1 || nick.start !== open.end || close.start !== nick.end || last.start - close.end > 1)
      continue;
    if (!((lex.get(g.norm) ?? 0) & LEX_FIRST)) continue;
    taken ??= new Set(ms.flatMap((m) => Array.from({ length: m.b - m.a + 1 }, (_, k) => m.a + k)));
    if (taken.has(i) || taken.has(i + 2)) continue;
    // the tagger often took the surname alone: the name grows over it
    const surname = mentionAt(ms, i + 4);
    if (taken.has(i + 4) && !surname) continue;
    if (surname) replaced.add(surname);
    added.push({ a: i, b: surname ? surname.b : i + 4, listed: false });
  }
  if (!added.length) return ms;
  return [...ms.filter((m) => !replaced.has(m)), ...added].sort((x, y) => x.a - y.a);
}

export const joinNicknames: Step = (doc, ms) =>
  addUntaggedNicknames(doc.text, doc.toks, mergeNicknames(doc.text, doc.toks, ms), doc.lex);
