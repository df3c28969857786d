// Extraction eval over mozilla/readability's test pages (Apache-2.0; ../shared/data/readability-test-pages):
// token-level P/R/F1 of the body text against expected.html (Readability's own output, so our
// deliberate removals of captions and furniture count as recall loss there), metadata accuracy
// against expected-metadata.json, the gate against its "readerable" flag, a human-checked row
// from our hand labels (test/fixtures/pages/labels), and token P/R/F1 against the human-checked
// body text of the news pages (test/fixtures/pages/gold-text, see _extraction-gold.ts). Plain
// Readability is scored beside us.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { EvalRow } from '../eval';
import { extractArticle, looksLikeArticle, toIsoDate } from '../../utils/article';
import { fastAttempt } from '../../utils/article/extract';
import type { ArticleMeta } from '../../utils/nlp/types';
import { FIXTURE_PAGES, NEWS_PAGES, fixturePages, readabilityPages, type ReadabilityPage } from '../lib/cli-pages';
import { goldPages } from './_extraction-gold';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

type Bag = Map<string, number>;
function bag(text: string): Bag {
  const m: Bag = new Map();
  for (const t of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Document-level bag-of-words overlap. */
function prf(ours: Bag, gold: Bag): [number, number, number] {
  let overlap = 0;
  let no = 0;
  let ng = 0;
  for (const [k, v] of ours) {
    no += v;
    overlap += Math.min(v, gold.get(k) ?? 0);
  }
  for (const v of gold.values()) ng += v;
  const p = no ? overlap / no : 0;
  const r = ng ? overlap / ng : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

interface PageResult {
  name: string;
  /** The fast path's text against the Readability path's on the same page; null where it declined. */
  fastVsSlow: [number, number, number] | null;
  plain: [number, number, number];
  ours: [number, number, number];
  meta: ArticleMeta | null;
  gate: boolean;
}

function scorePage(p: ReadabilityPage): PageResult {
  const gold = bag(parse(`<html><body>${p.expectedHtml}</body></html>`).body?.textContent ?? '');
  const plainText = new Readability(parse(p.source)).parse()?.textContent ?? '';
  const ours = extractArticle(parse(p.source));
  const d = parse(p.source);
  const fast = fastAttempt(d);
  const slow = extractArticle(parse(p.source), { fast: false });
  return {
    name: p.name,
    fastVsSlow: fast.declined ? null : prf(bag(fast.article?.text ?? ''), bag(slow?.text ?? '')),
    plain: prf(bag(plainText), gold),
    ours: prf(bag(ours?.text ?? ''), gold),
    meta: ours?.meta ?? null,
    gate: looksLikeArticle(parse(p.source)),
  };
}

/** How often the fast path answers, and how close its text is to the Readability path's there. */
function fastRow(results: PageResult[]): EvalRow {
  const answered = results.map((r) => r.fastVsSlow).filter((x): x is [number, number, number] => x !== null);
  const same = answered.filter((x) => x[2] >= 0.99).length;
  return {
    task: 'extraction-fast-path',
    dataset: 'readability-test-pages (all)',
    n: answered.length,
    precision: mean(answered.map((x) => x[0])),
    recall: mean(answered.map((x) => x[1])),
    f1: mean(answered.map((x) => x[2])),
    note: `answered on ${answered.length} of ${results.length} pages (${same} with F1 >= 0.99); its text vs the Readability path's`,
  };
}

function textRows(results: PageResult[], dataset: string): EvalRow[] {
  const row = (who: 'plain' | 'ours', note: string): EvalRow => ({
    task: 'extraction-text',
    dataset,
    n: results.length,
    precision: mean(results.map((r) => r[who][0])),
    recall: mean(results.map((r) => r[who][1])),
    f1: mean(results.map((r) => r[who][2])),
    note,
  });
  return [
    row('plain', 'Readability 0.6 textContent vs expected.html (its own output)'),
    row('ours', 'Lede vs expected.html; our removals count as recall loss'),
  ];
}

const normText = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function metaRows(pages: ReadabilityPage[], results: PageResult[]): EvalRow[] {
  type Field = {
    name: string;
    gold: (m: Record<string, unknown>) => string | null;
    ours: (m: ArticleMeta) => string | null;
    same: (a: string, b: string) => boolean;
  };
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const fields: Field[] = [
    {
      name: 'title',
      gold: (m) => str(m.title),
      ours: (m) => m.title,
      // Readability keeps " - Site" suffixes that we strip: the same headline up to a suffix matches.
      same: (a, b) => {
        const x = normText(a);
        const y = normText(b);
        return (
          x === y || (y.length > 10 && x.startsWith(y + ' ') && /^\s*(?:[|\-–—»·:/]|::)\s/.test(a.slice(b.length)))
        );
      },
    },
    {
      name: 'byline',
      gold: (m) => str(m.byline),
      ours: (m) => m.byline,
      // Bylines are written many ways ("By X", "X and Y", "X, Staff Writer"): a name overlap counts.
      same: (a, b) => {
        const x = normText(a).replace(/^by /, '');
        const y = normText(b).replace(/^by /, '');
        return x === y || (x.length > 3 && y.includes(x)) || (y.length > 3 && x.includes(y));
      },
    },
    {
      name: 'publisher',
      gold: (m) => str(m.siteName),
      ours: (m) => m.publisher,
      same: (a, b) => normText(a) === normText(b),
    },
    { name: 'date', gold: (m) => toIsoDate(str(m.publishedTime)), ours: (m) => m.publishedAt, same: (a, b) => a === b },
    {
      name: 'language',
      gold: (m) => str(m.lang),
      ours: (m) => m.language,
      same: (a, b) => a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0],
    },
  ];
  return fields.map((f) => {
    let predicted = 0;
    let goldN = 0;
    let correct = 0;
    pages.forEach((p, i) => {
      const g = f.gold(p.expectedMeta);
      const o = results[i].meta ? f.ours(results[i].meta!) : null;
      if (!g) return; // pages without a value in the reference are not scored
      goldN++;
      if (o) predicted++;
      if (g && o && f.same(g, o)) correct++;
    });
    const precision = predicted ? correct / predicted : null;
    const recall = goldN ? correct / goldN : null;
    const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : null;
    return {
      task: `extraction-meta-${f.name}`,
      dataset: 'readability-test-pages',
      n: goldN,
      precision,
      recall,
      f1,
      note: "vs expected-metadata.json (Readability's own metadata); only pages with a value there",
    };
  });
}

function gateRow(pages: ReadabilityPage[], results: PageResult[]): EvalRow {
  // Positives: pages Readability marks readerable, and our article fixtures; negatives: the rest,
  // and our home and search fixtures.
  const cases: [boolean, boolean][] = pages.map((p, i) => [p.expectedMeta.readerable === true, results[i].gate]);
  for (const f of fixturePages()) cases.push([f.name.startsWith('news-'), looksLikeArticle(parse(f.html))]);
  const tp = cases.filter(([g, o]) => g && o).length;
  const fp = cases.filter(([g, o]) => !g && o).length;
  const fn = cases.filter(([g, o]) => g && !o).length;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return {
    task: 'extraction-gate',
    dataset: 'readability-test-pages + fixtures',
    n: cases.length,
    precision: p,
    recall: r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    note: `article vs not; ${cases.filter(([g]) => !g).length} negatives`,
  };
}

interface Label {
  page: string;
  first: string;
  last: string;
  present: string[];
  absent: string[];
}

/** Hand-labelled news pages: P = furniture kept out (and clean start/end), R = body strings kept. */
function humanRows(pages: ReadabilityPage[]): EvalRow[] {
  const dir = join(FIXTURE_PAGES, 'labels');
  if (!existsSync(dir)) return [];
  const labels: Label[] = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const byName = new Map(pages.map((p) => [p.name, p]));
  const score = (paragraphsOf: (html: string) => string[]) => {
    const ps: number[] = [];
    const rs: number[] = [];
    const fs: number[] = [];
    for (const l of labels) {
      const page = byName.get(l.page);
      if (!page) continue;
      const text = paragraphsOf(page.source).join('\n');
      const flat = text.replace(/\s+/g, ' ');
      const pHits = [
        text.startsWith(l.first),
        text.endsWith(l.last),
        ...l.absent.map((a) => !(text + '\n').includes(a)),
      ];
      const rHits = [l.first, l.last, ...l.present].map((s) => flat.includes(s));
      const p = mean(pHits.map(Number));
      const r = mean(rHits.map(Number));
      ps.push(p);
      rs.push(r);
      fs.push(p + r ? (2 * p * r) / (p + r) : 0);
    }
    return { n: ps.length, precision: mean(ps), recall: mean(rs), f1: mean(fs) };
  };
  const plain = score((html) => extractArticle(parse(html), { plain: true })?.paragraphs ?? []);
  const ours = score((html) => extractArticle(parse(html))?.paragraphs ?? []);
  const note = 'hand labels: P = furniture/captions absent + clean first/last, R = body strings present';
  return [
    { task: 'extraction-human', dataset: 'labelled news pages', ...plain, note: `Readability. ${note}` },
    { task: 'extraction-human', dataset: 'labelled news pages', ...ours, note: `Lede. ${note}` },
  ];
}

/** Within this F1 of each other, two extractions tie on a page. */
const TIE = 0.001;

/**
 * Token-bag P/R/F1 against the human-checked body text of the news pages (test/fixtures/pages/
 * gold-text, derived by _extraction-gold.ts), for plain Readability's textContent and for Lede's
 * article.text; the note counts the pages where Lede beats, ties or loses to Readability.
 * LEDE_EVAL_PAGES=1 prints the per-page figures to stderr.
 */
function humanTextRows(pages: ReadabilityPage[], heldOut: boolean): EvalRow[] {
  const byName = new Map(pages.map((p) => [p.name, p]));
  const golds = goldPages(pages).filter((g) => g.heldOut === heldOut);
  if (golds.length === 0) return [];
  const plain: [number, number, number][] = [];
  const ours: [number, number, number][] = [];
  for (const g of golds) {
    const page = byName.get(g.page)!;
    const gold = bag(g.blocks.join('\n'));
    plain.push(prf(bag(new Readability(parse(page.source)).parse()?.textContent ?? ''), gold));
    ours.push(prf(bag(extractArticle(parse(page.source))?.text ?? ''), gold));
  }
  const wins = ours.filter((o, i) => o[2] > plain[i][2] + TIE).length;
  const losses = ours.filter((o, i) => o[2] < plain[i][2] - TIE).length;
  if (process.env.LEDE_EVAL_PAGES) {
    golds.forEach((g, i) => {
      const f = (x: [number, number, number]) => x.map((v) => v.toFixed(3)).join(' ');
      process.stderr.write(`${g.page.padEnd(18)} readability ${f(plain[i])}   lede ${f(ours[i])}\n`);
    });
  }
  const dataset = heldOut
    ? 'readability-test-pages (held-out news-like, human gold)'
    : 'readability-test-pages (news, human gold)';
  const row = (xs: [number, number, number][], note: string): EvalRow => ({
    task: 'extraction-human-text',
    dataset,
    n: xs.length,
    precision: mean(xs.map((x) => x[0])),
    recall: mean(xs.map((x) => x[1])),
    f1: mean(xs.map((x) => x[2])),
    note,
  });
  const what = heldOut
    ? 'the held-out human-checked body text (labelled after the rules were written)'
    : 'the human-checked body text (test/fixtures/pages/gold-text)';
  return [
    row(plain, `Readability 0.6 textContent vs ${what}`),
    row(
      ours,
      `Lede article.text vs the same; beats Readability on ${wins} pages, ties ${golds.length - wins - losses}, loses ${losses}`,
    ),
  ];
}

export async function run(): Promise<EvalRow[]> {
  const pages = readabilityPages();
  if (pages.length === 0) return [];
  const results = pages.map(scorePage);
  const news = new Set(NEWS_PAGES);
  return [
    ...textRows(results, 'readability-test-pages (all)'),
    ...textRows(
      results.filter((r) => news.has(r.name)),
      'readability-test-pages (news)',
    ),
    fastRow(results),
    ...humanRows(pages),
    ...humanTextRows(pages, false),
    ...humanTextRows(pages, true),
    ...metaRows(pages, results),
    gateRow(pages, results),
  ];
}
