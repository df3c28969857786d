// Extractive summary: the three sentences that best stand for the article, in document order.
// Centrality = how much of the article's recurring vocabulary, main people and headline words a sentence carries.
// The gist starts at the first informative sentence of the opening: the lede when it shares the headline's words
// or is nearly as central as the best opening sentence, else the "nut graf" after a scene (quotation,
// first-person narration, an anecdote that misses the headline). The rest is chosen by maximal marginal relevance
// with a position prior counted from there. Sentences that cannot stand alone are never chosen: questions,
// quotation-only sentences, openings that point back ("He added…", "But…", "In return…"), captions, credits and
// page residue.
import type { Person, Span } from './types';
import { tokenize, TokKind } from './tokens';
import { hasVerb, isStatement, looksLikeResidue } from './timeline-statement';

export interface SummaryContext {
  people: Person[];
  title: string | null;
}

export interface SummaryOptions {
  /** Number of sentences (default 3). */
  count?: number;
}

const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just like made make many may me might more most much must my myself new no nor not now ' +
    'of off on once one only or other our ours out over own said same say says she should since so some such than that the their ' +
    'theirs them themselves then there these they this those through to too two under until up us very was we were what when ' +
    'where which while who whom why will with would year years you your told according mr ms mrs people time first last get got ' +
    'going well back even still way take three four five week including however'
  ).split(' '),
);

const MAX_SENTENCES = 300;
const POOL_OPENING = 15;
const POOL_CENTRAL = 40;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const DEPENDENT_OPENING =
  /^(?:["“‘']\s*)?(?:he|she|they|it|this|that|these|those|but|and|also|however|still|yet|so|meanwhile|instead|then|there|here|his|her|their|its|such|both|another|other|others|further|furthermore|moreover|likewise|similarly|besides|thus|hence|otherwise)\b/i;
// connectives that answer the sentence before ("In return, …", "Nonetheless, …")
const CONNECTIVE =
  /^(?:in (?:return|addition|response|contrast|turn|fact|particular|the meantime)|as a result|at the same time|on the other hand|for (?:example|instance)|by contrast|even so|nonetheless|nevertheless|indeed|since then|after that|in that case|that is|not only|the same|the latter|the former|the two|last but not least|again|later|finally|additionally|consequently|accordingly|regardless)\b/i;
const ADDED = /^(?:he|she|they|it)\s+(?:added|continued|went on|also said|said|says|told|noted|explained)\b/i;

function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(w);
  }
  return out;
}

/** Share of the sentence's characters that sit inside quotation marks. */
function quotedShare(s: string): number {
  let inside = 0;
  let open = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“' || (c === '"' && !open)) {
      open = true;
      start = i;
    } else if ((c === '”' || c === '"') && open) {
      open = false;
      inside += i - start;
    }
  }
  if (open) inside += s.length - start;
  return inside / Math.max(1, s.length);
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

  const scored = sents.map((x, k) => {
    const ws = words[k];
    const nWords = wordCount[k];
    let central = 0;
    let titleHits = 0;
    let peopleHits = 0;
    const uniq = uniqs[k];
    for (const w of uniq) {
      const f = tf.get(w) ?? 0;
      if (f >= 2) central += Math.log2(f);
      if (title.size && (title.has(w) || (w.endsWith('s') && title.has(stem(w))))) titleHits++;
      if (main.has(w)) peopleHits++;
    }
    central += 1.5 * titleHits + peopleHits;
    // favour dense sentences without rewarding sheer length
    const score = uniq.size ? central / Math.sqrt(Math.max(8, uniq.size)) : 0;
    // a literal, not a spread of x: spreading made these objects slow (dictionary mode) to build and look up
    return { i: x.i, sp: x.sp, s: x.s, ws, uniq, score, titleHits, peopleHits, nWords, ok: false };
  });
  // Only the opening and the most central sentences can be chosen: the stand-alone tests (several regular
  // expressions each) run on that pool, not on every sentence of a long page.
  const byScore = [...scored].sort((a, b) => b.score - a.score);
  const pool = new Set([...scored.slice(0, POOL_OPENING), ...byScore.slice(0, POOL_CENTRAL)]);
  const inPool = scored.filter((c) => pool.has(c));
  for (const c of inPool) {
    c.ok = standsAlone(c.s, c.nWords);
    // a summary speaks in the third person: first-person narration (an answer, a column's aside) ranks lower
    if (firstPerson(c.s)) c.score *= 0.6;
  }
  const cands = inPool.filter((c) => c.ok);
  if (cands.length < count) {
    // too few sentences that stand alone: fall back to the best of the rest rather than return fewer
    for (const c of byScore) {
      if (cands.length >= count) break;
      if (!cands.includes(c)) cands.push(c);
    }
    cands.sort((a, b) => a.i - b.i);
  }

  // Where does the gist start? News writes it first (the lede) unless the first paragraph is a scene: then the
  // "nut graf" a few sentences later carries it. A sentence is trusted when it shares the headline's words (two,
  // stemmed) or is nearly as central as the best of the opening window; a scene (quotation, first-person
  // narration) never is. A recurring protagonist alone does not make an opening informative.
  const window = cands.slice(0, Math.max(4, Math.min(8, Math.ceil(cands.length * 0.25))));
  const best = window.reduce((a, b) => (b.score > a.score ? b : a), window[0]);
  const informative = (c: (typeof cands)[number]) =>
    !isScene(c.s) &&
    ((title.size > 0 && c.titleHits >= Math.min(2, title.size)) || c.score >= 0.7 * best.score) &&
    c.score >= 0.5 * best.score;
  // the gist starts at the first informative sentence (the lede, else the nut graf after the scene)
  const firstInformative = window.findIndex(informative);
  const startAt = firstInformative >= 0 ? firstInformative : window.indexOf(best);

  // Selection: maximal marginal relevance with a position prior counted from where the gist starts, so the
  // sentences right after the lede (or nut graf) are preferred unless a later one is clearly more central.
  const picked: typeof cands = [cands[startAt]];
  const maxScore = Math.max(...cands.map((c) => c.score), 1e-9);
  while (picked.length < count) {
    let bestC: (typeof cands)[number] | null = null;
    let bestV = -Infinity;
    for (let r = 0; r < cands.length; r++) {
      const c = cands[r];
      if (picked.includes(c)) continue;
      const dist = r > startAt ? r - startAt : startAt - r + 3;
      const prior = 1 / (1 + 0.2 * dist);
      let sim = 0;
      for (const p of picked) sim = Math.max(sim, overlap(c.uniq, p.uniq));
      const v = 0.75 * (c.score / maxScore) * prior + 0.25 * prior - 0.5 * sim;
      if (v > bestV) {
        bestV = v;
        bestC = c;
      }
    }
    if (!bestC) break;
    picked.push(bestC);
  }
  return picked.sort((a, b) => a.i - b.i).map((x) => x.s);
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

/** A sentence a reader can take on its own: not a question, a bare quotation, a caption or a back-reference. */
function standsAlone(s: string, nWords: number): boolean {
  if (/\?["”’)]?$/.test(s)) return false;
  if (quotedShare(s) > 0.6) return false;
  if (ADDED.test(s) || DEPENDENT_OPENING.test(s) || CONNECTIVE.test(s)) return false;
  if (nWords < 6 || nWords > 70) return false;
  if (!isStatement(s) || !hasVerb(s) || looksLikeResidue(s)) return false;
  // datelines, bylines, captions: no closing punctuation
  return /[.!]["”’)]*$/.test(s);
}

/** Scene-setting openings: quotation, question, first-person narration, or a short sensory sentence. */
function isScene(s: string): boolean {
  if (quotedShare(s) > 0.3) return true;
  return firstPerson(s);
}

/** First person outside quotation marks. */
function firstPerson(s: string): boolean {
  const outside = s.replace(/["“][^"”]*["”]?/g, ' ');
  return /\b(?:I|I'm|I’m|we|We|my|My|our|Our)\b/.test(outside);
}
