// Which summary settings hold on a corpus they were not chosen on: leave one corpus out, on the dev split only.
//
//   LEDE_DATA=… npx tsx scripts/eval/_summary-logo.ts          # length settings, then each rule left out
//   LOGO_ALL=1 …                                               # also every variant's figure on every corpus
//
// The length settings are also chosen leaving one document out (the same objective without that document).
//
// Corpora: each GUM genre (five human one-sentence summaries per document), the news pages (an editor's description)
// and the demo site (its dek), dev documents only (scripts/lib/frozen-split.ts); the test split is never read here.
// For each corpus held out, the variant with the best mean (over the other corpora) of R-1 F1 minus lead-3's is
// chosen, and scored on the held-out corpus. A setting that the other corpora choose and that still beats the
// default on the held-out one generalises; one that only the corpus itself prefers does not. Results of the last run
// are in utils/nlp/summary.ts's header.
import { readGum } from './_corpus';
import { frozenSplit } from '../lib/frozen-split';
import { summarize, type Rule, type SummaryOptions } from '../../utils/nlp/summary';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';
import type { Person, Span } from '../../utils/nlp/types';
import { mean, rougeN, scoreRefs, tok } from './_summary-score';
import { demoDocs, readabilityExcerptDocs } from './_summary-pages';
import { genres, splitHeadings } from './summary';

interface Input {
  corpus: string;
  body: string;
  title: string | null;
  sentences: Span[];
  people: Person[];
  refs: string[];
  /** R-1 F1 of lead-3. */
  lead3: number;
}
interface Variant {
  name: string;
  opts: SummaryOptions;
}
interface Score {
  /** Mean R-1 F1 minus lead-3's. */
  gain: number;
  words: number;
}

const R1 = (c: string, r: string) => rougeN(c, r, 1);
const RULES: Rule[] = ['anecdote', 'interview', 'firstPerson', 'leaning', 'plainHeadline', 'compress'];
const fmt = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);

function input(corpus: string, body: string, title: string | null, refs: string[]): Input {
  const sentences = splitSentences(body);
  const lead3 = sentences
    .slice(0, 3)
    .map((s) => body.slice(s.start, s.end).trim())
    .join(' ');
  const people = findPeople(body, sentences);
  return { corpus, body, title, sentences, people, refs, lead3: scoreRefs(lead3, refs, R1).f };
}

function devInputs(): Input[] {
  const out: Input[] = [];
  for (const d of readGum(genres())) {
    if (frozenSplit(d.id) !== 'dev') continue;
    const { title, body } = splitHeadings(d.text);
    out.push(input(`GUM ${d.genre}`, body, title, d.summaries));
  }
  for (const d of [...readabilityExcerptDocs(), ...demoDocs()])
    if (d.split === 'dev') out.push(input(d.corpus, d.text, d.title, d.refs));
  return out;
}

// each variant's R-1 F1 minus lead-3's, document by document (in the order of the inputs), for leaving one out
const perDoc = new Map<Variant, number[]>();

function score(docs: Input[], v: Variant): Map<string, Score> {
  const by = new Map<string, { gain: number[]; words: number[] }>();
  const gains: number[] = [];
  for (const x of docs) {
    const s = summarize(x.body, x.sentences, { people: x.people, title: x.title }, v.opts).join(' ');
    const e = by.get(x.corpus) ?? { gain: [], words: [] };
    gains.push(scoreRefs(s, x.refs, R1).f - x.lead3);
    e.gain.push(gains[gains.length - 1]);
    e.words.push(tok(s).length);
    by.set(x.corpus, e);
  }
  perDoc.set(v, gains);
  return new Map([...by].map(([k, e]) => [k, { gain: mean(e.gain), words: mean(e.words) }]));
}

/**
 * Leave each document out: the variant with the best mean over corpora (each corpus the mean of its documents) without
 * it, scored on it. Run after leaveOneOut, which scores every variant.
 */
function leaveOneDocOut(docs: Input[], variants: Variant[]): void {
  const corpora = [...new Set(docs.map((d) => d.corpus))];
  const objective = (v: Variant, skip: number) =>
    mean(
      corpora.map((c) => {
        const g = perDoc.get(v) ?? [];
        return mean(docs.flatMap((d, i) => (d.corpus === c && i !== skip ? [g[i]] : [])));
      }),
    );
  const byCorpus = new Map<string, { base: number[]; held: number[] }>();
  const chosen = new Map<string, number>();
  for (const [i, d] of docs.entries()) {
    let best = variants[0];
    for (const v of variants.slice(1)) if (objective(v, i) > objective(best, i) + 1e-9) best = v;
    chosen.set(best.name, (chosen.get(best.name) ?? 0) + 1);
    const e = byCorpus.get(d.corpus) ?? { base: [], held: [] };
    e.base.push(perDoc.get(variants[0])?.[i] ?? 0);
    e.held.push(perDoc.get(best)?.[i] ?? 0);
    byCorpus.set(d.corpus, e);
  }
  console.log(`\n## length, leaving one document out (${docs.length}); mean over the corpora of R-1 F1 − lead-3's`);
  const base = [...byCorpus.values()].map((e) => mean(e.base));
  const held = [...byCorpus.values()].map((e) => mean(e.held));
  console.log(`default ${fmt(mean(base))}, chosen without the document ${fmt(mean(held))}`);
  console.log(`chosen: ${[...chosen].map(([n, k]) => `${n} (${k})`).join(', ')}`);
}

/** Leave each corpus out: the variant best on the others, scored on it, next to the default (variants[0]). */
function leaveOneOut(docs: Input[], variants: Variant[], label: string): void {
  const scores = variants.map((v) => score(docs, v));
  const corpora = [...scores[0].keys()].sort();
  const gain = (i: number, c: string) => scores[i].get(c)?.gain ?? 0;
  console.log(`\n## ${label}: ${variants.length} variants; R-1 F1 − lead-3's on the corpus left out`);
  console.log(`${'corpus'.padEnd(36)}${'default'.padStart(8)}${'chosen'.padStart(8)}  chosen on the others`);
  const base: number[] = [];
  const held: number[] = [];
  for (const c of corpora) {
    const others = corpora.filter((o) => o !== c);
    let best = 0;
    for (let i = 1; i < variants.length; i++)
      if (mean(others.map((o) => gain(i, o))) > mean(others.map((o) => gain(best, o))) + 1e-9) best = i;
    base.push(gain(0, c));
    held.push(gain(best, c));
    console.log(
      `${c.padEnd(36)}${fmt(gain(0, c)).padStart(8)}${fmt(gain(best, c)).padStart(8)}  ${variants[best].name}`,
    );
  }
  console.log(`${'mean'.padEnd(36)}${fmt(mean(base)).padStart(8)}${fmt(mean(held)).padStart(8)}`);
  console.log(`${'worst'.padEnd(36)}${fmt(Math.min(...base)).padStart(8)}${fmt(Math.min(...held)).padStart(8)}`);
  if (!process.env.LOGO_ALL) return;
  for (const [i, v] of variants.entries()) {
    const cells = corpora.map((c) => `${fmt(gain(i, c))}/${scores[i].get(c)?.words.toFixed(0)}`);
    console.log(`${v.name.padEnd(28)}${fmt(mean(corpora.map((c) => gain(i, c))))} | ${cells.join(' ')}`);
  }
}

const docs = devInputs();
const byDefault: Variant = { name: 'default', opts: {} };
const lengths: Variant[] = [byDefault];
for (const count of [1, 2, 3, 4, 5])
  for (const words of [30, 40, 50, 60, 70, 80, 100, 999])
    for (const minSentences of [1, 2])
      lengths.push({ name: `count ${count} words ${words} min ${minSentences}`, opts: { count, words, minSentences } });
leaveOneOut(docs, lengths, 'length');
leaveOneDocOut(docs, lengths);
for (const r of RULES) leaveOneOut(docs, [byDefault, { name: `without ${r}`, opts: { without: [r] } }], `rule ${r}`);
