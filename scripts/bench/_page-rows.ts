// `npm run bench -- page`: what one page's loads give (PageResult, with its trace summary) and the rows
// made of a group of pages: Lede's added cost beside the peer's, per page and as medians, and Lede's own
// window (start → ready or skipped) from the traces. The loads themselves are measured in page.ts.
import type { BenchRow } from '../bench';
import type { LongTask, TaskOwner, WindowCost } from './_page-trace';

export type Mode = 'none' | 'lede' | 'peer';

/** Loads per page and mode (LEDE_BENCH_RUNS, default 5) and traced loads (LEDE_BENCH_TRACE_RUNS, default the same). */
export const RUNS = Math.max(1, Number(process.env.LEDE_BENCH_RUNS) || 5);
export const TRACE_RUNS = Math.max(1, Number(process.env.LEDE_BENCH_TRACE_RUNS) || RUNS);
/**
 * Loads per mode on a page that is not an article (LEDE_BENCH_RUNS_NOT, default 3 × RUNS): each adds only
 * ~10–15 ms to a load whose CPU varies by 2–13 ms (sd) from load to load, so five loads leave the
 * Lede/peer ratio of one page uncertain by about half; these loads are cheap (~1 s each).
 */
export const RUNS_NOT = Math.max(1, Number(process.env.LEDE_BENCH_RUNS_NOT) || RUNS * 3);
/**
 * Loads per mode on the demo articles (LEDE_BENCH_DEMO_RUNS, default 2 × RUNS): short pages whose
 * added CPU (~25-35 ms) is the size of the load-to-load spread, so at five loads the group's Lede/peer
 * ratio swung from 1.18× to 1.88× between runs of the same code; these loads are cheap (~0.8 s each).
 */
export const RUNS_DEMO = Math.max(1, Number(process.env.LEDE_BENCH_DEMO_RUNS) || RUNS * 2);

/** Loads per page and mode of a group (its key in LEDE_BENCH_GROUPS). */
export function runsOf(group: string): number {
  return group === 'not' ? RUNS_NOT : group === 'demo' ? RUNS_DEMO : RUNS;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const worst = (xs: number[]) => Math.max(0, ...xs.filter((x) => !Number.isNaN(x)));
/** The line y = intercept + slope·x through the points (null with fewer than two distinct x). */
export function leastSquares(points: [number, number][]): { intercept: number; slope: number } | null {
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
export const round = (x: number) => Math.round(x * 10) / 10;
export const round2 = (x: number) => Math.round(x * 100) / 100;

/** The trace figures of one page: medians over its traced loads. */
export interface TraceSummary {
  busy: number;
  cpu: number;
  /** CPU without the page's rendering frames and its own tasks (loading, parsing, its scripts). */
  own: number;
  /** The page's own tasks inside the window (left out of `own`). */
  page: number;
  script: number;
  /** Compiling and running the page layer's top level (CPU). */
  layerScript: number;
  /** Per page, the median over its loads of each load's longest task (one load's worst is mostly this shared machine's). */
  longest: number;
  longestCpu: number;
  /** Whose the longest task in the window was, one entry per load. */
  longestOwners: TaskOwner[];
  /** The longest stretch of Lede's own work in one task (median over loads; wall, and its CPU). */
  longestLede: number;
  longestLedeCpu: number;
  /** Layout and style recalculation inside Lede's tasks (CPU), median over loads. */
  ledeLayout: number;
  /** Every task over 50 ms in the traced loads (whole load), with its owner. */
  longTasks: LongTask[];
}

export function summarize(costs: WindowCost[]): TraceSummary | null {
  if (costs.length === 0) return null;
  return {
    busy: median(costs.map((c) => c.busyMs)),
    cpu: median(costs.map((c) => c.cpuMs)),
    own: median(costs.map((c) => c.cpuMs - c.frameCpuMs - c.pageCpuMs)),
    page: median(costs.map((c) => c.pageCpuMs)),
    script: median(costs.map((c) => c.scriptStartCpuMs)),
    layerScript: median(costs.map((c) => c.layerStartCpuMs)),
    longest: median(costs.map((c) => c.longestMs)),
    longestCpu: median(costs.map((c) => c.longestCpuMs)),
    longestOwners: costs.map((c) => c.longestOwner),
    longestLede: median(costs.map((c) => c.longestLede.ms)),
    longestLedeCpu: median(costs.map((c) => c.longestLede.cpuMs)),
    ledeLayout: median(costs.map((c) => c.ledeLayoutCpuMs)),
    longTasks: costs.flatMap((c) => c.longTasks),
  };
}

const OWNER_WORDS: Record<TaskOwner, string> = {
  lede: "Lede's",
  page: "the page's",
  shared: "the page's with Lede's start in it",
  frame: 'a frame',
  gc: 'GC',
  unknown: 'naming nobody',
};

/** "the page's 30, a frame 12" for the owners in `owners`, most first. */
export function ownerCounts(owners: TaskOwner[]): string {
  const n = new Map<TaskOwner, number>();
  for (const o of owners) n.set(o, (n.get(o) ?? 0) + 1);
  return [...n]
    .sort((a, b) => b[1] - a[1])
    .map(([o, k]) => `${OWNER_WORDS[o]} ${k}`)
    .join(', ');
}

/**
 * The traced loads' tasks over 50 ms, attributed: Lede's own are its whole tasks over 50 ms and the
 * shared tasks whose Lede part alone is over 50 ms.
 */
export function longTaskOwners(tasks: LongTask[]): { lede: LongTask[]; note: string } {
  const lede = tasks.filter((t) => (t.owner === 'lede' ? t.ms > 50 : t.ledeMs > 50));
  const shared = tasks.filter((t) => t.owner === 'shared');
  const range = (xs: number[]) => (xs.length ? `${round(Math.min(...xs))}–${round(Math.max(...xs))}` : '–');
  const parts = [
    `${tasks.length} tasks over 50 ms (wall) in the traced loads with Lede, whole load: ${ownerCounts(tasks.map((t) => t.owner)) || 'none'}`,
    shared.length ? `Lede's part of the shared ones ${range(shared.map((t) => t.ledeMs))} ms wall` : '',
    lede.length
      ? `Lede's own ${range(lede.map((t) => t.ledeMs))} ms wall, ${range(lede.map((t) => t.ledeCpuMs))} ms CPU (the rest of the wall time off the CPU), ${
          lede.filter((t) => t.ledeCpuMs > 50).length
        } of them over 50 ms of CPU`
      : '',
  ];
  return { lede, note: parts.filter(Boolean).join('; ') };
}

export interface PageResult {
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

/** A row of this bench, its metric named after the group of pages. */
function rowMaker(group: string) {
  return (metric: string, value: number, unit: string, extra: Partial<BenchRow> = {}): BenchRow => ({
    bench: 'page',
    metric: `${group}: ${metric}`,
    value,
    unit,
    ...extra,
  });
}

export const ratio = (p: PageResult) => p.lede.cpu / Math.max(0.1, p.peer.cpu);

/** The side-by-side rows of a group: Lede, the peer, their ratio per page and as a median. */
export function comparisonRows(
  group: string,
  pages: PageResult[],
  articles: boolean,
  runs = articles ? RUNS : RUNS_NOT,
): BenchRow[] {
  const row = rowMaker(group);
  const lede = pages.map((p) => p.lede.cpu);
  const peer = pages.map((p) => p.peer.cpu);
  const ratios = pages.map(ratio);
  const rows: BenchRow[] = [
    row('added main-thread CPU, Lede (with minus without), median', round(median(lede)), 'ms', {
      note: `${pages.length} pages, ${runs} loads each per mode, alternated; worst ${round(worst(lede))} ms`,
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
        note: `of which its script's compile and run ${round(median(peerTraced.map((t) => t.script)))} ms; without the page's frames and own tasks ${round(median(peerTraced.map((t) => t.own)))} ms`,
      }),
      row('peer longest task start → done (wall), worst page', round(worst(peerTraced.map((t) => t.longest))), 'ms'),
    );
  }
  // The same comparison from the traced loads: each extension's own window, not the difference of two
  // loads' totals (whose load-to-load spread makes the ratio above swing between runs).
  const both = pages.filter((p) => p.ledeTrace !== null && p.peerTrace !== null);
  if (both.length) {
    const own = (p: PageResult, who: 'ledeTrace' | 'peerTrace') => p[who]!.own;
    const ownRatios = both.map((p) => own(p, 'ledeTrace') / Math.max(0.1, own(p, 'peerTrace')));
    const medianOf = (who: 'ledeTrace' | 'peerTrace') => median(both.map((p) => own(p, who)));
    rows.push(
      row('Lede / peer own main-thread CPU (trace), median of per-page ratios', round2(median(ownRatios)), '×', {
        note: `${both.length} pages, ${TRACE_RUNS} traced loads each per extension: start → ${
          articles ? 'ready' : 'skipped'
        } (the peer's start → done) without the page's frames and own tasks, Lede ${round(medianOf('ledeTrace'))} ms, peer ${round(
          medianOf('peerTrace'),
        )} ms, ratio of the medians ${round2(medianOf('ledeTrace') / Math.max(0.1, medianOf('peerTrace')))}×; worst page ${round2(
          worst(ownRatios),
        )}×; no goal: a second view of the added-CPU ratio above, without what either makes the page's own frames do`,
      }),
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
export function ledeRows(group: string, pages: PageResult[], articles: boolean): BenchRow[] {
  const row = rowMaker(group);
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
      "the same CPU without the page's rendering frames (style, layout, paint) and its own tasks, median",
      round(median(t((x) => x.own))),
      'ms',
      {
        note: `worst ${round(worst(t((x) => x.own)))} ms; the page's first frames, loads and scripts fall in the window with or without Lede; its own tasks (loading, parsing, its scripts, nothing of Lede's) ${round(median(t((x) => x.page)))} ms, median`,
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
    ...(articles
      ? [
          row(
            "of which compiling and running the page layer's top level (CPU), median",
            round(median(t((x) => x.layerScript))),
            'ms',
            { note: 'lede-page.js, injected on an article: the marks, the cards (Preact) and the watch' },
          ),
        ]
      : []),
    row(
      `longest main-thread task between start and ${end} (wall), worst page`,
      round(worst(t((x) => x.longest))),
      'ms',
      {
        note: `per page, the median over its loads of the longest task; whose it was, per load: ${ownerCounts(
          traced.flatMap((p) => p.ledeTrace!.longestOwners),
        )}`,
      },
    ),
    row(
      `longest stretch of Lede's own work in one task between start and ${end} (wall), worst page`,
      round(worst(t((x) => x.longestLede))),
      'ms',
      {
        goal: '≤ 50 ms',
        note: `its CPU ${round(worst(t((x) => x.longestLedeCpu)))} ms, worst page; a task of the page's in which the browser starts Lede's script environment counts only Lede's events`,
      },
    ),
    row(
      `longest main-thread task between start and ${end} (CPU), worst page`,
      round(worst(t((x) => x.longestCpu))),
      'ms',
    ),
    row(
      "layout and style recalculation inside Lede's tasks (CPU, trace), median",
      round(median(t((x) => x.ledeLayout))),
      'ms',
      {
        note: `worst ${round(worst(t((x) => x.ledeLayout)))} ms`,
      },
    ),
  ];
  const owned = longTaskOwners(traced.flatMap((p) => p.ledeTrace!.longTasks));
  rows.push(
    row("long tasks > 50 ms that are Lede's own (traced loads, attributed)", owned.lede.length, 'tasks', {
      goal: '0',
      note: owned.note,
    }),
  );
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
        "start → ready per 1,000 article words (trace CPU without the page's frames and own tasks), median",
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
