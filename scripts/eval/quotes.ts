// Quotations and speakers against the quotation gold, version 2 (test/fixtures/gold/quotes-v2/: every file
// there; Readability's news pages, MEANTIME and GUM's Wikinews, the seed, the demo site), each document run
// through Lede's real pipeline (_quotes-docs.ts) and the gold strings found in its text (_quotes-align.ts).
// Rows for the dev and the frozen test split side by side: quotations found (overlap P/R/F1), speaker right
// of those found (named / pronoun / other), no-speaker and wrong-speaker rates, the nearest-name baseline,
// scare quotes and titles taken as quotations (all, and those outside gold quotations: inside one, the
// prediction over a scare quote is the quotation itself); per gold file, the figures and the gold items not found in
// the text. The test split prints figures only. QUOTES_ERRORS=1 lists the dev split's errors (stderr).
// Last, the old gold (test/fixtures/gold/quotes/), marked as the old set.
import type { EvalRow } from '../eval';
import type { Corpus } from '../lib/corpora/paths';
import type { Split } from '../lib/frozen-split';
import { DocSource } from './_quotes-docs';
import { loadGoldV2, splitOf } from './_quotes-gold';
import { scoreOld } from './_quotes-old';
import { addTally, emptyTally, overlapPRF, scoreDoc, type DocErrors, type Tally } from './_quotes-score';

export const corpora: readonly Corpus[] = ['meantime', 'gum', 'readability'];

const SPLITS: Split[] = ['dev', 'test'];

const ratio = (a: number, n: number) => (n ? a / n : 0);
const acc = (right: number, n: number) => ({ precision: null, recall: null, f1: ratio(right, n), n });

/** The full set of rows for one group of documents, dev and test side by side. */
function groupRows(name: string, bySplit: Record<Split, Tally>): EvalRow[] {
  const rows: EvalRow[] = [];
  const each = (make: (t: Tally) => Omit<EvalRow, 'split' | 'dataset'>) => {
    for (const split of SPLITS) {
      const t = bySplit[split];
      if (t.docs === 0) continue;
      const dataset = `v2 ${name} (${t.docs} docs, ${t.outlets.size} outlets)`;
      rows.push({ ...make(t), dataset, split });
    }
  };
  each((t) => ({
    task: 'quotations found',
    ...overlapPRF(t),
    note: `overlap; ${t.preds} predicted; ${t.unaligned} gold not in text${t.failed ? `; ${t.failed} docs failed` : ''}`,
  }));
  for (const type of ['full', 'partial', 'multi', 'qa', 'nested']) {
    each((t) => ({ task: `found: ${type}`, ...acc(...(t.byType[type] ?? [0, 0])), note: 'recall by gold type' }));
  }
  each((t) => ({ task: 'speaker right, of found', ...acc(t.speaker.right, t.found), note: 'accuracy in F1 column' }));
  for (const c of ['named', 'pronoun', 'other'] as const) {
    each((t) => ({ task: `speaker right: ${c}`, ...acc(...t.byCategory[c]), note: 'by the gold attribution' }));
  }
  each((t) => ({ task: 'no speaker, of found', ...acc(t.speaker.none, t.found), note: 'rate (goal ≤ 0.05)' }));
  each((t) => ({ task: 'wrong speaker, of found', ...acc(t.speaker.wrong, t.found), note: 'rate (goal ≤ 0.03)' }));
  each((t) => ({
    task: 'speaker nearest-name baseline',
    ...acc(...t.baseline),
    note: 'nearest person mention, same quotations',
  }));
  each((t) => ({
    task: 'notQuotes taken as quotations',
    ...acc(t.notQuotesTaken, t.notQuotes),
    note: 'rate: scare quotes, titles, nicknames',
  }));
  each((t) => ({
    task: 'notQuotes taken, outside quotations',
    ...acc(t.notQuotesOutsideTaken, t.notQuotesOutside),
    note: 'rate, those not inside a gold quotation',
  }));
  return rows;
}

function fileRows(file: string, bySplit: Record<Split, Tally>): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const split of SPLITS) {
    const t = bySplit[split];
    if (t.docs === 0) continue;
    const dataset = `v2 ${file} (${t.docs} docs)`;
    rows.push({ task: 'quotations found', dataset, split, ...overlapPRF(t), note: `overlap; ${t.preds} predicted` });
    rows.push({ task: 'speaker right, of found', dataset, split, ...acc(t.speaker.right, t.found) });
    rows.push({
      task: 'gold not found in text',
      dataset,
      split,
      n: t.unaligned,
      precision: null,
      recall: null,
      f1: null,
      note: `of ${t.gold} gold quotations${t.failed ? `; ${t.failed} docs not analysed` : ''}`,
    });
  }
  return rows;
}

function printErrors(id: string, e: DocErrors): void {
  const lines = [
    ...e.unaligned.map((q) => `  not in text: ${q}`),
    ...e.missed.map((q) => `  missed: ${q}`),
    ...e.spurious.map((q) => `  spurious: ${q}`),
    ...e.speaker.map((s) => `  speaker ${s}`),
  ];
  if (lines.length) console.error(`${id}\n${lines.join('\n')}`);
}

export async function run(): Promise<EvalRow[]> {
  const files = loadGoldV2(undefined, { measureOnly: true });
  const source = new DocSource();
  const all: Record<Split, Tally> = { dev: emptyTally(), test: emptyTally() };
  const rows: EvalRow[] = [];
  const perFile: EvalRow[] = [];
  const skipped = new Map<string, number>();
  for (const { file, docs: listed, fresh } of files) {
    const docs = listed.filter((doc) => {
      const why = DocSource.absent(doc.id);
      if (why) skipped.set(why, (skipped.get(why) ?? 0) + 1);
      return !why;
    });
    if (docs.length === 0) continue;
    const mine: Record<Split, Tally> = { dev: emptyTally(), test: emptyTally() };
    for (const doc of docs) {
      const split = splitOf(doc);
      const { tally, errors } = scoreDoc(doc, source.analyze(doc.id));
      addTally(mine[split], tally);
      addTally(all[split], tally);
      // Only the dev split's errors may be read, and not those of a fresh measure.
      if (split === 'dev' && !fresh && process.env.QUOTES_ERRORS === '1') printErrors(doc.id, errors);
    }
    perFile.push(...fileRows(file, mine));
  }
  for (const [why, n] of skipped) console.error(`quotes: ${n} gold documents skipped: ${why}`);
  rows.push(...groupRows('all', all), ...perFile);
  rows.push(...scoreOld('quotes.json', 'v1 dev'), ...scoreOld('quotes-heldout.json', 'v1 held-out'));
  return rows;
}
