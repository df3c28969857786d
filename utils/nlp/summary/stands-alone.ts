// Can a sentence be shown on its own: not a question, a bare quotation, a caption, residue or a fragment.
import { hasVerb, isStatement, looksLikeResidue } from '../timeline-statement';
import { isQuestion, isQuotation, quotationPiece } from './quotation';
import { CLOSED, cjkProse } from './residue';
import { list, words } from './words';

// The verb test knows English verbs only: a sentence of some length without an English function word is in another
// language and keeps its place without it (a caption is short, and in English it has "the", "of", "by"…)
const ENGLISH = /\b(?:the|and|of|to|is|was|that|with|for|from|by)\b/i;
const FOREIGN_MIN_WORDS = 10;

// esbuild (tsx, vitest) rebuilds a regex literal with \p{..} outside brackets on every call: module constants
const LOWER_START = /^\p{Ll}(?!\p{Lu})/u;

// verbs the shared test does not know, and a pronoun's verb ("It’s the industry’s…", "I'm not…", "I am…"; "am" alone
// may be a time, "8 am")
const MORE_VERBS = new RegExp(
  `\\b(?:${list(words.moreVerbs).join('|')})\\b|\\b(?:it|he|she|that|there|what|who|here)['’]s\\b|\\b(?:i|you|we|they)['’](?:m|re|ve|ll|d)\\b|\\bI am\\b`,
  'i',
);

function hasVerbIfEnglish(s: string, nWords: number): boolean {
  return hasVerb(s) || MORE_VERBS.test(s) || (nWords >= FOREIGN_MIN_WORDS && !ENGLISH.test(s));
}

// the longest sentence shown: past it, a "sentence" is mostly page text glued together (a list, a menu) or a run-on
// that no summary needs; a lede may be longer (a wire story's lede of 75 words, "The Supreme Court on Thursday struck
// down… even though he had voted…", is still the news)
export const MAX_WORDS = 70;
export const MAX_LEDE_WORDS = 100;

// a sentence that only points to what follows or greets the reader ("Here's what you need to know.", "Hello and
// welcome to the Morning Briefing.", "You are reading an excerpt from…"): a newsletter's, a live blog's or an
// explainer's signpost, not news. A greeting may open it; a colon after it brings its content ("Here are the facts:
// the tax starts in July.") and a long one says more than where it points.
const SIGNPOST = new RegExp(
  `^(?:(?:hello|hi|good (?:morning|afternoon|evening))[,!.]?\\s+(?:and\\s+)?)?(?:${words.signposts})\\b[^:]*$`,
  'i',
);
const SIGNPOST_WORDS = 15;
// an opinion's or an analysis's imperative that points ahead in a few words ("Start with the speed of it.", "Consider
// the numbers."); a longer one ("Consider the case of Maria Lopez, who lost…") tells something itself
const IMPERATIVE = new RegExp(`^(?:${words.imperativeSignposts})(?![\\p{L}'’-])[^:,;]*[.!]$`, 'iu');
const IMPERATIVE_WORDS = 8;

/** A sentence that only points to what follows or greets the reader ("Here's what you need to know."). */
export function signpost(s: string, nWords: number): boolean {
  return (nWords <= SIGNPOST_WORDS && SIGNPOST.test(s)) || (nWords <= IMPERATIVE_WORDS && IMPERATIVE.test(s));
}

// an obituary's age after the death ("…died on Sunday at her home in Edinburgh. She was 91."): short, but the news of
// the lede it leans on (shown only with it, leaning.ts), and the sentences after it lean on it in turn
const AGE_LINE = /^(?:He|She) was (?:about |nearly |almost )?\d{1,3}(?: years old)?\.$/;
// a wire story's short line of what did not happen ("No one was hurt.", "No injuries were reported.", "No arrests have
// been made."): under the six words a sentence needs, but news a reader looks for
const NONE_LINE =
  /^(?:No(?: one|body| \p{Ll}+)|Nobody|None) (?:was|were|has been|have been|had been) (?:immediately |yet )?(?:reported|hurt|injured|killed|harmed|made|arrested|charged|found)\.$/u;

/**
 * A sentence a reader can take on its own: not a question, a bare quotation, a caption, residue or a fragment, and
 * at most `maxWords` words.
 */
export function standsAlone(s: string, nWords: number, maxWords = MAX_WORDS): boolean {
  if (AGE_LINE.test(s) || NONE_LINE.test(s)) return true;
  if (isQuestion(s) || signpost(s, nWords)) return false;
  if (isQuotation(s) || quotationPiece(s)) return false;
  if (cjkProse(s)) return true;
  if (nWords < 6 || nWords > maxWords) return false;
  // a lower-case start is a piece of a sentence ("is an example of…"), not "iPhone sales…"
  if (LOWER_START.test(s)) return false;
  if (!isStatement(s) || !hasVerbIfEnglish(s, nWords) || looksLikeResidue(s)) return false;
  // datelines, bylines, captions: no closing punctuation (a question mark here closes a reported question)
  return CLOSED.test(s);
}
