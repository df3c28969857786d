import { describe, expect, it } from 'vitest';
import { bootstrapInterval, rougeL, rougeN, scoreRefs } from '../../scripts/eval/_summary-score';
import { writtenForPage } from '../../scripts/eval/_summary-pages';

// The summary eval's scores, checked by hand on short sentences.
describe('summary eval: ROUGE', () => {
  it('counts shared words with their multiplicity, case and punctuation aside', () => {
    // candidate: the cat sat on the mat (6); reference: The cat lay on the rug. (6); shared: the ×2, cat, on
    const r = rougeN('the cat sat on the mat', 'The cat lay on the rug.', 1);
    expect(r.p).toBeCloseTo(4 / 6);
    expect(r.r).toBeCloseTo(4 / 6);
    expect(r.f).toBeCloseTo(4 / 6);
  });

  it('counts shared word pairs for ROUGE-2 and the longest common subsequence for ROUGE-L', () => {
    // pairs of the candidate: the cat, cat sat, sat on, on the, the mat; shared: the cat, on the
    expect(rougeN('the cat sat on the mat', 'the cat lay on the rug', 2).p).toBeCloseTo(2 / 5);
    // the cat … on the: 4 of 6 in order
    expect(rougeL('the cat sat on the mat', 'the cat lay on the rug').r).toBeCloseTo(4 / 6);
    expect(rougeN('', 'the cat', 1).f).toBe(0);
  });

  it('averages over the references', () => {
    const s = scoreRefs('red car', ['red car', 'blue bus'], (c, r) => rougeN(c, r, 1));
    expect(s.f).toBeCloseTo(0.5);
  });

  it('gives a bootstrap interval around the mean that is the same on every run', () => {
    const xs = [0.1, 0.2, -0.05, 0.15, 0.05, 0.0, 0.3];
    const [lo, hi] = bootstrapInterval(xs);
    expect(lo).toBeLessThan(0.107);
    expect(hi).toBeGreaterThan(0.107);
    expect(bootstrapInterval(xs)).toEqual([lo, hi]);
    const [a, b] = bootstrapInterval([0.2, 0.2, 0.2]);
    expect(a).toBeCloseTo(0.2);
    expect(b).toBeCloseTo(0.2);
  });
});

describe('summary eval: a page description as a reference', () => {
  const text =
    'The city council voted on Saturday to build a flood wall along the harbour, ending ten years of debate. The wall will cost 80 million.';

  it('takes a description written for the page', () => {
    expect(
      writtenForPage('The wall will protect the east bank from storm surges, and work starts in spring.', text),
    ).toBe(true);
  });

  it('leaves out a description copied from the article, a short one and one in another language', () => {
    expect(writtenForPage('The city council voted on Saturday to build a flood wall along the harbour.', text)).toBe(
      false,
    );
    expect(writtenForPage('Flood wall approved.', text)).toBe(false);
    expect(
      writtenForPage('Los pueblos indígenas reclaman por derechos que permanecen incumplidos desde hace años.', text),
    ).toBe(false);
  });
});
