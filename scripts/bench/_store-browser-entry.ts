// Bundled by _store-browser.ts and run in a real Chromium page: the same figures as the Node
// bench, on the browser's own IndexedDB.
import { LedeDB } from '../../utils/store/db';
import { MemoryStore } from '../../utils/store/memory';
import { related } from '../../utils/store/related';
import { setBytes, setCount } from '../../utils/store/meta';
import type { ArticleRecord } from '../../utils/store/types';
import { articles, PeopleFold, quantile, random } from './_store-data';

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
  const kept: ArticleRecord[] = [];
  const out: BrowserFigures[] = [];
  let stored = 0;
  let bytes = 0;
  for (const size of sizes) {
    const t0 = performance.now();
    while (stored < size) {
      const batch: ArticleRecord[] = [];
      while (batch.length < 2000 && stored + batch.length < size) batch.push(gen.next().value as ArticleRecord);
      await db.articles.bulkPut(batch);
      for (const r of batch) fold.add(r);
      for (const r of batch) {
        bytes += r.size;
        if (kept.length < 2000 || random() < 0.05) kept.push(r);
      }
      stored += batch.length;
    }
    await db.people.bulkPut(fold.takeDirty());
    // What saves normally keep up to date (bulkPut bypassed them).
    await setBytes(db, bytes);
    await setCount(db, stored);
    const fillMs = performance.now() - t0;
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < queries + 5; i++) {
      const base = kept[Math.floor(random() * kept.length)];
      const cur: ArticleRecord = { ...base, id: undefined, url: base.url + '-followup' };
      const t = performance.now();
      const res = await related(db, cur);
      if (i >= 5) {
        times.push(performance.now() - t);
        if (res.stories.length) found++;
      }
    }
    const saves: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = gen.next().value as ArticleRecord;
      const t = performance.now();
      await store.save(r);
      saves.push(performance.now() - t);
      stored++;
      bytes += r.size;
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
