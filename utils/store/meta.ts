// Small values kept in the `meta` table: settings and the running byte total.
import type { LedeDB } from './db';
import { DEFAULT_SETTINGS, type MemorySettings } from './types';

export async function getBytes(db: LedeDB): Promise<number> {
  const row = await db.meta.get('bytes');
  if (row && typeof row.v === 'number' && Number.isFinite(row.v)) return row.v;
  // Missing or damaged: count once from the records.
  let bytes = 0;
  await db.articles.each((a) => {
    bytes += typeof a.size === 'number' ? a.size : 0;
  });
  return bytes;
}

export async function setBytes(db: LedeDB, bytes: number): Promise<void> {
  await db.meta.put({ k: 'bytes', v: bytes });
}

/** Running article count: counting a large store is O(n) in Chromium's IndexedDB, so saves read this instead. */
export async function getCount(db: LedeDB): Promise<number> {
  const row = await db.meta.get('count');
  if (row && typeof row.v === 'number' && Number.isFinite(row.v) && row.v >= 0) return row.v;
  return db.articles.count();
}

export async function setCount(db: LedeDB, count: number): Promise<void> {
  await db.meta.put({ k: 'count', v: Math.max(0, count) });
}

export function sanitizeSettings(raw: unknown, base: MemorySettings = DEFAULT_SETTINGS): MemorySettings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof MemorySettings, unknown>>;
  const int = (v: unknown, min: number, max: number, d: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : d;
  return {
    maxArticles: int(o.maxArticles, 1, 1_000_000, base.maxArticles),
    maxBytes: int(o.maxBytes, 64 * 1024, 4 * 1024 * 1024 * 1024, base.maxBytes),
    evictOnQuota: typeof o.evictOnQuota === 'boolean' ? o.evictOnQuota : base.evictOnQuota,
  };
}

export async function getSettings(db: LedeDB): Promise<MemorySettings> {
  const row = await db.meta.get('settings');
  return sanitizeSettings(row?.v);
}

export async function putSettings(db: LedeDB, s: MemorySettings): Promise<void> {
  await db.meta.put({ k: 'settings', v: s });
}
