// A person's name found with a word joined by a hyphen that is not part of it ("the Jeff Bezos-owned Washington
// Post", "a Musk-owned company"): the tokens keep the hyphenated word whole (the tagger learned from them so), and
// the name is cut at the hyphen when the mentions become people (cluster.ts).
import { Cap, type NameTok } from '../names-features';
import { prefixes, words } from '../data/name-hyphen-affixes.json';
import type { Mention } from './doc';
import { nameWords } from './context';

const AFFIXES: ReadonlySet<string> = new Set(words);
const PREFIXES: ReadonlySet<string> = new Set(prefixes);

/**
 * "anti-Trump", "post-Mugabe": a listed prefix, a hyphen and a capitalized word, in one lower-case token. Returns
 * the offset in the text where the name starts, or -1.
 */
export function prefixedAt(text: string, t: NameTok): number {
  if (t.cap !== Cap.None || t.norm.length !== t.end - t.start) return -1;
  const h = t.norm.indexOf('-');
  if (h < 2 || h + 2 >= t.norm.length || t.norm.indexOf('-', h + 1) >= 0 || !PREFIXES.has(t.norm.slice(0, h)))
    return -1;
  const c = text.charCodeAt(t.start + h + 1);
  return c >= 65 && c <= 90 ? t.start + h + 1 : -1;
}

/** Where "Bezos-owned" ends its name: the offset of the hyphen, or -1. */
function affixAt(t: NameTok): number {
  // the norm must be the text's own length, so that an offset into it is one into the text
  if (t.cap !== Cap.Title || t.norm.length !== t.end - t.start) return -1;
  const h = t.norm.indexOf('-');
  if (h < 1 || t.norm.indexOf('-', h + 1) >= 0 || !AFFIXES.has(t.norm.slice(h + 1))) return -1;
  return t.start + h;
}

/**
 * The mention cut at the first word of it joined to a listed affix: its last token, the end offset and that
 * token's name word ("bezos"); null when no word of it has one.
 */
function affixCut(toks: NameTok[], m: Mention): { b: number; end: number; word: string } | null {
  for (let k = m.a; k <= m.b; k++) {
    const end = affixAt(toks[k]);
    if (end >= 0) return { b: k, end, word: toks[k].norm.slice(0, end - toks[k].start) };
  }
  return null;
}

/**
 * The mention's name words and end, cut at a word joined to a listed affix ("the Jeff Bezos-owned Washington Post"
 * → jeff, bezos; the mention ends after "Bezos"), or as they are.
 */
export function cutName(
  text: string,
  toks: NameTok[],
  m: Mention,
): { m: Mention; words: string[]; start: number; end: number } {
  const t = toks[m.a];
  // "anti-Trump": the name starts after the hyphen
  const pre = m.a === m.b ? prefixedAt(text, t) : -1;
  if (pre >= 0) return { m, words: [t.norm.slice(pre - t.start)], start: pre, end: t.end };
  const cut = affixCut(toks, m);
  if (!cut) return { m, words: nameWords(toks, m), start: t.start, end: toks[m.b].end };
  const c = { a: m.a, b: cut.b, listed: m.listed };
  const words = nameWords(toks, c);
  if (words.length) words[words.length - 1] = cut.word;
  return { m: c, words, start: t.start, end: cut.end };
}
