// Extractive summary: the three sentences that best stand for the article, in document order.
// Score = centrality (how much of the article's recurring vocabulary and main people a sentence carries, plus
// overlap with the headline) × a position prior that favours the top but not only the first sentence (a
// scene-setting lede is often followed by the "nut graf"). Sentences that cannot stand alone are penalized:
// questions, quotation-only sentences, and openings that point back ("He added…", "But…", "This…").
import type { Person, Span } from './types';
import { tokenize, TokKind } from './tokens';

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
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const DEPENDENT_OPENING =
  /^(?:["“‘']\s*)?(?:he|she|they|it|this|that|these|those|but|and|also|however|still|yet|so|meanwhile|instead|then|there|here|his|her|their|its|such|both|another|other|others|further|furthermore|moreover|likewise|similarly|besides|thus|hence|otherwise)\b/i;
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
  const tf = new Map<string, number>();
  for (const ws of words) for (const w of new Set(ws)) tf.set(w, (tf.get(w) ?? 0) + 1);
  const title = new Set(ctx.title ? contentWords(ctx.title) : []);
  // the main people: surnames (last word of the name) of those mentioned at least twice
  const main = new Set<string>();
  for (const p of ctx.people) {
    if (p.mentions.length < 2) continue;
    const last = p.name.split(/\s+/).at(-1)?.toLowerCase();
    if (last) main.add(last.replace(/['’]s$/, ''));
  }

  const n = sents.length;
  const scored = sents.map((x, k) => {
    const ws = words[k];
    const nWords = wordCount[k];
    let score = 0;
    if (ws.length) {
      const uniq = new Set(ws);
      let central = 0;
      for (const w of uniq) {
        const f = tf.get(w) ?? 0;
        if (f >= 2) central += Math.log2(f);
        if (title.has(w)) central += 1.5;
        if (main.has(w)) central += 1;
      }
      // favour dense sentences without rewarding sheer length
      score = central / Math.sqrt(Math.max(8, uniq.size));
    }
    // position: the lede area counts most, decaying slowly (nut graf in paragraphs 2–4)
    const pos = k / n;
    score *= k === 0 ? 1.4 : k < 4 ? 1.1 : pos < 0.3 ? 1 : pos < 0.6 ? 0.85 : 0.7;
    // stand-alone penalties
    if (/\?["”’]?$/.test(x.s)) score *= 0.3;
    if (quotedShare(x.s) > 0.6) score *= 0.4;
    if (ADDED.test(x.s)) score *= 0.2;
    else if (DEPENDENT_OPENING.test(x.s)) score *= 0.45;
    if (nWords < 8) score *= 0.4;
    if (nWords > 55) score *= 0.7;
    // picture captions and credits left in the text
    if (/\b(?:Image|Photo|Picture|Credit|Caption|Source|File photo)\s*:/.test(x.s)) score *= 0.2;
    // datelines, bylines, captions
    if (!/[.!?]["”’)]*$/.test(x.s)) score *= 0.5;
    return { ...x, ws, score };
  });

  const picked: typeof scored = [];
  for (const c of [...scored].sort((a, b) => b.score - a.score || a.i - b.i)) {
    if (picked.length >= count) break;
    // redundancy: skip a sentence that repeats a picked one
    const cs = new Set(c.ws);
    const redundant = picked.some((p) => {
      const ps = new Set(p.ws);
      let common = 0;
      for (const w of cs) if (ps.has(w)) common++;
      return common / Math.max(1, Math.min(cs.size, ps.size)) > 0.6;
    });
    if (!redundant) picked.push(c);
  }
  return picked.sort((a, b) => a.i - b.i).map((x) => x.s);
}
