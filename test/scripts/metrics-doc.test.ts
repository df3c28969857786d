// The eval/bench plumbing: docs/metrics.md blocks are replaced per task and kept otherwise, and a
// task whose corpus is absent is skipped with a message instead of being run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// An empty data folder: nothing here may read the real corpora.
const dir = mkdtempSync(join(tmpdir(), 'lede-metrics-'));
const before = process.env.LEDE_DATA;
process.env.LEDE_DATA = join(dir, 'data');
const { updateMetrics } = await import('../../scripts/lib/metrics-doc');
const { runTask } = await import('../../scripts/lib/tasks');

afterAll(() => {
  if (before === undefined) delete process.env.LEDE_DATA;
  else process.env.LEDE_DATA = before;
  rmSync(dir, { recursive: true, force: true });
});

const block = (task: string, value: number) => ({
  task,
  seconds: 1,
  at: new Date('2026-12-05T10:00:00Z'),
  headers: ['metric', 'value'],
  rows: [['x|y', value]],
});

describe('docs/metrics.md', () => {
  it('replaces the blocks of the tasks that ran and keeps every other block of both sections', () => {
    const path = join(dir, 'metrics.md');
    updateMetrics('eval', [block('dates', 1), block('quotes', 2)], path);
    updateMetrics('bench', [block('store', 3)], path);
    updateMetrics('eval', [block('dates', 4)], path);
    const text = readFileSync(path, 'utf8');
    expect(text.match(/<!-- eval:dates -->/g)).toHaveLength(1);
    expect(text).toContain('| x\\|y | 4 |');
    expect(text).not.toContain('| x\\|y | 1 |');
    expect(text).toContain('| x\\|y | 2 |'); // quotes kept
    expect(text).toContain('| x\\|y | 3 |'); // bench kept
    expect(text).toContain('2026-12-05 10:00 UTC · commit ');
    expect(text.indexOf('### quotes')).toBeLessThan(text.indexOf('## Speed and size'));
  });
});

describe('task runner', () => {
  it('does not load a task whose corpus is missing, and says how to point at it', async () => {
    writeFileSync(
      join(dir, 'needs-data.ts'),
      "throw new Error('loaded');\nexport async function run() { return []; }\n",
    );
    const out = await runTask(dir, 'needs-data.ts', { 'needs-data': ['meantime'] });
    expect(out.rows).toEqual([]);
    expect(out.skipped).toMatch(/^skipped: meantime missing, set LEDE_DATA=/);
  });

  it('runs a task that needs no corpus', async () => {
    writeFileSync(join(dir, 'plain.ts'), 'export async function run() { return [{ n: 1 }]; }\n');
    const out = await runTask<{ n: number }>(dir, 'plain.ts', {});
    expect(out.skipped).toBeUndefined();
    expect(out.rows).toEqual([{ n: 1 }]);
  });
});
