// Cross-validated person-name evaluation on all the news text we have (4 folds): for each fold the
// lexicon and tagger are rebuilt in memory from everything else (the non-news training data plus the
// other three folds of news), then the fold is scored. This uses every MEANTIME article and every GUM
// news/interview document as test data once, a larger (so steadier) sample than the fixed held-out
// split of people.ts. Slow (four trainings): set PEOPLE_CV=0 to skip.
// PEOPLE_ERRORS=1 prints the errors of documents outside people.ts's held-out split only.
import type { EvalRow } from '../eval';
import { readGum, readMeantime, readWikigold, readWnut17 } from '../lib/corpora';
import { conllGold, gumGold, meantimeGold, type GoldDoc } from '../lib/corpora/gold-names';
import { gumHeldOutIds, meantimeHeldOut, wikigoldHeldOut } from '../lib/corpora/split';
import { buildModel } from '../build-lexicons';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';

interface NewsDoc {
  gold: GoldDoc; // full text, for scoring
  train: GoldDoc; // text cut to the annotated part (MEANTIME), for training
  limit: number;
  set: 'MEANTIME' | 'GUM news' | 'GUM interview';
  /** In the fixed held-out split of people.ts: its errors are never printed (PEOPLE_ERRORS). */
  heldOut: boolean;
}

function show(text: string, key: string): string {
  const [a, b] = key.split(':').map(Number);
  return (
    text.slice(Math.max(0, a - 30), a).replace(/\s+/g, ' ') +
    '[' +
    text.slice(a, b) +
    ']' +
    text.slice(b, b + 20).replace(/\s+/g, ' ')
  );
}

export async function run(): Promise<EvalRow[]> {
  if (process.env.PEOPLE_CV === '0') return [];
  const base: GoldDoc[] = [];
  const gum = readGum();
  for (const d of gum) if (d.genre !== 'news' && d.genre !== 'interview') base.push(gumGold(d));
  const wg = readWikigold();
  const wgHeld = wikigoldHeldOut(wg);
  for (const d of wg) if (!wgHeld.has(d.id)) base.push(conllGold(d));
  for (const d of [...readWnut17('train'), ...readWnut17('dev')]) base.push(conllGold(d));

  const news: NewsDoc[] = [];
  for (const d of readMeantime()) {
    news.push({
      gold: meantimeGold(d),
      train: meantimeGold({ ...d, text: d.text.slice(0, d.annotatedEnd) }),
      limit: d.annotatedEnd,
      set: 'MEANTIME',
      heldOut: meantimeHeldOut(d),
    });
  }
  const gumHeld = gumHeldOutIds(gum);
  for (const d of gum) {
    if (d.genre !== 'news' && d.genre !== 'interview') continue;
    const g = gumGold(d);
    const set = d.genre === 'news' ? 'GUM news' : 'GUM interview';
    news.push({ gold: g, train: g, limit: Infinity, set, heldOut: gumHeld.has(d.id) });
  }

  const FOLDS = 4;
  const t: Record<string, { tp: number; fp: number; fn: number; gold: number }> = {};
  for (let k = 0; k < FOLDS; k++) {
    const trainDocs = [...base, ...news.filter((_, i) => i % FOLDS !== k).map((n) => n.train)];
    const model = buildModel(trainDocs);
    news.forEach((n, i) => {
      if (i % FOLDS !== k) return;
      const people = findPeople(n.gold.text, splitSentences(n.gold.text), {
        lexicon: model.lexicon,
        weights: model.weights,
      });
      const pred = new Set<string>();
      for (const p of people) for (const m of p.mentions) if (m.start < n.limit) pred.add(m.start + ':' + m.end);
      const gold = new Set(n.gold.people.map((s) => s.start + ':' + s.end));
      const printErrors = Boolean(process.env.PEOPLE_ERRORS) && !n.heldOut;
      for (const key of [n.set, n.set === 'GUM interview' ? '' : 'newswire']) {
        if (!key) continue;
        const c = (t[key] ??= { tp: 0, fp: 0, fn: 0, gold: 0 });
        c.gold += gold.size;
        for (const s of pred)
          if (gold.has(s)) c.tp++;
          else {
            c.fp++;
            if (printErrors && key !== 'newswire') console.error(n.set, 'FP', show(n.gold.text, s));
          }
        for (const s of gold)
          if (!pred.has(s)) {
            c.fn++;
            if (printErrors && key !== 'newswire') console.error(n.set, 'FN', show(n.gold.text, s));
          }
      }
    });
  }
  return Object.entries(t).map(([set, c]) => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    return {
      task: 'people (4-fold CV)',
      dataset: set === 'newswire' ? 'newswire: MEANTIME + GUM news' : set + ' (all docs)',
      n: c.gold,
      precision: p,
      recall: r,
      f1: p + r ? (2 * p * r) / (p + r) : 0,
      note: 'each news doc scored once by a model not trained on it',
    };
  });
}
