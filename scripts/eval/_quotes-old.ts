// The old quotation gold (test/fixtures/gold/quotes/: 16 development documents and 7 "held-out" ones, by
// offsets), kept as the old set so its figures stay comparable with earlier reports. Scored through the same
// pipeline as the v2 gold (plain text in, analysis out); the rows say "old set".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalRow } from '../eval';
import { analyzeInput } from '../lib/cli';
import { readGum, readMeantime, textHash } from './_corpus';
import { nearestName } from './_quotes-speaker';
import type { Quote, SpeakerKind } from '../../utils/nlp/types';

interface OldQuote {
  start: number;
  end: number;
  kind: SpeakerKind;
  name: string | null;
}
interface OldDoc {
  id: string;
  hash: string;
  quotes: OldQuote[];
}

function loadOld(file: string): { doc: OldDoc; text: string }[] {
  const gold = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/gold/quotes', file), 'utf8')) as {
    docs: OldDoc[];
  };
  const gum = new Map(readGum().map((d) => [d.id, d.text]));
  const mt = readMeantime();
  return gold.docs.map((doc) => {
    const [corpus, key] = doc.id.split(':');
    const text =
      corpus === 'seed'
        ? readFileSync(join(process.cwd(), 'test', 'fixtures', 'seed', `${key}.txt`), 'utf8')
        : corpus === 'gum'
          ? gum.get(key)!
          : mt.find((d) => d.id.startsWith(`${key}_`))!.text;
    if (textHash(text) !== doc.hash) throw new Error(`old gold ${doc.id}: text changed (hash)`);
    return { doc, text };
  });
}

const STOP = new Set('the a an of mr mrs ms dr his her its s and by on in jr'.split(' '));
const toks = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));

/** The old rule: same kind, and a shared name word (or prefix of at least 3 letters). */
function sameSpeaker(g: OldQuote, q: Quote): boolean {
  const kind = q.speaker?.kind ?? 'unknown';
  if (kind !== g.kind) return false;
  if (g.kind === 'unknown') return true;
  const a = toks(g.name ?? '');
  const b = toks(q.speaker?.name ?? '');
  return b.some((w) =>
    a.some((x) => x === w || (x.length >= 3 && w.length >= 3 && (x.startsWith(w) || w.startsWith(x)))),
  );
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreOld(file: string, label: string): EvalRow[] {
  const docs = loadOld(file);
  let ng = 0,
    np = 0,
    exact = 0,
    over = 0;
  const speaker = [0, 0];
  const nearest = [0, 0];
  for (const { doc, text } of docs) {
    const a = analyzeInput({ kind: 'text', content: text }, false);
    const preds = a.quotes;
    ng += doc.quotes.length;
    np += preds.length;
    const used = new Set<number>();
    for (const q of preds) {
      const gi = doc.quotes.findIndex((g, i) => !used.has(i) && overlaps(g, q));
      if (gi < 0) continue;
      used.add(gi);
      over++;
      if (doc.quotes[gi].start === q.start && doc.quotes[gi].end === q.end) exact++;
    }
    for (const g of doc.quotes) {
      const q = preds.find((p) => overlaps(p, g));
      if (!q) continue;
      speaker[1]++;
      nearest[1]++;
      if (sameSpeaker(g, q)) speaker[0]++;
      if (sameSpeaker(g, nearestName(q, a.people))) nearest[0]++;
    }
  }
  const prf = (tp: number) => {
    const p = np ? tp / np : 0;
    const r = ng ? tp / ng : 0;
    return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const acc = ([right, n]: number[]) => ({ precision: null, recall: null, f1: n ? right / n : 0, n });
  const ds = `${label} (old set, ${docs.length} docs)`;
  return [
    { task: 'quotes span exact', dataset: ds, n: ng, ...prf(exact) },
    { task: 'quotes span overlap', dataset: ds, n: ng, ...prf(over) },
    { task: 'speaker right', dataset: ds, ...acc(speaker), note: 'accuracy in F1 column; over found quotes' },
    { task: 'speaker nearest-name baseline', dataset: ds, ...acc(nearest), note: 'nearest person mention' },
  ];
}
