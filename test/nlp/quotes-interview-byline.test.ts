import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../utils/nlp/analyze';

/** The name each interview answer is given, as the text writes it. */
const answerers = (text: string) => {
  const a = analyzeText(text);
  return a.quotes
    .filter((q) => q.form === 'qa')
    .map((q) => (q.answerer ? text.slice(q.answerer.start, q.answerer.end) : null));
};

const QA = [
  'How did you get into farming?',
  'By accident. I was a home health aide, and I started growing tomatoes on my porch.',
  'What was on these lots before?',
  'Houses. Most of them burned or were torn down after 2008.',
  'What is the hardest part of the work?',
  'Money, always. We have three full-time staff.',
].join('\n\n');

describe("an interview's answerer is not the writer on the byline", () => {
  // text -> the answerer of each answer
  it.each([
    [
      `By Marcus Dell, Staff Writer\n\nTamika Ruiz runs the largest urban farm in Flint. We talked to her about soil. This interview has been edited for length.\n\n${QA}`,
      ['Tamika Ruiz', 'Tamika Ruiz', 'Tamika Ruiz'],
    ],
  ])('%s', (text, expected) => {
    expect(answerers(text)).toEqual(expected);
  });
});
