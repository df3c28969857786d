import { describe, expect, it } from 'vitest';
import { longTaskOwners, ownerCounts } from '../../scripts/bench/_page-rows';
import { mainThreadCost, type LongTask, type TaskOwner, type TraceEvent } from '../../scripts/bench/_page-trace';

const MAIN = { pid: 1, tid: 1 };
const task = (ts: number, dur: number, tdur: number, src_func = 'PostTask'): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  ts,
  dur,
  tdur,
  ...MAIN,
  args: { src_func },
});

// Times in microseconds, as Chrome writes them.
const events: TraceEvent[] = [
  task(0, 1_500, 1_000), // starts before the content script: only its last 500 µs count
  { name: 'ScriptInjection::InjectJs', cat: 'extensions', ph: 'X', ts: 1_000, dur: 400, tdur: 400, ...MAIN },
  task(2_000, 10_000, 8_000), // compiles and runs the content script
  task(2_001, 9_000, 7_000), // nested in the previous one: not counted twice
  {
    name: 'v8.compile',
    cat: 'v8',
    ph: 'X',
    ts: 2_100,
    dur: 3_000,
    tdur: 3_000,
    ...MAIN,
    args: { data: { url: 'chrome-extension://x/content-scripts/content.js' } },
  },
  {
    name: 'v8.run',
    cat: 'v8',
    ph: 'X',
    ts: 5_200,
    dur: 6_000,
    tdur: 4_000,
    ...MAIN,
    args: { fileName: 'chrome-extension://x/content-scripts/content.js' },
  },
  task(15_000, 2_000, 2_000, 'ScheduledActionSendBeginMainFrame'), // a rendering frame
  task(20_000, 5_000, 5_000), // the bench's own protocol call
  {
    name: 'Receive mojo message',
    cat: 'toplevel,mojom',
    ph: 'X',
    ts: 20_010,
    dur: 4_900,
    ...MAIN,
    args: { chrome_mojo_event_info: { mojo_interface_tag: 'blink.mojom.DevToolsSession' } },
  },
  task(30_000, 60_000, 30_000), // sets the ready mark: counts whole (its callbacks after the mark too)
  task(40_000, 1_000, 1_000, 'x'), // another thread's task
  { name: 'lede:ready', cat: 'blink.user_timing', ph: 'I', ts: 60_000, ...MAIN },
  task(70_000, 1_000, 1_000), // after ready
];
events[events.length - 3] = { ...events[events.length - 3], tid: 2 };

describe('mainThreadCost', () => {
  it('sums the main thread from the content script injection to the end of the ready task, without protocol calls', () => {
    const c = mainThreadCost(events)!;
    expect(c.windowMs).toBe(89);
    // 0.5 (clipped head) + 10 + 2 (frame) + 60 (the task holding the mark); the DevTools task is left out.
    expect(c.busyMs).toBeCloseTo(72.5);
    // CPU pro rata where clipped: 1000 × 500/1500 + 8000 + 2000 + 30000.
    expect(c.cpuMs).toBeCloseTo(0.333 + 8 + 2 + 30, 2);
    expect(c.frameCpuMs).toBe(2);
    expect(c.scriptStartCpuMs).toBe(7);
    expect(c.longestMs).toBe(60);
    expect(c.longestCpuMs).toBe(30);
  });

  it('ends at lede:skipped when asked, and is null without the mark', () => {
    expect(mainThreadCost(events, 'lede:skipped')).toBeNull();
    const skipped = events.map((e) => (e.name === 'lede:ready' ? { ...e, name: 'lede:skipped' } : e));
    expect(mainThreadCost(skipped, 'lede:skipped')?.windowMs).toBe(89);
  });

  it("reads the peer's window: its own script's start to peer:done", () => {
    const peer = events.map((e) => {
      if (e.name === 'lede:ready') return { ...e, name: 'peer:done' };
      if (e.name === 'v8.compile') return { ...e, args: { data: { url: 'chrome-extension://y/content.js' } } };
      if (e.name === 'v8.run') return { ...e, args: { fileName: 'chrome-extension://y/content.js' } };
      return e;
    });
    const c = mainThreadCost(peer, 'peer:done', '/content.js')!;
    expect(c.windowMs).toBe(89);
    expect(c.scriptStartCpuMs).toBe(7);
    // Lede's script name does not match the peer's file.
    expect(mainThreadCost(peer, 'peer:done')!.scriptStartCpuMs).toBe(0);
  });
});

describe("mainThreadCost: the page's own tasks", () => {
  const script = (ts: number, url: string, name = 'EvaluateScript'): TraceEvent => ({
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts,
    dur: 100,
    tdur: 100,
    ...MAIN,
    args: { data: { url } },
  });
  const at = (name: string, ts: number, cat = 'devtools.timeline'): TraceEvent => ({
    name,
    cat,
    ph: 'X',
    ts,
    dur: 10,
    ...MAIN,
  });
  const window: TraceEvent[] = [
    { name: 'ScriptInjection::InjectJs', cat: 'extensions', ph: 'X', ts: 0, dur: 400, tdur: 400, ...MAIN },
    task(1_000, 2_000, 2_000), // the page's own script (a timer, a handler)
    script(1_100, 'https://news.example/app.js'),
    task(4_000, 1_000, 1_000), // the page's resources arriving
    at('ResourceReceivedData', 4_100),
    task(6_000, 3_000, 3_000), // the page's load event
    at('MarkLoad', 6_100),
    task(10_000, 4_000, 4_000), // Lede's script in a task that also runs the page's: its compile is Lede's
    script(10_100, 'https://news.example/app.js'),
    script(12_000, 'chrome-extension://x/lede-page.js', 'v8.compile'),
    task(15_000, 5_000, 5_000), // a promise callback: says nothing, so counts as Lede's
    task(21_000, 1_000, 1_000), // sets the ready mark after parsing: Lede's
    at('ParseHTML', 21_100),
    { name: 'lede:ready', cat: 'blink.user_timing', ph: 'I', ts: 21_500, ...MAIN },
  ];

  it('gives apart the tasks that load or parse the page or run its scripts and hold nothing of Lede', () => {
    const c = mainThreadCost(window)!;
    expect(c.cpuMs).toBeCloseTo(2 + 1 + 3 + 4 + 5 + 1, 5);
    // The shared task's 4 ms: Lede's compile (0.1 ms) is Lede's, the rest the page's.
    expect(c.pageCpuMs).toBeCloseTo(2 + 1 + 3 + 3.9, 5);
    expect(c.frameCpuMs).toBe(0);
    // The page layer's compile (lede-page.js), apart from the first script's.
    expect(c.layerStartCpuMs).toBeCloseTo(0.1, 5);
    expect(c.scriptStartCpuMs).toBe(0);
  });

  it("counts a page script's task as the peer's when it holds the peer's mark", () => {
    const peer = window.map((e) => (e.name === 'lede:ready' ? { ...e, name: 'peer:done' } : e));
    peer.push({ name: 'peer:start', cat: 'blink.user_timing', ph: 'I', ts: 1_500, ...MAIN });
    expect(mainThreadCost(peer, 'peer:done')!.pageCpuMs).toBeCloseTo(1 + 3 + 3.9, 5);
  });
});

describe('mainThreadCost: whose each long task is', () => {
  const timed = (name: string, ts: number, dur: number, tdur: number, url = ''): TraceEvent => ({
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts,
    dur,
    tdur,
    ...MAIN,
    args: url ? { data: { url } } : {},
  });
  const LEDE = 'chrome-extension://x/lede-page.js';
  const events: TraceEvent[] = [
    task(0, 120_000, 60_000), // the page's parse, in which the browser starts Lede's world
    timed('ParseHTML', 100, 50_000, 30_000),
    { name: 'ScriptInjection::InjectJs', cat: 'extensions', ph: 'X', ts: 100_000, dur: 8_000, tdur: 5_000, ...MAIN },
    timed('Layout', 110_000, 9_000, 9_000), // the page's own layout, after Lede's injection
    task(130_000, 60_000, 20_000, 'ScheduledActionSendBeginMainFrame'), // a frame over 50 ms
    task(200_000, 70_000, 12_000), // Lede's own task, mostly off the CPU (a busy machine)
    timed('EvaluateScript', 200_100, 69_000, 11_000, LEDE),
    timed('Layout', 210_000, 2_000, 2_000), // forced by Lede's script
    task(300_000, 55_000, 50_000), // garbage collection only, outside the window
    timed('MajorGC', 300_100, 54_000, 49_000),
    { name: 'lede:ready', cat: 'blink.user_timing', ph: 'I', ts: 260_000, ...MAIN },
  ];

  it('tells Lede, the page, frames and GC apart, and counts only Lede’s events of a shared task', () => {
    const c = mainThreadCost(events, 'lede:ready', 'lede-page.js')!;
    expect(c.longTasks.map((t) => [t.owner, t.ms, t.inWindow])).toEqual([
      ['shared', 120, true],
      ['frame', 60, true],
      ['lede', 70, true],
    ]);
    expect(c.longTasks[0]).toMatchObject({ ledeMs: 8, ledeCpuMs: 5 });
    expect(c.longestOwner).toBe('shared');
    expect(c.longestLede).toEqual({ ms: 70, cpuMs: 12 });
    // Layout inside Lede's own task only; the page's layout in the shared task is the page's.
    expect(c.ledeLayoutCpuMs).toBe(2);
    // The shared task's clipped share (60 × 20/120 = 10 ms) less Lede's 5 ms is the page's.
    expect(c.pageCpuMs).toBeCloseTo(5, 5);
  });

  it('keeps the long tasks after the window out, and calls a task naming nobody outside it unknown', () => {
    const c = mainThreadCost([...events, task(500_000, 60_000, 60_000)], 'lede:ready', 'lede-page.js')!;
    expect(c.longTasks).toHaveLength(3);
    const before = [
      task(-160_000, 60_000, 60_000),
      task(-90_000, 52_000, 50_000),
      timed('MinorGC', -89_000, 50_000, 49_000),
      ...events,
    ];
    expect(mainThreadCost(before, 'lede:ready', 'lede-page.js')!.longTasks[1].owner).toBe('gc');
    expect(mainThreadCost(before, 'lede:ready', 'lede-page.js')!.longTasks[0]).toMatchObject({
      owner: 'unknown',
      inWindow: false,
    });
  });
});

describe('long task rows', () => {
  const t = (owner: TaskOwner, ms: number, ledeMs = 0, ledeCpuMs = 0): LongTask => ({
    ms,
    cpuMs: ms / 2,
    owner,
    ledeMs,
    ledeCpuMs,
    inWindow: true,
  });

  it("counts Lede's own: its whole tasks, and shared tasks only when its part is over 50 ms", () => {
    const tasks = [t('page', 80), t('page', 60), t('frame', 55), t('shared', 110, 11, 5), t('lede', 70, 70, 12)];
    const { lede, note } = longTaskOwners(tasks);
    expect(lede).toHaveLength(1);
    expect(note).toContain('5 tasks over 50 ms');
    expect(note).toContain("the page's 2, a frame 1");
    expect(note).toContain("Lede's part of the shared ones 11–11 ms wall");
    expect(note).toContain(
      "Lede's own 70–70 ms wall, 12–12 ms CPU (the rest of the wall time off the CPU), 0 of them over 50 ms of CPU",
    );
    expect(longTaskOwners([t('shared', 90, 60, 20)]).lede).toHaveLength(1);
    expect(ownerCounts([])).toBe('');
  });
});
