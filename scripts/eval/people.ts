// Person-name evaluation on the HELD-OUT part of the corpora (scripts/lib/corpora/split.ts). The shipped
// lexicon and weights are trained on every annotated document, so this rebuilds them in memory by the same
// recipe (scripts/build-lexicons.ts) without the held-out part and scores that part with them: the figures
// are on text the model never saw (the shipped model, with more data, is expected to do slightly better).
// Mentions: exact span match of the name alone (gold narrowed the same way, see gold-names.ts).
// Clustering: pairwise F1 over pairs of correctly found mentions (same person predicted vs gold).
import type { EvalRow } from '../eval';
import { readGum, readMeantime, readWikigold, readWnut17 } from '../lib/corpora';
import { conllGold, gumGold, meantimeGold, type GoldDoc } from '../lib/corpora/gold-names';
import { gumHeldOutIds, meantimeHeldOut, wikigoldHeldOut } from '../lib/corpora/split';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople, type PeopleOptions } from '../../utils/nlp/people';
import { buildModel, trainingDocs } from '../build-lexicons';
import type { MeantimeDoc } from '../lib/corpora/meantime';
import type { GumDoc } from '../lib/corpora/gum';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  pairTp: number;
  pairFp: number;
  pairFn: number;
  gold: number;
  errors: string[];
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, pairTp: 0, pairFp: 0, pairFn: 0, gold: 0, errors: [] });

/** Scores one document; `limit` ignores predictions past the annotated part (MEANTIME). */
export function scoreDoc(g: GoldDoc, t: Tally, limit = Infinity, model: PeopleOptions = {}): void {
  const people = findPeople(g.text, splitSentences(g.text), model);
  const pred = new Map<string, string>();
  for (const p of people) for (const m of p.mentions) if (m.start < limit) pred.set(m.start + ':' + m.end, p.id);
  const gold = new Map<string, string | null>();
  for (const s of g.people) gold.set(s.start + ':' + s.end, s.entity);
  t.gold += gold.size;
  const matched: [string, string | null][] = [];
  for (const [k, id] of pred) {
    if (gold.has(k)) {
      t.tp++;
      matched.push([id, gold.get(k) ?? null]);
    } else {
      t.fp++;
      const [a, b] = k.split(':').map(Number);
      t.errors.push('FP ' + g.text.slice(a, b));
    }
  }
  for (const k of gold.keys()) {
    if (!pred.has(k)) {
      t.fn++;
      const [a, b] = k.split(':').map(Number);
      t.errors.push(
        'FN ' + g.text.slice(Math.max(0, a - 25), a) + '[' + g.text.slice(a, b) + ']' + g.text.slice(b, b + 15),
      );
    }
  }
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      if (matched[i][1] === null || matched[j][1] === null) continue;
      const sp = matched[i][0] === matched[j][0];
      const sg = matched[i][1] === matched[j][1];
      if (sp && sg) t.pairTp++;
      else if (sp) t.pairFp++;
      else if (sg) t.pairFn++;
    }
  }
}

function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function row(dataset: string, t: Tally, note: string): EvalRow {
  return { task: 'people', dataset, n: t.gold, ...prf(t.tp, t.fp, t.fn), note };
}

function clusterRow(dataset: string, t: Tally): EvalRow {
  return {
    task: 'people clustering',
    dataset,
    n: t.pairTp + t.pairFn,
    ...prf(t.pairTp, t.pairFp, t.pairFn),
    note: 'pairwise, over correctly found mentions',
  };
}

/** Sentence boundaries (end offsets) against the corpora's own sentence split (detokenized text). */
function sentenceRow(dataset: string, docs: (MeantimeDoc | GumDoc)[]): EvalRow {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const gold = new Set(d.sentences.map((s) => s.end));
    const pred = new Set(splitSentences(d.text).map((s) => s.end));
    for (const e of pred)
      if (gold.has(e)) tp++;
      else fp++;
    for (const e of gold) if (!pred.has(e)) fn++;
  }
  return { task: 'sentences', dataset, n: tp + fn, ...prf(tp, fp, fn), note: 'sentence ends; no training involved' };
}

export async function run(): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const model = buildModel(trainingDocs(false).docs);
  const mt = tally();
  for (const d of readMeantime()) if (meantimeHeldOut(d)) scoreDoc(meantimeGold(d), mt, d.annotatedEnd, model);
  rows.push(row('MEANTIME gm+stock (held-out)', mt, 'named PER mentions, annotated sentences only'));

  const gum = readGum();
  const held = gumHeldOutIds(gum);
  const news = tally();
  const interview = tally();
  const both = tally();
  for (const d of gum) {
    if (!held.has(d.id)) continue;
    const g = gumGold(d);
    scoreDoc(g, d.genre === 'news' ? news : interview, Infinity, model);
    scoreDoc(g, both, Infinity, model);
  }
  rows.push(row('GUM news (held-out half)', news, 'named person mentions'));
  rows.push(row('GUM interview (held-out half)', interview, 'named person mentions'));
  rows.push(row('GUM news+interview (held-out)', both, 'named person mentions'));

  const wg = readWikigold();
  const wgHeld = wikigoldHeldOut(wg);
  const w = tally();
  for (const d of wg) if (wgHeld.has(d.id)) scoreDoc(conllGold(d), w, Infinity, model);
  rows.push(row('wikigold 101-145 (held-out)', w, 'PER'));

  const wn = tally();
  for (const d of readWnut17('test')) scoreDoc(conllGold(d), wn, Infinity, model);
  rows.push(row('WNUT-17 test (held-out)', wn, 'person; social media, lower-case names unreachable'));

  const newswire = tally();
  for (const t of [mt, news]) {
    for (const k of Object.keys(newswire) as (keyof Tally)[]) {
      if (k === 'errors') newswire.errors.push(...t.errors);
      else newswire[k] += t[k];
    }
  }
  rows.push(row('newswire: MEANTIME + GUM news (held-out)', newswire, 'the goal row (≥ 0.92)'));
  rows.push(clusterRow('MEANTIME gm+stock (held-out)', mt));
  rows.push(sentenceRow('MEANTIME (all 120)', readMeantime()));
  rows.push(
    sentenceRow(
      'GUM news+interview (all 31)',
      gum.filter((d) => d.genre === 'news' || d.genre === 'interview'),
    ),
  );
  rows.push(clusterRow('GUM news+interview (held-out)', both));
  if (process.env.PEOPLE_ERRORS) {
    for (const [name, t] of [
      ['MEANTIME', mt],
      ['GUM news', news],
      ['GUM interview', interview],
      ['wikigold', w],
    ] as const) {
      console.error(`--- ${name}`);
      for (const e of t.errors.slice(0, Number(process.env.PEOPLE_ERRORS) || 80)) console.error(e);
    }
  }
  return rows;
}
