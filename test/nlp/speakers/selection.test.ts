// The ranker's setting is chosen by right minus wrong speakers over the cross-validation (#11: "no speaker beats a
// wrong speaker"); ties: fewer wrong, then the higher threshold (utils/nlp/speakers/selection.ts).
import { describe, expect, it } from 'vitest';
import { betterSetting } from '../../../utils/nlp/speakers/selection';

describe('choosing the ranker setting', () => {
  it('counts a wrong speaker twice a missing one', () => {
    // 540 scored: 480 right and 20 wrong (40 none) against 476 right and 14 wrong (50 none)
    expect(betterSetting({ right: 476, wrong: 14 }, 0.7, { right: 480, wrong: 20 }, 0.6)).toBe(true);
    expect(betterSetting({ right: 480, wrong: 20 }, 0.6, { right: 476, wrong: 14 }, 0.7)).toBe(false);
  });

  it('is not bound to a wrong-rate goal: more right minus wrong wins even with more wrong', () => {
    expect(betterSetting({ right: 490, wrong: 20 }, 0.5, { right: 470, wrong: 10 }, 0.7)).toBe(true);
  });

  it('breaks ties by fewer wrong speakers, then by the higher threshold', () => {
    expect(betterSetting({ right: 474, wrong: 11 }, 0.7, { right: 477, wrong: 14 }, 0.6)).toBe(true);
    expect(betterSetting({ right: 477, wrong: 14 }, 0.6, { right: 474, wrong: 11 }, 0.7)).toBe(false);
    expect(betterSetting({ right: 474, wrong: 11 }, 0.8, { right: 474, wrong: 11 }, 0.7)).toBe(true);
    expect(betterSetting({ right: 474, wrong: 11 }, 0.7, { right: 474, wrong: 11 }, 0.7)).toBe(false);
  });
});
