// The length of the summary: the lead from its start, sentences that stand alone in order, until `count` sentences or
// `budget` words, within a window of the next sentences.
import type { Cand } from './candidates';
import { firstPerson } from './leaning';

/** The lead is in the first sentences: the walk stops this many sentences after the summary's start. */
export const WINDOW = 8;
// the word budget never ends the summary before this many sentences: a long lede alone is far shorter than a lead-3,
// and a one-sentence summary is what the held-out news measured as short of recall (GUM dev: news_lanterns,
// a 61-word lede, gains its next sentence; nothing else on dev changes)
export const MIN_SENTENCES = 2;

/** How long the summary is: at most `count` sentences, none added past `budget` words once it has `min`. */
export interface Limits {
  count: number;
  budget: number;
  min: number;
  /** First-person narration after a lede in the third person is left out. */
  thirdPerson: boolean;
  /** A sentence that carries the headline: shown even in the first person ("now we know…: the game will launch…"). */
  carries?: (s: string) => boolean;
}

/** The lead from `start` on: sentences that stand alone, in order, until `count` sentences or `budget` words. */
export function walk(cands: Cand[], start: Cand, limits: Limits): Cand[] {
  const { count, budget, min, thirdPerson, carries } = limits;
  const picked: Cand[] = [];
  const taken = new Set<number>();
  const seen = new Set<string>();
  let words = 0;
  for (const c of cands) {
    if (c.k < start.k) continue;
    if (c.k > start.k + WINDOW || picked.length >= count || (picked.length >= min && words >= budget)) break;
    // a sentence that leans on another only right with it
    if (!c.ok || (c.needs >= 0 && !taken.has(c.needs))) continue;
    // a page that repeats a sentence (a pull quote, a caption that repeats the text) shows it once
    const key = c.s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.has(key)) continue;
    if (thirdPerson && picked.length && firstPerson(c.s) && !firstPerson(picked[0].s) && !carries?.(c.s)) continue;
    seen.add(key);
    picked.push(c);
    taken.add(c.k);
    words += c.shownWords;
  }
  return picked;
}

/**
 * The summary of an interview or a hearing (central.ts): its first sentence as the walk finds it, then, of the
 * sentences within the walk's window that could follow it, the ones whose words the text keeps coming back to, shown
 * in order, until `count` sentences or `budget` words. A sentence that leans on another is taken only with it.
 */
export function walkCentral(cands: Cand[], start: Cand, limits: Limits): Cand[] {
  const { count } = limits;
  const all = walk(cands, start, { ...limits, count: Infinity, budget: Infinity });
  if (all.length <= count) return withinBudget(all, limits);
  const kept = new Set<number>([all[0].k]);
  // every sentence of the window that could follow the first is in the running: the pool of 6 it replaces (a dev
  // choice) gave the same summary of every dev text, and leaving one dev document out never picked a smaller pool
  const pool = all.slice(1).sort((a, b) => b.central - a.central || a.k - b.k);
  for (const c of pool) {
    if (kept.size >= count) break;
    if (c.needs < 0 || kept.has(c.needs)) kept.add(c.k);
  }
  return withinBudget(
    all.filter((c) => kept.has(c.k)),
    limits,
  );
}

/** The sentences in order until `budget` words (the first `min` always). */
function withinBudget(picked: Cand[], { budget, min }: Limits): Cand[] {
  const out: Cand[] = [];
  let words = 0;
  for (const c of picked) {
    if (out.length >= min && words >= budget) break;
    out.push(c);
    words += c.shownWords;
  }
  return out;
}
