// Helpers shared by the quotation-finder tests (not a test file: vitest collects *.test.ts only).
import { findQuotes } from '../../utils/nlp/quotes';
import { findAnswers } from '../../utils/nlp/quotes/interview';
import { splitSentences } from '../../utils/nlp/sentences';
import type { Person } from '../../utils/nlp/types';

/** The text of every quotation findQuotes finds, with no people given. */
export const found = (text: string) => findQuotes(text, splitSentences(text), []).map((q) => q.text);

/** A sentence with a speaker next to it, so the words are not dropped only for want of speech nearby. */
export const withSpeech = (s: string) => `${s} "We are ready," the mayor said.`;

/** The quotation withSpeech adds. */
export const READY = ['We are ready,'];

/** The text of every interview answer findAnswers reads, with the people given (none by default). */
export const answersOf = (text: string, people: Person[] = []) =>
  findAnswers(text, splitSentences(text), [], people).map((a) => text.slice(a.start, a.end));
