// Helpers shared by the quotation-finder tests (not a test file: vitest collects *.test.ts only).
import { findQuotes } from '../../utils/nlp/quotes';
import { splitSentences } from '../../utils/nlp/sentences';

/** The text of every quotation findQuotes finds, with no people given. */
export const found = (text: string) => findQuotes(text, splitSentences(text), []).map((q) => q.text);

/** A sentence with a speaker next to it, so the words are not dropped only for want of speech nearby. */
export const withSpeech = (s: string) => `${s} "We are ready," the mayor said.`;

/** The quotation withSpeech adds. */
export const READY = ['We are ready,'];
