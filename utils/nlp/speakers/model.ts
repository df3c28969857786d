// The speaker ranker's linear model: one weight per feature name (utils/nlp/data/speaker-model.json,
// trained by scripts/train-speakers.ts on the dev split of the quotation gold). A candidate's score is the
// sum of its features' weights; the candidates of one quotation compete in a softmax.
import model from '../data/speaker-model.json';

export type Weights = ReadonlyMap<string, number>;

export interface SpeakerModel {
  weights: Weights;
  /** A speaker whose softmax probability is below this is not given (abstaining beats a wrong speaker). */
  abstainBelow: number;
}

const shipped = model as { weights: Record<string, number>; abstainBelow?: number };
export const SPEAKER_MODEL: SpeakerModel = {
  weights: new Map(Object.entries(shipped.weights)),
  abstainBelow: shipped.abstainBelow ?? 0,
};

export function score(w: Weights, feats: readonly string[]): number {
  let s = 0;
  for (const f of feats) s += w.get(f) ?? 0;
  return s;
}

/** Index of the highest score (the first on ties, so the order of the candidates decides them). */
export function argmax(scores: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
  return best;
}

/** Softmax probability of candidate `k` among `scores`. */
export function probability(scores: readonly number[], k: number): number {
  const mx = Math.max(...scores);
  let z = 0;
  for (const s of scores) z += Math.exp(s - mx);
  return Math.exp(scores[k] - mx) / z;
}
