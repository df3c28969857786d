// Every span in marks Lede judges on text in no gold set: the Readability test pages no gold file lists, and
// the MEANTIME and GUM documents outside the gold (all GUM genres). One line per span: document, offset, verdict
// (kept, or the rule that left it out), then the words around it; also the unmarked quotations (interview
// answers). Diff two runs to read every span a change adds or removes, without the test split.
//
//   npx tsx scripts/eval/_quotes-unlabelled.ts > before.txt   (… change …)   > after.txt; diff before.txt after.txt
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeInput } from '../lib/cli';
import { splitSentences } from '../../utils/nlp/sentences';
import { findQuotes } from '../../utils/nlp/quotes';
import { DATA, readGum, readMeantime } from './_corpus';
import { DocSource } from './_quotes-docs';
import { loadGoldV2 } from './_quotes-gold';
import type { Analysis } from '../../utils/nlp/types';

const GUM_GENRES = [
  'academic',
  'bio',
  'conversation',
  'court',
  'essay',
  'fiction',
  'interview',
  'letter',
  'news',
  'podcast',
  'speech',
  'textbook',
  'vlog',
  'voyage',
  'whow',
  'reddit',
];

const flat = (s: string) => s.replace(/\s+/g, ' ');

function dump(id: string, a: Analysis): void {
  const text = a.article.text;
  const lines: string[] = [];
  findQuotes(text, splitSentences(text), a.people, {
    trace: (r, _f, rule) => {
      const before = flat(text.slice(Math.max(0, r.open - 50), r.open));
      const after = flat(text.slice(r.close, r.close + 40));
      lines.push(
        `${id}\t${r.open}\t${rule ?? 'KEPT'}\t${before}[[${flat(text.slice(r.start, r.end)).slice(0, 200)}]]${after}`,
      );
    },
  });
  for (const q of a.quotes) {
    if (q.form !== 'qa') continue;
    lines.push(
      `${id}\t${q.start}\tQA\t[[${flat(q.text).slice(0, 120)}]] … [[${flat(q.text).slice(-60)}]] (${q.end - q.start} chars)`,
    );
  }
  for (const l of lines) console.log(l);
}

const gold = new Set(loadGoldV2(undefined, { measureOnly: true }).flatMap((f) => f.docs.map((d) => d.id)));
const only = process.argv[2];
if (!only || only === 'rtp') {
  const dir = join(DATA, 'readability-test-pages', 'test-pages');
  const src = new DocSource();
  for (const key of readdirSync(dir).sort()) {
    if (gold.has(`rtp:${key}`)) continue;
    const a = src.analyze(`rtp:${key}`);
    if (typeof a !== 'string') dump(`rtp:${key}`, a);
  }
}
if (!only || only === 'corpora') {
  for (const d of readMeantime()) {
    if ([...gold].some((g) => g.startsWith('meantime:') && d.id.startsWith(g.slice(9)))) continue;
    dump(`meantime:${d.id}`, analyzeInput({ kind: 'text', content: d.text }, false));
  }
  for (const d of readGum(GUM_GENRES)) {
    if (gold.has(`gum:${d.id}`) || gold.has(`gum:GUM_${d.id}`)) continue;
    dump(`gum:${d.id}`, analyzeInput({ kind: 'text', content: d.text }, false));
  }
}
