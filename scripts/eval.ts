// `npm run eval [-- task…]`: precision/recall/F1 per task over ../shared/data.
// Each file in scripts/eval/ is one task module exporting `run(): Promise<EvalRow[]>`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTable } from './lib/table';

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

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(join(here, 'eval'))
  .filter((f) => /\.ts$/.test(f) && !f.startsWith('_'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const rows: EvalRow[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, 'eval', f)).href)) as { run(): Promise<EvalRow[]> };
  rows.push(...(await mod.run()));
}
const pct = (x: number | null) => (x === null ? '—' : x.toFixed(3));
printTable(
  ['task', 'dataset', 'split', 'n', 'P', 'R', 'F1', 'note'],
  rows.map((r) => [r.task, r.dataset, r.split ?? '', r.n, pct(r.precision), pct(r.recall), pct(r.f1), r.note ?? '']),
);
