// Export everything as versioned JSON; import it back merged (never replacing the memory),
// all or nothing, after validation.
import type { LedeDB } from './db';
import type { ArticleRecord, StoreResult } from './types';
import { sanitizeArticle, sanitizePerson } from './sanitize';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type PortableArticle, validateExport } from './validate';
import { updatePeople } from './people-table';
import { getBytes, getCount, setBytes, setCount } from './meta';
import { toStoreError } from './errors';
import { withDerived } from './record';

export function toPortable(a: ArticleRecord): PortableArticle {
  return {
    url: a.url,
    site: a.site,
    title: a.title,
    byline: a.byline,
    publisher: a.publisher,
    publishedAt: a.publishedAt,
    readAt: a.readAt,
    summary: a.summary,
    people: a.people,
    quotes: a.quotes,
    timeline: a.timeline,
    terms: a.terms,
    fingerprint: a.fingerprint,
  };
}

export async function exportAll(db: LedeDB, now = Date.now()): Promise<ExportFile> {
  return db.transaction('r', db.articles, db.people, async () => {
    const articles = (await db.articles.orderBy('readAt').toArray())
      .map(sanitizeArticle)
      .filter((a): a is ArticleRecord => a !== null)
      .map(toPortable);
    const people = (await db.people.toArray()).map(sanitizePerson).filter((p) => p !== null);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date(now).toISOString(),
      articles,
      people,
    };
  });
}

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
}

/** Import a file's text or parsed value. Bad file: {ok:false, reason:'invalid', errors}, store untouched. */
export async function importAll(db: LedeDB, input: string | unknown): Promise<StoreResult<ImportOutcome>> {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return {
        ok: false,
        reason: 'invalid',
        message: 'This file is not JSON.',
        errors: [`file: ${(e as Error).message}`],
      };
    }
  }
  const v = validateExport(data);
  if (!v.ok) {
    return {
      ok: false,
      reason: 'invalid',
      message: 'This file is not a valid Lede export; nothing was imported.',
      errors: v.errors,
    };
  }
  // Normalize through the same sanitizer as reads; derived fields are recomputed, never taken from the file.
  const incoming = new Map<string, ArticleRecord>();
  for (const raw of v.file.articles) {
    const a = sanitizeArticle({
      ...raw,
      id: undefined,
      personKeys: undefined,
      termKeys: undefined,
      fpBands: undefined,
      size: undefined,
    });
    if (!a) continue;
    const prev = incoming.get(a.url);
    if (!prev || a.readAt > prev.readAt) incoming.set(a.url, withDerived(a));
  }
  try {
    const out = await db.transaction('rw', db.articles, db.people, db.meta, async () => {
      let added = 0;
      let updated = 0;
      let unchanged = 0;
      let bytes = await getBytes(db);
      const countBefore = await getCount(db);
      const replaced: ArticleRecord[] = [];
      const urls = [...incoming.keys()];
      const existing = await db.articles.where('url').anyOf(urls).toArray();
      const byUrl = new Map(existing.map((r) => [r.url, sanitizeArticle(r)]));
      const puts: ArticleRecord[] = [];
      for (const [url, a] of incoming) {
        const old = byUrl.get(url);
        if (old) {
          // Merge: the more recent reading wins; an older copy never overwrites.
          if (a.readAt <= old.readAt) {
            unchanged++;
            continue;
          }
          puts.push({ ...a, id: old.id });
          bytes += a.size - old.size;
          replaced.push(old);
          updated++;
        } else {
          puts.push(a);
          bytes += a.size;
          added++;
        }
      }
      await db.articles.bulkPut(puts);
      await updatePeople(db.articles, db.people, replaced, puts);
      await setBytes(db, bytes);
      await setCount(db, countBefore + added);
      return { added, updated, unchanged };
    });
    return { ok: true, ...out };
  } catch (e) {
    return toStoreError(e);
  }
}
