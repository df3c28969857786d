// Quotations and speakers against the hand-annotated gold in test/fixtures/gold/quotes/quotes.json
// (seed article; GUM news/interview, annotations CC-BY 4.0 / Wikinews CC-BY 2.5; MEANTIME, CC-BY 4.0 /
// Wikinews CC-BY 2.5). Rows:
//  - quote spans: exact and overlap P/R/F1 (start/end inside the marks);
//  - speaker accuracy over gold quotes that were found (overlap): right kind and right name (same surname or
//    phrase head word), with three people sources: findPeople (the real pipeline), gold people (names listed in
//    the gold, mentions found by string match — isolates attribution from person recognition), and a
//    nearest-name baseline (speaker = the person mentioned nearest to the quotation).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalRow } from '../eval';
import { DATA, readGum, readMeantime, textHash } from './_corpus';
import { findQuotes } from '../../utils/nlp/quotes';
import { findPeople } from '../../utils/nlp/people';
import { splitSentences } from '../../utils/nlp/sentences';
import type { Person, Quote, SpeakerKind } from '../../utils/nlp/types';

interface GoldQuote {
  start: number;
  end: number;
  kind: SpeakerKind;
  name: string | null;
}
interface GoldDoc {
  id: string;
  hash: string;
  people: string[];
  quotes: GoldQuote[];
}

export function loadGold(file = 'quotes.json'): { doc: GoldDoc; text: string }[] {
  const gold = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/gold/quotes', file), 'utf8')) as {
    docs: GoldDoc[];
  };
  const gum = new Map(readGum().map((d) => [d.id, d.text]));
  const mt = readMeantime();
  return gold.docs.map((doc) => {
    const [corpus, key] = doc.id.split(':');
    const text =
      corpus === 'seed'
        ? readFileSync(join(DATA, 'seed', `${key}.txt`), 'utf8')
        : corpus === 'gum'
          ? gum.get(key)!
          : mt.find((d) => d.id.startsWith(`${key}_`))!.text;
    if (textHash(text) !== doc.hash) throw new Error(`gold ${doc.id}: text changed (hash)`);
    return { doc, text };
  });
}

/** People from a list of names: mentions are occurrences of the full name and of the surname. */
export function peopleFromNames(text: string, names: string[]): Person[] {
  return names.map((name, i) => {
    const parts = name.split(/\s+/).filter((p) => !/^(?:Jr\.?|Sr\.?|II|III)$/.test(p));
    const surname = parts[parts.length - 1];
    const mentions: { start: number; end: number }[] = [];
    const taken = new Uint8Array(text.length);
    for (const form of parts.length > 1 ? [name, surname] : [name]) {
      const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const m of text.matchAll(re)) {
        if (taken[m.index!]) continue;
        mentions.push({ start: m.index!, end: m.index! + form.length });
        taken.fill(1, m.index!, m.index! + form.length);
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `g${i + 1}`, name, aliases: [], descriptors: [], mentions };
  });
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'mr',
  'mrs',
  'ms',
  'dr',
  'his',
  'her',
  'its',
  's',
  'and',
  'by',
  'on',
  'in',
  'jr',
]);
const toks = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));

export function sameSpeaker(g: GoldQuote, q: Quote): boolean {
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

function nearestName(text: string, quotes: Quote[], people: Person[]): Quote[] {
  return quotes.map((q) => {
    let best: { p: Person; d: number; s: number; e: number } | null = null;
    for (const p of people) {
      for (const m of p.mentions) {
        if (overlaps(m, q)) continue;
        const d = m.end <= q.start ? q.start - m.end : m.start - q.end;
        if (!best || d < best.d) best = { p, d, s: m.start, e: m.end };
      }
    }
    return {
      ...q,
      speaker: best
        ? { kind: 'person' as const, personId: best.p.id, name: best.p.name, start: best.s, end: best.e }
        : null,
    };
  });
}

export async function run(): Promise<EvalRow[]> {
  return [...score(loadGold('quotes.json'), 'dev'), ...score(loadGold('quotes-heldout.json'), 'held-out')];
}

function score(docs: { doc: GoldDoc; text: string }[], label: string): EvalRow[] {
  let ng = 0,
    np = 0,
    exact = 0,
    over = 0;
  const speakerRows = { pipeline: [0, 0], gold: [0, 0], nearest: [0, 0] };
  let pronounTotal = 0,
    pronounRight = 0;
  for (const { doc, text } of docs) {
    const sentences = splitSentences(text);
    const goldPeople = peopleFromNames(text, doc.people);
    const withGold = findQuotes(text, sentences, goldPeople);
    const withPipe = findQuotes(text, sentences, findPeople(text, sentences));
    const baseline = nearestName(text, withGold, goldPeople);
    ng += doc.quotes.length;
    np += withPipe.length;
    const used = new Set<number>();
    for (const q of withPipe) {
      const gi = doc.quotes.findIndex((g, i) => !used.has(i) && overlaps(g, q));
      if (gi < 0) continue;
      used.add(gi);
      over++;
      if (doc.quotes[gi].start === q.start && doc.quotes[gi].end === q.end) exact++;
    }
    const score = (pred: Quote[], row: number[]) => {
      for (const g of doc.quotes) {
        const q = pred.find((p) => overlaps(p, g));
        if (!q) continue;
        row[1]++;
        if (sameSpeaker(g, q)) row[0]++;
      }
    };
    score(withPipe, speakerRows.pipeline);
    score(withGold, speakerRows.gold);
    score(baseline, speakerRows.nearest);
    // pronoun-attributed quotes (with gold people): was "he"/"she" resolved to the right person?
    for (const g of doc.quotes) {
      const q = withGold.find((p) => overlaps(p, g));
      if (!q?.speaker || !/^(?:he|she)$/i.test(text.slice(q.speaker.start, q.speaker.end))) continue;
      pronounTotal++;
      if (sameSpeaker(g, q)) pronounRight++;
    }
  }
  const prf = (tp: number) => {
    const p = np ? tp / np : 0;
    const r = ng ? tp / ng : 0;
    return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const acc = ([right, n]: number[]) => ({ precision: null, recall: null, f1: n ? right / n : 0, n });
  const ds = `${label} gold (${docs.length} docs)`;
  return [
    { task: 'quotes span exact', dataset: ds, n: ng, ...prf(exact) },
    { task: 'quotes span overlap', dataset: ds, n: ng, ...prf(over) },
    {
      task: 'speaker (findPeople)',
      dataset: ds,
      ...acc(speakerRows.pipeline),
      note: 'accuracy in F1 column; over found quotes',
    },
    {
      task: 'speaker (gold people)',
      dataset: ds,
      ...acc(speakerRows.gold),
      note: 'gold names, string-matched mentions',
    },
    {
      task: 'speaker pronouns (gold people)',
      dataset: ds,
      ...acc([pronounRight, pronounTotal]),
      note: '"he"/"she" attributions',
    },
    { task: 'speaker nearest-name baseline', dataset: ds, ...acc(speakerRows.nearest), note: 'nearest person mention' },
  ];
}
