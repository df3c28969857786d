// Step: Burmese names, which have no family name: two to four syllables written as words ("Aung San Suu Kyi",
// "Zaw Min Tun, the junta's spokesman", "Kyaw Moe Tun"). The tagger knows few of the syllables and many are
// English words ("Win", "Than", "Min"), so it misses such a name or keeps a part of it ("Moe Tun"). A run made
// only of listed syllables, one of them a word the lexicon does not know at all, is a name: a run of three or
// four alone, a run of two with a person's sign beside it.
import { adjacent, Cap, type NameTok } from '../names-features';
import { words } from '../data/burmese-name-syllables.json';
import { words as honorifics } from '../data/burmese-honorifics.json';
import type { Mention, Step } from './doc';
import { mentionsInside, ownersOf, replaceMentions } from './context';
import { personBeside } from './reused-names';
import { alternatives, GAP, lazyHint } from './hints';

const SYLLABLES: ReadonlySet<string> = new Set(words);
/** Honorifics before a Burmese name ("U Thant", "Daw Aung San Suu Kyi"): a sign like a title. */
const HONORIFICS: ReadonlySet<string> = new Set(honorifics);

const syllable = (t: NameTok | undefined): t is NameTok =>
  !!t && t.cap === Cap.Title && !t.allCaps && t.shape === 'Xx' && !t.nl && SYLLABLES.has(t.norm);

/** Two listed syllables, capitalized, written together: the text may hold such a name. */
const mayHold = lazyHint(() => {
  const syllable = `(?:${alternatives(SYLLABLES, true)})`;
  return `${syllable}${GAP}${syllable}(?!\\p{Ll})`;
});

export const addBurmeseNames: Step = (doc, ms) => {
  const { text, toks, lex } = doc;
  if (!mayHold(text)) return ms;
  let owner: Int32Array | null = null;
  const drop = new Set<number>();
  const added: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!syllable(toks[i])) continue;
    let j = i;
    while (syllable(toks[j + 1]) && adjacent(text, toks[j], toks[j + 1])) j++;
    const run = { a: i, b: j, listed: false };
    const len = j - i + 1;
    const next = toks[j + 1];
    const prev = toks[i - 1];
    i = j;
    if (len < 2 || len > 4) continue;
    // a longer run of capitalized words ("Aung San Suu Kyi Foundation") is another name
    if (next && next.cap !== Cap.None && adjacent(text, toks[j], next)) continue;
    const honorific = !!prev && prev.cap === Cap.Title && HONORIFICS.has(prev.norm);
    if (prev && prev.cap !== Cap.None && !honorific && !toks[run.a].sent0 && adjacent(text, prev, toks[run.a]))
      continue;
    let unknown = false;
    for (let k = run.a; k <= j; k++) if (!lex.has(toks[k].norm)) unknown = true;
    if (!unknown || (len === 2 && !honorific && !personBeside(text, toks, run))) continue;
    owner ??= ownersOf(toks, ms);
    const inside = mentionsInside(ms, owner, run.a, j);
    if (!inside) continue;
    for (const o of inside) drop.add(o);
    added.push(run);
  }
  return added.length ? replaceMentions(ms, drop, added) : ms;
};
