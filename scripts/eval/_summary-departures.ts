// When does the summary not open with the text's first sentence, and why? A table of the reasons, per corpus, on
// texts with no test document, and on written articles (a folder of labelled .txt files, as H5 writes them: the
// summary's expected opening is labelled before Lede is run).
//
//   LEDE_DATA=… npx tsx scripts/eval/_summary-departures.ts              # dev corpora
//   LEDE_DATA=… npx tsx scripts/eval/_summary-departures.ts <dir>…       # written articles only
//   DETAIL=1 …                                                            # each departure, with its lede
//
// Corpora: GUM dev (with its headline, and as plain text), MEANTIME dev, the Readability pages of outlets outside the
// test split (extracted as the extension extracts them), the demo site's dev pages. The frozen test split is never
// read. A written article is a header ("title: …", "opens: …" the sentence the summary should open with, empty when
// the writer expects a departure) and its body after a line "---"; the table then says, for each reason, how often
// the departure was expected.
//
// The reason is the first test the text's first sentence fails: page residue (a heading without closing punctuation,
// a caption, a line the page adds), not standing alone (a question, a quotation, too short or long, no verb), or
// shown but not first (an anecdote: the headline's news is in a later sentence). Also the summary's length: how
// many sentences, and its words against lead-3's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readGum, readMeantime } from './_corpus';
import { demoDocs } from './_summary-pages';
import { genres, splitHeadings } from './summary';
import { tok } from './_summary-score';
import { readabilityPages } from '../lib/cli-pages';
import { frozenSplit } from '../lib/frozen-split';
import { extractArticle } from '../../utils/article';
import { summarize } from '../../utils/nlp/summary';
import { candidates, type Cand } from '../../utils/nlp/summary/candidates';
import { isQuestion, isQuotation, quotationPiece } from '../../utils/nlp/summary/quotation';
import { CLOSED, isFilePhoto, isResidue } from '../../utils/nlp/summary/residue';
import { MAX_LEDE_WORDS } from '../../utils/nlp/summary/stands-alone';
import { opensSitting } from '../../utils/nlp/summary/transcript';
import { addressOnly } from '../../utils/nlp/summary/central';
import { isCaption, isStatement, looksLikeResidue } from '../../utils/nlp/timeline-statement';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';

interface Text {
  corpus: string;
  id: string;
  body: string;
  title: string | null;
  /** Written articles: the sentences the summary may open with, split by "|". */
  opens?: string;
}

/** Why the first candidate is not shown first. */
function reason(c: Cand, next: Cand | undefined): string {
  const s = c.s;
  if (c.residue) {
    if (!c.nWords) return 'residue: empty after cleaning';
    if (!CLOSED.test(s)) return 'residue: heading or line without closing punctuation';
    if (isFilePhoto(s) || isCaption(s)) return 'residue: caption';
    if (!isResidue(s, c.nWords)) return next ? 'residue: caption before a credit' : 'residue: other';
    if (!isStatement(s)) return 'residue: not a statement (timeline-statement)';
    if (looksLikeResidue(s)) return 'residue: looks like page text (timeline-statement)';
    return 'residue: boilerplate or date line';
  }
  if (opensSitting(s)) return 'unfit: opens a sitting';
  if (isQuestion(s)) return 'unfit: question';
  if (isQuotation(s)) return 'unfit: quotation lede';
  if (quotationPiece(s)) return 'unfit: unpaired quotation marks';
  if (c.nWords < 6) return 'unfit: fewer than 6 words';
  if (c.shownWords > MAX_LEDE_WORDS) return 'unfit: longer than the lede limit';
  if (/^\p{Ll}(?!\p{Lu})/u.test(s)) return 'unfit: lower-case start';
  return 'unfit: other (no verb, asking turn, inside a quotation)';
}

interface Row {
  t: Text;
  reason: string;
  lede: string;
  out: string[];
  lead3Words: number;
  expected?: boolean;
}

function analyse(t: Text): Row {
  const sentences = splitSentences(t.body);
  const out = summarize(t.body, sentences, { people: findPeople(t.body, sentences), title: t.title });
  const cands = candidates(t.body, sentences, 48);
  const lead3Words = tok(
    sentences
      .slice(0, 3)
      .map((s) => t.body.slice(s.start, s.end))
      .join(' '),
  ).length;
  // headings before the text (a headline, a section's name, a date line: no closing punctuation) are not its first
  // sentence
  const firstAt = cands.findIndex((c) => !c.residue || CLOSED.test(c.s));
  const first = cands[Math.max(0, firstAt)];
  const lede = first?.s ?? '';
  const opening = (s: string) => tok(s).slice(0, 6).join(' ');
  const opensFirst = !!first && !!out[0] && [first.s, first.shown].some((s) => opening(s) === opening(out[0]));
  let why = 'opens with the first sentence';
  if (!out.length) why = 'no summary';
  else if (!opensFirst) {
    if (!first.residue && (first.ok || addressOnly(first.s))) {
      const startK = cands.findIndex((c) => [c.s, c.shown].some((s) => opening(s) === opening(out[0])));
      if (startK <= first.k) why = 'shown differently (cut or compressed)';
      else if (addressOnly(first.s)) why = 'not first: a greeting or an address to the court';
      else why = 'not first: an anecdote (the headline in a later sentence)';
    } else why = reason(first, cands[first.k + 1]);
  }
  const row: Row = { t, reason: why, lede, out, lead3Words };
  // as labelled: the summary opens with one of the sentences the writer named (alternatives split by "|")
  if (t.opens !== undefined) {
    const named = t.opens
      .split('|')
      .map((o) => o.trim())
      .filter(Boolean);
    if (named.length) row.expected = named.some((o) => (out[0] ?? '').startsWith(o));
  }
  return row;
}

function devTexts(): Text[] {
  const out: Text[] = [];
  for (const d of readGum(genres())) {
    if (frozenSplit(d.id) !== 'dev') continue;
    const { title, body } = splitHeadings(d.text);
    out.push({ corpus: `GUM ${d.genre}`, id: d.id, body, title });
    out.push({ corpus: 'GUM plain text', id: d.id, body: d.text, title: null });
  }
  for (const d of readMeantime()) {
    if (frozenSplit(`meantime:${d.id.split('_')[0]}`) !== 'dev') continue;
    const { title, body } = splitHeadings(d.text);
    out.push({ corpus: 'MEANTIME', id: d.id, body, title });
  }
  for (const p of readabilityPages()) {
    if (frozenSplit(p.name.replace(/-\d+$/, '')) !== 'dev') continue;
    const a = extractArticle(parseHTML(p.source).document as unknown as Document);
    if (a?.text) out.push({ corpus: 'Readability pages', id: p.name, body: a.text, title: a.meta.title ?? null });
  }
  for (const d of demoDocs())
    if (d.split === 'dev') out.push({ corpus: 'demo', id: d.id, body: d.text, title: d.title });
  return out;
}

/** Written articles: a header of "key: value" lines, a line "---", the body. With and without the headline. */
function writtenTexts(dir: string): Text[] {
  const out: Text[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const [head, ...rest] = readFileSync(join(dir, f), 'utf8').split('\n---\n');
    const h: Record<string, string> = {};
    for (const l of head.split('\n')) {
      const i = l.indexOf(':');
      if (i > 0) h[l.slice(0, i)] = l.slice(i + 1).trim();
    }
    const body = rest.join('\n---\n').trim();
    out.push({
      corpus: `written ${dir.split('/').filter(Boolean).slice(-2).join('/')}`,
      id: f,
      body,
      title: h.title ?? null,
      opens: h.opens ?? '',
    });
    out.push({
      corpus: `written ${dir.split('/').filter(Boolean).slice(-2).join('/')} (plain)`,
      id: f,
      body: `${h.title}\n\n${body}`,
      title: null,
      opens: h.opens ?? '',
    });
  }
  return out;
}

function main(): void {
  const dirs = process.argv.slice(2);
  const texts = dirs.length ? dirs.flatMap(writtenTexts) : devTexts();
  const rows = texts.map(analyse);
  const corpora = [...new Set(rows.map((r) => r.t.corpus))];
  for (const corpus of corpora) {
    const rs = rows.filter((r) => r.t.corpus === corpus);
    const counts = new Map<string, Row[]>();
    for (const r of rs) counts.set(r.reason, [...(counts.get(r.reason) ?? []), r]);
    const n1 = rs.filter((r) => r.out.length === 1).length;
    const n2 = rs.filter((r) => r.out.length === 2).length;
    const n3 = rs.filter((r) => r.out.length >= 3).length;
    const words = (f: (r: Row) => number) => (rs.reduce((a, r) => a + f(r), 0) / rs.length).toFixed(0);
    console.log(
      `\n${corpus}: ${rs.length} texts; sentences 1/2/3: ${n1}/${n2}/${n3}; mean words ${words((r) => tok(r.out.join(' ')).length)}, lead-3 ${words((r) => r.lead3Words)}`,
    );
    for (const [why, rr] of [...counts].sort((a, b) => b[1].length - a[1].length)) {
      const exp = rr.every((r) => r.expected === undefined)
        ? ''
        : `  (as labelled: ${rr.filter((r) => r.expected).length}/${rr.filter((r) => r.expected !== undefined).length})`;
      console.log(`  ${String(rr.length).padStart(4)}  ${why}${exp}`);
      if (process.env.DETAIL && why !== 'opens with the first sentence')
        for (const r of rr)
          console.log(
            `          ${r.t.id}: lede ${JSON.stringify(r.lede.slice(0, 90))}\n            -> ${JSON.stringify((r.out[0] ?? '').slice(0, 90))}`,
          );
    }
  }
  const all = rows.filter((r) => r.expected !== undefined);
  if (all.length) console.log(`\nas labelled: ${all.filter((r) => r.expected).length}/${all.length}`);
}

main();
