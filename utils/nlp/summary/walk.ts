// The length of the summary: the lead from its start, sentences that stand alone in order, until `count` sentences or
// `budget` words, within a window of the next sentences.
import type { Cand } from './candidates';
import { firstPerson } from './leaning';

/** The lead is in the first sentences: the walk stops this many sentences after the summary's start. */
export const WINDOW = 8;

/** The lead from `start` on: sentences that stand alone, in order, until `count` sentences or `budget` words. */
export function walk(cands: Cand[], start: Cand, count: number, budget: number, thirdPerson: boolean): Cand[] {
  const picked: Cand[] = [];
  const taken = new Set<number>();
  const seen = new Set<string>();
  let words = 0;
  for (const c of cands) {
    if (c.k < start.k) continue;
    if (c.k > start.k + WINDOW || picked.length >= count || (picked.length && words >= budget)) break;
    // a sentence that leans on another only right with it
    if (!c.ok || (c.needs >= 0 && !taken.has(c.needs))) continue;
    // a page that repeats a sentence (a pull quote, a caption that repeats the text) shows it once
    const key = c.s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.has(key)) continue;
    if (thirdPerson && picked.length && firstPerson(c.s) && !firstPerson(picked[0].s)) continue;
    seen.add(key);
    picked.push(c);
    taken.add(c.k);
    words += c.shownWords;
  }
  return picked;
}
