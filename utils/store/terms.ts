// A compact term vector for similarity: the top-N content words of an article, weighted by
// log term frequency with the title and summary counted extra, quantized to 1..100. Pure.

export const TOP_TERMS = 16;
/** Terms put in the inverted index (the heaviest of the vector). */
export const INDEXED_TERMS = 10;

// Function words and newsroom boilerplate that say nothing about the story.
const STOP = new Set(
  (
    'a about above after again against all almost also although always am among an and another any are ' +
    "aren't around as at away back be because been before being below between both but by can can't " +
    'cannot could did do does doing done down during each either else even ever every few first for ' +
    'from further get gets got had has have having he her here hers herself him himself his how however ' +
    'i if in into is it its itself just last least less like made make many may me might more most much ' +
    'must my myself near need never new next no nor not now of off often on once one only or other ' +
    'others our ours ourselves out over own per perhaps put rather really same say says said saying see ' +
    'seen she should since so some still such than that the their theirs them themselves then there ' +
    'these they this those though three through thus to too two under until up upon us use used very ' +
    'via was way we well were what when where whether which while who whom whose why will with within ' +
    'without would yes yet you your yours yourself yourselves told tell according added news report ' +
    'reported reporting reports year years week weeks day days month months time times today yesterday ' +
    'tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april june ' +
    'july august september october november december mr mrs ms dr percent people including including ' +
    'going know think want wanted make makes making take took including around part several among'
  ).split(/\s+/),
);

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/** Lowercased content words (≥ 3 letters, not stop words), possessives dropped, light plural folding. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0]
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/['’]/g, '');
    if (w.length < 3 || STOP.has(w)) continue;
    if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
    else if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
      w = w.slice(0, -1);
    if (w.length > 24) continue;
    out.push(w);
  }
  return out;
}

export interface TermInput {
  text: string;
  title?: string | null;
  summary?: string[];
}

/** Top-N terms of an article, heaviest first, weights 1..100. */
export function termVector(input: TermInput, n = TOP_TERMS): [string, number][] {
  const tf = new Map<string, number>();
  const add = (text: string, w: number) => {
    for (const t of contentWords(text)) tf.set(t, (tf.get(t) ?? 0) + w);
  };
  add(input.text, 1);
  if (input.title) add(input.title, 3);
  for (const s of input.summary ?? []) add(s, 1);
  const scored = [...tf].map(([t, c]) => [t, 1 + Math.log(c)] as [string, number]);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = scored.slice(0, n);
  const max = top[0]?.[1] ?? 1;
  return top.map(([t, w]) => [t, Math.max(1, Math.round((w / max) * 100))]);
}

/** Cosine similarity of two sparse term vectors. */
export function cosine(a: [string, number][], b: [string, number][]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const mb = new Map(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const v = mb.get(t);
    if (v !== undefined) dot += w * v;
  }
  for (const [, w] of b) nb += w * w;
  return dot === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The terms that go into the inverted index. */
export function indexedTerms(terms: [string, number][]): string[] {
  return terms.slice(0, INDEXED_TERMS).map(([t]) => t);
}
