// Scores Lede's quotations against the v2 gold, one document at a time, into tallies that add up by split
// and by gold file. A quotation is found when a predicted quotation overlaps it (P: predicted quotations
// that overlap a gold one, in documents whose gold is complete; R: gold quotations overlapped). Its speaker
// is then judged (_quotes-speaker.ts) on the predicted quotation that overlaps it most.
import type { Analysis, Quote, Span } from '../../utils/nlp/types';
import { alignAll } from './_quotes-align';
import type { GoldDocV2, GoldQuoteV2 } from './_quotes-gold';
import { category, judge, nearestName, type SpeakerContext, type Verdict } from './_quotes-speaker';

/** What overlap precision and recall are counted from; the quotes eval and the written passages share it. */
export interface OverlapCounts {
  gold: number;
  /** Gold quotations not found in the document's text (labelling slips, or text the extraction lost). */
  unaligned: number;
  /** Gold quotations a prediction overlaps. */
  found: number;
  preds: number;
  /** Predictions that overlap a gold quotation. */
  predsRight: number;
  notQuotes: number;
}

/** Overlap P/R/F1 over the gold quotations found in the text. */
export function overlapPRF(t: OverlapCounts): { precision: number; recall: number; f1: number; n: number } {
  const n = t.gold - t.unaligned;
  const precision = t.preds ? t.predsRight / t.preds : 0;
  const recall = n ? t.found / n : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, n };
}

export interface Tally extends OverlapCounts {
  docs: number;
  outlets: Set<string>;
  notQuotesTaken: number;
  /** The notQuotes that are not inside a gold quotation (a scare quote inside an answer is the speaker's). */
  notQuotesOutside: number;
  notQuotesOutsideTaken: number;
  speaker: Record<Verdict, number>;
  byCategory: Record<'named' | 'pronoun' | 'other', [right: number, n: number]>;
  baseline: [right: number, n: number];
  /** Gold quotations found, and aligned, by type (full, partial, multi, qa, nested). */
  byType: Record<string, [found: number, n: number]>;
  /** Documents whose text could not be had (missing input, no article). */
  failed: number;
}

export const emptyTally = (): Tally => ({
  docs: 0,
  outlets: new Set(),
  gold: 0,
  unaligned: 0,
  found: 0,
  preds: 0,
  predsRight: 0,
  notQuotes: 0,
  notQuotesTaken: 0,
  notQuotesOutside: 0,
  notQuotesOutsideTaken: 0,
  speaker: { right: 0, none: 0, wrong: 0 },
  byCategory: { named: [0, 0], pronoun: [0, 0], other: [0, 0] },
  baseline: [0, 0],
  byType: {},
  failed: 0,
});

export function addTally(into: Tally, t: Tally): void {
  for (const k of [
    'docs',
    'gold',
    'unaligned',
    'found',
    'preds',
    'predsRight',
    'notQuotes',
    'notQuotesTaken',
    'notQuotesOutside',
    'notQuotesOutsideTaken',
  ] as const) {
    into[k] += t[k];
  }
  into.failed += t.failed;
  for (const o of t.outlets) into.outlets.add(o);
  for (const v of ['right', 'none', 'wrong'] as const) into.speaker[v] += t.speaker[v];
  for (const c of ['named', 'pronoun', 'other'] as const) {
    into.byCategory[c][0] += t.byCategory[c][0];
    into.byCategory[c][1] += t.byCategory[c][1];
  }
  for (const [k, [f, n]] of Object.entries(t.byType)) {
    const c = (into.byType[k] ??= [0, 0]);
    c[0] += f;
    c[1] += n;
  }
  into.baseline[0] += t.baseline[0];
  into.baseline[1] += t.baseline[1];
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** What went wrong in one document, for QUOTES_ERRORS=1 (dev documents only). */
export interface DocErrors {
  unaligned: string[];
  missed: string[];
  spurious: string[];
  speaker: string[];
}

export function scoreDoc(doc: GoldDocV2, a: Analysis | string): { tally: Tally; errors: DocErrors } {
  const t = emptyTally();
  const errors: DocErrors = { unaligned: [], missed: [], spurious: [], speaker: [] };
  t.docs = 1;
  t.outlets.add(doc.outlet);
  t.gold = doc.quotes.length;
  if (typeof a === 'string') {
    t.failed = 1;
    t.unaligned = doc.quotes.length;
    errors.unaligned.push(`document not analysed: ${a}`);
    return { tally: t, errors };
  }
  const text = a.article.text;
  const spans = alignAll(
    text,
    doc.quotes.map((q) => q.quote),
  );
  const preds = a.quotes;
  const persons = [...new Set(doc.quotes.filter((q) => q.speaker.kind === 'person').map((q) => q.speaker.name!))];
  const context = (g: GoldQuoteV2): SpeakerContext => ({
    others: persons.filter((n) => n !== g.speaker.name),
    phrases: doc.quotes
      .filter((q) => q.speaker.name === g.speaker.name)
      .flatMap((q) => [q.speaker.name ?? '', q.speaker.mention ?? '']),
  });
  const golds: { g: GoldQuoteV2; span: Span }[] = [];
  spans.forEach((span, i) => {
    if (span) golds.push({ g: doc.quotes[i], span });
    else {
      t.unaligned++;
      errors.unaligned.push(doc.quotes[i].quote);
    }
  });
  for (const { g, span } of golds) {
    const byType = (t.byType[g.type] ??= [0, 0]);
    byType[1]++;
    let best: Quote | null = null;
    for (const p of preds) if (overlap(p, span) > (best ? overlap(best, span) : 0)) best = p;
    if (!best) {
      errors.missed.push(g.quote);
      continue;
    }
    t.found++;
    byType[0]++;
    const v = judge(g.speaker, best, context(g));
    t.speaker[v]++;
    const c = t.byCategory[category(g.speaker)];
    c[1]++;
    if (v === 'right') c[0]++;
    else {
      const said = best.speaker ? `${best.speaker.kind} ${best.speaker.name ?? '∅'}` : 'none';
      errors.speaker.push(
        `${v}: "${g.quote.slice(0, 50)}" gold ${g.speaker.kind} ${g.speaker.name ?? '∅'}, Lede ${said}`,
      );
    }
    t.baseline[1]++;
    const base = nearestName(best, a.people);
    if (judge(g.speaker, base, context(g)) === 'right') t.baseline[0]++;
  }
  if (doc.complete) {
    t.preds = preds.length;
    for (const p of preds) {
      if (golds.some((g) => overlap(p, g.span) > 0)) t.predsRight++;
      else errors.spurious.push(text.slice(p.start, p.end).slice(0, 80));
    }
  }
  const notSpans = alignAll(text, doc.notQuotes);
  for (const s of notSpans) {
    if (!s) continue;
    t.notQuotes++;
    const taken = preds.some((p) => overlap(p, s) > 0);
    if (taken) t.notQuotesTaken++;
    // inside a gold quotation, the prediction over it is that quotation: counted apart
    if (golds.some((g) => g.span.start <= s.start && s.end <= g.span.end)) continue;
    t.notQuotesOutside++;
    if (taken) t.notQuotesOutsideTaken++;
  }
  return { tally: t, errors };
}
