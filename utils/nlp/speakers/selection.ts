// How scripts/train-speakers.ts chooses the ranker's setting (L2 strength, abstention threshold) from its
// cross-validated figures. Not used by the extension at run time; kept here so the rule can be unit-tested.

/** A setting's cross-validated counts (of quotations scored). */
export interface Tally {
  right: number;
  wrong: number;
}

/**
 * What one wrong speaker costs, in right ones. The issue (#11): "no speaker beats a wrong speaker", and a quotation
 * put in the wrong mouth "goes into the reader's memory and comes back on the hover card of the wrong person". Set by
 * the lead on that principle (session 18), not from any figure: a wrong speaker costs two right ones.
 */
export const WRONG_COST = 2;

/** A setting's worth: its right speakers less WRONG_COST for each wrong one. */
export const gainOf = (t: Tally) => t.right - WRONG_COST * t.wrong;

/**
 * Is setting `a` (abstaining below `aAbstain`) better than `b`? The one worth more (gainOf); ties go to fewer wrong
 * speakers, then to the higher abstention threshold.
 */
export function betterSetting(a: Tally, aAbstain: number, b: Tally, bAbstain: number): boolean {
  const gainA = gainOf(a);
  const gainB = gainOf(b);
  if (gainA !== gainB) return gainA > gainB;
  if (a.wrong !== b.wrong) return a.wrong < b.wrong;
  return aAbstain > bAbstain;
}
