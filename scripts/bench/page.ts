// `npm run bench -- page`: what Lede costs a page in real Chromium, side by side with a minimal
// reader-mode extension (the peer, built here from scripts/bench/peer: `isProbablyReaderable` at
// document_idle and, on a readerable page, `Readability.parse` on a clone), on the same pages in
// the same run. Needs `npx wxt build` first (builds it when .output is missing).
//  - added main-thread CPU: CDP Performance ThreadTime (the renderer main thread's CPU time) of a
//    load with the extension minus one without any, same page, loads alternated (none, Lede,
//    peer), median of RUNS loads each (LEDE_BENCH_RUNS, default 5); Lede's and the peer's, their
//    ratio per page and the median ratio, for pages that are not articles and for articles, and
//    per 1,000 article words (words of Readability's article, the same count for both);
//  - the issue's own window, from a Chrome trace of separate loads (_page-trace.ts): main-thread
//    time from the content script's injection to `ready` (`skipped` on a page that is not an
//    article; the peer's `peer:done`), its longest task, and the compile and run of the script's
//    top level; LEDE_BENCH_TRACE_RUNS loads each (default RUNS);
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
// LEDE_BENCH_GROUPS=not,demo,real picks groups; LEDE_BENCH_BUILD=dir measures another build of Lede.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import type { BenchRow } from '../bench';
// @ts-expect-error plain ES module without types
import { startDemoServer } from '../demo-server.mjs';
import { HEADLESS_CHROMIUM_FLAGS, LOCAL_ONLY_RESOLVER } from '../lib/chromium-flags';
import { READABILITY_TEST_PAGES } from '../lib/corpora/paths';
import { mainThreadCost, type TraceEvent, type WindowCost } from './_page-trace';
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
const RUNS = Math.max(1, Number(process.env.LEDE_BENCH_RUNS) || 5);
const TRACE_RUNS = Math.max(1, Number(process.env.LEDE_BENCH_TRACE_RUNS) || RUNS);
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

type Mode = 'none' | 'lede' | 'peer';

// Installed before any page script: collects long tasks.
const LONGTASKS = `window.__ledeLongTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ledeLongTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true }); } catch {}`;

/**
 * LEDE_BENCH_VERSUS=dir: another build of Lede takes the peer's place (a before/after comparison in
 * one run, loads alternated on the same machine); its rows still say "peer".
 */
const VERSUS = process.env.LEDE_BENCH_VERSUS ? resolve(process.env.LEDE_BENCH_VERSUS) : null;

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

async function load(ctx: BrowserContext, url: string, mode: Mode): Promise<Load> {
  const page = await ctx.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  if (mode !== 'none') await page.waitForFunction(DONE[mode], null, { timeout: 15_000 }).catch(() => undefined);
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
  // Polled with plain protocol calls (their tasks are left out of the figure).
  const end = Date.now() + 15_000;
  let done = false;
  while (Date.now() < end && !done) {
    await new Promise((r) => setTimeout(r, 50));
    const r = (await cdp.send('Runtime.evaluate', { expression: DONE[mode], returnByValue: true })) as {
      result: { value?: boolean };
    };
    done = r.result.value === true;
  }
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const worst = (xs: number[]) => Math.max(0, ...xs.filter((x) => !Number.isNaN(x)));
/** The line y = intercept + slope·x through the points (null with fewer than two distinct x). */
function leastSquares(points: [number, number][]): { intercept: number; slope: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope };
}
const round = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The trace figures of one page: medians over its traced loads. */
interface TraceSummary {
  busy: number;
  cpu: number;
  /** CPU without the page's rendering frames. */
  own: number;
  script: number;
  /** Per page, the median over its loads of each load's longest task (one load's worst is mostly this shared machine's). */
  longest: number;
  longestCpu: number;
}

function summarize(costs: WindowCost[]): TraceSummary | null {
  if (costs.length === 0) return null;
  return {
    busy: median(costs.map((c) => c.busyMs)),
    cpu: median(costs.map((c) => c.cpuMs)),
    own: median(costs.map((c) => c.cpuMs - c.frameCpuMs)),
    script: median(costs.map((c) => c.scriptStartCpuMs)),
    longest: median(costs.map((c) => c.longestMs)),
    longestCpu: median(costs.map((c) => c.longestCpuMs)),
  };
}

interface PageResult {
  name: string;
  /** Words on the page (innerText). */
  words: number;
  /** Words of the article Readability finds (null where the peer judged the page not readerable). */
  readabilityWords: number | null;
  /** Words Lede analysed (its `lede:ready` mark). */
  ledeWords: number | null;
  ledeStatus: string | null;
  peerStatus: string | null;
  /** Added main-thread CPU and wall task time over the same page without extensions, median loads. */
  lede: { cpu: number; wall: number; script: number; heapMB: number };
  peer: { cpu: number; wall: number };
  markMs: number | null;
  extractMs: number | null;
  serializeMs: number | null;
  readMs: number | null;
  ownStagesMs: number;
  readyMs: number | null;
  longTasks: Record<Mode, number[]>;
  ledeTrace: TraceSummary | null;
  peerTrace: TraceSummary | null;
}

type Contexts = Record<Mode, BrowserContext>;

async function measurePage(ctx: Contexts, url: string): Promise<PageResult> {
  const loads: Record<Mode, Load[]> = { none: [], lede: [], peer: [] };
  for (let i = 0; i < RUNS; i++) {
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
const ratio = (p: PageResult) => p.lede.cpu / Math.max(0.1, p.peer.cpu);

/** The side-by-side rows of a group: Lede, the peer, their ratio per page and as a median. */
function comparisonRows(group: string, pages: PageResult[], articles: boolean): BenchRow[] {
  const row = (metric: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
    bench: 'page',
    metric: `${group}: ${metric}`,
    value,
    unit,
    ...extra,
  });
  const lede = pages.map((p) => p.lede.cpu);
  const peer = pages.map((p) => p.peer.cpu);
  const ratios = pages.map(ratio);
  const rows: BenchRow[] = [
    row('added main-thread CPU, Lede (with minus without), median', round(median(lede)), 'ms', {
      note: `${pages.length} pages, ${RUNS} loads each per mode, alternated; worst ${round(worst(lede))} ms`,
    }),
    row('added main-thread CPU, reader-mode peer, median', round(median(peer)), 'ms', {
      note: `isProbablyReaderable${articles ? ' + Readability.parse on a clone' : ''}; worst ${round(worst(peer))} ms`,
    }),
    row('Lede / peer added CPU, median of per-page ratios', round2(median(ratios)), '×', {
      goal: articles ? '≤ 1.5×' : '≤ 1.0×',
      note: `ratio of the medians ${round2(median(lede) / Math.max(0.1, median(peer)))}×; worst page ${round2(worst(ratios))}×`,
    }),
  ];
  if (articles) {
    // The same words for both: Readability's article (Lede's own count where the peer found none).
    const per1k = (ms: number, p: PageResult) => {
      const w = p.readabilityWords ?? p.ledeWords;
      return w ? (ms * 1000) / w : NaN;
    };
    const l = pages.map((p) => per1k(p.lede.cpu, p)).filter((x) => !Number.isNaN(x));
    const q = pages.map((p) => per1k(p.peer.cpu, p)).filter((x) => !Number.isNaN(x));
    rows.push(
      row('added CPU per 1,000 article words, Lede, median', round(median(l)), 'ms', {
        goal: '≤ 50 ms',
        note: `worst ${round(worst(l))} ms; words of Readability's article`,
      }),
      row('added CPU per 1,000 article words, peer, median', round(median(q)), 'ms', {
        note: `worst ${round(worst(q))} ms`,
      }),
    );
  }
  const peerTraced = pages.map((p) => p.peerTrace).filter((t): t is TraceSummary => t !== null);
  if (peerTraced.length) {
    rows.push(
      row('peer start → done, main-thread CPU (trace), median', round(median(peerTraced.map((t) => t.cpu))), 'ms', {
        note: `of which its script's compile and run ${round(median(peerTraced.map((t) => t.script)))} ms`,
      }),
      row('peer longest task start → done (wall), worst page', round(worst(peerTraced.map((t) => t.longest))), 'ms'),
    );
  }
  for (const p of pages) {
    const what = (s: string | null) => s ?? 'no status';
    rows.push(
      row(`${p.name}: Lede / peer added CPU`, round2(ratio(p)), '×', {
        note: `Lede ${round(p.lede.cpu)} ms (${what(p.ledeStatus)}), peer ${round(p.peer.cpu)} ms (${what(p.peerStatus)})${
          p.readabilityWords ? `, ${p.readabilityWords} words` : ''
        }`,
      }),
    );
  }
  return rows;
}

/** Lede's own rows of a group: its trace window, its stages, long tasks, heap. */
function ledeRows(group: string, pages: PageResult[], articles: boolean): BenchRow[] {
  const row = (metric: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
    bench: 'page',
    metric: `${group}: ${metric}`,
    value,
    unit,
    ...extra,
  });
  const end = articles ? 'ready' : 'skipped';
  const traced = pages.filter((p) => p.ledeTrace !== null);
  const t = (f: (x: TraceSummary) => number) => traced.map((p) => f(p.ledeTrace!));
  const notDone = pages.filter((p) => p.ledeStatus !== end).map((p) => `${p.name}: ${p.ledeStatus ?? 'no status'}`);
  const rows: BenchRow[] = [
    row(`Lede start → ${end}, main-thread CPU (trace), median`, round(median(t((x) => x.cpu))), 'ms', {
      note: `${traced.length} pages traced, ${TRACE_RUNS} loads each; worst ${round(worst(t((x) => x.cpu)))} ms; ${
        pages.length - notDone.length
      } of ${pages.length} ${end}${notDone.length ? ` (not: ${notDone.join(', ')})` : ''}`,
    }),
    row(
      "the same CPU without the page's rendering frames (style, layout, paint), median",
      round(median(t((x) => x.own))),
      'ms',
      {
        note: `worst ${round(worst(t((x) => x.own)))} ms; the page's first frames fall in the window with or without Lede`,
      },
    ),
    row(`Lede start → ${end}, main-thread busy (trace, wall), median`, round(median(t((x) => x.busy))), 'ms', {
      note: `worst ${round(worst(t((x) => x.busy)))} ms`,
    }),
    row(
      "of which compiling and running Lede's first script's top level (CPU), median",
      round(median(t((x) => x.script))),
      'ms',
    ),
    row(
      `longest main-thread task between start and ${end} (wall), worst page`,
      round(worst(t((x) => x.longest))),
      'ms',
      {
        goal: '≤ 50 ms',
        note: 'per page, the median over its loads of the longest task',
      },
    ),
    row(
      `longest main-thread task between start and ${end} (CPU), worst page`,
      round(worst(t((x) => x.longestCpu))),
      'ms',
      {
        goal: '≤ 50 ms',
      },
    ),
  ];
  if (articles) {
    const per1k = traced
      .filter((p) => p.ledeWords)
      .map((p) => (p.ledeTrace!.own * 1000) / p.ledeWords!)
      .filter((x) => !Number.isNaN(x));
    const marks = pages.map((p) => p.markMs).filter((x): x is number => x !== null);
    const extracts = pages.map((p) => p.extractMs).filter((x): x is number => x !== null);
    const serializes = pages.map((p) => p.serializeMs).filter((x): x is number => x !== null);
    const reads = pages.map((p) => p.readMs).filter((x): x is number => x !== null);
    const readies = pages.map((p) => p.readyMs).filter((x): x is number => x !== null);
    rows.push(
      row(
        'start → ready per 1,000 article words (trace CPU without rendering frames), median',
        round(median(per1k)),
        'ms',
        {
          goal: '≤ 50 ms',
          note: `worst ${round(worst(per1k))} ms; words Lede analysed`,
        },
      ),
      row(
        "Lede's stages on the page's main thread (serialize + mark; an older build: gate + extract + mark; wall), median",
        round(median(pages.map((p) => p.ownStagesMs))),
        'ms',
      ),
      ...(extracts.length
        ? [
            row('extraction in the page (clone + Readability + cleanup; wall), median', round(median(extracts)), 'ms', {
              note: `worst ${round(worst(extracts))} ms`,
            }),
          ]
        : []),
      ...(serializes.length
        ? [
            row(
              'serializing the page for the background (lede:serialize; main thread, wall), median',
              round(median(serializes)),
              'ms',
              {
                note: `worst ${round(worst(serializes))} ms`,
              },
            ),
            row(
              "background: parse + gate + extraction + analysis, off the page's thread (lede:read round trip; wall), median",
              round(median(reads)),
              'ms',
              { note: `worst ${round(worst(reads))} ms; the page's main thread is free meanwhile` },
            ),
          ]
        : []),
      row('marking (lede:mark; wall, incl. its yields), median', round(median(marks)), 'ms', {
        note: `worst ${round(worst(marks))} ms; ${marks.length} pages marked`,
      }),
      row('start → ready (wall, incl. the background), median', round(median(readies)), 'ms', {
        note: `worst ${round(worst(readies))} ms`,
      }),
    );
  }
  const long = (mode: Mode) => pages.flatMap((p) => p.longTasks[mode]);
  const over = (xs: number[]) => xs.filter((d) => d > 50).length;
  rows.push(
    row('long tasks > 50 ms with Lede', over(long('lede')), 'tasks', {
      goal: 'no more than without',
      note: `without extensions: ${over(long('none'))}, with the peer: ${over(long('peer'))}; longest with Lede ${round(
        worst(long('lede')),
      )} ms, without ${round(worst(long('none')))} ms, peer ${round(worst(long('peer')))} ms`,
    }),
    row('JS heap added by Lede, median', round(median(pages.map((p) => p.lede.heapMB))), 'MB', { goal: '≤ 10 MB' }),
    row(
      'context — main-thread task time added by Lede (wall), median',
      round(median(pages.map((p) => p.lede.wall))),
      'ms',
      {
        note: `peer ${round(median(pages.map((p) => p.peer.wall)))} ms`,
      },
    ),
  );
  return rows;
}

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
        for (const url of urls) pages.push(await measurePage(ctx, url));
        rows.push(...comparisonRows(group, pages, articles), ...ledeRows(group, pages, articles));
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
          metric: 'all articles: start → ready CPU (without rendering frames) fitted at 1,000 words',
          value: round(fit.intercept + fit.slope),
          unit: 'ms',
          goal: '≤ 50 ms',
          note: `least squares over ${fitted.length} pages: ${round(fit.intercept)} ms + ${round(fit.slope)} ms per 1,000 words`,
        });
      }
    } finally {
      for (const b of Object.values(browsers)) await b.done();
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
