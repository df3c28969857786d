// Property and scaling tests of the analysis on generated pathological inputs (generators.ts), seeded so a
// failure names its case. Times are CPU time of this process, and the bounds are far above the goal (the
// goal, ≤ 1 s of analysis per 100 KB, is measured by `npm run bench -- fuzz`): a quadratic stage fails them,
// a loaded machine does not.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../utils/nlp/analyze';
import { HTML_FAMILIES, TEXT_FAMILIES, rng, type Family } from './generators';
import { PAGE_STAGES, TEXT_STAGES, timePage, timeText, total, type Times } from './stages';

const KB = 1024;

function times(f: Family, size: number, seed: number): Times {
  const input = f.make(rng(seed), size);
  return f.kind === 'text' ? timeText(input) : timePage(input).times;
}

/** The faster of two runs, stage by stage (a run can be slowed by a collection or another process). */
function best(f: Family, size: number, seed: number): Times {
  const a = times(f, size, seed);
  const b = times(f, size, seed);
  const out: Times = {};
  for (const k of Object.keys(a) as (keyof Times)[]) out[k] = Math.min(a[k] ?? 0, b[k] ?? 0);
  return out;
}

function checkOffsets(text: string, seed: number): void {
  const a = analyzeText(text, { publishedAt: '2018-12-30' });
  const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const p of a.people) for (const m of p.mentions) expect(inside(m), `seed ${seed}: mention`).toBe(true);
  for (const q of a.quotes)
    expect(inside(q) && text.slice(q.start, q.end) === q.text, `seed ${seed}: quote`).toBe(true);
  for (const d of a.dates) expect(inside(d) && text.slice(d.start, d.end) === d.text, `seed ${seed}: date`).toBe(true);
  for (const t of a.timeline)
    expect(inside(t) && text.slice(t.start, t.end) === t.text, `seed ${seed}: entry`).toBe(true);
}

describe('the analysis on generated pathological inputs', () => {
  it('analyses 2,000 random mixes of the families, each within a generous bound, offsets inside the text', () => {
    const r = rng(2026);
    let cpuMs = 0;
    let bytes = 0;
    for (let seed = 0; seed < 2000; seed++) {
      // two or three families glued together, 100 B to 1.6 KB each
      const parts = Array.from({ length: 2 + Math.floor(r() * 2) }, () => {
        const f = TEXT_FAMILIES[Math.floor(r() * TEXT_FAMILIES.length)];
        return f.make(rng(seed), 100 + Math.floor(r() * 1.5 * KB));
      });
      const text = parts.join(r() < 0.5 ? '\n\n' : ' ');
      const c0 = process.cpuUsage();
      if (seed % 10 === 0) checkOffsets(text, seed);
      else analyzeText(text, { publishedAt: '2018-12-30' });
      const c = process.cpuUsage(c0);
      const ms = (c.user + c.system) / 1000;
      // 1 s for at most 5 KB is 20 s per 100 KB: only a runaway stage takes that
      expect(ms, `seed ${seed}: ${text.length} characters`).toBeLessThan(1000);
      cpuMs += ms;
      bytes += text.length;
    }
    // all of it, per 100 KB: the goal is 1 s (the bench measures it); 4 s leaves room for a slow machine
    expect((cpuMs / bytes) * 100 * KB).toBeLessThan(4000);
  }, 300_000);

  // a quadratic stage takes 16 times as long on 4 times the input; a linear one 4 times (plus noise)
  const scales = (small: Times, large: Times, stages: readonly string[]) => {
    for (const s of stages) {
      const a = small[s as keyof Times] ?? 0;
      const b = large[s as keyof Times] ?? 0;
      expect(b, `${s}: ${a.toFixed(1)} ms, then ${b.toFixed(1)} ms on 4× the input`).toBeLessThan(8 * a + 40);
    }
  };

  for (const f of TEXT_FAMILIES) {
    it(`scales linearly on "${f.name}" (16 KB → 64 KB of text)`, () => {
      best(f, 4 * KB, 1); // warm the stages up on this shape
      const small = best(f, 16 * KB, 1);
      const large = best(f, 64 * KB, 1);
      scales(small, large, TEXT_STAGES);
      expect(total(large) / 64, `${f.name}: ms per KB`).toBeLessThan(100);
    }, 120_000);
  }

  for (const f of HTML_FAMILIES) {
    it(`scales linearly on the page "${f.name}" (16 KB → 64 KB of HTML)`, () => {
      best(f, 4 * KB, 1);
      const small = best(f, 16 * KB, 1);
      const large = best(f, 64 * KB, 1);
      scales(small, large, [...PAGE_STAGES, ...TEXT_STAGES]);
    }, 120_000);
  }

  it.each([
    ['a quotation ending in a run of punctuation', 'He said "this is it' + '!'.repeat(100 * KB) + 'x" today.'],
    ['a chain of date phrases', 'Jan. 1, 2016, '.repeat((100 * KB) / 14)],
    ['"2016 " ×20,000', '2016 '.repeat(20_000)],
  ])('analyses the issue’s 100 KB input "%s" in under 10 s of CPU', (_name, text) => {
    const t = timeText(text);
    expect(total(t), JSON.stringify(t)).toBeLessThan(10_000);
  });

  it('reads a page with a 100 KB author meta of commas in under 10 s of CPU', () => {
    const html =
      `<!doctype html><html><head><title>T</title><meta name="author" content="Jane${' ,'.repeat(50 * KB)} Roe">` +
      `</head><body><article>${'<p>The council met on Monday to discuss the budget, and it rose.</p>'.repeat(40)}</article></body></html>`;
    const { times: t, text } = timePage(html);
    expect(text).toContain('The council met');
    expect(total(t), JSON.stringify(t)).toBeLessThan(10_000);
  });
});
