// Seed spread of the person tagger: trains the shipped training mix with several shuffling seeds (in memory)
// and scores the held-out sets, so a change can be judged against training noise rather than one run.
//   npx tsx scripts/eval/_people-seeds.ts [seeds=3]   (not an `npm run eval` task: a development tool)
import { readMeantime, readGum, readWikigold } from '../lib/corpora';
import { conllGold, gumGold, meantimeGold, type GoldDoc } from '../lib/corpora/gold-names';
import { gumHeldOutIds, meantimeHeldOut, wikigoldHeldOut } from '../lib/corpora/split';
import { buildModel, trainingDocs } from '../build-lexicons';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';

interface Set {
  name: string;
  docs: { g: GoldDoc; limit: number }[];
}

const sets: Set[] = [
  { name: 'newswire', docs: [] },
  { name: 'wikigold', docs: [] },
  { name: 'interview', docs: [] },
];
for (const d of readMeantime())
  if (meantimeHeldOut(d)) sets[0].docs.push({ g: meantimeGold(d), limit: d.annotatedEnd });
const gum = readGum();
const held = gumHeldOutIds(gum);
for (const d of gum) if (held.has(d.id)) sets[d.genre === 'news' ? 0 : 2].docs.push({ g: gumGold(d), limit: Infinity });
const wg = readWikigold();
const wgHeld = wikigoldHeldOut(wg);
for (const d of wg) if (wgHeld.has(d.id)) sets[1].docs.push({ g: conllGold(d), limit: Infinity });

const { docs } = trainingDocs();
const n = Number(process.argv[2] ?? 3);
const sums = sets.map(() => 0);
for (let s = 0; s < n; s++) {
  process.env.SEED = String(42 + s);
  const model = buildModel(docs);
  const out: string[] = [];
  sets.forEach((set, k) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { g, limit } of set.docs) {
      const people = findPeople(g.text, splitSentences(g.text), {
        lexicon: model.lexicon,
        weights: model.weights,
        biasBegin: process.env.BIAS ? Number(process.env.BIAS) : undefined,
      });
      const pred = new Set<string>();
      for (const p of people) for (const m of p.mentions) if (m.start < limit) pred.add(m.start + ':' + m.end);
      const gold = new Set(g.people.map((x) => x.start + ':' + x.end));
      for (const x of pred)
        if (gold.has(x)) tp++;
        else fp++;
      for (const x of gold) if (!pred.has(x)) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    sums[k] += f1;
    out.push(`${set.name} ${f1.toFixed(3)}`);
  });
  console.log(`seed ${42 + s}: ${out.join('  ')}`);
}
console.log('mean:    ' + sets.map((set, k) => `${set.name} ${(sums[k] / n).toFixed(3)}`).join('  '));
