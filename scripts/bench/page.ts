// `npm run bench -- page`: the page layer and content script in real Chromium (needs
// `npx wxt build` first; builds it when .output is missing).
//  - main-thread time the extension adds to a page: CDP Performance metrics with the extension
//    minus without it, same page, loads alternated, median of RUNS loads each (LEDE_BENCH_RUNS,
//    default 5). ThreadTime is the renderer main thread's CPU time; TaskDuration its wall time.
//    ScriptDuration misses most of Lede: the content script's work runs in promise callbacks
//    (after the storage and messaging replies), which Chromium counts as task time, not script
//    time. Lede's own stages are therefore timed in the page (performance measures the pipeline
//    writes: lede:gate, lede:extract, lede:mark), and the rest of the added CPU time is the
//    content script's parse/compile and the isolated world it runs in;
//  - markPage's own time (the `lede:mark` performance measure it writes);
//  - long tasks over 50 ms (PerformanceObserver 'longtask' installed before the page's scripts);
//  - the issue's own figure: main-thread time from the content script's start to `ready`, read
//    from a Chrome trace of separate loads (_page-trace.ts), as task time (wall) and CPU time,
//    per page and per 1,000 article words (the goal: ≤ 50 ms for a 1,000-word article);
//  - the content scripts' gzipped sizes (the first, on every page, and the page layer).
// Pages: the demo articles (demo/, scripts on none) and real pages from Readability's test set.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

const ROOT = resolve(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, '.output', 'chrome-mv3');
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
];
const RUNS = Math.max(1, Number(process.env.LEDE_BENCH_RUNS) || 5);

const BASE_ARGS = [...HEADLESS_CHROMIUM_FLAGS, LOCAL_ONLY_RESOLVER];

// Installed before any page script: collects long tasks.
const LONGTASKS = `window.__ledeLongTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__ledeLongTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true }); } catch {}`;

interface Load {
  /** Wall time of the main thread's tasks (inflated when the machine is busy). */
  taskMs: number;
  scriptMs: number;
  /** CPU time of the main thread. */
  cpuMs: number;
  heapMB: number;
  markMs: number | null;
  gateMs: number | null;
  extractMs: number | null;
  readyMs: number | null;
  longTasks: number[];
  words: number;
  status: string | null;
}

async function load(ctx: BrowserContext, url: string, withExtension: boolean): Promise<Load> {
  const page = await ctx.newPage();
  await page.addInitScript(LONGTASKS);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  if (withExtension) {
    await page
      .waitForFunction(
        () => ['ready', 'skipped', 'error'].includes(document.documentElement.dataset.ledeStatus ?? ''),
        null,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
  }
  await page.waitForTimeout(300); // let paint and any trailing task finish in both modes
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (n: string) => (metrics.find((x) => x.name === n)?.value ?? 0) * 1000;
  const extra = await page.evaluate(() => ({
    markMs: performance.getEntriesByName('lede:mark').at(-1)?.duration ?? null,
    gateMs: performance.getEntriesByName('lede:gate').at(-1)?.duration ?? null,
    extractMs: performance.getEntriesByName('lede:extract').at(-1)?.duration ?? null,
    // Written by the content script if it marks its start and its ready point.
    readyMs: (() => {
      const a = performance.getEntriesByName('lede:start').at(-1);
      const b = performance.getEntriesByName('lede:ready').at(-1);
      return a && b ? b.startTime - a.startTime : null;
    })(),
    longTasks: (window as unknown as { __ledeLongTasks: number[] }).__ledeLongTasks,
    words: (document.body?.innerText ?? '').split(/\s+/).filter(Boolean).length,
    status: document.documentElement.dataset.ledeStatus ?? null,
  }));
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
// and run (v8, devtools.timeline), and Lede's marks (blink.user_timing).
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
  cost: WindowCost | null;
  /** The same window for a page the gate skipped (start → `lede:skipped`). */
  skippedCost: WindowCost | null;
  /** Article words (the content script's `lede:ready` mark says how many it analysed). */
  articleWords: number | null;
}

/** One traced load with the extension: the main thread from the content script's start to ready. */
async function tracedLoad(ctx: BrowserContext, url: string): Promise<Traced> {
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
  let status = '';
  while (Date.now() < end && !['ready', 'skipped', 'error'].includes(status)) {
    await new Promise((r) => setTimeout(r, 50));
    const r = (await cdp.send('Runtime.evaluate', {
      expression: 'document.documentElement.dataset.ledeStatus || ""',
      returnByValue: true,
    })) as { result: { value?: string } };
    status = r.result.value ?? '';
  }
  await cdp.send('Tracing.end');
  await complete;
  const articleWords = await page.evaluate(() => {
    const detail = performance.getEntriesByName('lede:ready').at(-1) as PerformanceMark | undefined;
    return (detail?.detail as { words?: number } | null)?.words ?? null;
  });
  await page.close();
  return { cost: mainThreadCost(events), skippedCost: mainThreadCost(events, 'lede:skipped'), articleWords };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
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

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(join(BUILD, 'manifest.json'))) execSync('npx wxt build', { cwd: ROOT, stdio: 'ignore' });
  const rows: BenchRow[] = [];
  // Two content scripts: the first runs on every page (gate, site rules, state); the page layer
  // (extraction, marking, cards) is injected only into articles. The goal is for what an article
  // loads, both together.
  const gzKB = (file: string) => gzipSync(readFileSync(join(BUILD, file))).length / 1024;
  const first = gzKB(join('content-scripts', 'content.js'));
  const layer = existsSync(join(BUILD, 'lede-page.js')) ? gzKB('lede-page.js') : 0;
  rows.push(
    { bench: 'page', metric: 'content script size, every page (gzip)', value: round(first), unit: 'KB' },
    { bench: 'page', metric: 'page layer size, articles only (gzip)', value: round(layer), unit: 'KB' },
    {
      bench: 'page',
      metric: 'content scripts size on an article (gzip)',
      value: round(first + layer),
      unit: 'KB',
      goal: '≤ 60 KB',
    },
  );

  const demo: { url: string; close(): Promise<void> } = await startDemoServer({ port: 0 });
  const real: { url: string; close(): Promise<void> } = await startDemoServer({ port: 0, root: REAL });
  const demoPages = readdirHtml(join(ROOT, 'demo')).map((f) => `${demo.url}/${f}`);
  const realPages = REAL_PAGES.map((p) => `${real.url}/${p}/source.html`);

  const launch = async (ext: boolean) => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ext ? [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, ...BASE_ARGS] : BASE_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    // The extension is ready once its service worker runs.
    if (ext && ctx.serviceWorkers().length === 0) await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
    return { ctx, done: async () => (await ctx.close(), rmSync(dir, { recursive: true, force: true })) };
  };

  try {
    const withExt = await launch(true);
    const without = await launch(false);
    try {
      // Every traced article page: (article words, CPU without rendering frames), for the fit below.
      const fitted: { words: number; ms: number }[] = [];
      for (const [group, urls] of [
        ['demo articles', demoPages],
        ['real pages', realPages],
      ] as const) {
        const added: number[] = [];
        const addedScript: number[] = [];
        const addedCpu: number[] = [];
        const addedHeap: number[] = [];
        const marks: number[] = [];
        const extracts: number[] = [];
        const own: number[] = [];
        const readies: number[] = [];
        const longWith: number[] = [];
        const longWithout: number[] = [];
        const words: number[] = [];
        const traced: {
          busy: number;
          cpu: number;
          own: number;
          script: number;
          longest: number;
          longestCpu: number;
          words: number | null;
        }[] = [];
        let ready = 0;
        const notReady: string[] = [];
        for (const url of urls) {
          const a: Load[] = [];
          const b: Load[] = [];
          for (let i = 0; i < RUNS; i++) {
            a.push(await load(withExt.ctx, url, true));
            b.push(await load(without.ctx, url, false));
          }
          added.push(Math.max(0, median(a.map((x) => x.taskMs)) - median(b.map((x) => x.taskMs))));
          addedCpu.push(Math.max(0, median(a.map((x) => x.cpuMs)) - median(b.map((x) => x.cpuMs))));
          addedHeap.push(median(a.map((x) => x.heapMB)) - median(b.map((x) => x.heapMB)));
          addedScript.push(Math.max(0, median(a.map((x) => x.scriptMs)) - median(b.map((x) => x.scriptMs))));
          const m = a.map((x) => x.markMs).filter((x): x is number => x !== null);
          if (m.length) marks.push(median(m));
          const x = a.map((l) => l.extractMs).filter((v): v is number => v !== null);
          if (x.length) extracts.push(median(x));
          own.push(median(a.map((l) => (l.gateMs ?? 0) + (l.extractMs ?? 0) + (l.markMs ?? 0))));
          const r = a.map((x) => x.readyMs).filter((x): x is number => x !== null);
          if (r.length) readies.push(median(r));
          longWith.push(...a.flatMap((x) => x.longTasks));
          longWithout.push(...b.flatMap((x) => x.longTasks));
          words.push(a[0].words);
          if (a[0].status === 'ready') ready++;
          else notReady.push(`${url.replace(/^.*\//, '')}: ${a[0].status ?? 'no status'}`);
          const t: Traced[] = [];
          for (let i = 0; i < RUNS; i++) t.push(await tracedLoad(withExt.ctx, url));
          const costs = t.map((x) => x.cost).filter((c): c is WindowCost => c !== null);
          if (costs.length) {
            traced.push({
              busy: median(costs.map((c) => c.busyMs)),
              cpu: median(costs.map((c) => c.cpuMs)),
              own: median(costs.map((c) => c.cpuMs - c.frameCpuMs)),
              script: median(costs.map((c) => c.scriptStartCpuMs)),
              // Per page: the median over its loads of each load's longest task (one load's
              // worst is mostly this shared machine's).
              longest: median(costs.map((c) => c.longestMs)),
              longestCpu: median(costs.map((c) => c.longestCpuMs)),
              words: t.find((x) => x.articleWords !== null)?.articleWords ?? null,
            });
          }
        }
        for (const x of traced) if (x.words) fitted.push({ words: x.words, ms: x.own });
        const per1k = (ms: number, w: number | null) => (w ? (ms * 1000) / w : NaN);
        const busyPer1k = traced.map((x) => per1k(x.busy, x.words)).filter((x) => !Number.isNaN(x));
        const cpuPer1k = traced.map((x) => per1k(x.cpu, x.words)).filter((x) => !Number.isNaN(x));
        const ownPer1k = traced.map((x) => per1k(x.own, x.words)).filter((x) => !Number.isNaN(x));
        const articleWords = traced.map((x) => x.words).filter((x): x is number => x !== null);
        const traceNote = `${traced.length} pages traced, ${RUNS} loads each; article ~${Math.round(median(articleWords))} words median (${Math.min(...articleWords)}–${Math.max(...articleWords)})`;
        const note = `${urls.length} pages (${ready} ready${notReady.length ? `; not: ${notReady.join(', ')}` : ''}), ~${Math.round(median(words))} words median, ${RUNS} loads each`;
        rows.push(
          {
            bench: 'page',
            metric: `${group}: content script start → ready, main-thread busy (trace, wall), median`,
            value: round(median(traced.map((x) => x.busy))),
            unit: 'ms',
            note: traceNote,
          },
          {
            bench: 'page',
            metric: `${group}: content script start → ready, main-thread busy (trace, wall), worst`,
            value: round(Math.max(...traced.map((x) => x.busy))),
            unit: 'ms',
          },
          {
            bench: 'page',
            metric: `${group}: content script start → ready, main-thread busy (trace, CPU), median`,
            value: round(median(traced.map((x) => x.cpu))),
            unit: 'ms',
            note: 'CPU time of the same tasks: steadier when the machine is shared',
          },
          {
            bench: 'page',
            metric: `${group}: content script start → ready, main-thread busy (trace, CPU), worst`,
            value: round(Math.max(...traced.map((x) => x.cpu))),
            unit: 'ms',
          },
          {
            bench: 'page',
            metric: `${group}: the same CPU without the page's rendering frames (style, layout, paint), median`,
            value: round(median(traced.map((x) => x.own))),
            unit: 'ms',
            note: `worst ${round(Math.max(...traced.map((x) => x.own)))} ms; the page's first frames fall in the window with or without Lede`,
          },
          {
            bench: 'page',
            metric: `${group}: start → ready busy per 1,000 article words (wall), median`,
            value: round(median(busyPer1k)),
            unit: 'ms',
            goal: '≤ 50 ms',
            note: `worst ${round(Math.max(...busyPer1k))} ms`,
          },
          {
            bench: 'page',
            metric: `${group}: start → ready busy per 1,000 article words (CPU), median`,
            value: round(median(cpuPer1k)),
            unit: 'ms',
            goal: '≤ 50 ms',
            note: `worst ${round(Math.max(...cpuPer1k))} ms`,
          },
          {
            bench: 'page',
            metric: `${group}: start → ready per 1,000 article words (CPU without rendering frames), median`,
            value: round(median(ownPer1k)),
            unit: 'ms',
            goal: '≤ 50 ms',
            note: `worst ${round(Math.max(...ownPer1k))} ms`,
          },
          {
            bench: 'page',
            metric: `${group}: of which compiling and running the content script's top level (CPU), median`,
            value: round(median(traced.map((x) => x.script))),
            unit: 'ms',
          },
          {
            bench: 'page',
            metric: `${group}: longest main-thread task between start and ready (wall), worst page`,
            value: round(Math.max(0, ...traced.map((x) => x.longest))),
            unit: 'ms',
            goal: '≤ 50 ms',
            note: 'per page, the median over its loads of the longest task',
          },
          {
            bench: 'page',
            metric: `${group}: longest main-thread task between start and ready (CPU), worst page`,
            value: round(Math.max(0, ...traced.map((x) => x.longestCpu))),
            unit: 'ms',
            goal: '≤ 50 ms',
          },
          {
            bench: 'page',
            metric: `${group}: context — main-thread task time added, with minus without Lede (wall), median`,
            value: round(median(added)),
            unit: 'ms',
            note,
          },
          {
            bench: 'page',
            metric: `${group}: context — main-thread task time added, with minus without (wall), worst`,
            value: round(Math.max(...added)),
            unit: 'ms',
          },
          {
            bench: 'page',
            metric: `${group}: context — main-thread CPU time added, with minus without (incl. any extension's isolated world), median`,
            value: round(median(addedCpu)),
            unit: 'ms',
          },
          {
            bench: 'page',
            metric: `${group}: context — main-thread CPU time added, with minus without, worst`,
            value: round(Math.max(...addedCpu)),
            unit: 'ms',
          },
          {
            bench: 'page',
            metric: `${group}: script time added (ScriptDuration), median`,
            value: round(median(addedScript)),
            unit: 'ms',
            note: 'misses work in promise callbacks; see the rows below',
          },
          {
            bench: 'page',
            metric: `${group}: Lede's stages (gate + extract + mark; wall, incl. extraction's yields), median`,
            value: round(median(own)),
            unit: 'ms',
          },
          {
            bench: 'page',
            metric: `${group}: extraction (clone + Readability + cleanup; wall), median`,
            value: round(median(extracts)),
            unit: 'ms',
            note: `worst ${round(Math.max(0, ...extracts))} ms`,
          },
          {
            bench: 'page',
            metric: `${group}: JS heap added, median`,
            value: round(median(addedHeap)),
            unit: 'MB',
            goal: '≤ 10 MB',
          },
          ...(readies.length
            ? [
                {
                  bench: 'page',
                  metric: `${group}: start → ready (wall, incl. background), median`,
                  value: round(median(readies)),
                  unit: 'ms',
                },
                {
                  bench: 'page',
                  metric: `${group}: start → ready (wall), worst`,
                  value: round(Math.max(...readies)),
                  unit: 'ms',
                },
              ]
            : []),
          {
            bench: 'page',
            metric: `${group}: markPage, median`,
            value: round(median(marks)),
            unit: 'ms',
            note: `${marks.length} pages marked`,
          },
          { bench: 'page', metric: `${group}: markPage, worst`, value: round(Math.max(0, ...marks)), unit: 'ms' },
          {
            bench: 'page',
            metric: `${group}: long tasks > 50 ms with Lede`,
            value: longWith.filter((d) => d > 50).length,
            unit: 'tasks',
            goal: 'no more than without',
            note: `without Lede: ${longWithout.filter((d) => d > 50).length}; longest with: ${round(Math.max(0, ...longWith))} ms, without: ${round(Math.max(0, ...longWithout))} ms`,
          },
        );
      }
      // Pages that are not articles: what Lede costs where it does nothing.
      // Dividing by words charges a short page's fixed cost (script start, isolated world) many
      // times over; a line through all pages says what a 1,000-word article costs.
      const fit = leastSquares(fitted.map((f) => [f.words / 1000, f.ms]));
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
      const skipped: WindowCost[] = [];
      for (const url of [`${demo.url}/index.html`, `${demo.url}/about.html`]) {
        for (let i = 0; i < RUNS; i++) {
          const c = (await tracedLoad(withExt.ctx, url)).skippedCost;
          if (c) skipped.push(c);
        }
      }
      rows.push(
        {
          bench: 'page',
          metric: 'not articles: content script start → skipped, main-thread busy (trace, CPU), median',
          value: round(median(skipped.map((c) => c.cpuMs))),
          unit: 'ms',
          note: `demo front and about pages, ${skipped.length} loads; worst ${round(Math.max(0, ...skipped.map((c) => c.cpuMs)))} ms`,
        },
        {
          bench: 'page',
          metric: "not articles: the same CPU without the page's rendering frames, median",
          value: round(median(skipped.map((c) => c.cpuMs - c.frameCpuMs))),
          unit: 'ms',
        },
        {
          bench: 'page',
          metric: 'not articles: content script start → skipped, main-thread busy (trace, wall), median',
          value: round(median(skipped.map((c) => c.busyMs))),
          unit: 'ms',
        },
        {
          bench: 'page',
          metric: "not articles: of which compiling and running the content script's top level (CPU), median",
          value: round(median(skipped.map((c) => c.scriptStartCpuMs))),
          unit: 'ms',
        },
      );
    } finally {
      await withExt.done();
      await without.done();
    }
  } finally {
    await demo.close();
    await real.close();
  }
  return rows;
}

function readdirHtml(dir: string): string[] {
  // Article pages only: the front page and the about page are not articles.
  return readdirSync(dir)
    .sort()
    .filter((f) => f.endsWith('.html') && f !== 'index.html' && f !== 'about.html');
}
