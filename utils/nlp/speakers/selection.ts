// How scripts/train-speakers.ts chooses the ranker's setting (L2 strength, abstention threshold) from its
// cross-validated figures. Not used by the extension at run time; kept here so the rule can be unit-tested.

/** A setting's cross-validated counts (of quotations scored). */
export interface Tally {
  right: number;
  wrong: number;
}

/**
 * Is setting `a` (abstaining below `aAbstain`) better than `b`? The issue (#11) says no speaker beats a wrong
 * speaker: a setting is worth its right speakers minus its wrong ones (a wrong speaker costs twice a missing one,
 * since it also loses the right one); ties go to fewer wrong speakers, then to the higher abstention threshold.
 * Fixed before looking (session 13), not tuned.
 */
export function betterSetting(a: Tally, aAbstain: number, b: Tally, bAbstain: number): boolean {
  const gainA = a.right - a.wrong;
  const gainB = b.right - b.wrong;
  if (gainA !== gainB) return gainA > gainB;
  if (a.wrong !== b.wrong) return a.wrong < b.wrong;
  return aAbstain > bAbstain;
}
