// Step: a transcript's speaker labels. Broadcast transcripts open each turn with the speaker's name in capitals and
// a colon ("ELLESA THROWDEN: It's been a tough time…"); such a label, used for at least two turns, names a person
// even when no list knows the name (the tagger reads capitals poorly). Labels of roles or notes ("UNIDENTIFIED
// MALE:", "EDITOR'S NOTE:") are common words, and go.
import { Cap, LEX_COMMON, LEX_FIRST, LEX_NAME, LEX_NONPER, LEX_SURNAME, type NameTok } from '../names-features';
import { TITLES } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare } from './context';

/** At a line's start: two or three words in capitals, maybe a bracket ("(R-AZ)"), then a colon. */
const LABEL = /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){1,3})(?: \([^)\n]{1,40}\))?:[ \t]/gu;
const MIN_TURNS = 2;
const NAME_BITS = LEX_FIRST | LEX_NAME | LEX_SURNAME;

/** The token that starts at `start`, by binary search (tokens are in text order). */
function tokenAt(toks: NameTok[], start: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < start) lo = mid + 1;
    else if (toks[mid].start > start) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export const addTranscriptLabels: Step = ({ text, toks, lex }, ms) => {
  if (!/\n[ \t]*\p{Lu}{2}[^\n:]{0,60}:/u.test(text)) return ms;
  const turns = new Map<string, number[]>();
  for (const m of text.matchAll(LABEL)) {
    const at = m.index + m[0].indexOf(m[1]);
    const list = turns.get(m[1]) ?? [];
    list.push(at);
    turns.set(m[1], list);
  }
  const spans: Mention[] = [];
  for (const [label, starts] of turns) {
    if (starts.length < MIN_TURNS) continue;
    let name: Mention | null = null;
    for (const start of starts) {
      let a = tokenAt(toks, start);
      if (a < 0) continue;
      const end = start + label.length;
      let b = a;
      while (b + 1 < toks.length && toks[b + 1].end <= end) b++;
      // "SEN. JOHN SMITH:": the title is no part of the name
      while (a < b && TITLES.has(bare(toks[a].norm))) a++;
      if (b - a < 1 || !namey(a, b)) break;
      spans.push((name = { a, b, listed: false }));
    }
    // the same name in running text ("a report from Ellesa Throwden"), which the tagger missed too
    if (name) spans.push(...inText(name));
  }
  if (!spans.length) return ms;
  // a label's words the tagger took apart ("SIEBEN" alone) give way to the whole label
  const overlaps = (s: Mention) => ms.some((m) => m.a <= s.b && s.a <= m.b && !(s.a <= m.a && m.b <= s.b));
  const added = spans.filter((s) => !overlaps(s));
  if (!added.length) return ms;
  return [...ms.filter((m) => !added.some((s) => s.a <= m.a && m.b <= s.b)), ...added].sort((x, y) => x.a - y.a);

  /** The label's words, capitalized as a name, elsewhere in the text. */
  function inText(label: Mention): Mention[] {
    const n = label.b - label.a;
    const out: Mention[] = [];
    for (let i = 0; i + n < toks.length; i++) {
      if (toks[i].cap !== Cap.Title || toks[i].allCaps || toks[i].norm !== toks[label.a].norm) continue;
      let same = true;
      for (let k = 1; k <= n && same; k++)
        same = toks[i + k].norm === toks[label.a + k].norm && toks[i + k].cap === Cap.Title;
      if (same) out.push({ a: i, b: i + n, listed: false });
    }
    return out;
  }

  /** Each word a name's or unknown: no common word or organization's word that is no name's. */
  function namey(a: number, b: number): boolean {
    for (let i = a; i <= b; i++) {
      const bits = lex.get(bare(toks[i].norm)) ?? 0;
      if (bits & (LEX_COMMON | LEX_NONPER) && !(bits & NAME_BITS)) return false;
      if (TITLES.has(bare(toks[i].norm))) return false;
    }
    return true;
  }
};
