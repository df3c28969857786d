// `npm run bench -- page`: what Lede costs a page in real Chromium, side by side with a minimal
// reader-mode extension (the peer, built here from scripts/bench/peer: `isProbablyReaderable` at
// document_idle and, on a readerable page, `Readability.parse` on a clone), on the same pages in
// the same run. Needs `npx wxt build` first (builds it when .output is missing).
//  - added main-thread CPU: CDP Performance ThreadTime (the renderer main thread's CPU time) of a
//    load with the extension minus one without any, same page, loads alternated (none, Lede,
//    peer), median of RUNS loads each (LEDE_BENCH_RUNS, default 5; 15 on pages that are not articles,
//    LEDE_BENCH_RUNS_NOT; 10 on the demo articles, LEDE_BENCH_DEMO_RUNS); Lede's and the peer's, their
//    ratio per page and the median ratio, for pages that are not articles and for articles, and
//    per 1,000 article words (words of Readability's article, the same count for both);
//  - the issue's own window, from a Chrome trace of separate loads (_page-trace.ts): main-thread
//    time from the content script's injection to `ready` (`skipped` on a page that is not an
//    article; the peer's `peer:done`), also without the page's rendering frames and its own tasks
//    (its loading, parsing and scripts: _page-trace.ts), its longest task, and the compile and run
//    of the script's top level; LEDE_BENCH_TRACE_RUNS loads each (default RUNS);
//  - Lede's stages, timed in the page by the measures the pipeline writes (lede:serialize and
//    lede:mark on the page's main thread; lede:read, the background's parse, gate, extraction and
//    analysis as the page waits for it; an older build's lede:gate and lede:extract): most of
//    Lede's work runs in promise callbacks, which Chromium counts
//    as task time, not script time (ScriptDuration misses it);
//  - long tasks over 50 ms (PerformanceObserver 'longtask' installed before the page's scripts);
//  - the content scripts' gzipped sizes (Lede's first, on every page, its page layer, the peer's).
// Pages: not articles (scripts/bench/pages: front page, search, shop, web app, docs, forum, video;
// test/fixtures/pages home and search; the demo site's front and about pages), the demo articles
// and 20 real news pages from Readability's test set (LEDE_BENCH_REAL=n: the first n).
// LEDE_BENCH_GROUPS=not,demo,real picks groups; LEDE_BENCH_BUILD=dir measures another build of Lede;
// LEDE_BENCH_VERSUS=dir puts another build in the peer's place; LEDE_BENCH_JSON=file keeps every load.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import type { BenchRow } from '../bench';
// @ts-expect-error plain ES module without types
import { startDemoServer } from '../demo-server.mjs';
import { HEADLESS_CHROMIUM_FLAGS, LOCAL_ONLY_RESOLVER } from '../lib/chromium-flags';
import { READABILITY_TEST_PAGES } from '../lib/corpora/paths';
import { mainThreadCost, type TraceEvent, type WindowCost } from './_page-trace';
import {
  runsOf,
  TRACE_RUNS,
  comparisonRows,
  ledeRows,
  leastSquares,
  median,
  round,
  round2,
  summarize,
  type Mode,
  type PageResult,
} from './_page-rows';
import { nonArticlePages } from './pages/index';
import { buildPeer, PEER_SCRIPT } from './peer/build';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** LEDE_BENCH_BUILD: another Chrome build of Lede (a folder with its manifest.json). */
const BUILD = process.env.LEDE_BENCH_BUILD
  ? resolve(process.env.LEDE_BENCH_BUILD)
  : join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const REAL = READABILITY_TEST_PAGES;
const REAL_PAGES = [
  'aclu',
  'bbc-1',
  'guardian-1',
  'nytimes-2',
  'nytimes-3',
  'telegraph',
  'wapo-1',
  'wapo-2',
  'yahoo-1',
  'citylab-1',
  'ars-1',
  'breitbart',
  'buzzfeed-1',
  'cnn',
  'engadget',
  'herald-sun-1',
  'msn',
  'nytimes-1',
  'salon-1',
  'seattletimes-1',
].slice(0, Math.max(1, Number(process.env.LEDE_BENCH_REAL) || 20));
const GROUPS = (process.env.LEDE_BENCH_GROUPS ?? 'not,demo,real').split(',');
/** Lede's first content script, the one on every page (the tripwire), as the build's manifest lists it. */
const FIRST_SCRIPT = firstScript(BUILD);

function firstScript(build: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[] }[];
    };
    return manifest.content_scripts?.[0]?.js?.[0] ?? 'lede-tripwire.js';
  } catch {
    return 'lede-tripwire.js'; // not built yet: run() builds it
  }
}

const BASE_ARGS = [...HEADLESS_CHROMIUM_FLAGS, LOCAL_ONLY_RESOLVER];

// Installed before any page script: collects long tasks.
const LONGTASKS = `window.__ledeLongTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ledeLongTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true }); } catch {}`;

/**
 * LEDE_BENCH_VERSUS=dir: another build of Lede takes the peer's place (a before/after comparison in
 * one run, loads alternated on the same machine); its rows still say "peer".
 */
const VERSUS = process.env.LEDE_BENCH_VERSUS ? resolve(process.env.LEDE_BENCH_VERSUS) : null;
/** LEDE_BENCH_JSON=file: every load's figures, per page, written there (for paired A/B comparisons). */
const JSON_OUT = process.env.LEDE_BENCH_JSON ? resolve(process.env.LEDE_BENCH_JSON) : null;
const rawLoads: unknown[] = [];

const LEDE_DONE = `['ready', 'skipped', 'error'].includes(document.documentElement.dataset.ledeStatus || '')`;
/** What each extension leaves on <html> when it is done with the page. */
const DONE: Record<Exclude<Mode, 'none'>, string> = {
  lede: LEDE_DONE,
  peer: VERSUS ? LEDE_DONE : `Boolean(document.documentElement.dataset.peerStatus)`,
};

interface Load {
  /** Wall time of the main thread's tasks (inflated when the machine is busy). */
  taskMs: number;
  scriptMs: number;
  /** CPU time of the main thread. */
  cpuMs: number;
  heapMB: number;
  markMs: number | null;
  /** Builds before extraction moved to the background: the gate and the extraction, in the page. */
  gateMs: number | null;
  extractMs: number | null;
  /** The page serialized for the background (main thread). */
  serializeMs: number | null;
  /** The background's parse, gate, extraction and analysis, as the page waits for it (round trip). */
  readMs: number | null;
  readyMs: number | null;
  longTasks: number[];
  words: number;
  /** data-lede-status / data-peer-status. */
  status: string | null;
  /** Words of the article Readability found (the peer's `peer:done` detail). */
  peerWords: number | null;
}

/** Polls `expression` in the page with plain protocol calls every 50 ms, up to 15 s. */
async function pollDone(cdp: CDPSession, expression: string): Promise<void> {
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null)) as {
      result: { value?: boolean };
    } | null;
    if (r?.result.value === true) return;
  }
}

async function load(ctx: BrowserContext, url: string, mode: Mode): Promise<Load> {
  const page = await ctx.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  // Every mode polls the same way (Playwright's waitForFunction would inject its own script into the page
  // and cost ~35 ms of main-thread CPU only in the modes that wait, compressing every ratio toward 1).
  await pollDone(cdp, mode === 'none' ? 'true' : DONE[mode]);
  await page.waitForTimeout(300); // let paint and any trailing task finish in every mode
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (n: string) => (metrics.find((x) => x.name === n)?.value ?? 0) * 1000;
  // A string, not a function: tsx would wrap a named helper inside it in a `__name` call the page lacks.
  const extra = (await page.evaluate(`(() => {
    const last = (name) => performance.getEntriesByName(name).at(-1);
    const a = last('lede:start');
    const b = last('lede:ready');
    const root = document.documentElement.dataset;
    return {
      markMs: last('lede:mark')?.duration ?? null,
      gateMs: last('lede:gate')?.duration ?? null,
      extractMs: last('lede:extract')?.duration ?? null,
      serializeMs: last('lede:serialize')?.duration ?? null,
      readMs: last('lede:read')?.duration ?? null,
      readyMs: a && b ? b.startTime - a.startTime : null,
      longTasks: window.__ledeLongTasks,
      words: (document.body?.innerText ?? '').split(/\\s+/).filter(Boolean).length,
      status: root.ledeStatus ?? root.peerStatus ?? null,
      peerWords: last('peer:done')?.detail?.words ?? null,
    };
  })()`)) as Omit<Load, 'taskMs' | 'scriptMs' | 'cpuMs' | 'heapMB'>;
  await page.close();
  return {
    taskMs: m('TaskDuration'),
    scriptMs: m('ScriptDuration'),
    cpuMs: m('ThreadTime'),
    heapMB: m('JSHeapUsedSize') / 1000 / 1024 / 1024,
    ...extra,
  };
}

// Trace categories: tasks (toplevel), the content script's injection (extensions), its compile
// and run (v8, devtools.timeline), and the extensions' marks (blink.user_timing).
const TRACE_CATEGORIES = [
  'toplevel',
  'mojom',
  'extensions',
  'v8',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  '__metadata',
];

interface Traced {
  /** Start → ready (or skipped; the peer's start → done). */
  cost: WindowCost | null;
  /** Article words (Lede's `lede:ready` mark says how many it analysed). */
  articleWords: number | null;
}

/** One traced load: the main thread from the extension's content script's start to its end mark. */
async function tracedLoad(ctx: BrowserContext, url: string, mode: Exclude<Mode, 'none'>): Promise<Traced> {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  } as never);
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  await pollDone(cdp, DONE[mode]); // its tasks are left out of the figure
  await cdp.send('Tracing.end');
  await complete;
  const articleWords = await page.evaluate(() => {
    const detail = performance.getEntriesByName('lede:ready').at(-1) as PerformanceMark | undefined;
    return (detail?.detail as { words?: number } | null)?.words ?? null;
  });
  await page.close();
  const ledeCost = (script: string) =>
    mainThreadCost(events, 'lede:ready', script) ?? mainThreadCost(events, 'lede:skipped', script);
  const cost =
    mode === 'lede'
      ? ledeCost(FIRST_SCRIPT)
      : VERSUS
        ? ledeCost(firstScript(VERSUS))
        : mainThreadCost(events, 'peer:done', `/${PEER_SCRIPT}`);
  return { cost, articleWords };
}

type Contexts = Record<Mode, BrowserContext>;

async function measurePage(ctx: Contexts, url: string, runs: number): Promise<PageResult> {
  const loads: Record<Mode, Load[]> = { none: [], lede: [], peer: [] };
  for (let i = 0; i < runs; i++) {
    for (const mode of ['none', 'lede', 'peer'] as const) loads[mode].push(await load(ctx[mode], url, mode));
  }
  const med = (mode: Mode, f: (l: Load) => number) => median(loads[mode].map(f));
  const added = (mode: Mode, f: (l: Load) => number) => Math.max(0, med(mode, f) - med('none', f));
  const some = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? median(v) : null;
  };
  const ledeTraces: Traced[] = [];
  const peerTraces: Traced[] = [];
  for (let i = 0; i < TRACE_RUNS; i++) {
    ledeTraces.push(await tracedLoad(ctx.lede, url, 'lede'));
    peerTraces.push(await tracedLoad(ctx.peer, url, 'peer'));
  }
  const costs = (t: Traced[]) => t.map((x) => x.cost).filter((c): c is WindowCost => c !== null);
  if (JSON_OUT) rawLoads.push({ url, loads, lede: costs(ledeTraces), peer: costs(peerTraces) });
  const [l] = loads.lede;
  return {
    name: url.replace(/\/source\.html$/, '').replace(/^.*\//, ''),
    words: l.words,
    readabilityWords: some(loads.peer.map((x) => x.peerWords || null)),
    ledeWords: ledeTraces.find((x) => x.articleWords !== null)?.articleWords ?? null,
    ledeStatus: l.status,
    peerStatus: loads.peer[0].status,
    lede: {
      cpu: added('lede', (x) => x.cpuMs),
      wall: added('lede', (x) => x.taskMs),
      script: added('lede', (x) => x.scriptMs),
      heapMB: med('lede', (x) => x.heapMB) - med('none', (x) => x.heapMB),
    },
    peer: { cpu: added('peer', (x) => x.cpuMs), wall: added('peer', (x) => x.taskMs) },
    markMs: some(loads.lede.map((x) => x.markMs)),
    extractMs: some(loads.lede.map((x) => x.extractMs)),
    serializeMs: some(loads.lede.map((x) => x.serializeMs)),
    readMs: some(loads.lede.map((x) => x.readMs)),
    ownStagesMs: med('lede', (x) => (x.gateMs ?? 0) + (x.extractMs ?? 0) + (x.serializeMs ?? 0) + (x.markMs ?? 0)),
    readyMs: some(loads.lede.map((x) => x.readyMs)),
    longTasks: {
      none: loads.none.flatMap((x) => x.longTasks),
      lede: loads.lede.flatMap((x) => x.longTasks),
      peer: loads.peer.flatMap((x) => x.longTasks),
    },
    ledeTrace: summarize(costs(ledeTraces)),
    peerTrace: summarize(costs(peerTraces)),
  };
}

/** Lede's added CPU over the peer's; the peer's floored at 0.1 ms (a page it barely touched). */

/** Serves `files` (name → HTML) on 127.0.0.1. */
async function serve(files: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const html = files[(req.url ?? '/').replace(/^\/|\?.*$/g, '')];
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(join(BUILD, 'manifest.json'))) execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  const peerDir = mkdtempSync(join(tmpdir(), 'lede-peer-'));
  await buildPeer(peerDir);
  const rows: BenchRow[] = [];
  // Two content scripts: the first runs on every page (gate, site rules, state); the page layer
  // (extraction, marking, cards) is injected only into articles.
  const gzKB = (file: string) => gzipSync(readFileSync(file)).length / 1024;
  const first = gzKB(join(BUILD, firstScript(BUILD)));
  const layer = existsSync(join(BUILD, 'lede-page.js')) ? gzKB(join(BUILD, 'lede-page.js')) : 0;
  rows.push(
    {
      bench: 'page',
      metric: 'content script size, every page (gzip)',
      value: round2(first),
      unit: 'KB',
      note: `the tripwire (${firstScript(BUILD)}); ${Math.round(first * 1024)} bytes`,
    },
    { bench: 'page', metric: 'page layer size, articles only (gzip)', value: round(layer), unit: 'KB' },
    {
      bench: 'page',
      metric: 'content scripts size on an article (gzip)',
      value: round(first + layer),
      unit: 'KB',
      goal: '≤ 60 KB',
    },
    {
      bench: 'page',
      metric: "reader-mode peer's content script size, every page (gzip)",
      value: round(gzKB(join(peerDir, PEER_SCRIPT))),
      unit: 'KB',
      note: 'Readability and isProbablyReaderable, minified',
    },
  );

  const demo: { url: string; close(): Promise<void> } = await startDemoServer({ port: 0 });
  const realServer: { url: string; close(): Promise<void> } = await startDemoServer({ port: 0, root: REAL });
  const fixtures = join(ROOT, 'test', 'fixtures', 'pages');
  const local = await serve({
    ...nonArticlePages(),
    'fixture-home.html': readFileSync(join(fixtures, 'home.html'), 'utf8'),
    'fixture-search.html': readFileSync(join(fixtures, 'search.html'), 'utf8'),
  });
  const groups: [key: string, name: string, urls: string[], articles: boolean][] = [
    [
      'not',
      'not articles',
      [
        ...Object.keys(nonArticlePages()).map((f) => `${local.url}/${f}`),
        `${local.url}/fixture-home.html`,
        `${local.url}/fixture-search.html`,
        `${demo.url}/index.html`,
        `${demo.url}/about.html`,
      ],
      false,
    ],
    ['demo', 'demo articles', readdirHtml(join(ROOT, 'demo')).map((f) => `${demo.url}/${f}`), true],
    ['real', 'real news pages', REAL_PAGES.map((p) => `${realServer.url}/${p}/source.html`), true],
  ];

  const launch = async (mode: Mode) => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
    const ext = mode === 'lede' ? BUILD : mode === 'peer' ? (VERSUS ?? peerDir) : null;
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...BASE_ARGS] : BASE_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    // Lede is ready once its service worker runs (the peer has none).
    if ((mode === 'lede' || (mode === 'peer' && VERSUS)) && ctx.serviceWorkers().length === 0)
      await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    return { ctx, done: async () => (await ctx.close(), rmSync(dir, { recursive: true, force: true })) };
  };

  try {
    const browsers = { none: await launch('none'), lede: await launch('lede'), peer: await launch('peer') };
    const ctx: Contexts = { none: browsers.none.ctx, lede: browsers.lede.ctx, peer: browsers.peer.ctx };
    try {
      // One load each first: the first page of a fresh browser pays its own start-up.
      for (const mode of ['none', 'lede', 'peer'] as const) await load(ctx[mode], `${demo.url}/about.html`, mode);
      const fitted: [number, number][] = [];
      for (const [key, group, urls, articles] of groups) {
        if (!GROUPS.includes(key)) continue;
        const pages: PageResult[] = [];
        const began = Date.now();
        for (const url of urls) pages.push(await measurePage(ctx, url, runsOf(key)));
        // How long each group takes, for planning a run within a fixed window.
        process.stderr.write(
          `page bench: ${group}, ${urls.length} pages, ${Math.round((Date.now() - began) / 1000)} s\n`,
        );
        rows.push(...comparisonRows(group, pages, articles, runsOf(key)), ...ledeRows(group, pages, articles));
        if (articles) {
          for (const p of pages) if (p.ledeWords && p.ledeTrace) fitted.push([p.ledeWords / 1000, p.ledeTrace.own]);
        }
      }
      // Dividing by words charges a short page's fixed cost (script start, isolated world) many
      // times over; a line through all pages says what a 1,000-word article costs.
      const fit = leastSquares(fitted);
      if (fit) {
        rows.push({
          bench: 'page',
          metric: "all articles: start → ready CPU (without the page's frames and own tasks) fitted at 1,000 words",
          value: round(fit.intercept + fit.slope),
          unit: 'ms',
          goal: '≤ 50 ms',
          note: `least squares over ${fitted.length} pages: ${round(fit.intercept)} ms + ${round(fit.slope)} ms per 1,000 words`,
        });
      }
    } finally {
      for (const b of Object.values(browsers)) await b.done();
      if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(rawLoads));
    }
  } finally {
    await demo.close();
    await realServer.close();
    await local.close();
    rmSync(peerDir, { recursive: true, force: true });
  }
  return rows;
}

function readdirHtml(dir: string): string[] {
  // Article pages only: the front page and the about page are not articles.
  return readdirSync(dir)
    .sort()
    .filter((f) => f.endsWith('.html') && f !== 'index.html' && f !== 'about.html');
}
