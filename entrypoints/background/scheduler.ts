// Fair scheduling of the background's reads of pages (parse, extraction, analysis). They are CPU
// work (the extraction in Chrome's offscreen document, awaited here, the analysis here), so one
// page that sends big or many texts could keep every other tab waiting in a first-come queue.
// Here each sender (a tab's frame) has at most one analysis waiting: a newer text from the same
// sender replaces the waiting one (its callers get the newer answer, which their generation check
// drops). The next analysis to run is the waiting sender's that used the least CPU lately (a
// decaying sum), so a tab that keeps the background busy goes last and a genuine article opened
// next waits for at most the one analysis already running. Between analyses the queue yields a
// task, so the background's other messages (state, popup) are answered in between.

export interface SchedulerOptions {
  now?: () => number;
  /** Lets the event loop run between two analyses. */
  yieldTask?: () => Promise<void>;
  /** CPU time a sender used counts half after this long (ms). */
  halfLifeMs?: number;
  /** How many finished runs log() keeps. */
  logSize?: number;
}

/** One finished analysis, for tests and the bench. */
export interface ScheduledRun {
  sender: string;
  /** The size of the run's input, as the caller gave it (characters of text). */
  chars: number;
  queuedAt: number;
  startedAt: number;
  endedAt: number;
  /** Requests answered by this run (more than one when newer texts replaced waiting ones). */
  waiters: number;
}

/** A request's answer: `own` is false when a newer request of its sender replaced it. */
export interface Answer<T> {
  value: T;
  own: boolean;
}

interface Waiter<T> {
  resolve: (v: Answer<T>) => void;
  reject: (e: unknown) => void;
}

interface Waiting<T> {
  run: () => T | Promise<T>;
  chars: number;
  queuedAt: number;
  /** The last one submitted `run`; the others were replaced. */
  waiters: Waiter<T>[];
}

export class FairScheduler<T> {
  private readonly waiting = new Map<string, Waiting<T>>();
  private readonly used = new Map<string, { ms: number; at: number }>();
  private readonly runs: ScheduledRun[] = [];
  private draining = false;
  private readonly now: () => number;
  private readonly yieldTask: () => Promise<void>;
  private readonly halfLifeMs: number;
  private readonly logSize: number;

  constructor(opts: SchedulerOptions = {}) {
    this.now = opts.now ?? (() => performance.now());
    this.yieldTask = opts.yieldTask ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
    this.halfLifeMs = opts.halfLifeMs ?? 60_000;
    this.logSize = opts.logSize ?? 64;
  }

  /** Queues `run` for `sender`, replacing a run of that sender still waiting. */
  submit(sender: string, run: () => T | Promise<T>, chars = 0): Promise<Answer<T>> {
    return new Promise<Answer<T>>((resolve, reject) => {
      const before = this.waiting.get(sender);
      const waiters = [...(before?.waiters ?? []), { resolve, reject }];
      this.waiting.set(sender, { run, chars, queuedAt: this.now(), waiters });
      if (!this.draining) void this.drain();
    });
  }

  /** Senders with an analysis waiting. */
  pending(): number {
    return this.waiting.size;
  }

  /** The latest finished runs, oldest first. */
  log(): ScheduledRun[] {
    return [...this.runs];
  }

  /** Forget a sender (its tab closed). A waiting run still runs. */
  forget(sender: string): void {
    this.used.delete(sender);
  }

  private cost(sender: string, at: number): number {
    const u = this.used.get(sender);
    return u ? u.ms * Math.pow(0.5, (at - u.at) / this.halfLifeMs) : 0;
  }

  private next(): string | null {
    const at = this.now();
    let best: string | null = null;
    let bestCost = Infinity;
    let bestQueued = Infinity;
    for (const [sender, w] of this.waiting) {
      const c = this.cost(sender, at);
      if (c < bestCost || (c === bestCost && w.queuedAt < bestQueued)) {
        best = sender;
        bestCost = c;
        bestQueued = w.queuedAt;
      }
    }
    return best;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      // Requests that arrive together are queued before the first runs.
      await this.yieldTask();
      for (let sender = this.next(); sender !== null; sender = this.next()) {
        const job = this.waiting.get(sender)!;
        this.waiting.delete(sender);
        const startedAt = this.now();
        let result: { ok: true; value: T } | { ok: false; error: unknown };
        try {
          // One run at a time, awaited: an extraction in another document counts as its sender's too.
          result = { ok: true, value: await job.run() };
        } catch (error) {
          result = { ok: false, error };
        }
        const endedAt = this.now();
        this.used.set(sender, { ms: this.cost(sender, endedAt) + (endedAt - startedAt), at: endedAt });
        this.runs.push({
          sender,
          chars: job.chars,
          queuedAt: job.queuedAt,
          startedAt,
          endedAt,
          waiters: job.waiters.length,
        });
        if (this.runs.length > this.logSize) this.runs.shift();
        job.waiters.forEach((w, i) => {
          if (result.ok) w.resolve({ value: result.value, own: i === job.waiters.length - 1 });
          else w.reject(result.error);
        });
        await this.yieldTask();
      }
    } finally {
      this.draining = false;
    }
  }
}
