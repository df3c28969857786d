// "Her message to the players was clear: "…"", "The minister's answer was short: "…"": a phrase naming what
// someone said, as the subject before a colon or dash, gives the words to its possessor (the pronoun, or the
// noun phrase before "'s"). Nouns: utils/nlp/data/speaker-said-nouns.json.
import saidNouns from '../data/speaker-said-nouns.json';

const NOUNS = saidNouns.words.join('|');
// (an adjective may stand before the noun: "his short answer"; a complement after it: "to the players")
const OWNED = new RegExp(
  `^(?:(his|her|their|its)|((?:the\\s+)?(?:[\\p{L}.-]+\\s+){0,3}?[\\p{L}.-]+)['’]s?)\\s+(?:[\\p{L}-]+\\s+)?(?:${NOUNS})s?\\b`,
  'iu',
);

/** The possessor's span inside the phrase text[start, end), or null when the phrase is not someone's words. */
export function possessorOf(text: string, start: number, end: number): { start: number; end: number } | null {
  const m = OWNED.exec(text.slice(start, end));
  if (!m) return null;
  const who = m[1] ?? m[2];
  return { start, end: start + who.length };
}

/** Where the possessed noun ends ("His answer" of "His answer: …"), or `end` when the phrase is not someone's words. */
export function possessedEnd(text: string, start: number, end: number): number {
  const m = OWNED.exec(text.slice(start, end));
  return m ? start + m[0].length : end;
}
