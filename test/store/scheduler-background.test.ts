// The background's fair scheduler (entrypoints/background/scheduler.ts), with a stand-in clock:
// each run "takes" the time its job says, so the order and the waits are exact.
import { describe, expect, it } from 'vitest';
import { FairScheduler } from '../../entrypoints/background/scheduler';

function setup() {
  let t = 0;
  const ran: string[] = [];
  const s = new FairScheduler<string>({ now: () => t, yieldTask: () => Promise.resolve(), halfLifeMs: 60_000 });
  /** A job that advances the clock by `ms`, as a synchronous analysis would take that long. */
  const job = (name: string, ms: number) => () => {
    ran.push(name);
    t += ms;
    return name;
  };
  return { s, ran, job, advance: (ms: number) => (t += ms) };
}

describe('FairScheduler', () => {
  it('runs the waiting sender that used the least time first, not the first to ask', async () => {
    const { s, ran, job } = setup();
    // A flooding tab has used a lot already.
    await s.submit('flood', job('flood-1', 5_000));
    const flood = s.submit('flood', job('flood-2', 5_000));
    const genuine = s.submit('genuine', job('genuine', 100));
    await Promise.all([flood, genuine]);
    expect(ran).toEqual(['flood-1', 'genuine', 'flood-2']);
    const log = s.log();
    const g = log.find((r) => r.sender === 'genuine')!;
    expect(g.startedAt - g.queuedAt).toBe(0);
  });

  it('keeps one waiting run per sender: a newer text replaces it, and only the newest caller owns the answer', async () => {
    const { s, ran, job } = setup();
    const first = s.submit('tab', job('a', 10));
    const second = s.submit('tab', job('b', 10));
    const third = s.submit('tab', job('c', 10));
    expect(s.pending()).toBe(1);
    const answers = await Promise.all([first, second, third]);
    expect(ran).toEqual(['c']);
    expect(answers).toEqual([
      { value: 'c', own: false },
      { value: 'c', own: false },
      { value: 'c', own: true },
    ]);
    expect(s.log()).toMatchObject([{ sender: 'tab', waiters: 3 }]);
  });

  it("forgets a sender's cost with time (half-life), so a tab that was busy an hour ago is not punished", async () => {
    const { s, ran, job, advance } = setup();
    await s.submit('old', job('old-1', 1_000));
    advance(60_000 * 10); // ten half-lives: those 1,000 ms now count as ~1 ms
    await s.submit('new', job('new-1', 100)); // just now
    const a = s.submit('new', job('new-2', 10));
    const b = s.submit('old', job('old-2', 10));
    await Promise.all([a, b]);
    expect(ran.slice(2)).toEqual(['old-2', 'new-2']);
  });

  it('passes an error to the caller and carries on with the next sender', async () => {
    const { s, job } = setup();
    const bad = s.submit('bad', () => {
      throw new Error('analysis failed');
    });
    const good = s.submit('good', job('fine', 1));
    await expect(bad).rejects.toThrow('analysis failed');
    await expect(good).resolves.toEqual({ value: 'fine', own: true });
  });

  it('awaits a run done elsewhere (Chrome: the offscreen document) before the next, and counts its time', async () => {
    const { s, ran, job, advance } = setup();
    let finish: () => void = () => undefined;
    const elsewhere = s.submit('flood', async () => {
      ran.push('flood-start');
      await new Promise<void>((resolve) => (finish = resolve));
      advance(5_000);
      ran.push('flood-end');
      return 'flood';
    });
    await Promise.resolve();
    await Promise.resolve();
    const genuine = s.submit('genuine', job('genuine', 100));
    const again = s.submit('flood', job('flood-2', 10));
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual(['flood-start']); // nothing else starts while the run is out
    finish();
    await Promise.all([elsewhere, genuine, again]);
    // The 5 s it took count for the flooding tab: the genuine tab goes first.
    expect(ran).toEqual(['flood-start', 'flood-end', 'genuine', 'flood-2']);
    expect(s.log().find((r) => r.sender === 'flood')).toMatchObject({ startedAt: 0, endedAt: 5_000 });
  });

  it('passes a failed run elsewhere to its caller, like a thrown error', async () => {
    const { s, job } = setup();
    const bad = s.submit('bad', async () => {
      throw new Error('the offscreen document is gone');
    });
    const good = s.submit('good', job('fine', 1));
    await expect(bad).rejects.toThrow('the offscreen document is gone');
    await expect(good).resolves.toEqual({ value: 'fine', own: true });
  });

  it('keeps only the latest runs in its log', async () => {
    const s = new FairScheduler<number>({ yieldTask: () => Promise.resolve(), logSize: 3 });
    for (let i = 0; i < 5; i++) await s.submit(`t${i}`, () => i, i);
    expect(s.log().map((r) => r.chars)).toEqual([2, 3, 4]);
  });
});
