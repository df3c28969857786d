// The spans in marks of the quotation gold's DEV split, each with the facts the decision reads
// (utils/nlp/quotes/judge.ts), the hand rule that leaves it out (if any) and its label: a quotation (it
// overlaps a gold quotation), not one (a listed scare quote, title or nickname, or any other span of a document
// whose gold is complete), or unknown. The test split is never read here. Used by scripts/train-quotes.ts.
import { splitSentences } from '../utils/nlp/sentences';
import { findQuotes } from '../utils/nlp/quotes';
import type { Facts } from '../utils/nlp/quotes/judge';
import type { Span } from '../utils/nlp/types';
import { alignAll } from './eval/_quotes-align';
import { DocSource } from './eval/_quotes-docs';
import { loadGoldV2, splitOf } from './eval/_quotes-gold';

export type Label = 'quote' | 'not' | 'unknown';

export interface Candidate {
  doc: string;
  outlet: string;
  file: string;
  content: string;
  /** Up to 60 characters each side of the marks. */
  before: string;
  after: string;
  facts: Facts;
  /** The hand rule that leaves it out, or null (kept). */
  rule: string | null;
  label: Label;
  /** Listed in the gold's notQuotes (a scare quote, title or nickname named as such). */
  listedNot: boolean;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function devCandidates(): Candidate[] {
  const source = new DocSource();
  const out: Candidate[] = [];
  for (const { file, docs } of loadGoldV2()) {
    for (const doc of docs) {
      if (splitOf(doc) !== 'dev') continue;
      const a = source.analyze(doc.id);
      if (typeof a === 'string') continue;
      const text = a.article.text;
      const golds = alignAll(
        text,
        doc.quotes.map((q) => q.quote),
      ).filter((s): s is Span => !!s);
      const nots = alignAll(text, doc.notQuotes).filter((s): s is Span => !!s);
      findQuotes(text, splitSentences(text), a.people, {
        trace: (r, facts, rule) => {
          const span = { start: r.start, end: r.end };
          const isQuote = golds.some((g) => overlap(g, span) > 0);
          const listedNot = !isQuote && nots.some((s) => overlap(s, span) > 0);
          const label: Label = isQuote ? 'quote' : listedNot || doc.complete ? 'not' : 'unknown';
          out.push({
            doc: doc.id,
            outlet: doc.outlet,
            file,
            content: text.slice(r.start, r.end),
            before: text.slice(Math.max(0, r.open - 60), r.open),
            after: text.slice(r.close, r.close + 60),
            facts,
            rule,
            label,
            listedNot,
          });
        },
      });
    }
  }
  return out;
}
