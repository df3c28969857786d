// Date expressions against MEANTIME's TIMEX3 (CC-BY 4.0; Wikinews texts CC-BY 2.5).
// Scope (per the analysis contract: points and periods, not durations or recurrences):
//  gold = TIMEX3 type DATE whose value is not a duration (MEANTIME types a few "six years" as DATE with P6Y);
//  TIME, DURATION and SET annotations are "don't care": predictions overlapping them are neither right nor wrong.
//  MEANTIME annotates only each document's first sentences (title, dateline, ~4 sentences); predictions after the
//  last annotated sentence are not scored. MEANTIME's decade values ("197") are read as the contract's "197X".
//  Reference date = the document creation time.
import type { EvalRow } from '../eval';
import { readMeantime, type Timex } from './_corpus';
import { findDates } from '../../utils/nlp/dates';
import { splitSentences } from '../../utils/nlp/sentences';
import type { DateMention } from '../../utils/nlp/types';

const goldValue = (v: string) => (/^\d{3}$/.test(v) ? `${v}X` : v);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export interface DateEvalDetail {
  doc: string;
  gold: Timex[];
  pred: DateMention[];
}

export function collect(): DateEvalDetail[] {
  const out: DateEvalDetail[] = [];
  for (const d of readMeantime()) {
    const limit = d.toks.filter((t) => t.sent <= d.annotatedThrough).at(-1)?.end ?? 0;
    const scored = d.timex.filter((t) => t.type === 'DATE' && !/^P/.test(t.value));
    const ignored = d.timex.filter((t) => !scored.includes(t));
    // Three documents lack a usable creation time: take the dateline (the page's own published date).
    const dateline = d.text.split('\n\n')[1] ?? '';
    const dct = d.dct ?? findDates(dateline, [{ start: 0, end: dateline.length }], null)[0]?.value ?? null;
    const pred = findDates(d.text, splitSentences(d.text), dct).filter(
      (p) => p.end <= limit && !ignored.some((g) => overlaps(g, p) && !scored.some((s) => overlaps(s, p))),
    );
    out.push({ doc: d.id, gold: scored.map((g) => ({ ...g, value: goldValue(g.value) })), pred });
  }
  return out;
}

function prf(tp: number, np: number, ng: number) {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export async function run(): Promise<EvalRow[]> {
  const docs = collect();
  let ng = 0,
    np = 0,
    exact = 0,
    over = 0,
    value = 0,
    strict = 0;
  for (const { gold, pred } of docs) {
    ng += gold.length;
    np += pred.length;
    const used = new Set<number>();
    for (const p of pred) {
      const gi = gold.findIndex((g, i) => !used.has(i) && overlaps(g, p));
      if (gi < 0) continue;
      used.add(gi);
      const g = gold[gi];
      over++;
      if (g.start === p.start && g.end === p.end) exact++;
      if (g.value === p.value) value++;
      if (g.value === p.value && g.start === p.start && g.end === p.end) strict++;
    }
  }
  const ds = `MEANTIME (${docs.length} docs)`;
  return [
    { task: 'dates span exact', dataset: ds, n: ng, ...prf(exact, np, ng) },
    { task: 'dates span overlap', dataset: ds, n: ng, ...prf(over, np, ng) },
    { task: 'dates value', dataset: ds, n: ng, ...prf(value, np, ng), note: 'overlapping span, same TIMEX3 value' },
    { task: 'dates value+exact span', dataset: ds, n: ng, ...prf(strict, np, ng) },
  ];
}
