// The task loop shared by `npm run eval` and `npm run bench`: each file in the folder not starting
// with `_` is a task exporting `run()`. A task whose corpora are absent is not run: it gets a
// "skipped: … missing, set LEDE_DATA=…" message instead of a crash (a task may also export
// `corpora` to declare what it reads; otherwise the runner's table says).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR, missingCorpora, missingMessage, type Corpus } from './corpora/paths';

export interface TaskOutcome<Row> {
  /** The file name without `.ts`. */
  task: string;
  rows: Row[];
  /** Why the task did not run (its data is absent); rows are then empty. */
  skipped?: string;
  seconds: number;
  /** When it finished. */
  at: Date;
}

/** Task files in `dir`, those starting with one of `wanted` (all when empty), sorted. */
export function listTasks(dir: string, wanted: string[]): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !f.startsWith('_'))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
}

/** A read that failed for a missing file under the data folder (a corpus the table does not list). */
function missingDataFile(error: unknown): string | null {
  const e = error as { code?: string; path?: string };
  if (e?.code !== 'ENOENT' || typeof e.path !== 'string') return null;
  const rel = relative(DATA_DIR, e.path);
  return rel.startsWith('..') ? null : rel;
}

export async function runTask<Row>(
  dir: string,
  file: string,
  needs: Record<string, readonly Corpus[]>,
): Promise<TaskOutcome<Row>> {
  const task = file.replace(/\.ts$/, '');
  const t0 = performance.now();
  const done = (rows: Row[], skipped?: string) => ({
    task,
    rows,
    skipped,
    seconds: (performance.now() - t0) / 1000,
    at: new Date(),
  });
  // Checked before the import: some task modules read their corpus when loaded.
  const absent = missingCorpora(needs[task] ?? []);
  if (absent.length) return done([], missingMessage(absent));
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
      run(): Promise<Row[]>;
      corpora?: readonly Corpus[];
    };
    const declared = missingCorpora(mod.corpora ?? []);
    if (declared.length) return done([], missingMessage(declared));
    return done(await mod.run());
  } catch (error) {
    const rel = missingDataFile(error);
    if (rel === null) throw error;
    return done([], `skipped: ${rel} missing under ${DATA_DIR}; set LEDE_DATA=/path/to/data`);
  }
}
