// Summaries against GUM's reference summaries (GUM annotations CC-BY 4.0; Wikinews texts CC-BY 2.5).
// GUM gives five one-sentence summaries per document: #Summary1 is written by a person, #Summary2–5 by
// language models (their header says which). We score against all five (mean over references) and, separately,
// the human one. ROUGE-1/2/L F1 (P and R shown too), our 3 sentences vs the first three sentences (lead-3).
// Input: the body (headline and dateline removed; the headline is given as the title).
import type { EvalRow } from '../eval';
import { readGum } from './_corpus';
import { summarize } from '../../utils/nlp/summary';
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

export async function run(): Promise<EvalRow[]> {
  const docs = readGum(['news', 'interview']).map((d) => {
    const parts = d.text.split('\n\n');
    const body = parts.slice(2).join('\n\n');
    const sentences = splitSentences(body);
    const people = findPeople(body, sentences);
    const ours = summarize(body, sentences, { people, title: d.title }).join(' ');
    const lead = sentences
      .slice(0, 3)
      .map((s) => body.slice(s.start, s.end))
      .join(' ');
    const firstLead = sentences.length ? body.slice(sentences[0].start, sentences[0].end).trim() : '';
    return { genre: d.genre, refs: d.summaries, ours, lead, moved: !ours.startsWith(firstLead) };
  });
  const rows: EvalRow[] = [];
  const subsets: [string, typeof docs][] = [
    ['news', docs.filter((d) => d.genre === 'news')],
    ['interview', docs.filter((d) => d.genre === 'interview')],
    ['all', docs],
    // where the summary does not open with the first sentence (caption, scene or residue lede)
    ['lede skipped', docs.filter((d) => d.moved)],
  ];
  for (const [name, metric] of METRICS) {
    for (const [sub, ds] of subsets) {
      for (const sys of ['ours', 'lead-3'] as const) {
        let p = 0,
          r = 0,
          f = 0;
        for (const d of ds) {
          const cand = sys === 'ours' ? d.ours : d.lead;
          const s = d.refs.map((ref) => metric(cand, ref));
          p += s.reduce((x, y) => x + y.p, 0) / s.length;
          r += s.reduce((x, y) => x + y.r, 0) / s.length;
          f += s.reduce((x, y) => x + y.f, 0) / s.length;
        }
        rows.push({
          task: `summary ${name} ${sys}`,
          dataset: `GUM ${sub} (5 refs)`,
          n: ds.length,
          precision: p / ds.length,
          recall: r / ds.length,
          f1: f / ds.length,
        });
      }
    }
  }
  // the human reference alone (Summary1), R-2
  for (const sys of ['ours', 'lead-3'] as const) {
    let p = 0,
      r = 0,
      f = 0;
    for (const d of docs) {
      const s = rougeN(sys === 'ours' ? d.ours : d.lead, d.refs[0], 2);
      p += s.p;
      r += s.r;
      f += s.f;
    }
    rows.push({
      task: `summary R-2 ${sys}`,
      dataset: 'GUM all (human ref)',
      n: docs.length,
      precision: p / docs.length,
      recall: r / docs.length,
      f1: f / docs.length,
    });
  }
  // per document: how often ours beats lead-3 (R-1 F1 averaged over the five references)
  for (const [sub, ds] of subsets.slice(0, 2)) {
    let win = 0;
    let loss = 0;
    for (const d of ds) {
      const f = (c: string) => d.refs.reduce((x, ref) => x + rougeN(c, ref, 1).f, 0) / d.refs.length;
      const a = f(d.ours);
      const b = f(d.lead);
      if (a > b + 1e-9) win++;
      else if (b > a + 1e-9) loss++;
    }
    rows.push({
      task: 'summary R-1 ours > lead-3',
      dataset: `GUM ${sub} (5 refs)`,
      n: ds.length,
      precision: null,
      recall: null,
      f1: win / Math.max(1, ds.length),
      note: `share of documents won; ${win} won, ${loss} lost, ${ds.length - win - loss} tied`,
    });
  }
  return rows;
}
