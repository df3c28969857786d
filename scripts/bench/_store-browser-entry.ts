// Bundled by _store-browser.ts and run in a real Chromium page: the same figures as the Node
// bench, on the browser's own IndexedDB.
import { LedeDB } from '../../utils/store/db';
import { MemoryStore } from '../../utils/store/memory';
import type { ArticleRecord } from '../../utils/store/types';
import { articles, PeopleFold, quantile } from './_store-data';
import { fillTo, timeRelated, type Filled } from './_store-steps';

export interface BrowserFigures {
  size: number;
  median: number;
  p95: number;
  found: number;
  queries: number;
  saveMedian: number;
  fillMs: number;
  usageBytes: number | null;
}

async function runStoreBench(sizes: number[], queries = 60): Promise<BrowserFigures[]> {
  await new LedeDB('bench').delete();
  const db = new LedeDB('bench');
  const store = new MemoryStore(db);
  const gen = articles();
  const fold = new PeopleFold();
  const out: BrowserFigures[] = [];
  const filled: Filled = { stored: 0, bytes: 0, kept: [] };
  for (const size of sizes) {
    const fillMs = await fillTo(db, gen, fold, filled, size);
    const { times, found } = await timeRelated(db, filled.kept, queries);
    const saves: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = gen.next().value as ArticleRecord;
      const t = performance.now();
      await store.save(r);
      saves.push(performance.now() - t);
      filled.stored++;
      filled.bytes += r.size;
    }
    const est = await navigator.storage?.estimate?.().catch(() => null);
    out.push({
      size,
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      found,
      queries,
      saveMedian: quantile(saves, 0.5),
      fillMs,
      usageBytes: est?.usage ?? null,
    });
  }
  db.close();
  return out;
}

(globalThis as { runStoreBench?: typeof runStoreBench }).runStoreBench = runStoreBench;
