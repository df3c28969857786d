// The page bench's side-by-side rows (scripts/bench/_page-rows.ts): the added-CPU ratio of each
// page's loads, and the second view from the traced loads, each extension's own window.
import { describe, expect, it } from 'vitest';
import { comparisonRows, RUNS, RUNS_NOT, runsOf, summarize, type PageResult } from '../../scripts/bench/_page-rows';
import type { WindowCost } from '../../scripts/bench/_page-trace';

/** One traced load whose window holds `cpu` ms, of which `frames` the page's frames and `page` its own tasks. */
const cost = (cpu: number, frames = 0, page = 0): WindowCost => ({
  windowMs: cpu,
  busyMs: cpu,
  cpuMs: cpu,
  frameCpuMs: frames,
  pageCpuMs: page,
  scriptStartCpuMs: 0,
  layerStartCpuMs: 0,
  longestMs: 0,
  longestCpuMs: 0,
  longestOwner: 'lede',
  longestLede: { ms: 0, cpuMs: 0 },
  ledeLayoutCpuMs: 0,
  longTasks: [],
});

const page = (name: string, added: [number, number], lede: WindowCost[], peer: WindowCost[]): PageResult => ({
  name,
  words: 300,
  readabilityWords: 300,
  ledeWords: 300,
  ledeStatus: 'ready',
  peerStatus: 'parsed',
  lede: { cpu: added[0], wall: 0, script: 0, heapMB: 0 },
  peer: { cpu: added[1], wall: 0 },
  markMs: null,
  extractMs: null,
  serializeMs: null,
  readMs: null,
  ownStagesMs: 0,
  readyMs: null,
  longTasks: { none: [], lede: [], peer: [] },
  ledeTrace: summarize(lede),
  peerTrace: summarize(peer),
});

const OWN = 'demo: Lede / peer own main-thread CPU (trace), median of per-page ratios';

describe('page bench: Lede beside the peer', () => {
  it("gives the traced windows' ratio per page (frames and the page's tasks left out), its median and the ratio of the medians", () => {
    const pages = [
      // own: Lede 30 - 5 - 1 = 24 (median of 24, 23, 40), peer 16 (of 16, 16, 14) -> 1.5
      page('a', [40, 20], [cost(30, 5, 1), cost(25, 2), cost(40)], [cost(16), cost(18, 2), cost(15, 0, 1)]),
      // Lede 20, peer 25 -> 0.8
      page('b', [10, 30], [cost(20)], [cost(25)]),
      // Lede 36, peer 10 -> 3.6
      page('c', [35, 10], [cost(36)], [cost(12, 2)]),
    ];
    const rows = comparisonRows('demo', pages, true);
    const own = rows.find((r) => r.metric === OWN);
    expect(own?.value).toBe(1.5);
    expect(own?.note).toContain('3 pages');
    // The medians over pages: Lede of 24, 20, 36; the peer of 16, 25, 10.
    expect(own?.note).toContain('Lede 24 ms, peer 16 ms, ratio of the medians 1.5×');
    expect(own?.note).toContain('worst page 3.6×');
    // The added-CPU ratio stays what it was: per page 2, 0.33, 3.5 -> median 2.
    expect(rows.find((r) => r.metric === 'demo: Lede / peer added CPU, median of per-page ratios')?.value).toBe(2);
  });

  it('leaves the row out where a page has no traces of both', () => {
    const rows = comparisonRows('demo', [page('a', [40, 20], [cost(30)], [])], true);
    expect(rows.find((r) => r.metric === OWN)).toBeUndefined();
  });

  it('loads the demo articles twice as often as the real pages (their ratio swung between runs), and says so', () => {
    expect(runsOf('demo')).toBe(RUNS * 2);
    expect(runsOf('real')).toBe(RUNS);
    expect(runsOf('not')).toBe(RUNS_NOT);
    const rows = comparisonRows('demo', [page('a', [40, 20], [], [])], true, runsOf('demo'));
    const lede = rows.find((r) => r.metric === 'demo: added main-thread CPU, Lede (with minus without), median');
    expect(lede?.note).toContain(`1 pages, ${RUNS * 2} loads each per mode`);
  });
});
