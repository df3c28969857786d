// Helpers shared by the summary tests (not a test file: vitest collects *.test.ts only).
import { summarize } from '../../utils/nlp/summary';
import { splitSentences } from '../../utils/nlp/sentences';

/** The summary of paragraphs joined by blank lines, with no people given and the headline if any. */
export const run = (paragraphs: string[], title: string | null = null) => {
  const t = paragraphs.join('\n\n');
  return summarize(t, splitSentences(t), { people: [], title });
};
