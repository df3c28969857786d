// Keeping memory within the reader's bound: oldest read first, person memory fixed in the
// same transaction (the caller's).
import type { LedeDB } from './db';
import type { MemorySettings } from './types';
import { rebuildPeople } from './people-table';
import { getBytes, getCount, setBytes, setCount } from './meta';

export interface EvictOptions {
  /** Never evict this article (the one just saved). */
  protect?: number;
  /** Evict down to this many articles even when within the bound (making room on quota errors). */
  targetCount?: number;
}

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
  const touched = new Set<string>();
  const gone: number[] = [];
  // Walk the readAt index from the oldest; stop as soon as both bounds hold.
  await db.articles
    .orderBy('readAt')
    .until(() => count <= maxCount && bytes <= s.maxBytes)
    .each((a) => {
      if (a.id === undefined || a.id === opts.protect) return;
      gone.push(a.id);
      count -= 1;
      bytes -= typeof a.size === 'number' ? a.size : 0;
      for (const k of Array.isArray(a.personKeys) ? a.personKeys : []) touched.add(k);
    });
  if (gone.length === 0) return 0;
  await db.articles.bulkDelete(gone);
  await rebuildPeople(db.articles, db.people, touched);
  await setBytes(db, Math.max(0, bytes));
  await setCount(db, count);
  return gone.length;
}
