// Extractive summary: three sentences that tell the news, in document order.
// News writes the gist first, so the lede is kept unless it is not news: a scene (quotation, first-person
// narration, an anecdote that misses the headline while a sentence after it carries it), a caption, page residue.
// Datelines, metadata dates and hover cards are cut from a sentence (summary-sentence.ts). The rest follows the
// lede: the next sentences that can be read on their own, by a position prior with centrality (the article's
// recurring vocabulary, main people and headline words) and maximal marginal relevance. A sentence that leans on
// another ("He added…", "But…", "The letter…" after "a letter") is chosen only after the one it leans on.
import type { Person, Span } from './types';
import { tokenize, TokKind } from './tokens';
import {
  STOP,
  cleanSentence,
  definiteHead,
  firstPerson,
  introductions,
  isScene,
  leansOnPrevious,
  quotedShare,
  saysWhen,
  standsAlone,
} from './summary-sentence';

export interface SummaryContext {
  people: Person[];
  title: string | null;
}

export interface SummaryOptions {
  /** Number of sentences (default 3). */
  count?: number;
}

const MAX_SENTENCES = 300;
const POOL_OPENING = 15;
const POOL_CENTRAL = 40;
// a lede this much less central than the opening's best sentence is not the gist
const LEDE_MIN_SHARE = 0.3;
// selection after the start: position prior decay per candidate, weight of centrality, penalty for repetition
const PRIOR_DECAY = 0.5;
const CENTRAL_WEIGHT = 0.75;
const REDUNDANCY = 0.5;
// centrality factors: a sentence that is mostly a quotation, one that says when (a weekday, a month, "yesterday")
const QUOTE_FACTOR = 0.7;
const WHEN_FACTOR = 1.2;
const FIRST_PERSON_FACTOR = 0.6;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(w);
  }
  return out;
}

export function summarize(text: string, sentences: Span[], ctx: SummaryContext, opts: SummaryOptions = {}): string[] {
  const count = opts.count ?? 3;
  // the gist of a news article is in its first few hundred sentences; very long pages stay cheap
  const sents = sentences
    .slice(0, MAX_SENTENCES)
    .map((sp, i) => ({ i, sp, s: text.slice(sp.start, sp.end).trim() }))
    .filter((x) => x.s.length > 0);
  if (sents.length <= count) return sents.map((x) => x.s);

  // content words per sentence from one pass of the tokenizer over the lower-cased text
  const lower = text.toLowerCase();
  const words: string[][] = sents.map(() => []);
  const wordCount = new Int32Array(sents.length);
  let si = 0;
  for (const t of tokenize(text.slice(0, sents[sents.length - 1].sp.end))) {
    while (si < sents.length && sents[si].sp.end <= t.start) si++;
    if (si >= sents.length) break;
    if (t.start < sents[si].sp.start || t.kind !== TokKind.Word) continue;
    wordCount[si]++;
    if (t.end - t.start < 3) continue;
    let w = lower.slice(t.start, t.end);
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    if (w.length >= 3 && !STOP.has(w)) words[si].push(w);
  }
  // document vocabulary: term frequency of content words
  const uniqs = words.map((ws) => new Set(ws));
  const tf = new Map<string, number>();
  for (const u of uniqs) for (const w of u) tf.set(w, (tf.get(w) ?? 0) + 1);
  const title = new Set(ctx.title ? contentWords(ctx.title).map(stem) : []);
  // the main people: surnames (last word of the name) of those mentioned at least twice
  const main = new Set<string>();
  for (const p of ctx.people) {
    if (p.mentions.length < 2) continue;
    const last = p.name.split(/\s+/).at(-1)?.toLowerCase();
    if (last) main.add(last.replace(/['’]s$/, ''));
  }

  // centrality: recurring vocabulary, headline words, main people; dense sentences without rewarding length
  const rate = (uniq: Set<string>) => {
    let central = 0;
    let titleHits = 0;
    let peopleHits = 0;
    for (const w of uniq) {
      const f = tf.get(w) ?? 0;
      if (f >= 2) central += Math.log2(f);
      if (title.size && (title.has(w) || (w.endsWith('s') && title.has(stem(w))))) titleHits++;
      if (main.has(w)) peopleHits++;
    }
    central += 1.5 * titleHits + peopleHits;
    return {
      score: uniq.size ? central / Math.sqrt(Math.max(8, uniq.size)) : 0,
      titleHits,
      peopleHits,
    };
  };
  const scored = sents.map((x, k) => {
    const uniq = uniqs[k];
    const { score, titleHits, peopleHits } = rate(uniq);
    // a literal, not a spread of x: spreading made these objects slow (dictionary mode) to build and look up
    return {
      k,
      i: x.i,
      sp: x.sp,
      s: x.s,
      uniq,
      score,
      titleHits,
      peopleHits,
      nWords: wordCount[k],
      needs: -1,
    };
  });
  type Cand = (typeof scored)[number];
  // Only the opening and the most central sentences can be chosen: the stand-alone tests (several regular
  // expressions each) run on that pool, not on every sentence of a long page.
  const byScore = [...scored].sort((a, b) => b.score - a.score);
  const pool = new Set([...scored.slice(0, POOL_OPENING), ...byScore.slice(0, POOL_CENTRAL)]);
  const inPool = scored.filter((c) => pool.has(c));
  const intro = introductions(text.slice(0, sents[inPool[inPool.length - 1].k].sp.start));
  for (const c of inPool) {
    const clean = cleanSentence(c.s);
    if (clean !== c.s) {
      // residue cut: count the words that are left
      c.s = clean;
      c.nWords = clean.match(WORD_RE)?.length ?? 0;
      c.uniq = new Set(contentWords(clean));
      const r = rate(c.uniq);
      c.score = r.score;
      c.titleHits = r.titleHits;
      c.peopleHits = r.peopleHits;
    }
    // what the sentence leans on: the one before it, or the one that brought in its "The <noun>"
    if (leansOnPrevious(c.s)) c.needs = c.k - 1;
    else {
      const head = definiteHead(c.s);
      const at = head ? intro.get(head) : undefined;
      if (at !== undefined && at < c.sp.start) c.needs = sentenceAt(scored, at);
    }
    // a summary speaks in the third person: first-person narration (an answer, a column's aside) ranks lower, and
    // so does a sentence that is mostly a quotation; one that says when something happened ranks higher
    if (firstPerson(c.s)) c.score *= FIRST_PERSON_FACTOR;
    if (quotedShare(c.s) > 0.3) c.score *= QUOTE_FACTOR;
    if (saysWhen(c.uniq)) c.score *= WHEN_FACTOR;
  }
  // whether a sentence stands alone is asked only of those the selection reaches (several regular expressions each)
  const okState = new Int8Array(scored.length);
  const isOk = (c: Cand) => {
    if (okState[c.k] === 0) okState[c.k] = standsAlone(c.s, c.nWords) ? 1 : -1;
    return okState[c.k] > 0;
  };
  const picked: Cand[] = [];
  const isPicked = new Set<number>();
  const free = (c: Cand) => c.needs < 0 || isPicked.has(c.needs);
  const pick = (c: Cand) => {
    picked.push(c);
    isPicked.add(c.k);
  };

  // Where does the gist start? At the lede, unless the lede is a scene (quotation, first-person narration) or an
  // anecdote: it misses the headline while a sentence soon after carries it, or it is far less central than the
  // opening's best sentence. Then the "nut graf" after it starts the summary.
  const size = Math.max(4, Math.min(8, Math.ceil(inPool.length * 0.25)));
  const opening: Cand[] = [];
  for (const c of inPool) {
    if (opening.length >= size) break;
    if (c.needs < 0 && isOk(c)) opening.push(c);
  }
  if (opening.length) {
    const best = opening.reduce((a, b) => (b.score > a.score ? b : a), opening[0]);
    const needHits = Math.min(2, title.size);
    const carriesHeadline = (c: Cand) => title.size > 0 && c.titleHits >= needHits;
    const anecdote = (c: Cand, r: number) =>
      isScene(c.s) ||
      c.score < LEDE_MIN_SHARE * best.score ||
      (title.size > 0 &&
        c.titleHits === 0 &&
        opening.slice(r + 1, r + 4).some((o) => carriesHeadline(o) && o.score > c.score));
    const start = opening.findIndex((c, r) => !anecdote(c, r));
    pick(opening[start >= 0 ? start : opening.indexOf(best)]);
  }

  // The rest: maximal marginal relevance with a position prior by the distance in sentences from where the gist
  // starts, so the sentences right after the lede (or nut graf) are preferred unless a later one is clearly more
  // central. Sentences before the start (the scene) are not taken.
  const maxScore = Math.max(...inPool.map((c) => c.score), 1e-9);
  const from = picked.length ? picked[0].k : scored.length;
  const rejected = new Set<number>();
  while (picked.length && picked.length < count) {
    let bestC: Cand | null = null;
    let bestV = -Infinity;
    for (const c of inPool) {
      if (c.k <= from || isPicked.has(c.k) || rejected.has(c.k) || !free(c)) continue;
      const prior = 1 / (1 + PRIOR_DECAY * (c.k - from));
      let sim = 0;
      for (const p of picked) sim = Math.max(sim, overlap(c.uniq, p.uniq));
      const v = (CENTRAL_WEIGHT * (c.score / maxScore) + (1 - CENTRAL_WEIGHT)) * prior - REDUNDANCY * sim;
      if (v > bestV) {
        bestV = v;
        bestC = c;
      }
    }
    if (!bestC) break;
    if (isOk(bestC)) pick(bestC);
    else rejected.add(bestC.k);
  }
  if (picked.length < count) {
    // too few sentences that stand alone: the most central of the rest that lean on nothing left out
    for (const c of byScore) {
      if (picked.length >= count) break;
      if (!isPicked.has(c.k) && pool.has(c) && free(c)) pick(c);
    }
  }
  return picked.sort((a, b) => a.i - b.i).map((x) => x.s);
}

/** Index of the sentence holding a text offset (binary search over sentences in text order). */
function sentenceAt(sents: readonly { sp: Span }[], pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid].sp.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Plural and third-person -s stripped, so "questionnaires" meets the headline's "questionnaire". */
function stem(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}

/** Word-set overlap relative to the smaller set. */
function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.max(1, Math.min(a.size, b.size));
}
