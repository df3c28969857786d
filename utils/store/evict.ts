// Keeping memory within the reader's bound: oldest read first, person memory fixed in the
// same transaction (the caller's).
import type { LedeDB } from './db';
import type { ArticleRecord, MemorySettings } from './types';
import { updatePeople } from './people-table';
import { sanitizeArticle } from './sanitize';
import { getBytes, getCount, setBytes, setCount } from './meta';

export interface EvictOptions {
  /** Never evict this article (the one just saved). */
  protect?: number;
  /** Evict down to this many articles even when within the bound (making room on quota errors). */
  targetCount?: number;
}

/** Evicting goes 1% below the bound, so a full memory evicts (and counts) once per ~1% of saves, not on each. */
const slack = (n: number) => Math.floor(n / 100);

/** Must run inside a rw transaction over articles, people and meta. Returns how many were evicted. */
export async function evictOverBound(db: LedeDB, s: MemorySettings, opts: EvictOptions = {}): Promise<number> {
  let count = await getCount(db);
  let bytes = await getBytes(db);
  const maxCount = Math.min(s.maxArticles, opts.targetCount ?? Infinity);
  if (count <= maxCount && bytes <= s.maxBytes) return 0;
  // About to delete: trust only a real count (the running one could have drifted).
  count = await db.articles.count();
  if (count <= maxCount && bytes <= s.maxBytes) {
    await setCount(db, count);
    return 0;
  }
  const countTarget = maxCount - slack(maxCount);
  const bytesTarget = s.maxBytes - slack(s.maxBytes);
  const gone: ArticleRecord[] = [];
  const ids: number[] = [];
  // Walk the readAt index from the oldest; stop as soon as both targets hold.
  await db.articles
    .orderBy('readAt')
    .until(() => count <= countTarget && bytes <= bytesTarget)
    .each((raw) => {
      if (raw.id === undefined || raw.id === opts.protect) return;
      ids.push(raw.id);
      count -= 1;
      bytes -= typeof raw.size === 'number' ? raw.size : 0;
      const a = sanitizeArticle(raw);
      if (a) gone.push(a);
    });
  if (ids.length === 0) return 0;
  await db.articles.bulkDelete(ids);
  await updatePeople(db.articles, db.people, gone, []);
  await setBytes(db, Math.max(0, bytes));
  await setCount(db, count);
  return ids.length;
}
