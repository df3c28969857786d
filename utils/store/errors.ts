// Recognizing storage errors across browsers and Dexie's wrappers.
import type { StoreError } from './types';

function names(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 4) return [];
  const o = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const out = typeof o.name === 'string' ? [o.name] : [];
  out.push(...names(o.inner, depth + 1), ...names(o.cause, depth + 1));
  if (Array.isArray(o.failures)) for (const f of o.failures) out.push(...names(f, depth + 1));
  return out;
}

/** QuotaExceededError, Dexie.QuotaExceededError, or an abort caused by one (Firefox: NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(e: unknown): boolean {
  return names(e).some((n) => n === 'QuotaExceededError' || n === 'NS_ERROR_DOM_QUOTA_REACHED');
}

export const QUOTA_MESSAGE =
  'The browser has no room left for Lede’s reading memory. Nothing was deleted. ' +
  'Lower the memory size limit or delete old articles in Lede’s options, or allow Lede to make room by removing the oldest articles.';

export function toStoreError(e: unknown): StoreError {
  if (isQuotaError(e)) return { ok: false, reason: 'quota', message: QUOTA_MESSAGE };
  const msg = e instanceof Error ? e.message : String(e);
  return { ok: false, reason: 'error', message: `Lede could not update its memory: ${msg}` };
}
