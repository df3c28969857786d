// Step: speech verbs that hand nothing to a speaker. 'This suggests that the cloud is now "table stakes"': the
// subject of "suggests" is the writer's own inference (a demonstrative), nobody said the words;
// 'we might have read of "hero cabdrivers"': the subject read the words, it did not say them. When every speech
// word of the clause before a short phrase is of these kinds, the phrase is the writer's (a scare quote or a
// term), as if no speech verb were there.
import { CUES } from '../quotes-attribution';
import { words as judgingVerbs } from '../data/quote-judging-verbs.json';

const JUDGING: ReadonlySet<string> = new Set(judgingVerbs);
const WORD = /\p{L}+/gu;
/** A finding or a ruling, "according to", "as X put it": hands the words over (see context.ts). */
const HANDS_OVER =
  /\baccording to\b|\bput it\b|\b(?:found|ruled|held|concluded|determined|finds|rules|holds)\s+that\b/i;

/** "this suggests", "these would suggest": an inference whose subject is a demonstrative for a fact. "It", "which"
 *  and "that" are left out: they stand for an organisation as often ('The Fed held rates. It suggested that
 *  prices would stay "elevated"', 'the bank, which suggested that'). */
const INFERENCE =
  /\b(?:this|these|those)\s+(?:(?:also|now|only|further|strongly|clearly|would|could|might|may|seems\s+to|seem\s+to)\s+)*(suggests?|suggested)\b/giu;
/** "read of", "read about": the subject is the reader. */
const READ_OF = /\b(read)\s+(?:of|about)\b/giu;

/**
 * The clause before the mark has speech words, and each of them is an inference from a fact or a reading, so
 * none hands the phrase to a speaker. `before`: the sentence up to the opening mark.
 */
export function onlyNeutralSpeech(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (HANDS_OVER.test(clause)) return false;
  const neutral = new Set<number>();
  for (const re of [INFERENCE, READ_OF])
    for (const m of clause.matchAll(re)) neutral.add(m.index + m[0].toLowerCase().lastIndexOf(m[1].toLowerCase()));
  if (!neutral.size) return false;
  for (const m of clause.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if ((CUES.has(w) || JUDGING.has(w)) && !neutral.has(m.index)) return false;
  }
  return true;
}
