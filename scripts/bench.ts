// `npm run bench [-- name…]`: speed and size figures. Each file in scripts/bench/ exports
// `run(): Promise<BenchRow[]>`; figures are printed, never asserted.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { printTable } from './lib/table';

export interface BenchRow {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  /** The goal, as text ("≤ 30 ms"), where there is one. */
  goal?: string;
  note?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(join(here, 'bench'))
  .filter((f) => /\.ts$/.test(f) && !f.startsWith('_'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const rows: BenchRow[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, 'bench', f)).href)) as { run(): Promise<BenchRow[]> };
  rows.push(...(await mod.run()));
}
printTable(
  ['bench', 'metric', 'value', 'unit', 'goal', 'note'],
  rows.map((r) => [r.bench, r.metric, r.value, r.unit, r.goal ?? '', r.note ?? '']),
);
