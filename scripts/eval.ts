// `npm run eval [-- task…]`: precision/recall/F1 per task over the development corpora (LEDE_DATA,
// default shared/data beside the repository: scripts/lib/corpora/paths.ts). Each file in
// scripts/eval/ is one task module exporting `run(): Promise<EvalRow[]>`. Prints one table and
// rewrites the blocks of the tasks that ran in docs/metrics.md (LEDE_METRICS=0: print only). A task
// whose corpus is absent prints a "skipped: … missing, set LEDE_DATA=…" row and keeps its block.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from './lib/corpora/paths';
import { updateMetrics } from './lib/metrics-doc';
import { printTable } from './lib/table';
import { listTasks, runTask } from './lib/tasks';

export interface EvalRow {
  task: string;
  dataset: string;
  /** Items scored (gold items, documents or pages, as the note says). */
  n: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  note?: string;
  /** Which part of a gold set: `dev` (rules may be tuned on it) or `test` (frozen: nobody reads its errors). */
  split?: 'dev' | 'test';
}

/** What each task reads from the data folder (a task may instead export `corpora`). */
const NEEDS: Record<string, readonly Corpus[]> = {
  dates: ['meantime'],
  extraction: ['readability'],
  people: ['meantime', 'gum', 'wikigold', 'wnut17'],
  'people-cv': ['meantime', 'gum', 'wikigold', 'wnut17'],
  'people-pages': ['readability'],
  quotes: ['meantime', 'gum', 'readability'],
  summary: ['gum'],
  timeline: ['meantime'],
};

const HEADERS = ['task', 'dataset', 'split', 'n', 'P', 'R', 'F1', 'note'];
const pct = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const cells = (r: EvalRow) => [
  r.task,
  r.dataset,
  r.split ?? '',
  r.n,
  pct(r.precision),
  pct(r.recall),
  pct(r.f1),
  r.note ?? '',
];

const dir = join(dirname(fileURLToPath(import.meta.url)), 'eval');
const outcomes = [];
for (const f of listTasks(dir, process.argv.slice(2))) {
  outcomes.push(await runTask<EvalRow>(dir, f, NEEDS));
}

printTable(
  HEADERS,
  outcomes.flatMap((o) => (o.skipped ? [[o.task, '', '', '', '', '', '', o.skipped]] : o.rows.map(cells))),
);
if (process.env.LEDE_METRICS !== '0') {
  updateMetrics(
    'eval',
    outcomes
      .filter((o) => !o.skipped)
      .map((o) => ({ task: o.task, seconds: o.seconds, at: o.at, headers: HEADERS, rows: o.rows.map(cells) })),
  );
}
