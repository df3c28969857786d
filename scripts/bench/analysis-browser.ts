// `npm run bench -- analysis-browser`: the same per-page comparison as analysis.ts, but in headless
// Chromium on its native DOM (what the content script really runs on), when /usr/bin/chromium
// exists (LEDE_BENCH_BROWSER=0 skips). Pages are parsed in the page with DOMParser (untimed), so
// they have no layout; figures exclude parsing and include the document clone, as in analysis.ts.
import { existsSync } from 'node:fs';
import type { BenchRow } from '../bench';
import { NEWS_PAGES, REPO, fixturePages, readabilityPages } from '../lib/cli-pages';
import { CHROMIUM, bundleForPage, callInChromium } from '../lib/browser-bench';

// Runs inside the page. Kept as source text so that the bench runner, which imports every
// scripts/bench/*.ts, does not see a second module.
const ENTRY = `
import { Readability } from '@mozilla/readability';
import { extractArticle, looksLikeArticle } from './utils/article';
import { fastAttempt } from './utils/article/extract';
import { analyzeText } from './utils/nlp/analyze';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.max(0, Math.ceil(0.5 * s.length) - 1)]; };
const parse = (html) => new DOMParser().parseFromString(html, 'text/html');
function timeEach(html, fns, warm, rounds) {
  const t = fns.map(() => []);
  for (let i = 0; i < warm + rounds; i++) fns.forEach((fn, k) => { const d = parse(html); const t0 = performance.now(); fn(d); const dt = performance.now() - t0; if (i >= warm) t[k].push(dt); });
  return t.map(median);
}
globalThis.ledeBench = (articles, negatives, warm, rounds) => {
  const out = { plain: [], ours: [], whole: [], gateNeg: [], gatePos: [], fast: [] };
  for (const html of articles) {
    const d = parse(html);
    out.fast.push(fastAttempt(d).declined ? 0 : 1);
    const [a, b, c] = timeEach(html, [
      (d) => new Readability(d.cloneNode(true)).parse(),
      (d) => extractArticle(d),
      (d) => { const x = extractArticle(d); if (x) analyzeText(x.text, { publishedAt: x.meta.publishedAt, title: x.meta.title }); },
    ], warm, rounds);
    out.plain.push(a); out.ours.push(b); out.whole.push(c);
  }
  const gate = (html) => { const d = parse(html); for (let i = 0; i < 20; i++) looksLikeArticle(d); const k = 200; const t0 = performance.now(); for (let i = 0; i < k; i++) looksLikeArticle(d); return (performance.now() - t0) / k; };
  out.gateNeg = negatives.map(gate);
  out.gatePos = articles.map(gate);
  return out;
};
`;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

export async function run(): Promise<BenchRow[]> {
  if (process.env.LEDE_BENCH_BROWSER === '0' || !existsSync(CHROMIUM)) return [];
  const news = new Set(NEWS_PAGES);
  const sources = readabilityPages();
  const articles = [
    ...sources.filter((p) => news.has(p.name)).map((p) => p.source),
    ...fixturePages()
      .filter((p) => p.name.startsWith('news-'))
      .map((p) => p.html),
  ];
  const negatives = [
    ...fixturePages()
      .filter((p) => !p.name.startsWith('news-'))
      .map((p) => p.html),
    ...sources.filter((p) => p.expectedMeta.readerable === false).map((p) => p.source),
  ];
  const js = await bundleForPage({ stdin: { contents: ENTRY, resolveDir: REPO, loader: 'js' } });
  const f = await callInChromium<Record<string, number[]>>(js, 'ledeBench', [articles, negatives, 2, 7]);
  const bench = 'analysis-browser';
  const ratio = f.whole.map((w, i) => w / f.plain[i]);
  const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
  return [
    {
      bench,
      metric: 'Readability ms/page median',
      value: r2(quantile(f.plain, 0.5)),
      unit: 'ms',
      note: `Chromium, ${articles.length} news pages; DOMParser parse excluded, clone included; median of 7 interleaved runs after 2 warm-up`,
    },
    { bench, metric: 'Readability ms/page p90', value: r2(quantile(f.plain, 0.9)), unit: 'ms' },
    {
      bench,
      metric: 'extraction ms/page median',
      value: r2(quantile(f.ours, 0.5)),
      unit: 'ms',
      note: `fast path on ${sum(f.fast)} of ${articles.length} pages, Readability on a clone on the rest`,
    },
    { bench, metric: 'extraction ms/page p90', value: r2(quantile(f.ours, 0.9)), unit: 'ms' },
    { bench, metric: 'whole analysis ms/page median', value: r2(quantile(f.whole, 0.5)), unit: 'ms' },
    { bench, metric: 'whole analysis ms/page p90', value: r2(quantile(f.whole, 0.9)), unit: 'ms' },
    {
      bench,
      metric: 'whole / Readability (median of per-page ratios)',
      value: r2(quantile(ratio, 0.5)),
      unit: '×',
      goal: '≤ 1.2×',
    },
    {
      bench,
      metric: 'whole / Readability (total time)',
      value: r2(sum(f.whole) / sum(f.plain)),
      unit: '×',
      goal: '≤ 1.2×',
    },
    {
      bench,
      metric: 'gate ms on non-article pages (max)',
      value: r3(Math.max(...f.gateNeg)),
      unit: 'ms',
      goal: '< 1 ms',
      note: `${negatives.length} pages (no layout: DOMParser documents)`,
    },
    { bench, metric: 'gate ms on non-article pages (median)', value: r3(quantile(f.gateNeg, 0.5)), unit: 'ms' },
    { bench, metric: 'gate ms on article pages (median)', value: r3(quantile(f.gatePos, 0.5)), unit: 'ms' },
  ];
}
