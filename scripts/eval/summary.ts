// Summaries against GUM's reference summaries (GUM annotations CC-BY 4.0; Wikinews texts CC-BY 2.5), on every
// GUM genre, split into dev and the frozen test by document (scripts/lib/frozen-split.ts). Nobody reads the test
// split's errors: only its aggregate figures are printed.
//
// References: GUM gives five one-sentence summaries per document. #Summary1 is written by a person; #Summary2–5
// by people on some documents and by language models on most (their header says which). Systems are scored
// against all five (mean over references). The ceiling row is the person's #Summary1 scored against the other
// four: what one more human summary would get.
//
// Length rule: the popup shows the summary as a list of the sentences summarize() returns, up to three (fewer when
// the first ones already make 60 words), so the fair baseline is lead-3 (the body's first three sentences, from the
// same sentence splitter); lead-1 is shown too. ROUGE favours short candidates in
// precision, so only systems of about equal length compare in F1: the "Lede > lead-3" rows give the mean lengths.
//
// Input: the body with the heading lines before it removed (headline, date line, section or author lines:
// paragraphs without sentence-final punctuation); the first heading is given as the title, as the page gives it.
//
// `SUMMARY_DUMP=1` prints the dev documents where the summary loses to lead-3 (never a test document).
import type { EvalRow } from '../eval';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, readGum } from './_corpus';
import { frozenSplit, type Split } from '../lib/frozen-split';
import { rng } from '../lib/seeded-random';
import { summarize } from '../../utils/nlp/summary';
import { cleanSentence, dropAsides, isResidue, standsAlone } from '../../utils/nlp/summary-sentence';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';

const tok = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function ngrams(t: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

interface PRF {
  p: number;
  r: number;
  f: number;
}
const prf = (match: number, np: number, nr: number): PRF => {
  const p = np ? match / np : 0;
  const r = nr ? match / nr : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function rougeN(cand: string, ref: string, n: number): PRF {
  const c = ngrams(tok(cand), n);
  const r = ngrams(tok(ref), n);
  let match = 0;
  let nc = 0;
  let nr = 0;
  for (const v of c.values()) nc += v;
  for (const [k, v] of r) {
    nr += v;
    match += Math.min(v, c.get(k) ?? 0);
  }
  return prf(match, nc, nr);
}

export function rougeL(cand: string, ref: string): PRF {
  const a = tok(cand);
  const b = tok(ref);
  // LCS by dynamic programming over two rows
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prf(prev[b.length], a.length, b.length);
}

type Metric = (c: string, r: string) => PRF;
const METRICS: [string, Metric][] = [
  ['R-1', (c, r) => rougeN(c, r, 1)],
  ['R-2', (c, r) => rougeN(c, r, 2)],
  ['R-L', rougeL],
];

const SYSTEMS = ['Lede', 'lead-1', 'lead-3', 'human vs others'] as const;
type System = (typeof SYSTEMS)[number];

interface Doc {
  id: string;
  genre: string;
  split: Split;
  refs: string[];
  /** System output, and the references it is scored against. */
  out: Record<System, { cand: string; refs: string[] }>;
  /** The summary does not open with the body's first sentence (its residue and asides aside). */
  moved: boolean;
  /** That first sentence cannot be shown on its own (page residue, a heading, a question, a quotation): by design. */
  ledeUnfit: boolean;
}

/** The summary opens with the sentence: its first words once the dateline and the asides are cut. */
function opensWith(summary: string, sentence: string): boolean {
  const head = tok(dropAsides(cleanSentence(sentence)))
    .slice(0, 6)
    .join(' ');
  return tok(summary).slice(0, 6).join(' ') === head;
}

/**
 * The body's first sentence, joined with the next ones while a parenthesis it opened is still open (the splitter may
 * cut "Jerome (… c." + "347 – 420) was…" after an abbreviation; the summary joins them again).
 */
function firstSentence(body: string, sentences: { start: number; end: number }[]): string {
  let end = 0;
  let open = 0;
  for (const [i, sp] of sentences.slice(0, 4).entries()) {
    const t = body.slice(sp.start, sp.end);
    open += (t.match(/\(/g)?.length ?? 0) - (t.match(/\)/g)?.length ?? 0);
    end = i;
    if (open <= 0) break;
  }
  return sentences.length ? body.slice(sentences[0].start, sentences[end].end).trim() : '';
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const BOOTSTRAP_ROUNDS = 2000;
const BOOTSTRAP_SEED = 11;

/**
 * A 95% interval of the mean of per-document differences, by resampling the documents (paired bootstrap, fixed
 * seed): how far a genre of a few documents can tell the two systems apart.
 */
function bootstrapInterval(xs: number[]): [number, number] {
  if (!xs.length) return [0, 0];
  // seeded, so the table is the same on every run
  const rand = rng(BOOTSTRAP_SEED);
  const means: number[] = [];
  for (let r = 0; r < BOOTSTRAP_ROUNDS; r++) {
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += xs[Math.floor(rand() * xs.length)];
    means.push(sum / xs.length);
  }
  means.sort((a, b) => a - b);
  return [means[Math.floor(0.025 * BOOTSTRAP_ROUNDS)], means[Math.ceil(0.975 * BOOTSTRAP_ROUNDS) - 1]];
}

/** A heading line: no sentence-final punctuation (headline, date line, section title, author line). */
const isHeading = (p: string) => !/[.!?]["”’)\]]*$/.test(p.trim());

function genres(): string[] {
  const gs = new Set<string>();
  for (const f of readdirSync(join(DATA, 'gum', 'tsv'))) {
    const g = /^GUM_([a-z]+)_/.exec(f)?.[1];
    if (g) gs.add(g);
  }
  return [...gs].sort();
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

export async function run(): Promise<EvalRow[]> {
  const docs: Doc[] = readGum(genres()).map((d) => {
    const parts = d.text.split('\n\n');
    let k = 0;
    while (k < parts.length - 1 && k < 4 && isHeading(parts[k])) k++;
    const title = k > 0 ? parts[0] : null;
    const body = parts.slice(k).join('\n\n');
    const sentences = splitSentences(body);
    const people = findPeople(body, sentences);
    const ours = summarize(body, sentences, { people, title }).join(' ');
    const lead = (n: number) =>
      sentences
        .slice(0, n)
        .map((s) => body.slice(s.start, s.end).trim())
        .join(' ');
    const first = firstSentence(body, sentences);
    const firstClean = cleanSentence(first);
    const nFirst = dropAsides(firstClean).match(WORD_RE)?.length ?? 0;
    return {
      id: d.id,
      genre: d.genre,
      split: frozenSplit(d.id),
      refs: d.summaries,
      out: {
        Lede: { cand: ours, refs: d.summaries },
        'lead-1': { cand: lead(1), refs: d.summaries },
        'lead-3': { cand: lead(3), refs: d.summaries },
        'human vs others': { cand: d.summaries[0], refs: d.summaries.slice(1) },
      },
      moved: !opensWith(ours, first),
      ledeUnfit: isResidue(firstClean, nFirst) || !standsAlone(firstClean, nFirst),
    };
  });

  const rows: EvalRow[] = [];
  const subsets: [string, (d: Doc) => boolean][] = [
    ...genres().map((g): [string, (d: Doc) => boolean] => [g, (d) => d.genre === g]),
    ['news + interview', (d) => d.genre === 'news' || d.genre === 'interview'],
    ['all', () => true],
  ];
  const score = (d: Doc, sys: System, metric: Metric) => {
    const { cand, refs } = d.out[sys];
    const s = refs.map((ref) => metric(cand, ref));
    return { p: mean(s.map((x) => x.p)), r: mean(s.map((x) => x.r)), f: mean(s.map((x) => x.f)) };
  };
  for (const [name, metric] of METRICS) {
    for (const [sub, keep] of subsets) {
      for (const sys of SYSTEMS) {
        for (const split of ['dev', 'test'] as const) {
          const ds = docs.filter((d) => d.split === split && keep(d));
          if (!ds.length) continue;
          const s = ds.map((d) => score(d, sys, metric));
          rows.push({
            task: `summary ${name} ${sys}`,
            dataset: `GUM ${sub}`,
            split,
            n: ds.length,
            precision: mean(s.map((x) => x.p)),
            recall: mean(s.map((x) => x.r)),
            f1: mean(s.map((x) => x.f)),
          });
        }
      }
    }
  }
  // where the summary does not open with the first sentence (caption, scene or residue lede), and how often the
  // summary beats lead-3 document by document (R-1 F1 over the five references)
  const r1: Metric = (c, r) => rougeN(c, r, 1);
  for (const [sub, keep] of subsets) {
    for (const split of ['dev', 'test'] as const) {
      const ds = docs.filter((d) => d.split === split && keep(d));
      if (!ds.length) continue;
      let win = 0;
      let loss = 0;
      const diffs: number[] = [];
      for (const d of ds) {
        const a = score(d, 'Lede', r1).f;
        const b = score(d, 'lead-3', r1).f;
        if (a > b + 1e-9) win++;
        else if (b > a + 1e-9) loss++;
        diffs.push(a - b);
      }
      const [lo, hi] = bootstrapInterval(diffs);
      const sign = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);
      const moved = ds.filter((d) => d.moved).length;
      const unfit = ds.filter((d) => d.moved && d.ledeUnfit).length;
      const words = (sys: System) => mean(ds.map((d) => tok(d.out[sys].cand).length)).toFixed(0);
      rows.push({
        task: 'summary R-1 Lede > lead-3',
        dataset: `GUM ${sub}`,
        split,
        n: ds.length,
        precision: null,
        recall: null,
        f1: win / ds.length,
        note:
          `share of documents won; ${win} won, ${loss} lost, ${ds.length - win - loss} tied; F1 Lede − lead-3 ` +
          `${sign(mean(diffs))} (95% ${sign(lo)} to ${sign(hi)}); lede skipped in ` +
          `${moved} (${unfit} not fit to show: residue, heading, question, quotation); mean words Lede ${words('Lede')}, lead-3 ${words('lead-3')}`,
      });
    }
  }
  if (process.env.SUMMARY_DUMP) {
    for (const d of docs) {
      if (d.split !== 'dev') continue;
      const a = score(d, 'Lede', r1).f;
      const b = score(d, 'lead-3', r1).f;
      if (a >= b) continue;
      console.log(`\n== ${d.id} Lede ${a.toFixed(3)} lead-3 ${b.toFixed(3)}`);
      console.log(`Lede:   ${d.out.Lede.cand}`);
      console.log(`lead-3: ${d.out['lead-3'].cand}`);
      console.log(`ref1:   ${d.refs[0]}`);
    }
  }
  return rows;
}
