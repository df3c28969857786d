// The ranker's setting is chosen by right speakers less two for each wrong one over the cross-validation (#11: "no
// speaker beats a wrong speaker"; the lead's weight, session 18); ties: fewer wrong, then the higher threshold
// (utils/nlp/speakers/selection.ts).
import { describe, expect, it } from 'vitest';
import { betterSetting } from '../../../utils/nlp/speakers/selection';

type Row = [string, { right: number; wrong: number }, number, { right: number; wrong: number }, number, boolean];

describe('choosing the ranker setting', () => {
  // [why, a, a's threshold, b, b's threshold, is a better]
  const rows: Row[] = [
    // 540 scored: 480 right and 20 wrong (gain 440) against 476 right and 14 wrong (gain 448)
    ['fewer wrong wins over a few more right', { right: 476, wrong: 14 }, 0.7, { right: 480, wrong: 20 }, 0.6, true],
    ['the same pair the other way round', { right: 480, wrong: 20 }, 0.6, { right: 476, wrong: 14 }, 0.7, false],
    // 481 right, 10 wrong (461) against 473 right, 8 wrong (457): two fewer wrong do not pay for eight fewer right
    ['eight right are worth more than two wrong', { right: 481, wrong: 10 }, 0.7, { right: 473, wrong: 8 }, 0.8, true],
    // 481 right, 10 wrong (461) against 486 right, 13 wrong (460): five more right do not pay for three more wrong
    // (right minus wrong alone would take the second: 473 against 471)
    ['a wrong one costs two right ones', { right: 481, wrong: 10 }, 0.7, { right: 486, wrong: 13 }, 0.6, true],
    [
      'more right minus twice wrong wins, even with more wrong',
      { right: 490, wrong: 20 },
      0.5,
      { right: 460, wrong: 10 },
      0.7,
      true,
    ],
    // 474 right, 11 wrong against 480 right, 14 wrong: both 452
    ['ties: fewer wrong', { right: 474, wrong: 11 }, 0.7, { right: 480, wrong: 14 }, 0.6, true],
    ['ties: fewer wrong (other way)', { right: 480, wrong: 14 }, 0.6, { right: 474, wrong: 11 }, 0.7, false],
    ['ties: then the higher threshold', { right: 474, wrong: 11 }, 0.8, { right: 474, wrong: 11 }, 0.7, true],
    ['the same setting is not better', { right: 474, wrong: 11 }, 0.7, { right: 474, wrong: 11 }, 0.7, false],
  ];
  it.each(rows)('%s', (_why, a, ta, b, tb, expected) => {
    expect(betterSetting(a, ta, b, tb)).toBe(expected);
  });
});
