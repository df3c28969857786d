// Person-name errors on the DEVELOPMENT part of the corpora only (never a held-out document): wikigold 1-100,
// GUM's news and interview documents that are not held out, MEANTIME airbus + apple. Two folds: each half is
// scored by a model trained without it (on the non-news training mix and the other half), so the tagger's
// errors are those of unseen text. The two models are cached in the system's temporary folder (a rule change
// needs no retraining; delete the files after a change to the features or the lexicon).
//   npx tsx scripts/eval/_people-dev.ts [errors=0]   (not an `npm run eval` task: a development tool)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGum, readMeantime, readWikigold, readWnut17 } from '../lib/corpora';
import { conllGold, gumGold, meantimeGold, type GoldDoc } from '../lib/corpora/gold-names';
import { gumHeldOutIds, meantimeHeldOut, wikigoldHeldOut } from '../lib/corpora/split';
import { buildModel } from '../build-lexicons';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople, type PeopleOptions } from '../../utils/nlp/people';

interface DevDoc {
  set: string;
  gold: GoldDoc;
  train: GoldDoc;
  limit: number;
}

const base: GoldDoc[] = [];
const dev: DevDoc[] = [];
const gum = readGum();
const held = gumHeldOutIds(gum);
for (const d of gum) {
  if (held.has(d.id)) continue;
  const g = gumGold(d);
  if (d.genre === 'news' || d.genre === 'interview')
    dev.push({ set: 'GUM ' + d.genre, gold: g, train: g, limit: Infinity });
  else base.push(g);
}
for (const d of readMeantime()) {
  if (meantimeHeldOut(d)) continue;
  const train = meantimeGold({ ...d, text: d.text.slice(0, d.annotatedEnd) });
  dev.push({ set: 'MEANTIME', gold: meantimeGold(d), train, limit: d.annotatedEnd });
}
const wg = readWikigold();
const wgHeld = wikigoldHeldOut(wg);
for (const d of wg)
  if (!wgHeld.has(d.id)) dev.push({ set: 'wikigold', gold: conllGold(d), train: conllGold(d), limit: Infinity });
for (const d of [...readWnut17('train'), ...readWnut17('dev')]) base.push(conllGold(d));

function model(fold: number): PeopleOptions {
  const file = join(tmpdir(), `lede-people-dev-fold${fold}.json`);
  if (existsSync(file)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as {
      lexicon: [string, number][];
      weights: [string, [number, number]][];
    };
    return { lexicon: new Map(m.lexicon), weights: new Map(m.weights) };
  }
  const m = buildModel([...base, ...dev.filter((_, i) => i % 2 !== fold).map((d) => d.train)]);
  writeFileSync(file, JSON.stringify({ lexicon: [...m.lexicon], weights: [...m.weights] }));
  return m;
}

const show = (text: string, a: number, b: number) =>
  (text.slice(Math.max(0, a - 30), a) + '[' + text.slice(a, b) + ']' + text.slice(b, b + 20)).replace(/\s+/g, ' ');

const t: Record<string, { tp: number; fp: number; fn: number }> = {};
const errors: string[] = [];
for (const fold of [0, 1]) {
  const opts = model(fold);
  dev.forEach((d, i) => {
    if (i % 2 !== fold) return;
    const c = (t[d.set] ??= { tp: 0, fp: 0, fn: 0 });
    const { text } = d.gold;
    const pred = new Set<string>();
    for (const p of findPeople(text, splitSentences(text), opts))
      for (const m of p.mentions) if (m.start < d.limit) pred.add(m.start + ':' + m.end);
    const gold = new Set(d.gold.people.map((s) => s.start + ':' + s.end));
    for (const k of pred) {
      const [a, b] = k.split(':').map(Number);
      if (gold.has(k)) c.tp++;
      else {
        c.fp++;
        errors.push(`${d.set} FP ${show(text, a, b)}`);
      }
    }
    for (const k of gold) {
      if (pred.has(k)) continue;
      const [a, b] = k.split(':').map(Number);
      c.fn++;
      errors.push(`${d.set} FN ${show(text, a, b)}`);
    }
  });
}
for (const e of errors.slice(0, Number(process.argv[2] ?? 0))) console.error(e);
for (const [set, c] of Object.entries(t)) {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  console.log(
    `${set.padEnd(14)} n ${c.tp + c.fn}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${((2 * p * r) / (p + r)).toFixed(3)}`,
  );
}
