// Step: public figures known by one name or a stage name ("Neymar", "Beyoncé", "Bad Bunny") are people alone.
import { Cap, type NameTok } from '../names-features';
import { MONONYMS } from '../wordlists';
import type { Mention, Step } from './doc';

const capWord = (t: NameTok | undefined) => !!t && t.cap !== Cap.None;

/**
 * "…was handed the trophy by Ronaldinho", "ahead of Bad Bunny and The Weeknd": a listed one-name figure is a
 * person though nothing around it says so. Beside another capitalized word it is part of some other name
 * ("Antony Blinken", "Drake Passage") and is left to the tagger; so is a longer mention that holds the name.
 */
function addKnownMononyms(toks: NameTok[], ms: Mention[]): Mention[] {
  const inside = new Set<Mention>();
  const added: Mention[] = [];
  // no closure in the loop reads i: one that did made V8 allocate a context for every token
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.cap !== Cap.Title) continue;
    const forms = MONONYMS.get(t.norm);
    if (forms) addAt(toks, ms, i, forms, inside, added);
  }
  if (!added.length) return ms;
  return [...ms.filter((m) => !inside.has(m)), ...added].sort((x, y) => x.a - y.a);
}

/** The longest of `forms` written at toks[i…], alone, as a mention (the ones it holds go to `inside`). */
function addAt(
  toks: NameTok[],
  ms: Mention[],
  i: number,
  forms: readonly string[][],
  inside: Set<Mention>,
  added: Mention[],
): void {
  for (const ws of forms) {
    const b = i + ws.length - 1;
    if (ws.some((w, k) => toks[i + k]?.norm !== w || (k > 0 && !capWord(toks[i + k])))) continue;
    if (capWord(toks[i - 1]) || capWord(toks[b + 1])) continue;
    // a mention that overlaps the name: inside it ("Bad [Bunny]") the name replaces it; reaching out, it stays
    const over = ms.filter((m) => m.b >= i && m.a <= b);
    if (over.some((m) => m.a < i || m.b > b)) return;
    for (const m of over) inside.add(m);
    added.push({ a: i, b, listed: true });
    return;
  }
}

export const addMononyms: Step = (doc, ms) => addKnownMononyms(doc.toks, ms);
