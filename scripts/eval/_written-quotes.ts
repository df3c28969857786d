// Written quotation passages (test/fixtures/written/quotes/), scored the way the quotations helper scored them in
// session 20: labels inline, ⟦…⟧ a quotation (prefix p| partial, m| multi, q| interview answer, n| nested), ⟪…⟫
// words in marks that are not a quotation. The text without the marks goes through the CLI's plain-text path; a
// gold quotation is found when a predicted one overlaps it, a prediction is right when it overlaps a gold one
// (overlap P/R as the quotes eval), and a non-quotation outside every gold quotation is "taken" when a
// prediction overlaps it.
import type { Span } from '../../utils/nlp/types';
import { analyzeTextInput } from '../lib/cli-text';
import { alignAll } from './_quotes-align';
import type { OverlapCounts } from './_quotes-score';

export interface GoldQuote {
  text: string;
  type: string;
}

export interface QuoteTally extends OverlapCounts {
  notTaken: number;
  /** Gold type -> [found, all]. */
  byType: Record<string, [number, number]>;
}

const TYPES: Record<string, string> = { p: 'partial', m: 'multi', q: 'qa', n: 'nested' };

/** The plain text and the labels of one marked-up passage. */
export function parseMarked(src: string): { text: string; quotes: GoldQuote[]; nots: string[] } {
  let text = '';
  const quotes: GoldQuote[] = [];
  const nots: string[] = [];
  const stack: { kind: 'q' | 'n'; at: number; type: string }[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '⟦' || c === '⟪') {
      let type = 'full';
      const m = /^([pmqn])\|/.exec(src.slice(i + 1, i + 3));
      if (m) {
        type = TYPES[m[1]];
        i += 2;
      }
      stack.push({ kind: c === '⟦' ? 'q' : 'n', at: text.length, type });
    } else if (c === '⟧' || c === '⟫') {
      const s = stack.pop();
      if (!s) throw new Error(`unbalanced ${c} at ${i}`);
      const inner = text.slice(s.at);
      if (s.kind === 'q') quotes.push({ text: inner, type: s.type });
      else nots.push(inner);
    } else text += c;
  }
  return { text, quotes, nots };
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function emptyTally(): QuoteTally {
  return { gold: 0, unaligned: 0, found: 0, preds: 0, predsRight: 0, notQuotes: 0, notTaken: 0, byType: {} };
}

/** Adds one passage to `t`; returns its error lines (for choose parts only). */
export function scoreQuotes(src: string, t: QuoteTally): string[] {
  const { text, quotes, nots } = parseMarked(src);
  // alignAll wants the gold in text order.
  const starts = quotes.map((q) => text.indexOf(q.text));
  const order = quotes.map((_, i) => i).sort((a, b) => starts[a] - starts[b]);
  const a = analyzeTextInput({ kind: 'text', content: text }, false);
  const body = a.article.text;
  const spans = alignAll(
    body,
    order.map((i) => quotes[i].text),
  );
  const errors: string[] = [];
  const golds: Span[] = [];
  order.forEach((qi, k) => {
    const q = quotes[qi];
    t.gold++;
    const bt = (t.byType[q.type] ??= [0, 0]);
    bt[1]++;
    const sp = spans[k];
    if (!sp) {
      t.unaligned++;
      errors.push(`  not in text: ${q.text.slice(0, 70)}`);
      return;
    }
    golds.push(sp);
    if (a.quotes.some((p) => overlap(p, sp) > 0)) {
      t.found++;
      bt[0]++;
    } else errors.push(`  missed [${q.type}]: ${q.text.slice(0, 90)}`);
  });
  for (const p of a.quotes) {
    t.preds++;
    if (golds.some((g) => overlap(p, g) > 0)) t.predsRight++;
    else errors.push(`  spurious: ${body.slice(p.start, p.end).slice(0, 90)}`);
  }
  for (const s of alignAll(body, nots)) {
    if (!s || golds.some((g) => g.start <= s.start && s.end <= g.end)) continue;
    t.notQuotes++;
    if (a.quotes.some((p) => overlap(p, s) > 0)) {
      t.notTaken++;
      errors.push(`  notQuote taken: ${body.slice(s.start, s.end)}`);
    }
  }
  return errors;
}
