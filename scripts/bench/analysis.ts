// `npm run bench -- analysis`: per-page cost of plain Readability, of Lede's extraction and of the
// whole analysis (extraction + analyzeText), on the same pages in the same run; the gate on
// non-article pages; words/s of analyzeText alone; one generated 10 MB page through the CLI path.
// Pages: the news pages of mozilla/readability's test set (Apache-2.0, ../shared/data) and our
// fixtures. linkedom parsing is EXCLUDED from every per-page figure (a fresh document is parsed
// untimed before each run); the document clone is INCLUDED in all three, as each needs one.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { BenchRow } from '../bench';
import { extractArticle, looksLikeArticle } from '../../utils/article';
import { fastAttempt } from '../../utils/article/extract';
import { analyzeText } from '../../utils/nlp/analyze';
import { countWords } from '../../utils/article/analyzeDocument';
import { NEWS_PAGES, fixturePages, readabilityPages } from '../lib/cli-pages';
import { analyzeInput } from '../lib/cli';

const WARMUP = 1;
const ROUNDS = Number(process.env.LEDE_BENCH_ROUNDS ?? 3);
const parse = (html: string) => parseHTML(html).document as unknown as Document;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const median = (xs: number[]) => quantile(xs, 0.5);
const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Median over rounds of the time of each of `fns` on a freshly parsed document (parse not timed).
 * The functions take turns within each round, so load changes on a shared machine hit all alike.
 */
function timeEach(html: string, fns: ((d: Document) => unknown)[]): number[] {
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    fns.forEach((fn, k) => {
      const d = parse(html);
      const t0 = performance.now();
      fn(d);
      const t = performance.now() - t0;
      if (i >= WARMUP) times[k].push(t);
    });
  }
  return times.map(median);
}

function plainReadability(d: Document) {
  return new Readability(d.cloneNode(true) as Document).parse();
}

function whole(d: Document) {
  const a = extractArticle(d);
  if (a) analyzeText(a.text, { publishedAt: a.meta.publishedAt, title: a.meta.title });
}

function bigPage(bytes: number): string {
  const para = (i: number) =>
    `<p>Paragraph ${i}: The mayor said on Tuesday that the city would review its budget, and council members, who met for hours, agreed to publish the figures next week.</p>\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes - 300; i++) {
    const p = para(i);
    parts.push(p);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><title>Big page</title></head><body><article><h1>Big page</h1>${parts.join('')}</article></body></html>`;
}

export async function run(): Promise<BenchRow[]> {
  const news = new Set(NEWS_PAGES);
  const sources = readabilityPages();
  const pages = [
    ...sources.filter((p) => news.has(p.name)).map((p) => ({ name: p.name, html: p.source })),
    ...fixturePages().filter((p) => p.name.startsWith('news-')),
  ];
  const rows: BenchRow[] = [];
  const bench = 'analysis';
  const n = pages.length;

  const plain: number[] = [];
  const ours: number[] = [];
  const all: number[] = [];
  const ratio: number[] = [];
  for (const p of pages) {
    const [a, b, c] = timeEach(p.html, [plainReadability, (d) => extractArticle(d), whole]);
    plain.push(a);
    ours.push(b);
    all.push(c);
    ratio.push(c / a);
  }
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  const fast = pages.filter((p) => {
    const d = parse(p.html);
    return fastAttempt(d).declined === null;
  }).length;
  const note = `${n} news pages; linkedom parse excluded, clone included; median of ${ROUNDS} interleaved runs after ${WARMUP} warm-up`;
  rows.push(
    { bench, metric: 'Readability ms/page median', value: r2(median(plain)), unit: 'ms', note },
    { bench, metric: 'Readability ms/page p90', value: r2(quantile(plain, 0.9)), unit: 'ms' },
    {
      bench,
      metric: 'extraction ms/page median',
      value: r2(median(ours)),
      unit: 'ms',
      note: `fast path on ${fast} of ${n} pages, Readability on a clone on the rest`,
    },
    { bench, metric: 'extraction ms/page p90', value: r2(quantile(ours, 0.9)), unit: 'ms' },
    {
      bench,
      metric: 'whole analysis ms/page median',
      value: r2(median(all)),
      unit: 'ms',
      note: 'extraction + analyzeText',
    },
    { bench, metric: 'whole analysis ms/page p90', value: r2(quantile(all, 0.9)), unit: 'ms' },
    {
      bench,
      metric: 'whole / Readability (median of per-page ratios)',
      value: r2(median(ratio)),
      unit: '×',
      goal: '≤ 1.2×',
    },
    { bench, metric: 'whole / Readability (total time)', value: r2(sum(all) / sum(plain)), unit: '×', goal: '≤ 1.2×' },
  );

  // The gate on pages that are not articles (and on the article pages, for comparison).
  const gateMs = (html: string) => {
    const d = parse(html);
    for (let i = 0; i < 20; i++) looksLikeArticle(d);
    const k = 200;
    const t0 = performance.now();
    for (let i = 0; i < k; i++) looksLikeArticle(d);
    return (performance.now() - t0) / k;
  };
  const negatives = [
    ...fixturePages().filter((p) => !p.name.startsWith('news-')),
    ...sources.filter((p) => p.expectedMeta.readerable === false).map((p) => ({ name: p.name, html: p.source })),
  ];
  const gateNeg = negatives.map((p) => gateMs(p.html));
  const worst = negatives[gateNeg.indexOf(Math.max(...gateNeg))];
  const gatePos = pages.map((p) => gateMs(p.html));
  rows.push(
    {
      bench,
      metric: 'gate ms on non-article pages (max)',
      value: Math.round(Math.max(...gateNeg) * 1000) / 1000,
      unit: 'ms',
      goal: '< 1 ms',
      note: `${gateNeg.length} pages (home, search + Readability's non-readerable); worst ${worst?.name}; linkedom, not a browser`,
    },
    {
      bench,
      metric: 'gate ms on non-article pages (median)',
      value: Math.round(median(gateNeg) * 1000) / 1000,
      unit: 'ms',
      goal: '< 1 ms',
    },
    {
      bench,
      metric: 'gate ms on article pages (median)',
      value: Math.round(median(gatePos) * 1000) / 1000,
      unit: 'ms',
    },
  );

  // analyzeText alone over every extracted text.
  const texts = [...sources.map((p) => p.source), ...fixturePages().map((p) => p.html)]
    .map((h) => extractArticle(parse(h)))
    .filter((a): a is NonNullable<typeof a> => a !== null)
    .map((a) => ({ text: a.text, publishedAt: a.meta.publishedAt, title: a.meta.title }));
  const words = sum(texts.map((t) => countWords(t.text)));
  for (const t of texts) analyzeText(t.text, t); // warm-up
  // Each pass timed alone: the median pass is the figure, steadier than one total when other work
  // shares the machine; the fastest pass shows what the code does undisturbed.
  const passes = 5;
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const t of texts) analyzeText(t.text, t);
    const cpu = process.cpuUsage(c0);
    rates.push(words / ((performance.now() - t0) / 1000));
    cpuRates.push(words / ((cpu.user + cpu.system) / 1e6));
  }
  rows.push(
    {
      bench,
      metric: 'analyzeText words/s (median pass)',
      value: Math.round(median(rates)),
      unit: 'words/s',
      goal: '≥ 200,000',
      note: `${texts.length} texts, ${words} words, ${passes} passes after a warm-up`,
    },
    { bench, metric: 'analyzeText words/s (fastest pass)', value: Math.round(Math.max(...rates)), unit: 'words/s' },
    {
      bench,
      metric: 'analyzeText words per CPU second (median pass)',
      value: Math.round(median(cpuRates)),
      unit: 'words/s',
      note: "this process's CPU time (incl. its GC threads): less swayed by other work on the machine",
    },
  );

  // One 10 MB page through the CLI path (parse + extract + analyze), once.
  if (process.env.LEDE_BENCH_BIG !== '0') {
    const html = bigPage(10 * 1024 * 1024 - 1024);
    const tb = performance.now();
    const out = analyzeInput({ kind: 'html', content: html });
    const ms = performance.now() - tb;
    rows.push({
      bench,
      metric: '10 MB generated page, CLI path',
      value: Math.round(ms),
      unit: 'ms',
      note: `parse+extract ${Math.round(out.stats!.extractMs)} ms, analyzeText ${Math.round(out.stats!.analyzeMs)} ms; ${out.stats!.words} words; LEDE_BENCH_BIG=0 skips`,
    });
  }
  return rows;
}
