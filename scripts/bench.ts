// `npm run bench [-- name…]`: speed and size figures. Each file in scripts/bench/ exports
// `run(): Promise<BenchRow[]>`; figures are printed, never asserted. The corpora come from LEDE_DATA
// (default shared/data beside the repository: scripts/lib/corpora/paths.ts); a bench whose corpus is
// absent prints a "skipped: … missing, set LEDE_DATA=…" row. Rewrites the blocks of the benches that
// ran in docs/metrics.md (LEDE_METRICS=0: print only).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from './lib/corpora/paths';
import { updateMetrics } from './lib/metrics-doc';
import { printTable } from './lib/table';
import { listTasks, runTask } from './lib/tasks';

export interface BenchRow {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  /** The goal, as text ("≤ 30 ms"), where there is one. */
  goal?: string;
  note?: string;
}

/** What each bench reads from the data folder (a bench may instead export `corpora`). */
const NEEDS: Record<string, readonly Corpus[]> = {
  analysis: ['readability'],
  'analysis-browser': ['readability'],
  page: ['readability'],
  people: ['meantime', 'gum'],
};

const HEADERS = ['bench', 'metric', 'value', 'unit', 'goal', 'note'];
const cells = (r: BenchRow) => [r.bench, r.metric, r.value, r.unit, r.goal ?? '', r.note ?? ''];
/** The table's number format, for the doc too. */
const shown = (v: string | number) =>
  typeof v === 'number' && !Number.isInteger(v) && Number.isFinite(v)
    ? Math.abs(v) < 10
      ? v.toFixed(3)
      : v.toFixed(1)
    : v;

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const outcomes = [];
for (const f of listTasks(dir, process.argv.slice(2))) {
  outcomes.push(await runTask<BenchRow>(dir, f, NEEDS));
}

printTable(
  HEADERS,
  outcomes.flatMap((o) => (o.skipped ? [[o.task, '', '', '', '', o.skipped]] : o.rows.map(cells))),
);
if (process.env.LEDE_METRICS !== '0') {
  updateMetrics(
    'bench',
    outcomes
      .filter((o) => !o.skipped)
      .map((o) => ({
        task: o.task,
        seconds: o.seconds,
        at: o.at,
        headers: HEADERS,
        rows: o.rows.map((r) => cells(r).map(shown)),
      })),
  );
}
