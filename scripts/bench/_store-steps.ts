// The two steps both store benches take (Node on fake-indexeddb, and the bundle that runs in
// Chromium): fill the database up to a size, then time related-coverage queries. Kept free of
// Node imports so it bundles for the browser.
import type { LedeDB } from '../../utils/store/db';
import { related } from '../../utils/store/related';
import { setBytes, setCount } from '../../utils/store/meta';
import type { ArticleRecord } from '../../utils/store/types';
import { random, type PeopleFold } from './_store-data';

/** What the fill has put in so far; carried from one size to the next. */
export interface Filled {
  stored: number;
  /** Sum of the records' own size estimates (what saves keep in the meta table). */
  bytes: number;
  /** A sample of stored records to build queries from. */
  kept: ArticleRecord[];
}

/** Bulk-puts generated articles until `filled.stored` reaches `size`; returns the milliseconds taken. */
export async function fillTo(
  db: LedeDB,
  gen: Generator<ArticleRecord>,
  fold: PeopleFold,
  filled: Filled,
  size: number,
  each?: (record: ArticleRecord) => void,
): Promise<number> {
  const t0 = performance.now();
  while (filled.stored < size) {
    const batch: ArticleRecord[] = [];
    while (batch.length < 2000 && filled.stored + batch.length < size) batch.push(gen.next().value as ArticleRecord);
    await db.articles.bulkPut(batch);
    for (const r of batch) {
      fold.add(r);
      each?.(r);
      filled.bytes += r.size;
      if (filled.kept.length < 2000 || random() < 0.05) filled.kept.push(r);
    }
    filled.stored += batch.length;
  }
  await db.people.bulkPut(fold.takeDirty());
  // What saves normally keep up to date (bulkPut bypassed them).
  await setBytes(db, filled.bytes);
  await setCount(db, filled.stored);
  return performance.now() - t0;
}

/** Times `queries` related-coverage queries for a follow-up of a stored story (after 5 warm-up ones). */
export async function timeRelated(
  db: LedeDB,
  kept: ArticleRecord[],
  queries: number,
): Promise<{ times: number[]; found: number }> {
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < queries + 5; i++) {
    const base = kept[Math.floor(random() * kept.length)];
    const cur: ArticleRecord = { ...base, id: undefined, url: base.url + '-followup' };
    const t = performance.now();
    const res = await related(db, cur);
    const dt = performance.now() - t;
    if (i >= 5) {
      times.push(dt);
      if (res.stories.length) found++;
    }
  }
  return { times, found };
}
