// Timeline entries against MEANTIME's TIMEX3 (CC-BY 4.0; Wikinews texts CC-BY 2.5).
// MEANTIME annotates dates only in each document's first sentences, so only entries there are scored.
// precision = entries whose date equals the value of a gold DATE TIMEX3 in the same sentence;
// recall = gold DATE values (not durations, not in the title/dateline) found as an entry of their sentence.
// A second row gives the share of entries of at most 25 words (a clause, not a paragraph) over all entries.
import type { EvalRow } from '../eval';
import { readMeantime } from './_corpus';
import { findDates } from '../../utils/nlp/dates';
import { splitSentences } from '../../utils/nlp/sentences';
import { buildTimeline } from '../../utils/nlp/timeline';

const goldValue = (v: string) => (/^\d{3}$/.test(v) ? `${v}X` : v);

export async function run(): Promise<EvalRow[]> {
  let entries = 0;
  let right = 0;
  let gold = 0;
  let found = 0;
  let all = 0;
  let short = 0;
  let words = 0;
  const docs = readMeantime();
  for (const d of docs) {
    const dateline = d.text.split('\n\n')[1] ?? '';
    const dct = d.dct ?? findDates(dateline, [{ start: 0, end: dateline.length }], null)[0]?.value ?? null;
    const sentences = splitSentences(d.text);
    const tl = buildTimeline(d.text, sentences, findDates(d.text, sentences, dct));
    const sentOf = (pos: number) => d.toks.find((t) => t.end > pos)?.sent ?? -1;
    const scored = d.timex.filter((t) => t.type === 'DATE' && !/^P/.test(t.value) && !t.creation && t.sent >= 2);
    const got = new Set<string>();
    for (const e of tl) {
      const n = (e.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      all++;
      words += n;
      if (n <= 25) short++;
      const s = sentOf(e.start);
      if (s < 2 || s > d.annotatedThrough) continue;
      entries++;
      const ok = scored.some((g) => g.sent === s && goldValue(g.value) === e.date);
      if (ok) {
        right++;
        got.add(`${s}|${e.date}`);
      }
    }
    const keys = new Set(scored.map((g) => `${g.sent}|${goldValue(g.value)}`));
    gold += keys.size;
    for (const k of keys) if (got.has(k)) found++;
  }
  const p = entries ? right / entries : 0;
  const r = gold ? found / gold : 0;
  const ds = `MEANTIME (${docs.length} docs)`;
  return [
    {
      task: 'timeline date',
      dataset: ds,
      n: entries,
      precision: p,
      recall: r,
      f1: p + r ? (2 * p * r) / (p + r) : 0,
      note: 'entry date = gold TIMEX3 value in its sentence',
    },
    {
      task: 'timeline clause ≤25 words',
      dataset: ds,
      n: all,
      precision: all ? short / all : 0,
      recall: null,
      f1: null,
      note: `share of entries; mean ${(words / Math.max(1, all)).toFixed(1)} words`,
    },
  ];
}
