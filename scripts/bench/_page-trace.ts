// Reads a Chrome trace (CDP Tracing, JSON events) for the issue's own page figure: how busy the
// page's main thread is from the content script's start to `ready`. The start is Chromium's
// ScriptInjection::InjectJs for the content script (it creates the isolated world, then the
// script is compiled and run); the end is the `lede:ready` user-timing mark. Every top-level
// task on that thread inside the window counts (clipped to it), except the bench's own DevTools
// calls: on the demo pages no page script runs, so what is left is Lede and rendering frames. The
// frames are also given apart: the page's own first frames fall in the window with or without Lede.
// So are the page's own tasks: a task that loads or parses the page or runs the page's scripts and
// holds nothing of an extension's (its script, its injection, its marks); of a task that holds
// both (the page's parse, in which the browser starts the content script's world), only the
// extension's own events count as the extension's. A task that says neither counts as the
// extension's (promise callbacks carry no address). Every task over 50 ms of the traced load is
// kept with its owner (TaskOwner), so a long task is told apart as Lede's, the page's, a frame or GC.
// A page that is not an article ends the window with `lede:skipped` instead. The bench's reader-mode
// peer is read the same way: its content script's injection to its `peer:done` mark.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface WindowCost {
  /** Content script start → ready (wall). */
  windowMs: number;
  /** Main-thread task time inside the window (wall; inflated when the machine is busy). */
  busyMs: number;
  /** The same as CPU time (thread time of those tasks, pro rata where clipped). */
  cpuMs: number;
  /**
   * Of cpuMs, the page's rendering frames (style, layout, paint) that fell inside the window:
   * the page's own first frames land here too, with or without Lede.
   */
  frameCpuMs: number;
  /**
   * Of cpuMs, the page's own tasks (its loading, parsing and scripts, with nothing of an extension's
   * in them): a page's timers and loads fall in the window with or without Lede.
   */
  pageCpuMs: number;
  /** Compiling and running the content script's top level (CPU). */
  scriptStartCpuMs: number;
  /** Compiling and running the page layer's top level (CPU; the second script, injected on an article). */
  layerStartCpuMs: number;
  /** The longest task inside the window (wall, unclipped). */
  longestMs: number;
  /** The most CPU one task inside the window took (unclipped). */
  longestCpuMs: number;
  /** Whose the longest task inside the window is (see TaskOwner). */
  longestOwner: TaskOwner;
  /**
   * The longest stretch of Lede's own work in one task inside the window (wall; CPU beside it): a
   * task of Lede's whole, and of a task Lede shares with the page only its own events.
   */
  longestLede: { ms: number; cpuMs: number };
  /** Layout and style recalculation inside Lede's tasks in the window (CPU): what its script forced. */
  ledeLayoutCpuMs: number;
  /** Every task over 50 ms (wall) on the page's main thread in the whole traced load, with its owner. */
  longTasks: LongTask[];
}

/**
 * Whose a main-thread task is: 'lede' (the extension's script, its injection or its marks and
 * nothing of the page's; a task that names nobody, such as a promise callback, inside the window),
 * 'page' (its loading, parsing, scripts), 'shared' (both: a task of the page's in which the browser
 * also starts the extension's script environment), 'frame' (a rendering frame: style, layout,
 * paint), 'gc' (garbage collection only), 'unknown' (names nobody, outside the window).
 */
export type TaskOwner = 'lede' | 'page' | 'shared' | 'frame' | 'gc' | 'unknown';

export interface LongTask {
  ms: number;
  cpuMs: number;
  owner: TaskOwner;
  /** Of a shared task, the extension's own events (wall, CPU); of a task of Lede's, the whole. */
  ledeMs: number;
  ledeCpuMs: number;
  /** Inside the start → end window. */
  inWindow: boolean;
}

interface Task {
  start: number;
  end: number;
  cpu: number;
  devtools: boolean;
  /** A rendering frame (BeginMainFrame: style, layout, paint). */
  frame: boolean;
  /** Holds an extension's work: its script, its injection or its user-timing marks. */
  extension: boolean;
  /** Holds the page's own work: loading or parsing it, or running its scripts. */
  page: boolean;
  /** Holds garbage collection. */
  gc: boolean;
  /** The extension's outermost events inside the task (wall, CPU): its part of a shared task. */
  extWall: number;
  extCpu: number;
  /** Layout and style recalculation inside the task (CPU), and inside the extension's events only. */
  layoutCpu: number;
  extLayoutCpu: number;
}

/**
 * Events only the page's own loading, parsing and load events make (Lede's copy of the page has no
 * window: it loads nothing and fires no load event).
 */
const PAGE_WORK = new Set([
  'ParseHTML',
  'MarkDOMContent',
  'MarkLoad',
  'ResourceSendRequest',
  'ResourceReceiveResponse',
  'ResourceReceivedData',
  'ResourceFinish',
]);
/** Events that name the script they run. */
const SCRIPT_WORK = new Set(['EvaluateScript', 'v8.compile', 'v8.run', 'FunctionCall']);
const EXTENSION_URL = /^(?:chrome|moz)-extension:/;

function isExtensionWork(e: TraceEvent): boolean {
  if (e.name === 'ScriptInjection::InjectJs') return true;
  if (e.cat?.includes('user_timing') && /^(?:lede|peer):/.test(e.name)) return true;
  return EXTENSION_URL.test(traceUrl(e));
}

function isPageWork(e: TraceEvent): boolean {
  return PAGE_WORK.has(e.name) || (SCRIPT_WORK.has(e.name) && /^https?:/.test(traceUrl(e)));
}

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const UNSEEN = { extension: false, page: false, gc: false, extWall: 0, extCpu: 0, layoutCpu: 0, extLayoutCpu: 0 };
const GC_WORK = /^(?:MinorGC|MajorGC|V8\.GC|BlinkGC)/;
const LAYOUT_WORK = new Set(['Layout', 'UpdateLayoutTree']);
/** Events that carry their own duration, a part of the extension's work (not user-timing instants). */
const isTimed = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined;

/** The tasks of thread pid:tid, outermost only (nested run loops report tasks inside tasks). */
function topLevelTasks(events: TraceEvent[], pid: number, tid: number): Task[] {
  const mine = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  const open: TraceEvent[] = [];
  for (const e of mine) {
    if (!TASK_NAMES.has(e.name)) continue;
    const frame = (e.args?.src_func as string | undefined) === 'ScheduledActionSendBeginMainFrame';
    if (e.ph === 'X' && e.dur !== undefined) {
      tasks.push({ start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur, devtools: false, frame, ...UNSEEN });
    } else if (e.ph === 'B') {
      open.push(e);
    } else if (e.ph === 'E') {
      const b = open.pop();
      if (b) tasks.push({ start: b.ts, end: e.ts, cpu: e.ts - b.ts, devtools: false, frame: false, ...UNSEEN });
    }
  }
  tasks.sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: Task[] = [];
  for (const t of tasks) {
    const last = outer[outer.length - 1];
    if (last && t.start < last.end) {
      // Nested in (or a duplicate of) the previous task; the inner one may say what it is.
      if (t.frame && t.start - last.start < 50) last.frame = true;
      continue;
    }
    outer.push(t);
  }
  // The end of the last extension event counted in each task: nested ones are inside it.
  const extEnd = new Map<Task, number>();
  for (const e of mine) {
    const t = findTask(outer, e.ts);
    if (!t) continue;
    if (isExtensionWork(e)) {
      t.extension = true;
      if (isTimed(e) && e.ts >= (extEnd.get(t) ?? -Infinity)) {
        t.extWall += e.dur!;
        t.extCpu += e.tdur ?? e.dur!;
        extEnd.set(t, e.ts + e.dur!);
      }
    } else if (isPageWork(e)) t.page = true;
    if (GC_WORK.test(e.name)) t.gc = true;
    if (LAYOUT_WORK.has(e.name) && isTimed(e)) {
      t.layoutCpu += e.tdur ?? e.dur!;
      if (e.ts < (extEnd.get(t) ?? -Infinity)) t.extLayoutCpu += e.tdur ?? e.dur!;
    }
    // The bench's own protocol calls (polling, reading results) arrive as DevTools mojo messages.
    if (e.name !== 'Receive mojo message') continue;
    const info = e.args?.chrome_mojo_event_info as { mojo_interface_tag?: string } | undefined;
    if (info?.mojo_interface_tag?.includes('DevTools')) t.devtools = true;
  }
  return outer;
}

/** Whose `t` is; a task that names nobody is Lede's inside the window (promise callbacks carry no address). */
function ownerOf(t: Task, inWindow: boolean): TaskOwner {
  if (t.frame) return 'frame';
  // Only the extension's timed events (injection, compile, run) bound its part of the page's task;
  // with its marks alone (its callbacks, of unknown length) the task counts as its own, as before.
  if (t.extension) return t.page && t.extCpu > 0 ? 'shared' : 'lede';
  if (t.page) return 'page';
  if (t.gc) return 'gc';
  return inWindow ? 'lede' : 'unknown';
}

/** Lede's part of a task (wall, CPU): all of a task of Lede's, the extension's events of a shared one. */
function ledePart(t: Task, owner: TaskOwner): { ms: number; cpuMs: number } {
  if (owner === 'lede') return { ms: (t.end - t.start) / 1000, cpuMs: t.cpu / 1000 };
  if (owner === 'shared') return { ms: t.extWall / 1000, cpuMs: t.extCpu / 1000 };
  return { ms: 0, cpuMs: 0 };
}

function findTask(tasks: Task[], ts: number): Task | undefined {
  let lo = 0;
  let hi = tasks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tasks[mid].end < ts) lo = mid + 1;
    else if (tasks[mid].start > ts) hi = mid - 1;
    else return tasks[mid];
  }
  return undefined;
}

/**
 * `end`: the mark that ends the window (`lede:skipped` for a page that is not an article,
 * `peer:done` for the peer). `scriptFile`: the end of the content script's URL. null when the
 * trace holds no such mark.
 */
export function mainThreadCost(
  events: TraceEvent[],
  end = 'lede:ready',
  scriptFile = 'content-scripts/content.js',
  layerFile = '/lede-page.js',
): WindowCost | null {
  const ready = events.find((e) => e.name === end && e.cat?.includes('user_timing'));
  if (!ready) return null;
  const { pid, tid } = ready;
  const onThread = (e: TraceEvent) => e.pid === pid && e.tid === tid && e.ts <= ready.ts;
  const inject = events.find((e) => e.name === 'ScriptInjection::InjectJs' && onThread(e));
  const compile = events.filter(
    (e) => onThread(e) && (e.name === 'v8.compile' || e.name === 'v8.run') && traceUrl(e).endsWith(scriptFile),
  );
  const layer = events.filter(
    (e) => onThread(e) && (e.name === 'v8.compile' || e.name === 'v8.run') && traceUrl(e).endsWith(layerFile),
  );
  const start = inject?.ts ?? compile[0]?.ts;
  if (start === undefined) return null;
  // The task that sets the end mark counts whole: its promise callbacks after the mark are the extension's too.
  const tasks = topLevelTasks(events, pid, tid);
  const last = tasks.find((t) => !t.devtools && t.start <= ready.ts && ready.ts <= t.end);
  const stop = Math.max(ready.ts, last?.end ?? ready.ts);
  let busy = 0;
  let cpu = 0;
  let frameCpu = 0;
  let pageCpu = 0;
  let longest = 0;
  let longestCpu = 0;
  let longestOwner: TaskOwner = 'unknown';
  let longestLede = { ms: 0, cpuMs: 0 };
  let layoutCpu = 0;
  const longTasks: LongTask[] = [];
  for (const t of tasks) {
    if (t.devtools) continue;
    const a = Math.max(t.start, start);
    const b = Math.min(t.end, stop);
    const inWindow = b > a;
    if (t.end - t.start > 50_000 && t.start <= stop) {
      const owner = ownerOf(t, inWindow);
      const part = ledePart(t, owner);
      longTasks.push({
        ms: (t.end - t.start) / 1000,
        cpuMs: t.cpu / 1000,
        owner,
        ledeMs: part.ms,
        ledeCpuMs: part.cpuMs,
        inWindow,
      });
    }
    if (!inWindow) continue;
    const owner = ownerOf(t, true);
    const part = ledePart(t, owner);
    if (part.ms > longestLede.ms) longestLede = part;
    if (owner === 'lede') layoutCpu += t.layoutCpu;
    else if (owner === 'shared') layoutCpu += t.extLayoutCpu;
    if (t.end - t.start > longest) longestOwner = owner;
    busy += b - a;
    const share = t.end > t.start ? (t.cpu * (b - a)) / (t.end - t.start) : 0;
    cpu += share;
    if (t.frame) frameCpu += share;
    else if (t.page && !t.extension) pageCpu += share;
    // A page's task in which the browser starts the content script (its parse, its DOMContentLoaded):
    // only the extension's own events in it are the extension's.
    else if (t.page && t.extCpu > 0) pageCpu += Math.max(0, share - t.extCpu);
    longest = Math.max(longest, t.end - t.start);
    longestCpu = Math.max(longestCpu, t.cpu);
  }
  return {
    windowMs: (stop - start) / 1000,
    busyMs: busy / 1000,
    cpuMs: cpu / 1000,
    frameCpuMs: frameCpu / 1000,
    pageCpuMs: pageCpu / 1000,
    scriptStartCpuMs: compile.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000,
    layerStartCpuMs: layer.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000,
    longestMs: longest / 1000,
    longestCpuMs: longestCpu / 1000,
    longestOwner,
    longestLede,
    ledeLayoutCpuMs: layoutCpu / 1000,
    longTasks,
  };
}

function traceUrl(e: TraceEvent): string {
  const data = e.args?.data as { url?: string } | undefined;
  return data?.url ?? (e.args?.fileName as string | undefined) ?? '';
}
