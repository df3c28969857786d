// `npm run bench -- store`: related-query time and bytes per article with 1,000, 10,000 and
// 50,000 generated articles (scripts/bench/_store-data.ts).
// 1. Node on fake-indexeddb: the whole database lives in the JS heap, so queries pay for its
//    cloning and garbage collection; slower than a browser's IndexedDB (a conservative figure).
// 2. Headless Chromium on its real IndexedDB (when /usr/bin/chromium exists; LEDE_BENCH_BROWSER=0
//    skips it): the figure the ≤ 30 ms goal is about. Sizes: LEDE_BENCH_BROWSER_SIZES
//    (default 50000). Node sizes: LEDE_BENCH_SIZES (default 1000,10000,50000).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { BenchRow } from '../bench';
import { LedeDB } from '../../utils/store/db';
import { MemoryStore } from '../../utils/store/memory';
import { personHistory } from '../../utils/store/history';
import type { ArticleRecord } from '../../utils/store/types';
import { articles, PeopleFold, quantile, random as rand, reseed } from './_store-data';
import { fillTo, timeRelated, type Filled } from './_store-steps';
import { browserAvailable, runInChromium } from './_store-browser';

const SIZES = (process.env.LEDE_BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const BROWSER_SIZES = (process.env.LEDE_BENCH_BROWSER_SIZES ?? '50000').split(',').map(Number);
const QUERIES = 60;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const db = new LedeDB('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const store = new MemoryStore(db);
  const gen = articles();
  const fold = new PeopleFold();
  let recordBytes = 0;
  const filled: Filled = { stored: 0, bytes: 0, kept: [] };
  const note = 'fake-indexeddb in Node (slower than a browser: conservative)';
  for (const size of SIZES) {
    const fillMs = await fillTo(db, gen, fold, filled, size, (r) => {
      const { id: _id, ...rest } = r;
      recordBytes += JSON.stringify(rest).length;
    });
    const { stored, bytes: estBytes, kept } = filled;
    let peopleBytes = 0;
    let peopleIndex = 0;
    await db.people.each((p) => {
      peopleBytes += JSON.stringify(p).length;
      peopleIndex +=
        p.key.length +
        16 +
        p.variantKeys.reduce((s, k) => s + k.length + p.key.length + 8, 0) +
        2 * (8 + p.key.length + 8);
    });

    // Queries: a fresh article of a stored story (as when the reader opens a follow-up).
    const { times, found } = await timeRelated(db, kept, QUERIES);
    const histTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const base = kept[Math.floor(rand() * kept.length)];
      const t = performance.now();
      await personHistory(store, base.people[0]?.name ?? 'nobody');
      histTimes.push(performance.now() - t);
    }
    const per = (recordBytes + peopleBytes) / stored;
    const perEst = (estBytes + peopleBytes + peopleIndex) / stored;
    const b = `store@${size / 1000}k`;
    rows.push(
      { bench: b, metric: 'related query median', value: quantile(times, 0.5), unit: 'ms', goal: '≤ 30 ms', note },
      {
        bench: b,
        metric: 'related query p95',
        value: quantile(times, 0.95),
        unit: 'ms',
        goal: '≤ 30 ms',
        note: `${found}/${QUERIES} queries found related`,
      },
      { bench: b, metric: 'person history median', value: quantile(histTimes, 0.5), unit: 'ms' },
      {
        bench: b,
        metric: 'bytes per article (records)',
        value: Math.round(per),
        unit: 'B',
        goal: '< 4096 B',
        note: 'JSON of article + person records',
      },
      {
        bench: b,
        metric: 'bytes per article (with indexes)',
        value: Math.round(perEst),
        unit: 'B',
        goal: '< 4096 B',
        note: 'records + estimated index entries',
      },
      {
        bench: b,
        metric: 'fill time',
        value: Math.round(fillMs),
        unit: 'ms',
        note: 'generate + bulkPut + person memory',
      },
    );
  }
  // One ordinary save into the full store (update path and new path).
  const saves: number[] = [];
  for (let i = 0; i < 20; i++) {
    const r = gen.next().value as ArticleRecord;
    const t = performance.now();
    const res = await store.save(r);
    saves.push(performance.now() - t);
    if (!res.ok) throw new Error(res.message);
  }
  rows.push({
    bench: `store@${SIZES[SIZES.length - 1] / 1000}k`,
    metric: 'save median',
    value: quantile(saves, 0.5),
    unit: 'ms',
    note,
  });
  db.close();

  if (browserAvailable()) {
    reseed();
    try {
      for (const f of await runInChromium(BROWSER_SIZES)) {
        const b = `store@${f.size / 1000}k chromium`;
        const cnote = 'headless Chromium, real IndexedDB';
        rows.push(
          { bench: b, metric: 'related query median', value: f.median, unit: 'ms', goal: '≤ 30 ms', note: cnote },
          {
            bench: b,
            metric: 'related query p95',
            value: f.p95,
            unit: 'ms',
            goal: '≤ 30 ms',
            note: `${f.found}/${f.queries} queries found related`,
          },
          { bench: b, metric: 'save median', value: f.saveMedian, unit: 'ms', note: cnote },
          {
            bench: b,
            metric: 'fill time',
            value: Math.round(f.fillMs),
            unit: 'ms',
            note: 'generate + bulkPut + person memory',
          },
        );
        if (f.usageBytes !== null) {
          rows.push({
            bench: b,
            metric: 'disk bytes per article',
            value: Math.round(f.usageBytes / f.size),
            unit: 'B',
            note: 'navigator.storage.estimate() / articles (LevelDB, before compaction)',
          });
        }
      }
    } catch (e) {
      rows.push({ bench: 'store chromium', metric: 'failed', value: 0, unit: '', note: String(e).slice(0, 120) });
    }
  }
  return rows;
}
