import { describe, expect, it } from 'vitest';
import { cleanSentence } from '../../utils/nlp/summary/clean';
import { summarize } from '../../utils/nlp/summary';
import { splitSentences } from '../../utils/nlp/sentences';

// A text that comes flattened, its lines joined by spaces, glues its headline and date line onto the lede (issue #11:
// GUM dev news given so, without a title: R-1 F1 0.369 -> 0.403, lead-3 0.386). These texts are made up.

describe('cleanSentence: a headline and its date line glued onto the lede', () => {
  it.each([
    [
      'Harbour strike halts ferries Tuesday, March 3, 2026 Ferry crews in Dover walked out on Tuesday.',
      'Ferry crews in Dover walked out on Tuesday.',
    ],
    [
      'Council backs new library 4 May 2026 The city council approved a new central library.',
      'The city council approved a new central library.',
    ],
    [
      'Scientists find water on distant moon Monday, July 28, 2025 "We were astonished," the team said.',
      '"We were astonished," the team said.',
    ],
    // a date the sentence itself gives stays
    [
      'On 3 September 1939 New Zealand declared war on Germany.',
      'On 3 September 1939 New Zealand declared war on Germany.',
    ],
    [
      'The shares listed on March 3, 2026 and rose by a third.',
      'The shares listed on March 3, 2026 and rose by a third.',
    ],
    ['Born 23 January 1928 Paris, France.', 'Born 23 January 1928 Paris, France.'],
    // a headline of more than 20 words is no headline
    [
      'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone May 5, 2026 The end.',
      'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone May 5, 2026 The end.',
    ],
  ])('%s', (s, expected) => {
    expect(cleanSentence(s)).toBe(expected);
  });

  it('the summary of a flattened text opens with the lede, without its headline', () => {
    const t =
      'Harbour strike halts ferries Tuesday, March 3, 2026 Ferry crews in Dover walked out on Tuesday, halting crossings to France for the first time in a decade. ' +
      'The strike follows the collapse of pay talks late on Monday. ' +
      'About 40 lorries were queuing outside the port by midday, police said. ' +
      'The port said it regretted the action.';
    const out = summarize(t, splitSentences(t), { people: [], title: null });
    expect(out[0]).toBe(
      'Ferry crews in Dover walked out on Tuesday, halting crossings to France for the first time in a decade.',
    );
  });
});
